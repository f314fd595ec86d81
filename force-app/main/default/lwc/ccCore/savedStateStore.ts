/**
 * The leading tab's writer of the saved state (savedState.ts): after each change it writes only the
 * items that changed, so a message about one call writes that call's item (a few kilobytes), not
 * the whole state. Under Lightning Web Security every localStorage write goes through its storage
 * distortion, which costs with the length of the value: saving 38 KB after every message was the
 * largest part of the writing tab's time per message (`npm run bench:browser`, CPU profile).
 */
import { itemPrefix, stateItems, stateKey, storedItemText, type SavedState } from './savedState';
import type { SharedStorage } from './sharedStorage';

export class SavedStateStore {
    private readonly storage: SharedStorage;
    private readonly userId: string | null | undefined;
    /** What this tab last wrote of each item, by storage key: an item that reads the same is not written again. */
    private readonly written = new Map<string, string>();
    /** The items of the last save; the others are removed by `tidy`. */
    private wanted = new Set<string>();
    private lastSaveComplete = false;

    constructor(storage: SharedStorage, userId: string | null | undefined) {
        this.storage = storage;
        this.userId = userId;
    }

    /**
     * Writes the items that changed since this tab last wrote them. False when storage refused one:
     * what it refused is tried again at the next save.
     */
    save(state: SavedState): boolean {
        const items = stateItems(this.userId, state);
        let complete = true;
        for (const [key, text] of items) {
            if (this.written.get(key) === text) {
                continue;
            }
            try {
                this.storage.setItem(key, storedItemText(text, state.savedAt));
                this.written.set(key, text);
            } catch {
                complete = false;
            }
        }
        this.wanted = new Set(items.keys());
        this.lastSaveComplete = complete;
        return complete;
    }

    /**
     * Removes the items the state no longer holds (an ended call older than the ten kept). Not done
     * in a save, so that a message costs one write: the writing tab tidies on its heartbeat. After a
     * takeover (`everything`), also what another tab or an earlier version left: each item of this
     * user, and the state versions 1 and 2 saved in one piece, once the items hold it all.
     */
    tidy(everything = false): void {
        if (!this.lastSaveComplete) {
            return; // an item not written yet may still be needed from what is there
        }
        const whole = stateKey(this.userId);
        const left = everything
            ? [...this.storage.keys(itemPrefix(this.userId)), ...(this.storage.getItem(whole) === null ? [] : [whole])]
            : [];
        const keys = [...this.written.keys(), ...left];
        for (const key of keys) {
            if (!this.wanted.has(key)) {
                try {
                    this.storage.removeItem(key);
                    this.written.delete(key);
                } catch {
                    // Left for the next tidy: an extra item is read and trimmed, never lost.
                }
            }
        }
    }

    /** Another tab may have written since this one last did (it is taking over): the next save writes every item. */
    forgetWritten(): void {
        this.written.clear();
        this.lastSaveComplete = false;
    }
}
