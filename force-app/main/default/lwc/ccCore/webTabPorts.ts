/**
 * The tab ports over the browser's own APIs: a BroadcastChannel and a Web Locks LockManager, given
 * by the host (the bridge component passes the browser's; the replay passes stand-ins with the same
 * behaviour), so both run this same code.
 */
import { LEADER_LOCK_NAME } from './leadership';
import type { LeaderLock, TabChannel } from './tabChannel';

export const TAB_CHANNEL_NAME = 'ccBridge';

/** The part of BroadcastChannel the bridge uses. */
export interface BroadcastChannelLike {
    postMessage(data: unknown): void;
    addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
    close(): void;
}

/** The part of the Web Locks LockManager the bridge uses (exclusive mode only). */
export interface LockManagerLike {
    request(name: string, options: { ifAvailable?: boolean; signal?: AbortSignal }, callback: (lock: unknown) => unknown): Promise<unknown>;
}

/**
 * The tabs pass each other JSON text, not objects. Under Lightning Web Security an object the
 * component built is a membrane proxy: the browser's structured clone throws on it, and LWS's
 * BroadcastChannel.postMessage distortion then copies it property by property through the membrane
 * (npm @locker/distortion 0.28.4, dist/index.mjs.js, `distortionBroadcastChannelPostMessage`, which
 * calls `partialStructuredClone` after the native call fails). In `npm run bench:browser` that was a
 * third of a writing tab's time per message. A string is cloned natively, and the receiving tab
 * parses it into plain objects of its own.
 */
export function tabChannelOver(Channel: new (name: string) => BroadcastChannelLike): TabChannel {
    const channel = new Channel(TAB_CHANNEL_NAME);
    let open = true;
    // A tab of the version before this one reads objects only: once one is heard, this tab posts objects too.
    let olderTabHeard = false;
    return {
        // A closed BroadcastChannel throws InvalidStateError on postMessage: a closing tab just stops posting.
        post: (data) => {
            if (open) {
                channel.postMessage(olderTabHeard ? data : JSON.stringify(data));
            }
        },
        listen: (listener) =>
            channel.addEventListener('message', (event) => {
                olderTabHeard ||= typeof event.data === 'object' && event.data !== null;
                listener(parsedText(event.data));
            }),
        close: () => {
            open = false;
            channel.close();
        }
    };
}

/**
 * A tab message's text as an object. An object is passed on as it came: a tab still running the
 * version before this one posts objects while an upgrade reaches the user's tabs (readTabMessage
 * checks either). Text that is not JSON is nothing.
 */
function parsedText(data: unknown): unknown {
    if (typeof data !== 'string') {
        return data;
    }
    try {
        return JSON.parse(data) as unknown;
    } catch {
        return undefined;
    }
}

export function leaderLockOver(locks: LockManagerLike): LeaderLock {
    return {
        request: (granted, refused) => {
            const queued = new AbortController();
            let closed = false;
            let giveBack: (() => void) | undefined;
            // The lock is held while the callback's promise is pending; the browser frees it when the tab goes.
            const hold = (waited: boolean) => {
                if (closed) {
                    return undefined;
                }
                granted(waited);
                return new Promise<void>((resolve) => {
                    giveBack = resolve;
                });
            };
            // Withdrawn (AbortError) when the tab closed before its turn; anything else is a refusal.
            const failed = (error: unknown) => {
                if (!closed && (error as { name?: unknown } | undefined)?.name !== 'AbortError') {
                    refused(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
                }
            };
            const waitInLine = () => {
                locks.request(LEADER_LOCK_NAME, { signal: queued.signal }, () => hold(true)).catch(failed);
                return undefined;
            };
            // First ask without waiting, to tell a start (the lock was free) from a takeover.
            try {
                locks.request(LEADER_LOCK_NAME, { ifAvailable: true }, (lock) => (lock ? hold(false) : waitInLine())).catch(failed);
            } catch (error) {
                failed(error);
            }
            return () => {
                closed = true;
                queued.abort();
                giveBack?.();
            };
        }
    };
}
