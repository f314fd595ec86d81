/**
 * Work done once per burst: every call in one turn of the event loop (a message, its caller, the
 * writes it started) leads to one run, in a microtask after it.
 */
export function onceAfterBurst(run: () => void): () => void {
    let queued = false;
    // One function handed to queueMicrotask every time: under Lightning Web Security the page's
    // queueMicrotask gets a membrane wrapper for each new function, made once per function object
    // (@locker/sandbox, getTransferablePointer: proxyPointerCache).
    const runQueued = () => {
        queued = false;
        run();
    };
    return () => {
        if (!queued) {
            queued = true;
            queueMicrotask(runQueued);
        }
    };
}
