/**
 * How the bridges of several tabs share the work through browser storage: one leader at a time,
 * every message known to every tab once, and saved state a reload can trust.
 */
import { MemoryStorage } from '../../../../../../tools/replay/memoryStorage';
import { HEARTBEAT_MS, LEADER_KEY, LEASE_MS, LeaseLeadership } from '../leadership';
import { loadState, MAX_SAVED_AGE_MS, saveState, STATE_KEY, stateKey } from '../savedState';

const IRA = '0055g00000IrAaaAAA';
const ARIEL = '0055g00000ArIeLAAA';
import { INBOX_TTL_MS, SharedInbox } from '../sharedInbox';
import { BridgeCore } from 'c/ccCore';
import { leaderLockOver, tabChannelOver } from '../webTabPorts';
import { ReplayLockManager } from '../../../../../../tools/replay/webLocks';
import { UiApiEmulator } from '../../../../../../tools/uiApiEmulator/uiApiEmulator';
import { projectObjects } from '../../../../../../tools/uiApiEmulator/objectMetadata';
import { EVOLUX_ORIGIN, seed } from './evoluxFixtures';
import { ReplayBroadcastChannels } from '../../../../../../tools/replay/broadcastChannels';
import { flushPromises, VirtualClock } from '../../../../../../tools/replay/virtualClock';

const T0 = Date.parse('2026-03-02T11:00:00.000Z');
const FOLLOWER = { writer: false };

describe('LeaseLeadership (browsers without Web Locks)', () => {
    it('lets the first tab lead and the others follow while it renews its lease', () => {
        const storage = new MemoryStorage();
        const a = new LeaseLeadership(storage.forTab('A'), 'A#1');
        const b = new LeaseLeadership(storage.forTab('B'), 'B#1');

        expect(a.tick(T0)).toBe(true);
        expect(b.tick(T0 + 1)).toBe(false);
        for (let t = T0 + HEARTBEAT_MS; t < T0 + 10 * HEARTBEAT_MS; t += HEARTBEAT_MS) {
            a.tick(t);
            b.tick(t + 1);
        }
        expect([a.isLeader, b.isLeader]).toEqual([true, false]);
    });

    it('hands over at once when the leader releases the lease (its tab closes)', () => {
        const storage = new MemoryStorage();
        const a = new LeaseLeadership(storage.forTab('A'), 'A#1');
        const b = new LeaseLeadership(storage.forTab('B'), 'B#1');
        a.tick(T0);
        b.tick(T0);
        a.release();
        expect(b.tick(T0 + 10)).toBe(true);
        expect(a.isLeader).toBe(false);
    });

    it('takes over from a leader that stopped renewing (frozen or crashed tab), and the old leader steps down', () => {
        const storage = new MemoryStorage();
        const a = new LeaseLeadership(storage.forTab('A'), 'A#1');
        const b = new LeaseLeadership(storage.forTab('B'), 'B#1');
        a.tick(T0);
        expect(b.tick(T0 + LEASE_MS)).toBe(false);
        expect(b.tick(T0 + LEASE_MS + 1)).toBe(true);
        // The frozen tab wakes up: it finds another tab's lease and follows.
        expect(a.tick(T0 + LEASE_MS + 2)).toBe(false);
        expect(a.isLeader).toBe(false);
    });

    it('does not trust a lease dated in the future or one that is not a lease', () => {
        const storage = new MemoryStorage();
        const tab = storage.forTab('A');
        tab.setItem(LEADER_KEY, JSON.stringify({ tabId: 'ghost', renewedAt: T0 + 24 * 3600_000 }));
        expect(new LeaseLeadership(tab, 'A#1').tick(T0)).toBe(true);
        tab.setItem(LEADER_KEY, '{not json');
        expect(new LeaseLeadership(tab, 'A#2').tick(T0)).toBe(true);
    });
});

