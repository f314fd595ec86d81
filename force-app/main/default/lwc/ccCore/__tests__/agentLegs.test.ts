/**
 * A chat transferred between agents: the objects are Private and the key is per chat, so the second
 * agent's bridge meets a DUPLICATE_VALUE on a record it cannot write. Each agent who handles the
 * chat gets a record of their own (the second keyed `<key>@<userId>`), grouped by Conversation_Key__c;
 * an interaction handled by one agent keeps its key.
 */
import { DiagnosticCode, type RecordFields, type RecordFinder } from 'c/ccCore';
import { RecordSync } from '../recordSync';
import { UiApiEmulator } from '../../../../../../tools/uiApiEmulator/uiApiEmulator';
import { projectObjects } from '../../../../../../tools/uiApiEmulator/objectMetadata';
import { VirtualClock, flushPromises } from '../../../../../../tools/replay/virtualClock';
import { setupBridge } from './bridgeHarness';
import { adapterPost, CCAIP_ORIGIN, exampleData } from './ccaipFixtures';

const IRA = '0055g00000IrAaaAAA';
const ARIEL = '0055g00000ArIeLAAA';
const CHAT_KEY = 'ccaip:chat:103646';
const ARIEL_LEG = `${CHAT_KEY}@${ARIEL}`;

// The document's Transfer_Chat example (not valid JSON as printed), with its commas put back.
const transferData = {
    chat_id: 103646,
    session_type: 'Messaging Inbound (SMS)',
    from_agent_id: 1,
    from_agent_email: 'Ira@example.com',
    to_agent_id: 5,
    to_agent_email: 'ariel@example.com',
    from_queue_path: 'Developers / Ariel',
    to_queue_path: 'Schemes / Auric'
};
const chat = (type: string, data: Record<string, unknown>) =>
    adapterPost(type, { ...exampleData(type), chat_id: 103646, session_type: 'Messaging Inbound (SMS)', ...data });
const asIra = { agent_id: 1, agent_email: 'Ira@example.com', queue_path: 'Developers / Ariel' };
const asAriel = { agent_id: 5, agent_email: 'ariel@example.com', queue_path: 'Schemes / Auric' };

/** One org; Ira's and Ariel's bridges each write through their own session of it. */
function twoAgents() {
    const org = new UiApiEmulator(projectObjects());
    const ira = setupBridge({ userId: IRA }, CCAIP_ORIGIN, org.asUser(IRA));
    const ariel = setupBridge({ userId: ARIEL }, CCAIP_ORIGIN, org.asUser(ARIEL));
    const interactions = () => org.recordsOf('CC_Interaction__c').map((record) => record.fields);
    return { org, ira, ariel, interactions };
}

describe('a chat Ira transfers to Ariel', () => {
    it('gives Ariel a record of her own, grouped with Ira’s by Conversation_Key__c', async () => {
        const { ira, ariel, interactions } = twoAgents();
        // Ira takes the chat from the queue and transfers it to Ariel.
        await ira.post(chat('New_Chat', asIra));
        await ira.post(adapterPost('Transfer_Chat', transferData));
        // Ariel's adapter offers her the same chat; she answers the customer and ends it.
        await ariel.post(chat('New_Chat', asAriel));
        await ariel.post(chat('Chat_Inbound_Message', { ...asAriel, message: 'Still there?' }));
        await ariel.post(chat('End_Chat', asAriel));

        const [iraRecord, arielRecord] = interactions();
        expect(iraRecord).toMatchObject({ External_Key__c: CHAT_KEY, Conversation_Key__c: CHAT_KEY, Agent__c: IRA, Transfer_Count__c: 1 });
        expect(arielRecord).toMatchObject({
            External_Key__c: ARIEL_LEG,
            Conversation_Key__c: CHAT_KEY,
            Agent__c: ARIEL,
            Queue__c: 'Schemes / Auric',
            Status__c: 'Ended'
        });
        expect(interactions()).toHaveLength(2);
        expect(ariel.codes()).toContain(DiagnosticCode.AgentLeg);
        expect(ariel.codes()).not.toContain(DiagnosticCode.WriteRejected);
    });

    it('leaves Ira’s record as Ira’s bridge wrote it, even where sharing lets Ariel see and edit it', async () => {
        // A sharing rule gives the team read/write on interactions: Ariel's session sees everything.
        const org = new UiApiEmulator(projectObjects());
        const ira = setupBridge({ userId: IRA }, CCAIP_ORIGIN, org);
        const ariel = setupBridge({ userId: ARIEL }, CCAIP_ORIGIN, org);
        await ira.post(chat('New_Chat', asIra));
        await ariel.post(chat('New_Chat', asAriel));
        await ariel.post(chat('End_Chat', asAriel));

        const [iraRecord, arielRecord] = org.recordsOf('CC_Interaction__c').map((record) => record.fields);
        expect(iraRecord).toMatchObject({
            External_Key__c: CHAT_KEY,
            Agent__c: IRA,
            Queue__c: 'Developers / Ariel',
            Status__c: 'Connected'
        });
        expect(arielRecord).toMatchObject({ External_Key__c: ARIEL_LEG, Agent__c: ARIEL, Status__c: 'Ended' });
    });
});

