/**
 * The outbox keeps what is still in use and never overwrites the agent: an open call's record
 * survives hundreds of newer records, and a merge after DUPLICATE_VALUE leaves the agent's link alone.
 */
import { DiagnosticCode } from 'c/ccCore';
import { MAX_SYNCED_RECORDS, RecordSync } from '../recordSync';
import { UiApiEmulator } from '../../../../../../tools/uiApiEmulator/uiApiEmulator';
import { projectObjects } from '../../../../../../tools/uiApiEmulator/objectMetadata';
import { VirtualClock, flushPromises } from '../../../../../../tools/replay/virtualClock';
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

describe('writes sent in a task of their own (the browser’s nextTask port)', () => {
    const FIELDS = { External_Key__c: CALL_KEY, Conversation_Key__c: CALL_KEY, Status__c: 'Ringing' };
    function deferredSync() {
        const writer = new UiApiEmulator(projectObjects());
        const tasks: (() => void)[] = [];
        const sync = new RecordSync(
            writer,
            new VirtualClock(0),
            { diagnostic: () => undefined, saved: () => undefined, confirmed: () => undefined },
            { sendSoon: (send) => tasks.push(send) }
        );
        const runTasks = async () => {
            tasks.splice(0).forEach((task) => task());
            await flushPromises();
        };
        return { writer, sync, runTasks, tasks };
    }

    it('sends nothing until the task runs, then one create for every change that came before it', async () => {
        const { writer, sync, runTasks } = deferredSync();

        sync.sync('CC_Interaction__c', CALL_KEY, FIELDS);
        sync.sync('CC_Interaction__c', CALL_KEY, { ...FIELDS, Status__c: 'Connected' });
        await flushPromises();
        // What a reload would need is in the saved state before anything leaves.
        expect(writer.calls).toHaveLength(0);
        expect(sync.save(new Set([CALL_KEY]))).toEqual([expect.objectContaining({ key: CALL_KEY, confirmed: null })]);

        await runTasks();
        expect(writer.calls.map((call) => call.op)).toEqual(['create']);
        expect(writer.recordsOf('CC_Interaction__c')[0]?.fields.Status__c).toBe('Connected');
    });

    it('asks for one task for all the records a burst changed, and sends them in the order they changed', async () => {
        const { writer, sync, runTasks, tasks } = deferredSync();
        const pauseKey = 'evolux:pause:1:2021-02-18T20:51:54Z';

        sync.sync('CC_Interaction__c', CALL_KEY, FIELDS);
        sync.sync('CC_Agent_Pause__c', pauseKey, { External_Key__c: pauseKey, Reason__c: 'Lanche' });
        sync.sync('CC_Interaction__c', CALL_KEY, { ...FIELDS, Status__c: 'Connected' });
        expect(tasks).toHaveLength(1);

        await runTasks();
        expect(writer.calls.map((call) => [call.op, call.objectApiName])).toEqual([
            ['create', 'CC_Interaction__c'],
            ['create', 'CC_Agent_Pause__c']
        ]);
        // The next change asks for a task of its own.
        sync.sync('CC_Interaction__c', CALL_KEY, { ...FIELDS, Status__c: 'Ended' });
        expect(tasks).toHaveLength(1);
    });

    it('sends nothing for a record let go before its task ran (a takeover keeps only what it needs)', async () => {
        const { writer, sync, runTasks } = deferredSync();

        sync.sync('CC_Interaction__c', CALL_KEY, FIELDS);
        sync.retainOnly(() => false);
        await runTasks();

        expect(writer.calls).toHaveLength(0);
    });

    it('sends nothing once disposed (the page is going; the saved state keeps the write)', async () => {
        const { writer, sync, runTasks } = deferredSync();

        sync.sync('CC_Interaction__c', CALL_KEY, FIELDS);
        sync.dispose();
        await runTasks();

        expect(writer.calls).toHaveLength(0);
    });
});
