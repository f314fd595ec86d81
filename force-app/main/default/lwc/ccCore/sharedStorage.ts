/**
 * The browser storage all Salesforce tabs of one user share (localStorage in the org, one shared
 * map in the replay): what the writing tab saved for a reload or a takeover, and the callers it
 * found. It announces nothing: under Lightning Web Security a component cannot listen to the
 * `storage` event, so the tabs tell each other through a TabChannel (see tabChannel.ts).
 */

export interface SharedStorage {
    getItem(key: string): string | null;
    /** May throw when the storage is full or disabled; callers treat that as "not saved". */
    setItem(key: string, value: string): void;
    removeItem(key: string): void;
    /** Keys starting with `prefix`. */
    keys(prefix: string): string[];
}

export const STORAGE_PREFIX = 'ccBridge.';

/** Reads JSON from storage; anything unreadable (another version, a hand edit, a full disk) is absent. */
export function readJson(storage: SharedStorage, key: string): unknown {
    try {
        const text = storage.getItem(key);
        return text === null ? undefined : (JSON.parse(text) as unknown);
    } catch {
        return undefined;
    }
}

/** Writes JSON; false when the storage refused it (quota, privacy mode). */
export function writeJson(storage: SharedStorage, key: string, value: unknown): boolean {
    try {
        storage.setItem(key, JSON.stringify(value));
        return true;
    } catch {
        return false;
    }
}
