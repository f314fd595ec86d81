/**
 * The agent's status record (CC_Agent_Status__c) from the vendors' real payloads: one write per
 * change of state, never per message; the call's record on it; logout; and the cases where nothing
 * must be written.
 */
import { ObjectApiName } from 'c/ccCore';
import { setupBridge, USER_ID } from './bridgeHarness';
import { adapterPost, CCAIP_ORIGIN, exampleData } from './ccaipFixtures';
import { EVOLUX_ORIGIN, seed, variant } from './evoluxFixtures';

const STATUS_KEY = `status:${USER_ID}`;
const ON = { keepAgentStatus: true, allowedOrigins: 'https://*.evolux.net.br,https://*.ccaiplatform.com' };

function setup(properties: Record<string, unknown> = {}) {
    const harness = setupBridge({ ...ON, ...properties }, EVOLUX_ORIGIN);
    const statusWrites = () => harness.writer.calls.filter((call) => call.objectApiName === ObjectApiName.AgentStatus);
    const status = () => harness.writer.recordsOf(ObjectApiName.AgentStatus).map((record) => record.fields);
    const states = () => statusWrites().map((call) => call.fields.State__c);
    return { ...harness, statusWrites, status, states };
}

describe("the agent's status record", () => {
    it('goes Ringing, On call, Available over a call: one create and two updates, each when the state changes', async () => {
        const { post, writer, status, statusWrites, states } = setup();

        await post(seed.softphoneCallInvited);
        await post(seed.softphoneCallAccepted);
        await post(seed.softphoneCallEnded);

        expect(states()).toEqual(['Ringing', 'On call', 'Available']);
        expect(statusWrites().map((call) => call.op)).toEqual(['create', 'update', 'update']);
        const interactionId = writer.recordsOf(ObjectApiName.Interaction)[0]?.Id;
        // The ringing status waited for the call's create, so it names the call in the same write.
        expect(statusWrites()[0]?.fields).toMatchObject({
            External_Key__c: STATUS_KEY,
            Agent__c: USER_ID,
            Vendor__c: 'Evolux',
            Agent_Login__c: 'joao',
            // No agent event yet, so the call's login stands for the name.
            Agent_Name__c: 'joao',
            Interaction__c: interactionId,
            Queue__c: 'suporte',
            State_Since__c: '2021-02-18T20:47:47.476Z'
        });
        // On call counts from the answer; Available from the hang-up, with the call's fields emptied.
        expect(statusWrites()[1]?.fields).toMatchObject({ State__c: 'On call', State_Since__c: '2021-02-18T20:47:56.105Z' });
        expect(status()).toEqual([
            expect.objectContaining({
                State__c: 'Available',
                State_Since__c: '2021-02-18T20:47:58.470Z',
                Last_Event_At__c: '2021-02-18T20:47:58.470Z',
                Interaction__c: null,
                // The last call's queue stays, so the board's queue filter keeps the agent in their team.
                Queue__c: 'suporte',
                Agent_Login__c: 'joao'
            })
        ]);
    });

    it('writes nothing more when every event arrives again (a resend, another tab)', async () => {
        const { post, states } = setup();
        for (const message of [seed.softphoneCallInvited, seed.softphoneCallAccepted, seed.softphoneCallEnded]) {
            await post(message);
            await post(message);
        }

        expect(states()).toEqual(['Ringing', 'On call', 'Available']);
    });

    it('writes nothing for a message that changes no state: the call moved to another queue, an unknown event', async () => {
        const { post, statusWrites } = setup();
        await post(seed.softphoneCallInvited);
        await post(seed.softphoneCallAccepted);
        const before = statusWrites().length;

        // The call's new queue is the call's change, not the agent's: the status shows it with its next change.
        await post(variant(seed.softphoneCallAccepted, { queue: { name: 'nordestao' } }));
        await post({ eventName: 'softphoneSomethingNew', payload: {} });

        expect(statusWrites()).toHaveLength(before);
    });

    it('shows a pause with its reason, productive flag and maximum, a new reason as a new state, and Available at the stop', async () => {
        const { post, status, statusWrites } = setup();
        const start = variant(seed.agentStartPause, {
            pause: { ...(seed.agentStartPause.payload.pause as Record<string, unknown>), maxDuration: 900 }
        });

        await post(start);
        await post(seed.agentChangePause);
        await post(seed.agentStopPause);

        expect(statusWrites().map((call) => call.op)).toEqual(['create', 'update', 'update']);
        expect(statusWrites()[0]?.fields).toMatchObject({
            State__c: 'Paused',
            Agent_Name__c: 'João',
            Pause_Reason__c: 'Lanche',
            Productive__c: false,
            Pause_Max_Seconds__c: 900,
            State_Since__c: '2021-02-18T20:51:54.866Z'
        });
        // Still Paused, for another reason since the change: only what changed is sent.
        expect(statusWrites()[1]?.fields).toMatchObject({
            Pause_Reason__c: 'Reunião',
            Productive__c: true,
            Pause_Max_Seconds__c: null,
            State_Since__c: '2021-02-18T20:52:35.366Z'
        });
        expect(statusWrites()[1]?.fields.State__c).toBeUndefined();
        expect(status()).toEqual([expect.objectContaining({ State__c: 'Available', Pause_Reason__c: null, Productive__c: false })]);
    });

    it('is On call while a call is up during a pause, and Paused again once the call ends with the pause still open', async () => {
        const { post, states } = setup();

        await post(seed.agentStartPause);
        await post(seed.softphoneCallInvited);
        await post(seed.softphoneCallAccepted);
        await post(seed.softphoneCallEnded);

        expect(states()).toEqual(['Paused', 'Ringing', 'On call', 'Paused']);
    });

    it('names no call when calls are not logged, and does not wait for a record that will never come', async () => {
        const { post, status, statusWrites } = setup({ logCalls: false });

        await post(seed.softphoneCallInvited);

        expect(statusWrites().map((call) => call.op)).toEqual(['create']);
        expect(status()).toEqual([expect.objectContaining({ State__c: 'Ringing' })]);
        // Left out of the create, so the org leaves it empty.
        expect(status()[0]?.Interaction__c ?? null).toBeNull();
    });

    it('follows the CCAI agent adapter: Available at Agent_Login, In chat for a chat, Logged out at Agent_Logout', async () => {
        const { post, states, status } = setup();
        const login = adapterPost('Agent_Login', { agent_id: 1, agent_custom_id: '007', agent_email: 'Kim@example.com' });
        const logout = adapterPost('Agent_Logout', { agent_id: 1, agent_email: 'Kim@example.com' });

        await post(login, CCAIP_ORIGIN);
        await post(adapterPost('New_Chat', exampleData('New_Chat')), CCAIP_ORIGIN);
        await post(adapterPost('End_Chat', exampleData('End_Chat')), CCAIP_ORIGIN);
        await post(logout, CCAIP_ORIGIN);
        await post(logout, CCAIP_ORIGIN);

        expect(states()).toEqual(['Available', 'In chat', 'Available', 'Logged out']);
        expect(status()).toEqual([expect.objectContaining({ State__c: 'Logged out', Vendor__c: 'CCAI Platform', Interaction__c: null })]);
    });

    it('is not kept when the admin turns it off, nor without a Salesforce user', async () => {
        const off = setup({ keepAgentStatus: false });
        await off.post(seed.softphoneCallInvited);
        await off.post(seed.agentStartPause);
        expect(off.statusWrites()).toEqual([]);

        const noUser = setup({ userId: '' });
        await noUser.post(seed.softphoneCallInvited);
        expect(noUser.statusWrites()).toEqual([]);
    });

    it('stays on the chat open longest while two chats trade messages: no write per message', async () => {
        // With transcripts kept, each message changes its chat, which moves to the end of the bridge's list.
        const { post, statusWrites, clock } = setup({ storeTranscript: true });
        const first = exampleData('New_Chat');
        const second = { ...first, chat_id: Number(first.chat_id) + 1 };
        const message = (chat: Record<string, unknown>, text: string) => adapterPost('Chat_Inbound_Message', { ...chat, message: text });

        await post(adapterPost('New_Chat', first), CCAIP_ORIGIN);
        await post(adapterPost('New_Chat', second), CCAIP_ORIGIN);
        for (const round of [1, 2, 3]) {
            await clock.advance(5_000);
            await post(message(second, `segunda ${round}`), CCAIP_ORIGIN);
            await clock.advance(5_000);
            await post(message(first, `primeira ${round}`), CCAIP_ORIGIN);
        }

        expect(statusWrites()).toEqual([
            expect.objectContaining({ op: 'create', fields: expect.objectContaining({ State__c: 'In chat' }) })
        ]);
    });

    it('shows a call whose record Salesforce refuses, without its record, instead of waiting for one that never comes', async () => {
        const { post, writer, states, status } = setup();
        const refused = {
            status: 400,
            body: { message: 'x', output: { errors: [{ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'Queue is locked' }] } }
        };
        const create = writer.createRecord.bind(writer);
        // A validation rule refuses every Interaction the bridge creates; the status itself is written.
        jest.spyOn(writer, 'createRecord').mockImplementation((objectApiName, fields) => {
            return objectApiName === ObjectApiName.Interaction ? Promise.reject(refused) : create(objectApiName, fields);
        });

        await post(seed.softphoneCallInvited);
        await post(seed.softphoneCallAccepted);

        expect(states()).toEqual(['Ringing', 'On call']);
        expect(status()[0]?.Interaction__c ?? null).toBeNull();
    });

    it("goes Logged out at the vendor's logout even with a chat it never ended", async () => {
        const { post, states } = setup();

        await post(adapterPost('Agent_Login', { agent_id: 1, agent_email: 'Kim@example.com' }), CCAIP_ORIGIN);
        await post(adapterPost('New_Chat', exampleData('New_Chat')), CCAIP_ORIGIN);
        await post(adapterPost('Agent_Logout', { agent_id: 1, agent_email: 'Kim@example.com' }), CCAIP_ORIGIN);

        expect(states()).toEqual(['Available', 'In chat', 'Logged out']);
    });

    it('does not rewrite a paused status per message when the reason is longer than the field', async () => {
        const { post, statusWrites } = setup();
        const long = variant(seed.agentStartPause, {
            pause: { ...(seed.agentStartPause.payload.pause as Record<string, unknown>), reason: 'R'.repeat(300) }
        });

        await post(long);
        const before = statusWrites().length;
        // Each is heard and changes nothing of the pause: the resend, and the agent's login.
        await post(long);
        await post(seed.agentLogin);

        expect(before).toBe(1);
        expect(statusWrites()).toHaveLength(before);
    });
});
