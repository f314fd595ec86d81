/**
 * The ports through which the bridges of the user's Salesforce tabs reach each other, besides the
 * shared storage: a channel that tells the other tabs at once (BroadcastChannel in the browser) and
 * a lock the browser gives to one tab at a time (the Web Locks API). Lightning Web Security forbids
 * the `storage` event these used to ride on (npm @locker/distortion, docs/distortions.md: "Window
 * 'storage' event"); it allows both of these, BroadcastChannel with the channel name prefixed by the
 * namespace (same document, "BroadcastChannel").
 */
import type { CallerMatch } from 'c/ccRecordSearch';
import type { SharedMessage } from './sharedInbox';

/** One tab's end of the channel. Delivers to the other tabs only, never back to the poster, and later, not during `post`. */
export interface TabChannel {
    /** Sends a copy of `data` (plain JSON values) to every other tab's channel. */
    post(data: unknown): void;
    /** Starts delivering the other tabs' messages to `listener`. */
    listen(listener: (data: unknown) => void): void;
    /** Stops sending and delivering (the tab is closing). */
    close(): void;
}

/** An exclusive lock held by one tab at a time, released by the browser when that tab closes, crashes or is discarded. */
export interface LeaderLock {
    /**
     * Asks for the lock. `granted` runs once, when this tab holds it; `waited` is false when the lock
     * was free at the time of asking. `refused` runs if the browser refuses the request (not when it
     * is withdrawn). Returns a function that gives the lock up (or withdraws the request).
     */
    request(granted: (waited: boolean) => void, refused: (reason: string) => void): () => void;
}

/** What the tabs tell each other: a message one of them heard, or the caller the writing tab found. */
export type TabMessage = { type: 'heard'; message: SharedMessage } | { type: 'caller'; key: string; match: CallerMatch };

/** A tab message as received; anything else on the channel (another version, another package) is not one. */
export function readTabMessage(data: unknown): TabMessage | undefined {
    if (typeof data !== 'object' || data === null) {
        return undefined;
    }
    const value = data as Partial<Record<string, unknown>>;
    if (value.type === 'heard') {
        const message = value.message as Partial<SharedMessage> | undefined;
        return typeof message?.origin === 'string' && typeof message.receivedAt === 'number' && 'data' in message
            ? { type: 'heard', message: message as SharedMessage }
            : undefined;
    }
    if (value.type === 'caller') {
        const match = value.match as Partial<CallerMatch> | undefined;
        return typeof value.key === 'string' && typeof match?.outcome === 'string'
            ? { type: 'caller', key: value.key, match: match as CallerMatch }
            : undefined;
    }
    return undefined;
}