describe('SharedInbox', () => {
    const message = (receivedAt: number, data: unknown = { eventName: 'softphoneCallEnded', payload: { id: 'x' } }) => ({
        origin: 'https://acme.evolux.net.br',
        data,
        receivedAt
    });

    it('passes a message heard in one tab to the others, once', () => {
        const storage = new MemoryStorage();
        const a = new SharedInbox(storage.forTab('A'), 'A#1');
        const b = new SharedInbox(storage.forTab('B'), 'B#1');

        expect(a.heard(message(T0), FOLLOWER)).toBe(true);
        expect(b.take(T0 + 5)).toEqual([message(T0)]);
        expect(b.take(T0 + 10)).toEqual([]);
        expect(a.take(T0 + 10)).toEqual([]);
    });

    it('lets the tab that reads a copy of what it already heard skip it, and skips a late direct copy too', () => {
        const storage = new MemoryStorage();
        const a = new SharedInbox(storage.forTab('A'), 'A#1');
        const b = new SharedInbox(storage.forTab('B'), 'B#1');
        a.heard(message(T0), FOLLOWER);
        expect(b.heard(message(T0 + 40), FOLLOWER)).toBe(true);
        expect(b.take(T0 + 50)).toEqual([]);

        const c = new SharedInbox(storage.forTab('C'), 'C#1');
        expect(c.take(T0 + 60)).toEqual([message(T0)]);
        expect(c.heard(message(T0 + 70), FOLLOWER)).toBe(false);
    });

    it('treats the same content much later as a new message', () => {
        const storage = new MemoryStorage();
        const a = new SharedInbox(storage.forTab('A'), 'A#1');
        expect(a.heard(message(T0), FOLLOWER)).toBe(true);
        expect(a.heard(message(T0 + 60_000), FOLLOWER)).toBe(true);
    });

    it('removes passed-on messages once they are old, and ignores unreadable ones', () => {
        const storage = new MemoryStorage();
        const a = new SharedInbox(storage.forTab('A'), 'A#1');
        const b = new SharedInbox(storage.forTab('B'), 'B#1');
        a.heard(message(T0), FOLLOWER);
        storage.forTab('X').setItem('ccBridge.inbox.X#1.1', '{broken');
        expect(b.take(T0 + INBOX_TTL_MS + 1)).toEqual([]);
        expect(storage.size).toBe(0);
    });
});

