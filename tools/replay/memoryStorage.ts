/**
 * Browser storage shared by the replay's tabs: one map, as localStorage is one per origin. Like the
 * bridge in the org, nothing here announces changes: Lightning Web Security forbids the `storage`
 * event, so tabs tell each other through a BroadcastChannel (broadcastChannels.ts).
 */
import type { SharedStorage } from 'c/ccCore';

export class MemoryStorage {
    private readonly items = new Map<string, string>();
    /** setItem and removeItem calls, every tab together: the work localStorage does for the bridge. */
    writes = 0;

    /** The storage as one tab sees it. */
    forTab(_tab: string): SharedStorage {
        return {
            getItem: (key) => this.items.get(key) ?? null,
            setItem: (key, value) => {
                this.writes += 1;
                this.items.set(key, String(value));
            },
            removeItem: (key) => {
                this.writes += 1;
                this.items.delete(key);
            },
            keys: (prefix) => [...this.items.keys()].filter((key) => key.startsWith(prefix))
        };
    }

    get size(): number {
        return this.items.size;
    }
}
