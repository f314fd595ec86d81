/**
 * The user's tabs share the work without the `storage` event Lightning Web Security forbids: in a
 * current browser through BroadcastChannel and Web Locks, elsewhere through browser storage. Each
 * scenario runs whole bridges through the replay session, whose tabs share one org, one storage,
 * one set of channels and one lock manager.
 */
import { seed as evolux, variant } from '../../../force-app/main/default/lwc/ccCore/__tests__/evoluxFixtures';
import { UiApiEmulator } from '../../uiApiEmulator/uiApiEmulator';
import { projectObjects } from '../../uiApiEmulator/objectMetadata';
import { ReplaySession, type ReplayOutput } from '../replaySession';
import type { ReplayLine } from '../replayInput';

const ORIGIN = 'https://acme.evolux.net.br';
const USER_ID = '0055g00000AbCdEAAV';
const CONTACT = '0035g00000XyZaBAAV';
const CALL_KEY = 'evolux:8eb4d68e-722a-11eb-914b-d185dd1424c7';
const fromCustomer = (message: { eventName: string; payload: Record<string, unknown> }) =>
    variant(message, { from: { name: '', number: '11987654321' } });
const RING = fromCustomer(evolux.softphoneCallInvited);
const ANSWER = fromCustomer(evolux.softphoneCallAccepted);
const HANG_UP = fromCustomer(evolux.softphoneCallEnded);

let line = 0;
const heard = (tab: string, data: unknown, at?: string): ReplayLine => ({
    kind: 'message',
    line: ++line,
    tab,
    origin: ORIGIN,
    data,
    ...(at ? { at: Date.parse(at) } : {})
});
const control = (name: string, tab = 'A', ms = 0): ReplayLine => ({ kind: 'control', line: ++line, control: name, tab, ms }) as ReplayLine;

async function play(lines: ReplayLine[], tabApis: 'web' | 'storage' = 'web'): Promise<ReplayOutput> {
    const session = new ReplaySession({
        properties: { userId: USER_ID, allowedOrigins: 'https://*.evolux.net.br', defaultCountryCode: '55' },
        seed: { Contact: [{ Id: CONTACT, Phone: '(11) 98765-4321' }] },
        tabApis
    });
    await session.play(lines);
    session.close();
    return session.output();
}

const interactions = (output: ReplayOutput) => output.records.CC_Interaction__c ?? [];
const statuses = (output: ReplayOutput) => output.records.CC_Agent_Status__c ?? [];
const codes = (output: ReplayOutput, tab?: string) =>
    output.diagnostics.filter((entry) => tab === undefined || entry.tab === tab).map((entry) => entry.code);

describe.each(['web', 'storage'] as const)('tabs coordinating through %s APIs', (tabApis) => {
    it('gives one record when three tabs hear the whole call', async () => {
        const output = await play(
            [RING, ANSWER, HANG_UP].flatMap((data) => ['A', 'B', 'C'].map((tab) => heard(tab, data))),
            tabApis
        );

        expect(interactions(output)).toEqual([expect.objectContaining({ External_Key__c: CALL_KEY, Status__c: 'Ended' })]);
        // One tab writes for all three: one create each of the interaction and the agent's status, then one update per change.
        expect(output.stats.apiCalls.createRecord).toBe(2);
        expect(statuses(output)).toEqual([expect.objectContaining({ State__c: 'Available', Interaction__c: null })]);
        expect(codes(output)).not.toContain('WRITE_MERGED_DUPLICATE');
    });

    it('ends the same record in another tab when the writing tab closes mid-call', async () => {
        const output = await play(
            [
                heard('A', RING),
                heard('B', RING),
                heard('C', RING),
                heard('A', ANSWER),
                heard('B', ANSWER),
                control('close', 'A'),
                // The storage lease needs a heartbeat to move on; Web Locks hand over at once.
                control('advance', 'B', tabApis === 'web' ? 0 : 2_000),
                heard('B', HANG_UP),
                heard('C', HANG_UP)
            ],
            tabApis
        );

        expect(interactions(output)).toEqual([
            expect.objectContaining({ External_Key__c: CALL_KEY, Status__c: 'Ended', Talk_Seconds__c: 2 })
        ]);
        // The interaction and the agent's status, each created once: the tab that takes over updates them.
        expect(output.stats.apiCalls.createRecord).toBe(2);
        expect(statuses(output)).toEqual([expect.objectContaining({ State__c: 'Available' })]);
        expect(codes(output, 'B')).toContain('LEADER_TAKEOVER');
        expect(codes(output, 'C')).not.toContain('LEADER_TAKEOVER');
    });

    it('ends the same record in another tab when the writing tab crashes mid-call (no pagehide, no save)', async () => {
        const output = await play(
            [
                heard('A', RING),
                heard('B', RING),
                heard('A', ANSWER),
                heard('B', ANSWER),
                control('crash', 'A'),
                // Web Locks free a crashed tab's lock at once; the storage lease runs out after 6 s.
                control('advance', 'B', tabApis === 'web' ? 0 : 8_000),
                heard('B', HANG_UP)
            ],
            tabApis
        );

        expect(interactions(output)).toEqual([
            expect.objectContaining({ External_Key__c: CALL_KEY, Status__c: 'Ended', Talk_Seconds__c: 2 })
        ]);
        // The interaction and the agent's status, each created once: the tab that takes over updates them.
        expect(output.stats.apiCalls.createRecord).toBe(2);
        expect(statuses(output)).toEqual([expect.objectContaining({ State__c: 'Available' })]);
        expect(codes(output, 'B')).toContain('LEADER_TAKEOVER');
    });

    it('shows the caller the writing tab matched in every tab’s live state, after one lookup', async () => {
        const output = await play(['A', 'B', 'C'].map((tab) => heard(tab, RING)).concat(control('advance', 'A', 2_000)), tabApis);

        expect(output.stats.apiCalls.graphql).toBe(1);
        for (const tab of ['A', 'B', 'C']) {
            const last = output.published.filter((entry) => entry.tab === tab).at(-1)?.message as
                | { snapshot: { interactions: { caller?: { recordId: string } }[] } }
                | undefined;
            expect({ tab, caller: last?.snapshot.interactions[0]?.caller?.recordId }).toEqual({ tab, caller: CONTACT });
        }
    });
});

