/**
 * Browser storage shared by the replay's tabs: one map, and a change in one tab is announced to the
 * others after the current task, as the browser's `storage` event is (never to the tab that made it).
 */
import type { SharedStorage } from 'c/ccCore';

export class MemoryStorage {
    private readonly items = new Map<string, string>();
    private readonly listeners = new Map<string, Set<(key: string) => void>>();

    /** The storage as one tab sees it. */
    forTab(tab: string): SharedStorage {
        const announce = (key: string) => this.announce(tab, key);
        return {
            getItem: (key) => this.items.get(key) ?? null,
            setItem: (key, value) => {
                this.items.set(key, String(value));
                announce(key);
            },
            removeItem: (key) => {
                if (this.items.delete(key)) {
                    announce(key);
                }
            },
            keys: (prefix) => [...this.items.keys()].filter((key) => key.startsWith(prefix)),
            subscribe: (listener) => {
                const set = this.listeners.get(tab) ?? new Set();
                set.add(listener);
                this.listeners.set(tab, set);
                return () => set.delete(listener);
            }
        };
    }

    get size(): number {
        return this.items.size;
    }

    private announce(fromTab: string, key: string): void {
        for (const [tab, listeners] of this.listeners) {
            if (tab !== fromTab) {
                listeners.forEach((listener) => queueMicrotask(() => listener(key)));
            }
        }
    }
}
