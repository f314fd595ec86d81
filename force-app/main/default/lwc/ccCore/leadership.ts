/**
 * One writer across browser tabs. Every tab runs a bridge and hears (or is told) every event, but
 * only the leader writes records and looks callers up. The leader holds a lease in shared storage
 * and renews it on a heartbeat; when its tab closes it gives the lease up, and when its tab freezes
 * or crashes the lease runs out and another tab takes over.
 */
import { readJson, STORAGE_PREFIX, writeJson, type SharedStorage } from './sharedStorage';

export const LEADER_KEY = `${STORAGE_PREFIX}leader`;
export const HEARTBEAT_MS = 2_000;
/** A lease not renewed for this long belongs to a tab that is gone or frozen. */
export const LEASE_MS = 6_000;

interface Lease {
    tabId: string;
    renewedAt: number;
}

export class Leadership {
    private readonly storage: SharedStorage;
    private readonly tabId: string;
    private leader = false;

    constructor(storage: SharedStorage, tabId: string) {
        this.storage = storage;
        this.tabId = tabId;
    }

    get isLeader(): boolean {
        return this.leader;
    }

    /**
     * Renews the lease when this tab holds it, takes it when it is free or expired, and otherwise
     * follows. Returns true when this tab has just become the leader.
     */
    tick(now: number): boolean {
        const lease = readLease(this.storage);
        const free = !lease || now - lease.renewedAt > LEASE_MS || lease.renewedAt > now + LEASE_MS;
        if (lease?.tabId === this.tabId || free) {
            writeJson(this.storage, LEADER_KEY, { tabId: this.tabId, renewedAt: now } satisfies Lease);
        }
        // Read back: when two tabs claim at once, the last write wins and the other follows.
        const wasLeader = this.leader;
        this.leader = readLease(this.storage)?.tabId === this.tabId;
        return this.leader && !wasLeader;
    }

    /**
     * Reads (never writes) the lease: true when this tab believed it led but another tab holds the
     * lease now, in which case it follows from here on.
     */
    stepDownIfReplaced(): boolean {
        if (!this.leader || readLease(this.storage)?.tabId === this.tabId) {
            return false;
        }
        this.leader = false;
        return true;
    }

    /** Gives the lease up (the tab is closing), so another tab takes over at its next heartbeat. */
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
