/**
 * The shared-storage port in the browser: localStorage, which every Salesforce tab of the user on
 * this origin shares (under Lightning Web Security the keys are partitioned by namespace: the real
 * key is `LSKey[c]<key>`). Its `storage` event is not used: LWS forbids that listener
 * (@locker/distortion docs/distortions.md, "Window 'storage' event"). Without usable storage
 * (disabled, private mode) the bridge works alone.
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
        }
    };
}

/** An id for this page load, unique among the user's tabs. */
export function newTabId(): string {
    const random = globalThis.crypto?.randomUUID?.();
    return random ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
