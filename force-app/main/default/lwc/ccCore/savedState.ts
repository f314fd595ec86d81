/**
 * What the leading tab saves in browser storage after every change, so that a reload, or another
 * tab taking over, carries on where it left off: open interactions and pause segments (an end event
 * after a reload then updates the record created before it), and every record still being written
 * (the durable outbox: a write is saved before it is sent and leaves only once Salesforce confirms it).
 *
 * The state is saved as items (version 3), so that a message rewrites only what it changed
 * (savedStateStore.ts): one item per interaction with its record, one for the pauses with their
 * records, one per other record (a custom event). The whole state in one item, versions 1 and 2 of
 * earlier releases, is still read, so an upgrade loses nothing.
 */
import { isLive, type InteractionState } from './interactionMachine';
import { EMPTY_PAUSE_STATE, type PauseState } from './pauseMachine';
import { deepEqual } from './objects';
import { changedFields } from './recordFields';
import type { SavedRecord } from './recordSync';
import { readJson, STORAGE_PREFIX, type SharedStorage } from './sharedStorage';

/** Where an earlier version saved the state for whoever used the browser; adopted once, then removed. */
export const STATE_KEY = `${STORAGE_PREFIX}state`;

/**
 * Each Salesforce user's state under a key of their own: agents who share a browser (a shared desk,
 * the next shift) never restore, or overwrite, each other's calls and unconfirmed writes. Versions 1
 * and 2 saved the whole state under this key; version 3 saves its items under `<key>/`.
 */
export function stateKey(userId: string | null | undefined): string {
    return userId ? `${STATE_KEY}.${userId.slice(0, 15)}` : STATE_KEY;
}

/** The storage keys of one user's saved items start with this. */
export function itemPrefix(userId: string | null | undefined): string {
    return `${stateKey(userId)}/`;
}

const ITEM_VERSION = 3;
/**
 * Older saved state belongs to another working day: its open calls and pauses are not resumed. Its
 * unconfirmed writes are, whatever their age: they leave only when UI API confirms or refuses them.
 * Each item counts from when it was last written.
 */
export const MAX_SAVED_AGE_MS = 12 * 60 * 60 * 1000;
/** Ended interactions kept in the saved state, so that a late event about them still finds them. */
export const MAX_SAVED_ENDED = 10;

export interface SavedState {
    savedAt: number;
    interactions: InteractionState[];
    pauses: PauseState;
    records: SavedRecord[];
    /** When each open interaction and pause was last heard of (clock ms): staleness and "recently ended" count from it. */
    lastHeard?: Record<string, number>;
}

/** One saved piece (an item, or a whole state of version 1 or 2) as read, before they are put together. */
interface SavedPart extends Omit<SavedState, 'pauses'> {
    pauses?: PauseState;
}

/** A SavedRecord as stored: `confirmed` left out when it holds what `desired` holds (since version 2). */
type StoredRecord = Omit<SavedRecord, 'confirmed'> & { confirmed?: SavedRecord['confirmed'] };

/** One item of the saved state (version 3). */
interface SavedItem {
    interaction?: InteractionState;
    pauses?: PauseState;
    records: StoredRecord[];
    lastHeard: Record<string, number>;
}

/**
 * The items of a state, by storage key, each as JSON text without its time (so that an item that did
 * not change reads the same as when it was written).
 */
export function stateItems(userId: string | null | undefined, state: SavedState): Map<string, string> {
    const prefix = itemPrefix(userId);
    const records = new Map(state.records.map((record) => [record.key, storedRecord(record)]));
    const take = (key: string): StoredRecord[] => {
        const record = records.get(key);
        records.delete(key);
        return record ? [record] : [];
    };
    const heard = (keys: string[]): Record<string, number> => {
        const lastHeard: Record<string, number> = {};
        for (const key of keys) {
            const at = state.lastHeard?.[key];
            if (at !== undefined) {
                lastHeard[key] = at;
            }
        }
        return lastHeard;
    };
    const items = new Map<string, string>();
    for (const interaction of state.interactions) {
        const item: SavedItem = { interaction, records: take(interaction.key), lastHeard: heard([interaction.key]) };
        items.set(`${prefix}${interaction.key}`, JSON.stringify(item));
    }
    const segments = Object.keys(state.pauses.segments);
    const pauses: SavedItem = { pauses: state.pauses, records: segments.flatMap(take), lastHeard: heard(segments) };
    items.set(`${prefix}pauses`, JSON.stringify(pauses));
    for (const [key, record] of records) {
        items.set(`${prefix}${key}`, JSON.stringify({ records: [record], lastHeard: {} } satisfies SavedItem));
    }
    return items;
}

/** An item's text as stored: its version and when it was written around it. */
export function storedItemText(itemText: string, savedAt: number): string {
    return `{"version":${ITEM_VERSION},"savedAt":${savedAt},"item":${itemText}}`;
}

/** Saves a whole state at once (the items; see SavedStateStore for saving only what changed). */
export function saveState(storage: SharedStorage, userId: string | null | undefined, state: SavedState): boolean {
    try {
        for (const [key, text] of stateItems(userId, state)) {
            storage.setItem(key, storedItemText(text, state.savedAt));
        }
        return true;
    } catch {
        return false;
    }
}

/**
 * The saved state: every well-formed item of this user, and what an earlier version saved in one
 * piece (an item wins over it for the same interaction or record). Items from another working day
 * give only the writes Salesforce has not confirmed yet. Nothing saved, or nothing readable: undefined.
 */
