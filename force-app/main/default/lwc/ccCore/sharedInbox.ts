/**
 * Messages one tab heard, passed on to the others. A softphone may post to one Salesforce tab only;
 * every tab must still know every event (for its live state, and in case it becomes the leader).
 * Each tab skips the copies of a message it heard itself.
 *
 * With a tab channel (BroadcastChannel) a message reaches the other tabs at once, whatever their
 * timers do. A follower also stores it, and the writing tab takes what is stored on its heartbeat
 * and when it takes over: a channel message can be lost (Chromium dropped the ones that reached a
 * writing tab stopped in the debugger, in the e2e tests), and storage keeps it until a writer has it.
 * Without a channel, each message is stored, every tab reads the store on its heartbeat, and old
 * entries are removed by whoever sees them first.
 */
import { contentHash } from './contentHash';
import { readJson, STORAGE_PREFIX, writeJson, type SharedStorage } from './sharedStorage';
import type { TabChannel, TabMessage } from './tabChannel';
import { dropOldest } from './objects';

/** Where an earlier version stored passed-on messages for whoever used the browser (and where a bridge with no user does). */
export const INBOX_PREFIX = `${STORAGE_PREFIX}inbox.`;

/**
 * Each Salesforce user's stored messages under a prefix of their own, as their saved state
 * (savedState.ts): the next agent at a shared desk never writes, as theirs, a call another agent's
 * tab heard. Entries of the earlier, unkeyed prefix are taken as this user's (most likely theirs).
 */
export function inboxPrefix(userId: string | null | undefined): string {
    return userId ? `${STORAGE_PREFIX}inbox@${userId.slice(0, 15)}.` : INBOX_PREFIX;
}
/** Copies of one message heard by several tabs arrive within this time of each other. */
export const SAME_MESSAGE_WINDOW_MS = 3_000;
/** Passed-on messages are kept this long, so a tab that starts or wakes up a little later still sees them. */
export const INBOX_TTL_MS = 30_000;
const MAX_REMEMBERED = 2_000;

export interface SharedMessage {
    origin: string;
    data: unknown;
    fromHostedAdapter?: boolean;
    receivedAt: number;
}

export class SharedInbox {
    private readonly storage: SharedStorage;
    private readonly tabId: string;
    private readonly channel?: TabChannel;
    /** Where this user's tabs store messages. */
    private readonly prefix: string;
    private sequence = 0;
    /** Fingerprint → receive time of messages this tab has handled (heard or read). */
    private readonly handled = new Map<string, number>();
    /** Inbox keys already read → their receive time (to expire them without reading them again). */
    private readonly read = new Map<string, number>();

    constructor(storage: SharedStorage, tabId: string, channel?: TabChannel, userId: string | null = null) {
        this.storage = storage;
        this.tabId = tabId;
        this.channel = channel;
        this.prefix = inboxPrefix(userId);
    }

    /**
     * Whether this tab should handle a message it heard: false for a copy it already got from
     * another tab (or heard twice). A first-heard message is recorded and passed on.
     */
    heard(message: SharedMessage, { writer }: { writer: boolean }): boolean {
        if (!this.firstTime(message)) {
            return false;
        }
        this.channel?.post({ type: 'heard', message } satisfies TabMessage);
        // The writing tab handles what it heard itself; with a channel, only followers store for it.
        if (!this.channel || !writer) {
            this.sequence += 1;
            writeJson(this.storage, `${this.prefix}${this.tabId}.${this.sequence}`, message);
        }
        return true;
    }

    /** Whether this tab should handle a message another tab passed on through the channel (false for a copy it heard itself). */
    received(message: SharedMessage): boolean {
        const fresh = this.firstTime(message);
        this.trim();
        return fresh;
    }

    /**
     * Messages other tabs stored that this tab has not handled yet, oldest first. With a channel only
     * the writing tab takes them, whatever their age, and removes them: nothing a follower heard is
     * lost while the writer is slow. Without one, entries expire after INBOX_TTL_MS.
     */
    take(now: number): SharedMessage[] {
        return this.channel ? this.takeForWriter() : this.takeShared(now);
    }

    /** The receive time of the oldest message still stored: no writer has taken it, so none has written it. */
    oldestStored(): number | undefined {
        let oldest: number | undefined;
        for (const key of this.storedKeys()) {
            const receivedAt = (readJson(this.storage, key) as Partial<SharedMessage> | undefined)?.receivedAt;
            if (typeof receivedAt === 'number' && (oldest === undefined || receivedAt < oldest)) {
                oldest = receivedAt;
            }
        }
        return oldest;
    }

    private takeForWriter(): SharedMessage[] {
        const fresh: SharedMessage[] = [];
        for (const key of this.storedKeys()) {
            const message = readJson(this.storage, key) as SharedMessage | undefined;
            this.storage.removeItem(key);
            if (message && typeof message.receivedAt === 'number' && this.firstTime(message)) {
                fresh.push(message);
            }
        }
        this.trim();
        return fresh.sort((a, b) => a.receivedAt - b.receivedAt);
    }

    private takeShared(now: number): SharedMessage[] {
        const fresh: SharedMessage[] = [];
        for (const key of this.storedKeys()) {
            const readAt = this.read.get(key);
            if (readAt !== undefined) {
                if (now - readAt > INBOX_TTL_MS) {
                    this.storage.removeItem(key);
                    this.read.delete(key);
                }
                continue;
            }
            const message = readJson(this.storage, key) as SharedMessage | undefined;
            if (!message || typeof message.receivedAt !== 'number' || now - message.receivedAt > INBOX_TTL_MS) {
                this.storage.removeItem(key);
                continue;
            }
            this.read.set(key, message.receivedAt);
            if (!key.startsWith(`${this.prefix}${this.tabId}.`) && this.firstTime(message)) {
                fresh.push(message);
            }
        }
        this.trim();
        return fresh.sort((a, b) => a.receivedAt - b.receivedAt);
    }

    /** This user's stored messages, and those of the earlier, unkeyed prefix, from one listing of the keys (slow under LWS). */
    private storedKeys(): string[] {
        return this.storage.keys(`${STORAGE_PREFIX}inbox`).filter((key) => key.startsWith(this.prefix) || key.startsWith(INBOX_PREFIX));
    }

    private firstTime(message: SharedMessage): boolean {
        const fingerprint = contentHash(`${message.origin}\n${JSON.stringify(message.data) ?? ''}`);
        const seenAt = this.handled.get(fingerprint);
        if (seenAt !== undefined && Math.abs(message.receivedAt - seenAt) <= SAME_MESSAGE_WINDOW_MS) {
            return false;
        }
        this.handled.set(fingerprint, message.receivedAt);
        return true;
    }

    private trim(): void {
        dropOldest(this.handled, MAX_REMEMBERED);
        dropOldest(this.read, MAX_REMEMBERED);
    }
}
