/**
 * The shared-storage port in the browser: localStorage, which every Salesforce tab of the user on
 * this origin shares, and its `storage` event, which tells the other tabs about a change. Without
 * usable storage (disabled, private mode) the bridge works alone.
 */
import type { SharedStorage } from 'c/ccCore';

export function browserStorage(): SharedStorage | undefined {
    let storage: Storage;
    try {
        storage = window.localStorage;
        storage.getItem('ccBridge.probe');
    } catch {
        return undefined;
    }
    return {
        getItem: (key) => storage.getItem(key),
        setItem: (key, value) => storage.setItem(key, value),
        removeItem: (key) => storage.removeItem(key),
        keys: (prefix) => {
            const keys: string[] = [];
            for (let index = 0; index < storage.length; index++) {
                const key = storage.key(index);
                if (key?.startsWith(prefix)) {
                    keys.push(key);
                }
            }
            return keys;
        },
        subscribe: (listener) => {
            const handle = (event: StorageEvent) => {
                if (event.key) {
                    listener(event.key);
                }
            };
            window.addEventListener('storage', handle);
            return () => window.removeEventListener('storage', handle);
        }
    };
}

/** An id for this page load, unique among the user's tabs. */
export function newTabId(): string {
    const random = globalThis.crypto?.randomUUID?.();
    return random ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
