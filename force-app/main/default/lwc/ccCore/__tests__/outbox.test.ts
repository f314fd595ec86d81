/**
 * The outbox keeps what is still in use and never overwrites the agent: an open call's record
 * survives hundreds of newer records, and a merge after DUPLICATE_VALUE leaves the agent's link alone.
 */
import { DiagnosticCode } from 'c/ccCore';
import { MAX_SYNCED_RECORDS } from '../recordSync';
import { setupBridge, USER_ID } from './bridgeHarness';
import { CALL_KEY, EVOLUX_ORIGIN, seed, variant } from './evoluxFixtures';

describe('an open call during a long shift of other records', () => {
    it('is still updated, not created again, after more than MAX_SYNCED_RECORDS newer records', async () => {
        const { writer, post, bridge } = setupBridge({}, EVOLUX_ORIGIN);
        await post(seed.softphoneCallInvited);
        await post(seed.softphoneCallAccepted);
        // A pause segment a minute for over seven hours: each change of reason is a new record.
        const start = Date.parse('2021-02-18T21:00:00.000Z');
        for (let index = 0; index < MAX_SYNCED_RECORDS + 50; index++) {
            const timeStart = new Date(start + index * 60_000).toISOString();
            await post(variant(seed.agentChangePause, { pause: { ...seed.agentChangePause.payload.pause, timeStart } }));
        }
        await post(seed.softphoneCallEnded);

        const interactionCreates = writer.calls.filter((call) => call.op === 'create' && call.objectApiName === 'CC_Interaction__c');
        expect(interactionCreates).toHaveLength(1);
        expect(writer.recordsOf('CC_Interaction__c').map((record) => record.fields.Status__c)).toEqual(['Ended']);
        expect(bridge.view().diagnostics.map((entry) => entry.code)).not.toContain(DiagnosticCode.WriteMergedDuplicate);
    });
});

describe('a merge after DUPLICATE_VALUE', () => {
    it('never overwrites the Contact the agent linked on the record that already existed', async () => {
        const AGENT_CHOICE = '0035g00000AgEnTAAV';
        const MATCHED = '0035g00000XyZaBAAV';
        const { writer, post, clock } = setupBridge({ defaultCountryCode: '55' }, EVOLUX_ORIGIN);
        writer.seed('Contact', [{ Id: MATCHED, Phone: '(11) 98765-4321' }]);
        // Another tab (or an earlier page) wrote the call, and the agent linked it to another Contact.
        // The same agent's record: the bridge writes Agent__c, and a merge only goes into the agent's own record.
        const existing = await writer.createRecord('CC_Interaction__c', {
            External_Key__c: CALL_KEY,
            Agent__c: USER_ID,
            Contact__c: AGENT_CHOICE
        });

        await post(variant(seed.softphoneCallInvited, { from: { name: '', number: '11987654321' } }));
        await clock.advance(5_000);

        const record = writer.recordsOf('CC_Interaction__c').find((candidate) => candidate.Id === existing.id);
        expect(record?.fields).toMatchObject({ Contact__c: AGENT_CHOICE, Status__c: 'Ringing', Customer_Number__c: '11987654321' });
    });
});

describe('a DUPLICATE_VALUE whose message names no id (a translated or <unknown> message)', () => {
    const translated = { status: 400, body: [{ errorCode: 'DUPLICATE_VALUE', message: 'valor duplicado encontrado: <unknown>' }] };

    it('finds the existing record by its key and updates it, instead of refusing the write', async () => {
        const { writer, post, bridge } = setupBridge({}, EVOLUX_ORIGIN);
        const existing = await writer.createRecord('CC_Interaction__c', {
            External_Key__c: CALL_KEY,
            Agent__c: USER_ID,
            Status__c: 'Ringing'
        });
        jest.spyOn(writer, 'createRecord').mockRejectedValueOnce(translated);

        await post(seed.softphoneCallInvited);
        await post(seed.softphoneCallAccepted);

        expect(writer.recordsOf('CC_Interaction__c')).toEqual([expect.objectContaining({ Id: existing.id })]);
        expect(writer.recordsOf('CC_Interaction__c')[0]?.fields.Status__c).toBe('Connected');
        expect(bridge.view().diagnostics.map((entry) => entry.code)).toContain(DiagnosticCode.WriteMergedDuplicate);
        expect(bridge.view().diagnostics.map((entry) => entry.code)).not.toContain(DiagnosticCode.WriteRejected);
    });

    it('refuses the write with why when this user cannot see the record that holds the key', async () => {
        const { writer, post, bridge } = setupBridge({}, EVOLUX_ORIGIN);
        jest.spyOn(writer, 'createRecord').mockRejectedValue(translated);
        await post(seed.softphoneCallInvited);

        expect(bridge.view().diagnostics[0]).toMatchObject({
            code: DiagnosticCode.WriteRejected,
            message: expect.stringContaining('this user cannot see it')
        });
    });
});