describe('a campaign call Kim transfers to Ariel', () => {
    it('gives each agent a record of the call, under one Conversation_Key__c, each with the transfer counted once', async () => {
        const KIM = '0055g00000KiMaaAAA';
        const CALL_KEY = 'ccaip:call:103646';
        const org = new UiApiEmulator(projectObjects());
        const kim = setupBridge({ userId: KIM }, CCAIP_ORIGIN, org.asUser(KIM));
        const ariel = setupBridge({ userId: ARIEL }, CCAIP_ORIGIN, org.asUser(ARIEL));
        const transfer = adapterPost('Transfer_Call', {
            ...transferData,
            chat_id: undefined,
            call_id: 103646,
            session_type: 'Voice Campaign (UJET)',
            from_agent_email: 'Kim@example.com'
        });
        // Kim's adapter: the call, then her transfer; Ariel's: the same transfer, the call, its end.
        await kim.post(adapterPost('New_Call', exampleData('New_Call')));
        await kim.post(transfer);
        await ariel.post(transfer);
        await ariel.post(adapterPost('New_Call', { ...exampleData('New_Call'), ...asAriel }));
        await ariel.post(adapterPost('End_Call', { ...exampleData('End_Call'), ...asAriel }));

        expect(
            org
                .recordsOf('CC_Interaction__c')
                .map(({ fields }) => [
                    fields.External_Key__c,
                    fields.Conversation_Key__c,
                    fields.Agent__c,
                    fields.Transfer_Count__c,
                    fields.Status__c
                ])
        ).toEqual([
            [CALL_KEY, CALL_KEY, KIM, 1, 'Connected'],
            [`${CALL_KEY}@${ARIEL}`, CALL_KEY, ARIEL, 1, 'Ended']
        ]);
    });
});

describe('a chat handled by one agent in two tabs or across a reload', () => {
    it('keeps one record under the chat’s own key: the agent’s own record is merged into, not split', async () => {
        const org = new UiApiEmulator(projectObjects());
        const firstTab = setupBridge({ userId: ARIEL }, CCAIP_ORIGIN, org.asUser(ARIEL));
        const secondTab = setupBridge({ userId: ARIEL }, CCAIP_ORIGIN, org.asUser(ARIEL));
        await firstTab.post(chat('New_Chat', asAriel));
        await secondTab.post(chat('End_Chat', asAriel));

        expect(org.recordsOf('CC_Interaction__c').map((record) => record.fields)).toEqual([
            expect.objectContaining({ External_Key__c: CHAT_KEY, Agent__c: ARIEL, Ended_At__c: expect.any(String) })
        ]);
        expect(secondTab.codes()).toContain(DiagnosticCode.WriteMergedDuplicate);
        expect(secondTab.codes()).not.toContain(DiagnosticCode.AgentLeg);
    });
});

