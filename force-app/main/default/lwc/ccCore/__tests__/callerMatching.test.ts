/**
 * Caller matching inside one bridge: when it looks up, what it links and pops, and what it does
 * when the lookup fails. How a match is confirmed: ccRecordSearch/__tests__/callerMatch.test.ts.
 */
import { DiagnosticCode } from 'c/ccCore';
import { setupBridge } from './bridgeHarness';
import { EVOLUX_ORIGIN, seed, variant } from './evoluxFixtures';

const CONTACT = '0035g00000XyZaBAAV';
const setup = (properties = {}) => {
    const harness = setupBridge({ defaultCountryCode: '55', ...properties }, EVOLUX_ORIGIN);
    harness.writer.seed('Contact', [
        { Id: CONTACT, FirstName: 'Maria', LastName: 'Souza', Phone: '(11) 98765-4321', Email: 'maria@acme.com.br' }
    ]);
    return harness;
};
const ringing = variant(seed.softphoneCallInvited, { from: { name: '', number: '11987654321' } });
const ended = variant(seed.softphoneCallEnded, { from: { name: '', number: '11987654321' } });

describe('caller matching in the bridge', () => {
    it('looks the caller up once per interaction, links the record and pops it once', async () => {
        const { post, writer, navigations, bridge } = setup();
        await post(ringing);
        await post(variant(seed.softphoneCallAccepted, { from: { name: '', number: '11987654321' } }));
        await post(ended);

        expect(writer.counts.graphql).toBe(1);
        expect(navigations).toEqual([{ recordId: CONTACT, objectApiName: 'Contact' }]);
        expect(writer.recordsOf('CC_Interaction__c')[0]?.fields.Contact__c).toBe(CONTACT);
        expect(bridge.view().openInteractions).toEqual([]);
    });

    it('shows the matched caller in the view', async () => {
        const { post, bridge } = setup();
        await post(ringing);
        expect(bridge.view().openInteractions[0]).toMatchObject({
            callerOutcome: 'single',
            caller: { recordId: CONTACT, objectApiName: 'Contact', name: 'Maria Souza' }
        });
    });

    it('links but does not pop a call first heard at its end', async () => {
        const { post, writer, navigations } = setup();
        await post(ended);
        expect(navigations).toEqual([]);
        expect(writer.recordsOf('CC_Interaction__c')[0]?.fields.Contact__c).toBe(CONTACT);
    });

    it('does not pop when screenPop is off, and still links', async () => {
        const { post, writer, navigations } = setup({ screenPop: 'off' });
        await post(ringing);
        expect(navigations).toEqual([]);
        expect(writer.recordsOf('CC_Interaction__c')[0]?.fields.Contact__c).toBe(CONTACT);
    });

    it('offers a new contact when nobody matches', async () => {
        const { post, bridge, navigations } = setup();
        await post(variant(seed.softphoneCallInvited, { from: { name: '', number: '21999990000' } }));
        expect(bridge.view().openInteractions[0]).toMatchObject({ callerOutcome: 'none' });
        expect(navigations).toEqual([]);
    });

    it('reports a failed lookup and tries again on the next event', async () => {
        const { post, writer, codes } = setup();
        const search = jest.spyOn(writer, 'searchCallers').mockRejectedValueOnce({ status: 503, body: { message: 'Service Unavailable' } });
        await post(ringing);
        expect(codes()).toContain(DiagnosticCode.CallerLookupFailed);
        await post(variant(seed.softphoneCallAccepted, { from: { name: '', number: '11987654321' } }));
        expect(search).toHaveBeenCalledTimes(2);
        expect(writer.recordsOf('CC_Interaction__c')[0]?.fields.Contact__c).toBe(CONTACT);
    });
});

describe('numbers stored with an extension, and CCAI Platform’s formats', () => {
    it.each([
        ['(11) 98765-4321 ramal 200', '55', '11987654321'],
        ['+1 (222) 333-4444 ext. 12', '1', '+12223334444'],
        ['222-333-4444x12', '1', '+1 222 333 4444'],
        ['+1 222 333 4444', '1', '*222*333*4444']
    ])('finds the Contact stored as %s (country %s) when %s calls', async (stored, country, calling) => {
        const harness = setupBridge({ defaultCountryCode: country }, EVOLUX_ORIGIN);
        harness.writer.seed('Contact', [{ Id: CONTACT, LastName: 'Souza', Phone: stored }]);
        await harness.post(variant(seed.softphoneCallInvited, { from: { name: '', number: calling } }));

        expect(harness.writer.recordsOf('CC_Interaction__c')[0]?.fields.Contact__c).toBe(CONTACT);
    });
});
