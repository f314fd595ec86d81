/**
 * One writer across browser tabs. Every tab runs a bridge and hears (or is told) every event, but
 * only the leader writes records and looks callers up.
 *
 * Where the browser has the Web Locks API, the leader is the tab holding an exclusive lock: the
 * browser hands it to the next tab when the leader's tab closes, crashes or is discarded, and never
 * to two tabs at once, so no timing assumption is needed (a throttled background leader keeps the
 * lock, and no other tab writes meanwhile). Elsewhere the leader holds a lease in shared storage and
 * renews it on a heartbeat; a lease not renewed in time is taken over.
 */
import { readJson, STORAGE_PREFIX, writeJson, type SharedStorage } from './sharedStorage';
import type { LeaderLock } from './tabChannel';

export const LEADER_KEY = `${STORAGE_PREFIX}leader`;
/** The Web Locks name; one per origin, shared by every tab of the user. */
export const LEADER_LOCK_NAME = `${STORAGE_PREFIX}leader`;
export const HEARTBEAT_MS = 2_000;
/** How often the writer takes what followers stored, when tabs have Web Locks and a channel. */
export const WRITER_SAFETY_NET_MS = 10_000;
/** A lease not renewed for this long belongs to a tab that is gone or frozen. */
export const LEASE_MS = 6_000;

export interface Leadership {
    /** How this tab takes part: shown in the panel and the diagnostics. */
    readonly kind: 'web-locks' | 'storage-lease';
    readonly isLeader: boolean;
    /** Whether the lease needs the heartbeat to be renewed. */
    readonly needsHeartbeat: boolean;
    /** Returns true when this tab has just become the leader (once per change). */
    tick(now: number): boolean;
    /** True when this tab believed it led but another tab leads now; it follows from here on. */
    stepDownIfReplaced(): boolean;
    /** Gives the leadership up (the tab is closing), so another tab takes over at once. */
    release(): void;
    /** Whether this tab became the leader after another tab had it (a takeover, not a start). */
    readonly tookOver: boolean;
}

/** Leadership through the Web Locks API: `onGranted` runs when the browser gives this tab the lock. */
export class LockLeadership implements Leadership {
    readonly kind = 'web-locks';
    readonly needsHeartbeat = false;
    private granted = false;
    private reported = false;
    private waited = false;
    private readonly giveUp: () => void;

    constructor(lock: LeaderLock, onGranted: () => void, onRefused: (reason: string) => void) {
        this.giveUp = lock.request(
            (waited) => {
                this.granted = true;
                this.waited = waited;
                onGranted();
            },
            (reason) => onRefused(reason)
        );
    }

    get isLeader(): boolean {
        return this.granted;
    }

    get tookOver(): boolean {
        return this.waited;
    }

    tick(): boolean {
        const became = this.granted && !this.reported;
        this.reported = this.granted;
        return became;
    }

    stepDownIfReplaced(): boolean {
        // The browser never gives a held lock to another tab.
        return false;
    }

    release(): void {
        this.granted = false;
        this.giveUp();
    }
}

interface Lease {
    tabId: string;
    renewedAt: number;
}

/** Leadership through a lease in shared storage, for browsers without the Web Locks API. */
export class LeaseLeadership implements Leadership {
    readonly kind = 'storage-lease';
    readonly needsHeartbeat = true;
    private readonly storage: SharedStorage;
    private readonly tabId: string;
    private leader = false;
    private ticks = 0;
    private leadSinceTick?: number;

    constructor(storage: SharedStorage, tabId: string) {
        this.storage = storage;
        this.tabId = tabId;
    }

    get isLeader(): boolean {
        return this.leader;
    }

    get tookOver(): boolean {
        return this.leadSinceTick !== undefined && this.leadSinceTick > 1;
    }

    /** Renews the lease when this tab holds it, takes it when it is free or expired, and otherwise follows. */
    tick(now: number): boolean {
        this.ticks += 1;
        const lease = readLease(this.storage);
        const free = !lease || now - lease.renewedAt > LEASE_MS || lease.renewedAt > now + LEASE_MS;
        if (lease?.tabId === this.tabId || free) {
            writeJson(this.storage, LEADER_KEY, { tabId: this.tabId, renewedAt: now } satisfies Lease);
        }
        // Read back: when two tabs claim at once, the last write wins and the other follows.
        const wasLeader = this.leader;
        this.leader = readLease(this.storage)?.tabId === this.tabId;
        const became = this.leader && !wasLeader;
        if (became) {
            this.leadSinceTick = this.ticks;
        }
        return became;
    }

    /** Reads (never writes) the lease: a tab that was frozen may find another tab leading by now. */
    stepDownIfReplaced(): boolean {
        if (!this.leader || readLease(this.storage)?.tabId === this.tabId) {
            return false;
        }
        this.leader = false;
        return true;
    }

    release(): void {
        if (readLease(this.storage)?.tabId === this.tabId) {
            this.storage.removeItem(LEADER_KEY);
        }
        this.leader = false;
    }
}

function readLease(storage: SharedStorage): Lease | undefined {
    const value = readJson(storage, LEADER_KEY) as Partial<Lease> | undefined;
    return value && typeof value.tabId === 'string' && typeof value.renewedAt === 'number' ? (value as Lease) : undefined;
}
