/**
 * Caller matching inside one bridge: when it looks up, what it links and pops, and what it does
 * when the lookup fails.
 */
import { DiagnosticCode } from 'c/ccCore';
import { confirmCaller, cpfVariants } from '../callerMatch';
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

describe('confirmCaller', () => {
    const query = {
        objects: ['Contact', 'Lead', 'Account'] as ('Contact' | 'Lead' | 'Account')[],
        phoneFragments: ['7654321', '765-4321', '765 4321', '765.4321']
    };

    it('confirms on normalized numbers, not on the last four digits the query used', () => {
        const match = confirmCaller(
            { number: '11987654321' },
            query,
            [
                { objectApiName: 'Contact', recordId: 'a', phones: ['(21) 91234-4321'] },
                { objectApiName: 'Contact', recordId: 'b', phones: ['+55 (11) 98765-4321'] }
            ],
            '55'
        );
        expect(match).toEqual({
            outcome: 'single',
            record: { objectApiName: 'Contact', recordId: 'b' },
            candidates: [{ objectApiName: 'Contact', recordId: 'b' }],
            number: '11987654321'
        });
    });

    it('lets the first object in the admin order with a match decide', () => {
        const candidates = [
            { objectApiName: 'Account' as const, recordId: 'acc', phones: ['11 98765 4321'] },
            { objectApiName: 'Lead' as const, recordId: 'lead', phones: ['11 98765 4321'] }
        ];
        expect(confirmCaller({ number: '11987654321' }, query, candidates, '55').record?.recordId).toBe('lead');
        expect(
            confirmCaller({ number: '11987654321' }, { ...query, objects: ['Account', 'Lead'] }, candidates, '55').record?.recordId
        ).toBe('acc');
    });

    it('matches a CPF typed with or without punctuation, and an email in any case', () => {
        expect(cpfVariants('123.456.789-09')).toEqual(['12345678909', '123.456.789-09']);
        expect(cpfVariants('1234')).toBeUndefined();
        const candidates = [
            { objectApiName: 'Contact' as const, recordId: 'c', phones: [], cpf: '123.456.789-09', email: 'Maria@Acme.com.br' }
        ];
        expect(confirmCaller({ cpf: '12345678909' }, query, candidates, '55').outcome).toBe('single');
        expect(confirmCaller({ email: 'maria@acme.com.br' }, query, candidates, '55').outcome).toBe('single');
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
