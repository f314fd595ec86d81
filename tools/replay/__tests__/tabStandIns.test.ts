/**
 * The replay's stand-ins for BroadcastChannel and the Web Locks API behave as the browser's do,
 * refusals included. BroadcastChannel is checked side by side against Node's own implementation
 * (the same HTML-standard object browsers have); the Web Locks stand-in against the W3C rules, and
 * in Chromium by the e2e tests, where the bridge runs on the real navigator.locks.
 */
import { BroadcastChannel as NodeBroadcastChannel } from 'node:worker_threads';
import type { BroadcastChannelLike } from 'c/ccCore';
import { ReplayBroadcastChannels } from '../broadcastChannels';
import { ReplayLockManager } from '../webLocks';
import { flushPromises } from '../virtualClock';

type ChannelConstructor = new (name: string) => BroadcastChannelLike;

/** What one scenario shows of a BroadcastChannel implementation. */
async function channelBehaviour(makeChannel: (tab: string) => ChannelConstructor) {
    const name = `conformance-${Math.random()}`;
    const a = new (makeChannel('A'))(name);
    const b = new (makeChannel('B'))(name);
    const c = new (makeChannel('C'))(name);
    const other = new (makeChannel('B'))(`${name}-other`);
    const heard: string[] = [];
    for (const [label, channel] of [
        ['a', a],
        ['b', b],
        ['c', c],
        ['other', other]
    ] as const) {
        channel.addEventListener('message', (event) => heard.push(`${label}:${JSON.stringify(event.data)}`));
    }
    const sent = { n: 1 };
    a.postMessage(sent);
    sent.n = 2; // a structured clone was taken at post time
    const heardDuringPost = heard.length;
    await waitUntil(() => heard.length >= 2);
    c.close();
    const afterClose = (() => {
        try {
            c.postMessage('late');
            return 'posted';
        } catch (error) {
            return (error as DOMException).name;
        }
    })();
    const cloneRefusal = (() => {
        try {
            b.postMessage({ call: () => 1 });
            return 'posted';
        } catch (error) {
            return (error as DOMException).name;
        }
    })();
    b.postMessage('to a only');
    await waitUntil(() => heard.length >= 3);
    [a, b, other].forEach((channel) => channel.close());
    return { heardDuringPost, heard: heard.sort(), afterClose, cloneRefusal };
}

async function waitUntil(condition: () => boolean): Promise<void> {
    for (let attempt = 0; attempt < 200 && !condition(); attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 5));
    }
}

describe('ReplayBroadcastChannels', () => {
    it('behaves as Node’s real BroadcastChannel: others only, later, cloned, refusing after close and uncloneable data', async () => {
        const node = await channelBehaviour(() => NodeBroadcastChannel as unknown as ChannelConstructor);
        const hub = new ReplayBroadcastChannels();
        const replay = await channelBehaviour((tab) => hub.forTab(tab));

        expect(replay).toEqual(node);
        expect(replay).toEqual({
            heardDuringPost: 0,
            heard: ['a:"to a only"', 'b:{"n":1}', 'c:{"n":1}'],
            afterClose: 'InvalidStateError',
            cloneRefusal: 'DataCloneError'
        });
    });

    it('closes the channels of a tab that goes away, as the browser does', async () => {
        const hub = new ReplayBroadcastChannels();
        const a = new (hub.forTab('A'))('ccBridge');
        const b = new (hub.forTab('B'))('ccBridge');
        const heardByB: unknown[] = [];
        b.addEventListener('message', (event) => heardByB.push(event.data));
        hub.closeTab('B');
        a.postMessage('anyone?');
        await flushPromises();
        expect(heardByB).toEqual([]);
    });
});

describe('ReplayLockManager', () => {
    const NAME = 'ccBridge.leader';
    const holdUntilReleased = (log: string[], label: string) => {
        let release: () => void = () => {};
        const callback = (lock: unknown) => {
            log.push(`${label}:${lock ? 'granted' : 'null'}`);
            return lock ? new Promise<void>((resolve) => (release = resolve)) : undefined;
        };
        return { callback, release: () => release() };
    };

    it('grants one tab at a time, in request order, never inside request()', async () => {
        const locks = new ReplayLockManager();
        const log: string[] = [];
        const a = holdUntilReleased(log, 'A');
        const b = holdUntilReleased(log, 'B');
        const c = holdUntilReleased(log, 'C');
        locks.forTab('A').request(NAME, {}, a.callback);
        locks.forTab('B').request(NAME, {}, b.callback);
        locks.forTab('C').request(NAME, {}, c.callback);
        expect(log).toEqual([]);
        await flushPromises();
        expect(log).toEqual(['A:granted']);
        a.release();
        await flushPromises();
        expect(log).toEqual(['A:granted', 'B:granted']);
        expect(locks.holder(NAME)).toBe('B');
    });

    it('answers ifAvailable with null while another tab holds the lock, and grants it when free', async () => {
        const locks = new ReplayLockManager();
        const log: string[] = [];
        const a = holdUntilReleased(log, 'A');
        locks.forTab('A').request(NAME, { ifAvailable: true }, a.callback);
        const answer = await locks.forTab('B').request(NAME, { ifAvailable: true }, (lock) => `B saw ${String(lock)}`);
        expect(answer).toBe('B saw null');
        expect(log).toEqual(['A:granted']);
    });

    it('withdraws a waiting request whose signal aborts, rejecting it with AbortError', async () => {
        const locks = new ReplayLockManager();
        const log: string[] = [];
        const a = holdUntilReleased(log, 'A');
        locks.forTab('A').request(NAME, {}, a.callback);
        const controller = new AbortController();
        const waiting = locks.forTab('B').request(NAME, { signal: controller.signal }, () => log.push('B:granted'));
        controller.abort();
        await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
        a.release();
        await flushPromises();
        expect(log).toEqual(['A:granted']);
        await expect(locks.forTab('C').request(NAME, { signal: controller.signal }, () => 'never')).rejects.toMatchObject({
            name: 'AbortError'
        });
    });

    it('frees the lock of a tab that crashes (closed without releasing) for the next in line', async () => {
        const locks = new ReplayLockManager();
        const log: string[] = [];
        const a = holdUntilReleased(log, 'A');
        const b = holdUntilReleased(log, 'B');
        locks.forTab('A').request(NAME, {}, a.callback);
        locks.forTab('B').request(NAME, {}, b.callback);
        await flushPromises();
        locks.closeTab('A');
        await flushPromises();
        expect(log).toEqual(['A:granted', 'B:granted']);
    });
});