describe('SharedInbox with a BroadcastChannel', () => {
    const message = (receivedAt: number) => ({
        origin: 'https://acme.evolux.net.br',
        data: { eventName: 'softphoneCallAccepted', payload: { id: 'x' } },
        receivedAt
    });

    it('tells the other tabs at once, and keeps what a follower heard in storage until the writing tab takes it, however late', async () => {
        const storage = new MemoryStorage();
        const channels = new ReplayBroadcastChannels();
        const writer = new SharedInbox(storage.forTab('A'), 'A#1', tabChannelOver(channels.forTab('A')));
        const heardByWriter: unknown[] = [];
        tabChannelOver(channels.forTab('A')).listen((data) => heardByWriter.push(data));
        const follower = new SharedInbox(storage.forTab('B'), 'B#1', tabChannelOver(channels.forTab('B')));

        expect(follower.heard(message(T0), FOLLOWER)).toBe(true);
        await flushPromises();
        expect(heardByWriter).toEqual([{ type: 'heard', message: message(T0) }]);
        expect(storage.size).toBe(1);

        // The channel copy never reached the writer (it was stalled): an hour later it takes the stored one, once.
        expect(writer.take(T0 + 3_600_000)).toEqual([message(T0)]);
        expect(storage.size).toBe(0);
        expect(writer.take(T0 + 3_600_001)).toEqual([]);
    });

    it('passes JSON text on the BroadcastChannel (LWS copies objects through its membrane), and still reads the objects an older version posts', async () => {
        // A raw BroadcastChannel of the same name sees what the tabs post, and posts as an older version (an object) and junk.
        const channels = new ReplayBroadcastChannels();
        const raw = new (channels.forTab('C'))('ccBridge');
        const onTheWire: unknown[] = [];
        raw.addEventListener('message', (event) => onTheWire.push(event.data));
        const heardByWriter: unknown[] = [];
        tabChannelOver(channels.forTab('A')).listen((data) => heardByWriter.push(data));
        const follower = new SharedInbox(new MemoryStorage().forTab('B'), 'B#1', tabChannelOver(channels.forTab('B')));

        follower.heard(message(T0), FOLLOWER);
        raw.postMessage({ type: 'heard', message: message(T0 + 1) });
        raw.postMessage('{not json');
        await flushPromises();

        expect(onTheWire).toEqual([JSON.stringify({ type: 'heard', message: message(T0) })]);
        expect(heardByWriter).toEqual([{ type: 'heard', message: message(T0) }, { type: 'heard', message: message(T0 + 1) }, undefined]);
    });

    it('posts objects again once it hears a tab of the version before, which reads nothing else', async () => {
        const channels = new ReplayBroadcastChannels();
        const older = new (channels.forTab('C'))('ccBridge');
        const onTheWire: unknown[] = [];
        older.addEventListener('message', (event) => onTheWire.push(event.data));
        const channel = tabChannelOver(channels.forTab('A'));
        channel.listen(() => undefined);

        channel.post({ type: 'caller', key: 'k1', match: { outcome: 'none' } });
        older.postMessage({ type: 'heard', message: message(T0) });
        await flushPromises();
        channel.post({ type: 'caller', key: 'k2', match: { outcome: 'none' } });
        await flushPromises();

        expect(onTheWire).toEqual([
            JSON.stringify({ type: 'caller', key: 'k1', match: { outcome: 'none' } }),
            { type: 'caller', key: 'k2', match: { outcome: 'none' } }
        ]);
    });

    it('keeps what one agent’s tab stored from the next agent at the same desk, and gives it to its own agent’s writer', () => {
        const storage = new MemoryStorage();
        const channels = new ReplayBroadcastChannels();
        const AGENT_A = '0055g00000AbCdEAAV';
        const AGENT_B = '0055g00000XyZaBAAV';
        // Agent A's follower tab stores a call its writer never took (A closed Salesforce right after).
        new SharedInbox(storage.forTab('A'), 'A#1', tabChannelOver(channels.forTab('A')), AGENT_A).heard(message(T0), FOLLOWER);
        // An earlier version stored one under the unkeyed prefix.
        storage.forTab('A').setItem('ccBridge.inbox.A#0.1', JSON.stringify(message(T0 - 60_000)));

        // The next morning agent B's tab writes: it takes only the unkeyed entry (most likely B's own, as with the saved state).
        const writerOfB = new SharedInbox(storage.forTab('B'), 'B#1', tabChannelOver(channels.forTab('B')), AGENT_B);
        expect(writerOfB.take(T0 + 12 * 3_600_000)).toEqual([message(T0 - 60_000)]);
        expect(storage.forTab('B').keys('ccBridge.inbox')).toEqual([expect.stringMatching(/^ccBridge\.inbox@0055g00000AbCdE\.A#1\./)]);

        // When agent A comes back, A's writer takes A's call.
        const writerOfA = new SharedInbox(storage.forTab('C'), 'C#1', tabChannelOver(channels.forTab('C')), AGENT_A);
        expect(writerOfA.take(T0 + 24 * 3_600_000)).toEqual([message(T0)]);
        expect(storage.size).toBe(0);
    });

    it('stores nothing for what the writing tab heard itself, and skips a stored copy of what it already handled', () => {
        const storage = new MemoryStorage();
        const channels = new ReplayBroadcastChannels();
        const writer = new SharedInbox(storage.forTab('A'), 'A#1', tabChannelOver(channels.forTab('A')));
        const follower = new SharedInbox(storage.forTab('B'), 'B#1', tabChannelOver(channels.forTab('B')));

        expect(writer.heard(message(T0), { writer: true })).toBe(true);
        expect(storage.size).toBe(0);
        follower.heard(message(T0 + 50), FOLLOWER);
        expect(writer.received(message(T0 + 50))).toBe(false);
        expect(writer.take(T0 + 100)).toEqual([]);
        expect(storage.size).toBe(0);
    });
});

describe('saved state', () => {
    const state = {
        savedAt: T0,
        interactions: [
            {
                key: 'evolux:1',
                vendor: 'Evolux' as const,
                stage: 'connected' as const,
                facts: { channel: 'Voice' as const },
                transferCount: 0,
                messages: [],
                droppedMessages: 0,
                notes: {},
                focused: false,
                dismissed: false
            }
        ],
        pauses: { segments: {}, openByAgent: {} },
        records: [{ key: 'evolux:1', objectApiName: 'CC_Interaction__c' as const, desired: { Status__c: 'Connected' }, confirmed: null }]
    };

    it('reads back what was saved', () => {
        const tab = new MemoryStorage().forTab('A');
        expect(saveState(tab, IRA, state)).toBe(true);
        expect(loadState(tab, T0 + 1000, IRA)).toEqual({ version: 2, ...state });
    });

    it('saves a record whose write Salesforce confirmed without the confirmed values, and reads them back', () => {
        const tab = new MemoryStorage().forTab('A');
        const written = {
            key: 'evolux:2',
            objectApiName: 'CC_Interaction__c' as const,
            desired: { Status__c: 'Ended', Queue__c: null },
            confirmed: { Queue__c: null, Status__c: 'Ended' },
            recordId: 'a01000000000002AAA'
        };
        const halfWritten = { ...written, key: 'evolux:3', confirmed: { Status__c: 'Connected', Queue__c: null } };
        saveState(tab, IRA, { ...state, records: [...state.records, written, halfWritten] });

        const stored = JSON.parse(tab.getItem(stateKey(IRA)) ?? '{}') as { records: Record<string, unknown>[] };
        expect(stored.records.map((record) => 'confirmed' in record)).toEqual([true, false, true]);
        expect(loadState(tab, T0 + 1000, IRA)?.records).toEqual([...state.records, written, halfWritten]);
    });

    it('reads the state the previous version saved, every record with its confirmed values', () => {
        const tab = new MemoryStorage().forTab('A');
        const written = {
            key: 'evolux:2',
            objectApiName: 'CC_Interaction__c',
            desired: { Status__c: 'Ended' },
            confirmed: { Status__c: 'Ended' }
        };
        tab.setItem(stateKey(IRA), JSON.stringify({ version: 1, ...state, records: [...state.records, written] }));

        expect(loadState(tab, T0 + 1000, IRA)).toEqual({ version: 2, ...state, records: [...state.records, written] });
    });

    it('keeps each agent’s state apart: the next agent at the same browser neither restores nor overwrites it', () => {
        const tab = new MemoryStorage().forTab('A');
        saveState(tab, IRA, state);

        expect(loadState(tab, T0 + 1000, ARIEL)).toBeUndefined();
        saveState(tab, ARIEL, { ...state, records: [] });
        // Ira's unconfirmed write waits for her, under her own key (15- or 18-character id alike).
        expect(loadState(tab, T0 + 2000, IRA.slice(0, 15))?.records).toEqual(state.records);
    });

    it('adopts, once, the state an earlier version saved for whoever used the browser', () => {
        const tab = new MemoryStorage().forTab('A');
        tab.setItem(STATE_KEY, JSON.stringify({ version: 1, ...state }));

        expect(loadState(tab, T0 + 1000, IRA)?.records).toEqual(state.records);
        expect(tab.getItem(STATE_KEY)).toBeNull();
        expect(loadState(tab, T0 + 1000, ARIEL)).toBeUndefined();
    });

    it('from another working day, resumes no call or pause but keeps every write Salesforce has not confirmed', () => {
        const tab = new MemoryStorage().forTab('A');
        const confirmed = {
            key: 'evolux:2',
            objectApiName: 'CC_Interaction__c' as const,
            desired: { Status__c: 'Ended' },
            confirmed: { Status__c: 'Ended' }
        };
        const refused = { ...confirmed, key: 'evolux:3', confirmed: null, failed: 'FIELD_CUSTOM_VALIDATION_EXCEPTION' };
        saveState(tab, IRA, { ...state, records: [...state.records, confirmed, refused] });

        expect(loadState(tab, T0 + MAX_SAVED_AGE_MS + 1, IRA)).toEqual({
            version: 2,
            savedAt: T0,
            interactions: [],
            pauses: { segments: {}, openByAgent: {} },
            records: state.records
        });
    });

    it.each([
        ['not JSON', '{"version": 1,'],
        ['another version', JSON.stringify({ ...state, version: 99 })],
        ['interactions that are not interactions', JSON.stringify({ ...state, version: 1, interactions: [{ key: 1 }] })],
        ['no records list', JSON.stringify({ ...state, version: 1, records: 'none' })],
        [
            'a record of the previous version without its confirmed values',
            JSON.stringify({ ...state, version: 1, records: [{ key: 'evolux:1', objectApiName: 'CC_Interaction__c', desired: {} }] })
        ]
    ])('ignores saved state that is %s', (_case, text) => {
        const tab = new MemoryStorage().forTab('A');
        tab.setItem(STATE_KEY, text);
        expect(loadState(tab, T0)).toBeUndefined();
    });

    it('reports a storage that refuses writes as not saved instead of throwing', () => {
        const full = {
            ...new MemoryStorage().forTab('A'),
            setItem: () => {
                throw new Error('QuotaExceededError');
            }
        };
        expect(saveState(full, IRA, state)).toBe(false);
    });
});

describe('a bridge hearing a copy another tab passed on first', () => {
    it('counts the copy and tells its host, so the panel shows every message heard', async () => {
        const storage = new MemoryStorage();
        const channels = new ReplayBroadcastChannels();
        const locks = new ReplayLockManager();
        const clock = new VirtualClock(Date.parse('2021-02-18T20:47:48.000Z'));
        const api = new UiApiEmulator(projectObjects());
        const changes = { A: 0, B: 0 };
        const counts = { A: 0, B: 0 };
        const bridge = (tab: 'A' | 'B') =>
            new BridgeCore(
                { userId: '005000000000001AAA' },
                {
                    records: api,
                    clock,
                    storage: storage.forTab(tab),
                    tabId: `${tab}#1`,
                    channel: tabChannelOver(channels.forTab(tab)),
                    leaderLock: leaderLockOver(locks.forTab(tab))
                },
                { changed: () => (changes[tab] += 1), counted: () => (counts[tab] += 1) }
            );
        const a = bridge('A');
        const b = bridge('B');
        await flushPromises();

        a.receive({ origin: EVOLUX_ORIGIN, data: seed.softphoneCallInvited });
        await flushPromises(); // B handles A's copy from the channel first: the live state changed
        expect(changes.B).toBe(1);
        b.receive({ origin: EVOLUX_ORIGIN, data: seed.softphoneCallInvited });
        await flushPromises(); // the host is told once the burst of changes is over

        // The copy changes the counts the panel shows, not the live state: one panel-only notice.
        expect(b.view().stats).toEqual({ messages: 1, accepted: 1, rejected: 0 });
        expect({ changes: changes.B, counts: counts.B }).toEqual({ changes: 1, counts: 1 });
        expect(b.view().diagnostics[0]?.code).toBe('EVENT_DUPLICATE');
        a.dispose();
        b.dispose();
    });
});

describe('a writing tab that stalls deaf and then dies', () => {
    it('leaves the call only a follower heard for the follower to write when it takes over', async () => {
        const storage = new MemoryStorage();
        const channels = new ReplayBroadcastChannels();
        const locks = new ReplayLockManager();
        const clock = new VirtualClock(Date.parse('2021-02-18T20:47:48.000Z'));
        const api = new UiApiEmulator(projectObjects());
        // Tab A holds the lock but runs nothing: no timer fires, no channel message reaches it.
        const stalledClock = { now: () => clock.now(), random: () => 0.5, setTimeout: () => 0, clearTimeout: () => {} };
        const deafChannel = { post: () => {}, listen: () => {}, close: () => {} };
        const stalled = new BridgeCore(
            { userId: '005000000000001AAA' },
            {
                records: api,
                clock: stalledClock,
                storage: storage.forTab('A'),
                tabId: 'A#1',
                channel: deafChannel,
                leaderLock: leaderLockOver(locks.forTab('A'))
            }
        );
        await flushPromises();
        expect(stalled.role).toBe('leader');
        const b = new BridgeCore(
            { userId: '005000000000001AAA' },
            {
                records: api,
                clock,
                storage: storage.forTab('B'),
                tabId: 'B#1',
                channel: tabChannelOver(channels.forTab('B')),
                leaderLock: leaderLockOver(locks.forTab('B'))
            }
        );
        await flushPromises();
        for (const data of [seed.softphoneCallInvited, seed.softphoneCallAccepted, seed.softphoneCallEnded]) {
            b.receive({ origin: EVOLUX_ORIGIN, data });
            await clock.advance(1_000);
        }
        await clock.advance(30_000); // long past the 12 s a takeover keeps recent records for
        expect(api.recordsOf('CC_Interaction__c')).toEqual([]);

        locks.closeTab('A'); // A's page dies: the browser frees its lock, nothing else of A runs
        await flushPromises();
        await clock.advance(1_000);

        expect(api.recordsOf('CC_Interaction__c').map(({ fields }) => fields.Status__c)).toEqual(['Ended']);
        expect(storage.forTab('B').keys('ccBridge.inbox.')).toEqual([]);
        b.dispose();
    });
});

describe('a browser that refuses the Web Lock', () => {
    it.each([
        ['rejecting the request', () => Promise.reject(new DOMException('The request was denied.', 'SecurityError'))],
        [
            'throwing at once, before the bridge has started',
            () => {
                throw new DOMException('The request was denied.', 'SecurityError');
            }
        ]
    ])('falls back to the storage lease, says so, and still writes the call (%s)', async (_case, request) => {
        const storage = new MemoryStorage();
        const clock = new VirtualClock(Date.parse('2021-02-18T20:47:48.000Z'));
        const api = new UiApiEmulator(projectObjects());
        const refusingLocks = { request };
        const bridge = new BridgeCore(
            { userId: '005000000000001AAA' },
            {
                records: api,
                clock,
                storage: storage.forTab('A'),
                tabId: 'A#1',
                channel: tabChannelOver(new ReplayBroadcastChannels().forTab('A')),
                leaderLock: leaderLockOver(refusingLocks)
            }
        );
        await flushPromises();
        bridge.receive({ origin: EVOLUX_ORIGIN, data: seed.softphoneCallInvited });
        await flushPromises();

        expect(bridge.view().tabs).toEqual({ leader: 'storage-lease', messages: 'broadcast-channel' });
        expect(bridge.view().diagnostics).toContainEqual(
            expect.objectContaining({ code: 'TAB_COORDINATION', level: 'warn', message: expect.stringContaining('SecurityError') })
        );
        expect(api.recordsOf('CC_Interaction__c')).toHaveLength(1);
        bridge.dispose();
    });
});
