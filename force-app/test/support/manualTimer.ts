/**
 * A timer port whose callbacks run only when a test says so (for ports that take setTimeout and
 * clearTimeout, such as the GraphQL queue's).
 */
export function manualTimer() {
    const callbacks = new Map<number, () => void>();
    let next = 0;
    return {
        setTimeout: (callback: () => void) => {
            next += 1;
            callbacks.set(next, callback);
            return next;
        },
        clearTimeout: (handle: unknown) => callbacks.delete(handle as number),
        fireAll: () => {
            for (const [handle, callback] of [...callbacks.entries()]) {
                callbacks.delete(handle);
                callback();
            }
        },
        pending: () => callbacks.size
    };
}