describe('tabs in a current browser (BroadcastChannel and Web Locks)', () => {
    it('passes a message only a follower heard to the writing tab at once, with no timer running', async () => {
        const output = await play([heard('A', evolux.agentLogin), heard('B', evolux.agentLogin), heard('B', RING)]);

        // No clock advance: a background tab's throttled timers cannot hold the record back.
        expect(interactions(output)).toEqual([expect.objectContaining({ External_Key__c: CALL_KEY, Status__c: 'Ringing' })]);
        expect(output.diagnostics.filter((entry) => entry.code === 'TAB_COORDINATION')).toEqual([]);
    });

    it('keeps one writer however long the others wait: no lease runs out', async () => {
        const output = await play([
            heard('A', RING),
            heard('B', RING),
            control('advance', 'A', 10 * 60_000),
            heard('B', ANSWER),
            heard('A', ANSWER),
            heard('B', HANG_UP)
        ]);

        expect(interactions(output)).toHaveLength(1);
        expect(codes(output)).not.toContain('LEADER_TAKEOVER');
        expect(codes(output)).not.toContain('WRITE_MERGED_DUPLICATE');
    });
});

describe('callers the writing tab stores for tabs that open later', () => {
    it('are kept only for the calls the saved state keeps, also those an earlier writing tab stored', async () => {
        const session = new ReplaySession({
            properties: { userId: USER_ID, allowedOrigins: 'https://*.evolux.net.br', defaultCountryCode: '55' },
            seed: { Contact: [{ Id: CONTACT, Phone: '(11) 98765-4321' }] }
        });
        const call = (n: number) => [RING, ANSWER, HANG_UP].map((message) => variant(message, { id: `call-${n}` }));
        const calls = (tab: string, from: number, count: number) =>
            Array.from({ length: count }, (_, n) => call(from + n)).flatMap((messages) => messages.map((data) => heard(tab, data)));

        // Tab A writes four calls while B follows; A closes, and B writes twelve more.
        await session.play([
            heard('A', evolux.agentLogin),
            heard('B', evolux.agentLogin),
            ...calls('A', 0, 4),
            control('close', 'A'),
            ...calls('B', 4, 12)
        ]);
        const stored = session.storageKeys('ccBridge.caller.').sort();
        session.close();

        // The saved state keeps the ten most recent ended calls: the callers of A's four are gone.
        const lastTen = Array.from({ length: 10 }, (_, n) => `ccBridge.caller.evolux:call-${6 + n}`).sort();
        expect(stored).toEqual(lastTen);
        expect(interactions(session.output())).toHaveLength(16);
    });
});

describe('the last call of the day, logged offline', () => {
    it('is written when the agent opens Salesforce the next morning, however old the saved write is', async () => {
        const output = await play([
            control('network-down'),
            heard('A', RING),
            heard('A', ANSWER),
            heard('A', HANG_UP),
            control('close', 'A'),
            control('network-up'),
            control('advance', 'A', 14 * 60 * 60_000),
            heard('A', evolux.agentLogin), // the tab opens again the next morning
            control('advance', 'A', 5_000)
        ]);

        expect(interactions(output)).toEqual([
            expect.objectContaining({ External_Key__c: CALL_KEY, Status__c: 'Ended', Talk_Seconds__c: 2 })
        ]);
    });
});

describe('tabs in a browser without BroadcastChannel and Web Locks', () => {
    it('says so once per tab, and passes a message only a follower heard on the next heartbeat', async () => {
        const output = await play(
            [heard('A', evolux.agentLogin), heard('B', evolux.agentLogin), heard('B', RING), control('advance', 'A', 2_000)],
            'storage'
        );

        expect(interactions(output)).toEqual([expect.objectContaining({ External_Key__c: CALL_KEY })]);
        expect(output.diagnostics.filter((entry) => entry.code === 'TAB_COORDINATION')).toEqual([
            expect.objectContaining({ tab: 'A', level: 'warn', message: expect.stringContaining('Web Locks API and BroadcastChannel') }),
            expect.objectContaining({ tab: 'B', level: 'warn' })
        ]);
    });
});

describe("the agent's status across a takeover", () => {
    it('is carried on from what the writing tab saved: a tab taking over mid-call never writes the state it knew as a follower', async () => {
        const api = new UiApiEmulator(projectObjects());
        const session = new ReplaySession({ properties: { userId: USER_ID, allowedOrigins: 'https://*.evolux.net.br' }, api });
        const both = (data: unknown) => ['A', 'B'].map((tab) => heard(tab, data));
        await session.play([...both(evolux.agentLogin), ...both(RING), ...both(ANSWER), control('close', 'A'), heard('B', HANG_UP)]);
        session.close();

        const statusWrites = api.calls.filter((call) => call.objectApiName === 'CC_Agent_Status__c');
        // Available at the login, Ringing, On call (tab A), then Available at the hang-up (tab B): no Available mid-call.
        expect(statusWrites.map((call) => call.fields.State__c)).toEqual(['Available', 'Ringing', 'On call', 'Available']);
        expect(statusWrites.map((call) => call.op)).toEqual(['create', 'update', 'update', 'update']);
    });
});
