/**
 * Work done once per burst: every call in one turn of the event loop (a message, its caller, the
 * writes it started) leads to one run, in a microtask after it.
 */
export function onceAfterBurst(run: () => void): () => void {
    let queued = false;
    return () => {
        if (!queued) {
            queued = true;
            queueMicrotask(() => {
                queued = false;
                run();
            });
        }
    };
}
