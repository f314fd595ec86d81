/**
 * What the leading tab saves in browser storage after every change, so that a reload, or another
 * tab taking over, carries on where it left off: open interactions and pause segments (an end event
 * after a reload then updates the record created before it), and every record still being written
 * (the durable outbox: a write is saved before it is sent and leaves only once Salesforce confirms it).
 */
import { isLive, type InteractionState } from './interactionMachine';
import { EMPTY_PAUSE_STATE, type PauseState } from './pauseMachine';
import { deepEqual } from './objects';
import { changedFields } from './recordFields';
import type { SavedRecord } from './recordSync';
import { readJson, STORAGE_PREFIX, writeJson, type SharedStorage } from './sharedStorage';

/** Where an earlier version saved the state for whoever used the browser; adopted once, then removed. */
export const STATE_KEY = `${STORAGE_PREFIX}state`;

/**
 * Each Salesforce user's state under a key of their own: agents who share a browser (a shared desk,
 * the next shift) never restore, or overwrite, each other's calls and unconfirmed writes.
 */
export function stateKey(userId: string | null | undefined): string {
    return userId ? `${STATE_KEY}.${userId.slice(0, 15)}` : STATE_KEY;
}
/**
 * 2: a record whose confirmed values are its desired ones is saved without them (most records, once
 * written: the state of a shift is about 40 % smaller, and it is written after every message).
 * 1: every record with its confirmed values; still read, so an upgrade loses nothing.
 */
const VERSION = 2;
/**
 * Older saved state belongs to another working day: its open calls and pauses are not resumed. Its
 * unconfirmed writes are, whatever their age: they leave only when UI API confirms or refuses them.
 */
export const MAX_SAVED_AGE_MS = 12 * 60 * 60 * 1000;
/** Ended interactions kept in the saved state, so that a late event about them still finds them. */
export const MAX_SAVED_ENDED = 10;

export interface SavedState {
    version: number;
    savedAt: number;
    interactions: InteractionState[];
    pauses: PauseState;
    records: SavedRecord[];
    /** When each open interaction and pause was last heard of (clock ms): staleness and "recently ended" count from it. */
    lastHeard?: Record<string, number>;
}

/** A SavedRecord as stored: `confirmed` left out when it holds what `desired` holds (version 2). */
type StoredRecord = Omit<SavedRecord, 'confirmed'> & { confirmed?: SavedRecord['confirmed'] };

export function saveState(storage: SharedStorage, userId: string | null | undefined, state: Omit<SavedState, 'version'>): boolean {
    const records = state.records.map(({ confirmed, ...record }): StoredRecord => {
        const asDesired = confirmed !== null && deepEqual(confirmed, record.desired);
        return asDesired ? record : { ...record, confirmed };
    });
    return writeJson(storage, stateKey(userId), { version: VERSION, ...state, records });
}

/**
 * The saved state when it is of this version and well formed; otherwise nothing. From another
 * working day, only the writes Salesforce has not confirmed yet.
 */
export function loadState(storage: SharedStorage, now: number, userId?: string | null): SavedState | undefined {
    const key = stateKey(userId);
    if (key !== STATE_KEY && storage.getItem(key) === null && storage.getItem(STATE_KEY) !== null) {
        adoptUnkeyedState(storage, key);
    }
    const value = readJson(storage, key) as (Omit<Partial<SavedState>, 'records'> & { records?: StoredRecord[] }) | undefined;
    if (!value || (value.version !== VERSION && value.version !== 1) || typeof value.savedAt !== 'number') {
        return undefined;
    }
    const { interactions, pauses, records: storedRecords } = value;
    const wellFormed =
        Array.isArray(interactions) &&
        interactions.every(
            (state) =>
                typeof state?.key === 'string' && ['offered', 'connected', 'ended'].includes(state.stage) && typeof state.facts === 'object'
        ) &&
        typeof pauses?.segments === 'object' &&
        typeof pauses.openByAgent === 'object' &&
        Array.isArray(storedRecords) &&
        storedRecords.every(
            (record) =>
                typeof record?.key === 'string' &&
                typeof record.desired === 'object' &&
                record.desired !== null &&
                (record.confirmed === undefined ? value.version === VERSION : typeof record.confirmed === 'object')
        );
    if (!wellFormed) {
        return undefined;
    }
    const records = storedRecords.map(({ confirmed, ...record }) => ({
        ...record,
        confirmed: confirmed === undefined ? { ...record.desired } : confirmed
    }));
    const saved = { ...(value as SavedState), version: VERSION, records };
    if (now - saved.savedAt <= MAX_SAVED_AGE_MS) {
        return saved;
    }
    return { ...saved, interactions: [], pauses: EMPTY_PAUSE_STATE, records: saved.records.filter(isUnconfirmed) };
}

/** The state an earlier version saved without a user becomes this user's (who most likely wrote it), once. */
function adoptUnkeyedState(storage: SharedStorage, key: string): void {
    try {
        storage.setItem(key, storage.getItem(STATE_KEY) ?? '');
        storage.removeItem(STATE_KEY);
    } catch {
        // Storage refused it: the state stays where it was, and this bridge starts without it.
    }
}

/** A write Salesforce has neither confirmed nor refused for good. */
function isUnconfirmed(record: SavedRecord): boolean {
    return (
        record.failed === undefined &&
        (record.confirmed === null || Object.keys(changedFields(record.confirmed, record.desired)).length > 0)
    );
}

/** The interactions worth saving: every open one and the most recently changed ended ones. */
export function interactionsToSave(all: Iterable<InteractionState>): InteractionState[] {
    const list = [...all];
    const ended = list.filter((state) => !isLive(state)).slice(-MAX_SAVED_ENDED);
    return list.filter((state) => isLive(state) || ended.includes(state));
}
