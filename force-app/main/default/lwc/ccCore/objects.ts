/** Structural equality of plain data (what events and records hold): order of keys does not matter. */
export function deepEqual(a: unknown, b: unknown): boolean {
    if (a === b) {
        return true;
    }
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
        return false;
    }
    if (Array.isArray(a) !== Array.isArray(b)) {
        return false;
    }
    const aKeys = Object.keys(a);
    const bKeys = Object.keys(b);
    if (aKeys.length !== bKeys.length) {
        return false;
    }
    return aKeys.every(
        (key) =>
            Object.prototype.hasOwnProperty.call(b, key) &&
            deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])
    );
}

/**
 * Forgets the oldest entries (in insertion order) of a Map or Set until it holds at most `max`: the
 * one way the bridge bounds what it remembers.
 */
export function dropOldest(collection: Map<unknown, unknown> | Set<unknown>, max: number): void {
    for (const key of collection.keys()) {
        if (collection.size <= max) {
            return;
        }
        collection.delete(key);
    }
}

/**
 * A copy without undefined properties, so that "not said" never overwrites a known value. A plain
 * loop: it runs for every view of every interaction, and entries/fromEntries allocate an array per key.
 */
export function withoutUndefined<T extends object>(value: T): T {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
        const field = (value as Record<string, unknown>)[key];
        if (field !== undefined) {
            copy[key] = field;
        }
    }
    return copy as T;
}