describe('the record sync of a leg', () => {
    const listener = () => ({ diagnostics: [] as string[], saved: [] as string[] });
    const sync = (writer: UiApiEmulator, seen: ReturnType<typeof listener>, options = {}) =>
        new RecordSync(
            writer,
            new VirtualClock(0),
            {
                diagnostic: (entry) => seen.diagnostics.push(entry.code),
                saved: (_key, id) => seen.saved.push(id),
                confirmed: () => undefined
            },
            { userId: ARIEL, ...options }
        );
    const fields = (status: string): RecordFields => ({
        External_Key__c: CHAT_KEY,
        Conversation_Key__c: CHAT_KEY,
        Status__c: status,
        Agent__c: ARIEL
    });

    it('starts a leg when the record the DUPLICATE_VALUE names refuses the update (403 read-only), with no finder to ask', async () => {
        const org = new UiApiEmulator(projectObjects());
        const iraRecord = await org.createRecord('CC_Interaction__c', { External_Key__c: CHAT_KEY, Agent__c: IRA, Status__c: 'Connected' });
        const writer = org.asUser(ARIEL);
        jest.spyOn(writer, 'updateRecord').mockRejectedValueOnce({
            status: 403,
            body: [{ errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY', message: 'insufficient access rights on object id' }]
        });
        const seen = listener();
        sync(writer, seen).sync('CC_Interaction__c', CHAT_KEY, fields('Ended'));
        await flushPromises();

        expect(org.recordsOf('CC_Interaction__c').map((record) => record.fields)).toEqual([
            expect.objectContaining({ External_Key__c: CHAT_KEY, Status__c: 'Connected', Agent__c: IRA }),
            expect.objectContaining({ External_Key__c: ARIEL_LEG, Conversation_Key__c: CHAT_KEY, Status__c: 'Ended' })
        ]);
        expect(seen.diagnostics).toEqual([DiagnosticCode.WriteMergedDuplicate, DiagnosticCode.AgentLeg]);
        expect(seen.saved).toEqual([iraRecord.id, org.recordsOf('CC_Interaction__c')[1]?.Id]);
    });

    it('keeps the leg across a reload: the saved state names it, and the next change updates that record', async () => {
        const org = new UiApiEmulator(projectObjects());
        await org.asUser(IRA).createRecord('CC_Interaction__c', { External_Key__c: CHAT_KEY, Agent__c: IRA });
        const writer = org.asUser(ARIEL);
        const before = sync(writer, listener(), { finder: writer });
        before.sync('CC_Interaction__c', CHAT_KEY, fields('Connected'));
        await flushPromises();
        const saved = before.save(new Set([CHAT_KEY]));
        expect(saved[0]).toMatchObject({ leg: ARIEL_LEG });

        const after = sync(writer, listener(), { finder: writer });
        after.restore(JSON.parse(JSON.stringify(saved)));
        after.sync('CC_Interaction__c', CHAT_KEY, fields('Ended'));
        await flushPromises();

        expect(org.calls.filter((call) => call.op === 'create' && call.ok)).toHaveLength(2);
        expect(org.calls.at(-1)).toMatchObject({ op: 'update', fields: { Status__c: 'Ended' }, ok: true });
        expect(org.recordsOf('CC_Interaction__c')[1]?.fields).toMatchObject({ External_Key__c: ARIEL_LEG, Status__c: 'Ended' });
    });

    it('refuses with why when no user is known: a leg needs one', async () => {
        const org = new UiApiEmulator(projectObjects());
        await org.asUser(IRA).createRecord('CC_Interaction__c', { External_Key__c: CHAT_KEY, Agent__c: IRA });
        const writer = org.asUser(ARIEL);
        const seen = listener();
        sync(writer, seen, { finder: writer, userId: null }).sync('CC_Interaction__c', CHAT_KEY, fields('Ended'));
        await flushPromises();

        expect(seen.diagnostics).toEqual([DiagnosticCode.WriteRejected]);
        expect(org.recordsOf('CC_Interaction__c')).toHaveLength(1);
    });
});

describe('what the review of legs found', () => {
    const CHAT_FIELDS = { External_Key__c: CHAT_KEY, Conversation_Key__c: CHAT_KEY, Agent__c: ARIEL };
    const setupSync = (writer: UiApiEmulator, finder: RecordFinder, userId: string | null = ARIEL) => {
        const clock = new VirtualClock(0);
        const codes: string[] = [];
        const sync = new RecordSync(
            writer,
            clock,
            { diagnostic: (entry) => codes.push(entry.code), saved: () => undefined, confirmed: () => undefined },
            { finder, userId }
        );
        return { clock, codes, sync };
    };

    it('retries, for as long as it takes, a duplicate whose lookup gets no answer, then updates the agent’s own record', async () => {
        const org = new UiApiEmulator(projectObjects());
        const writer = org.asUser(ARIEL);
        await writer.createRecord('CC_Interaction__c', { ...CHAT_FIELDS, Status__c: 'Connected' });
        const finder = { findByKey: jest.fn((objectApiName: 'CC_Interaction__c', key: string) => writer.findByKey(objectApiName, key)) };
        for (let attempt = 0; attempt < 8; attempt++) {
            finder.findByKey.mockRejectedValueOnce(new Error('no answer from GraphQL in 15 s'));
        }
        const { clock, codes, sync } = setupSync(writer, finder);

        sync.sync('CC_Interaction__c', CHAT_KEY, { ...CHAT_FIELDS, Status__c: 'Ended' });
        await flushPromises();
        await clock.advance(10 * 60_000);

        expect(codes.filter((code) => code === DiagnosticCode.WriteRetrying)).toHaveLength(8);
        expect(codes).not.toContain(DiagnosticCode.WriteRejected);
        expect(org.recordsOf('CC_Interaction__c').map((record) => record.fields.Status__c)).toEqual(['Ended']);
    });

    it('gives the agent a leg rather than take over a visible record with no agent (an import)', async () => {
        const org = new UiApiEmulator(projectObjects());
        await org.createRecord('CC_Interaction__c', { External_Key__c: CHAT_KEY, Status__c: 'Connected' });
        const { codes, sync } = setupSync(org, org);

        sync.sync('CC_Interaction__c', CHAT_KEY, { ...CHAT_FIELDS, Status__c: 'Ended' });
        await flushPromises();

        expect(org.recordsOf('CC_Interaction__c').map((record) => [record.fields.External_Key__c, record.fields.Status__c])).toEqual([
            [CHAT_KEY, 'Connected'],
            [ARIEL_LEG, 'Ended']
        ]);
        expect(codes).toEqual([DiagnosticCode.AgentLeg]);
    });

    it('knows the agent’s own record when the admin gave the 15-character user id', async () => {
        const org = new UiApiEmulator(projectObjects());
        const writer = org.asUser(ARIEL);
        await writer.createRecord('CC_Interaction__c', { ...CHAT_FIELDS, Status__c: 'Connected' });
        const { codes, sync } = setupSync(writer, writer, ARIEL.slice(0, 15));

        sync.sync('CC_Interaction__c', CHAT_KEY, { ...CHAT_FIELDS, Status__c: 'Ended' });
        await flushPromises();

        expect(org.recordsOf('CC_Interaction__c').map((record) => record.fields.Status__c)).toEqual(['Ended']);
        expect(codes).toEqual([DiagnosticCode.WriteMergedDuplicate]);
    });

    it('refuses, with why, a leg whose key would not fit External_Key__c', async () => {
        const org = new UiApiEmulator(projectObjects());
        const longKey = `ccaip:chat:${'9'.repeat(230)}`;
        await org.asUser(IRA).createRecord('CC_Interaction__c', { External_Key__c: longKey, Agent__c: IRA });
        const writer = org.asUser(ARIEL);
        const { codes, sync } = setupSync(writer, writer);

        sync.sync('CC_Interaction__c', longKey, { External_Key__c: longKey, Status__c: 'Ended' });
        await flushPromises();

        expect(codes).toEqual([DiagnosticCode.WriteRejected]);
        expect(org.recordsOf('CC_Interaction__c')).toHaveLength(1);
    });
});