export function loadState(storage: SharedStorage, now: number, userId?: string | null): SavedState | undefined {
    const parts = [loadWholeState(storage, userId), ...loadItems(storage, userId)]
        .filter((part): part is SavedPart => part !== undefined)
        .map((part) => (now - part.savedAt <= MAX_SAVED_AGE_MS ? part : fromAnotherDay(part)));
    if (parts.length === 0) {
        return undefined;
    }
    const interactions = new Map<string, InteractionState>();
    const records = new Map<string, SavedRecord>();
    const lastHeard: Record<string, number> = {};
    let pauses: PauseState = EMPTY_PAUSE_STATE;
    for (const part of parts.sort((a, b) => a.savedAt - b.savedAt)) {
        for (const interaction of part.interactions) {
            interactions.delete(interaction.key); // re-added: the most recently written come last
            interactions.set(interaction.key, interaction);
            lastHeard[interaction.key] = part.lastHeard?.[interaction.key] ?? part.savedAt;
        }
        if (part.pauses) {
            pauses = part.pauses;
            for (const key of Object.keys(part.pauses.segments)) {
                lastHeard[key] = part.lastHeard?.[key] ?? part.savedAt;
            }
        }
        part.records.forEach((record) => records.set(record.key, record));
    }
    return {
        savedAt: Math.max(...parts.map((part) => part.savedAt)),
        // Ended interactions an item still held (removed later, on the heartbeat) beyond the ten kept.
        interactions: interactionsToSave(interactions.values()),
        pauses,
        records: [...records.values()],
        lastHeard
    };
}

/** The interactions worth saving: every open one and the most recently changed ended ones. */
export function interactionsToSave(all: Iterable<InteractionState>): InteractionState[] {
    const list = [...all];
    const ended = list.filter((state) => !isLive(state)).slice(-MAX_SAVED_ENDED);
    return list.filter((state) => isLive(state) || ended.includes(state));
}

function storedRecord({ confirmed, ...record }: SavedRecord): StoredRecord {
    const asDesired = confirmed !== null && deepEqual(confirmed, record.desired);
    return asDesired ? record : { ...record, confirmed };
}

function readRecords(stored: unknown, confirmedMayBeLeftOut: boolean): SavedRecord[] | undefined {
    const wellFormed =
        Array.isArray(stored) &&
        stored.every(
            (record: Partial<StoredRecord> | null) =>
                typeof record?.key === 'string' &&
                typeof record.desired === 'object' &&
                record.desired !== null &&
                (record.confirmed === undefined ? confirmedMayBeLeftOut : typeof record.confirmed === 'object')
        );
    return wellFormed
        ? (stored as StoredRecord[]).map(({ confirmed, ...record }) => ({
              ...record,
              confirmed: confirmed === undefined ? { ...record.desired } : confirmed
          }))
        : undefined;
}

function isInteractionState(state: Partial<InteractionState> | null | undefined): state is InteractionState {
    return (
        typeof state?.key === 'string' && ['offered', 'connected', 'ended'].includes(state.stage ?? '') && typeof state.facts === 'object'
    );
}

function isPauseState(pauses: Partial<PauseState> | null | undefined): pauses is PauseState {
    return typeof pauses?.segments === 'object' && pauses.segments !== null && typeof pauses.openByAgent === 'object';
}

/** Each well-formed item of this user, as a state of its own. */
function loadItems(storage: SharedStorage, userId: string | null | undefined): SavedPart[] {
    return storage.keys(itemPrefix(userId)).flatMap((key) => {
        const value = readJson(storage, key) as { version?: unknown; savedAt?: unknown; item?: Partial<SavedItem> } | undefined;
        const item = value?.item;
        const records = readRecords(item?.records, true);
        if (value?.version !== ITEM_VERSION || typeof value.savedAt !== 'number' || !item || !records) {
            return [];
        }
        if (
            (item.interaction !== undefined && !isInteractionState(item.interaction)) ||
            (item.pauses !== undefined && !isPauseState(item.pauses))
        ) {
            return [];
        }
        const lastHeard = typeof item.lastHeard === 'object' && item.lastHeard !== null ? item.lastHeard : {};
        return [
            {
                savedAt: value.savedAt,
                interactions: item.interaction ? [item.interaction] : [],
                ...(item.pauses ? { pauses: item.pauses } : {}),
                records,
                lastHeard
            }
        ];
    });
}

/** What versions 1 and 2 saved in one piece under the user's key, when it is there and well formed. */
function loadWholeState(storage: SharedStorage, userId: string | null | undefined): SavedPart | undefined {
    const key = stateKey(userId);
    if (key !== STATE_KEY && storage.getItem(key) === null && storage.getItem(STATE_KEY) !== null) {
        adoptUnkeyedState(storage, key);
    }
    const value = readJson(storage, key) as (Omit<Partial<SavedState>, 'records'> & { version?: unknown; records?: unknown }) | undefined;
    if (!value || (value.version !== 1 && value.version !== 2) || typeof value.savedAt !== 'number') {
        return undefined;
    }
    const { interactions, pauses } = value;
    const records = readRecords(value.records, value.version === 2);
    if (!Array.isArray(interactions) || !interactions.every(isInteractionState) || !isPauseState(pauses) || !records) {
        return undefined;
    }
    return { savedAt: value.savedAt, interactions, pauses, records, ...(value.lastHeard ? { lastHeard: value.lastHeard } : {}) };
}

/** From another working day: no call or pause is resumed, only the writes Salesforce has not confirmed. */
function fromAnotherDay(part: SavedPart): SavedPart {
    return { savedAt: part.savedAt, interactions: [], records: part.records.filter(isUnconfirmed) };
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
