/**
 * The Web Locks API (navigator.locks) for the replay's tabs, exclusive mode, with the browser's
 * behaviour (W3C Web Locks API): one holder per name at a time, granted in request order; a lock is
 * held until the promise its callback returned settles; `ifAvailable` calls back with null instead
 * of waiting when the lock is held or others wait; an aborted `signal` withdraws a waiting request,
 * which rejects with AbortError; the callback runs later, never inside `request`; and the browser
 * releases every lock and request of a tab that goes away.
 */
import type { LockManagerLike } from 'c/ccCore';

interface LockRequest {
    tab: string;
    name: string;
    callback: (lock: unknown) => unknown;
    resolve: (value: unknown) => void;
    reject: (reason: unknown) => void;
}

export class ReplayLockManager {
    private readonly held = new Map<string, LockRequest>();
    private readonly queue: LockRequest[] = [];

    /** navigator.locks as one tab's page sees it. */
    forTab(tab: string): LockManagerLike {
        return {
            request: (name, options, callback) => this.request(tab, name, options, callback)
        };
    }

    /** The tab was closed (or crashed): its locks go to the next in line, its waiting requests are dropped. */
    closeTab(tab: string): void {
        this.queue.splice(0, this.queue.length, ...this.queue.filter((request) => request.tab !== tab));
        for (const [name, request] of this.held) {
            if (request.tab === tab) {
                this.release(name, request);
            }
        }
    }

    /** Which tab holds the lock `name`, if any (for tests). */
    holder(name: string): string | undefined {
        return this.held.get(name)?.tab;
    }

    private request(
        tab: string,
        name: string,
        options: { ifAvailable?: boolean; signal?: AbortSignal },
        callback: (lock: unknown) => unknown
    ): Promise<unknown> {
        return new Promise((resolve, reject) => {
            const { signal } = options;
            if (signal?.aborted) {
                reject(new DOMException('The request was aborted.', 'AbortError'));
                return;
            }
            const request: LockRequest = { tab, name, callback, resolve, reject };
            if (options.ifAvailable && (this.held.has(name) || this.queue.some((waiting) => waiting.name === name))) {
                queueMicrotask(() => settle(request, () => callback(null)));
                return;
            }
            this.queue.push(request);
            signal?.addEventListener('abort', () => {
                const index = this.queue.indexOf(request);
                if (index >= 0) {
                    this.queue.splice(index, 1);
                    reject(new DOMException('The request was aborted.', 'AbortError'));
                }
            });
            this.grant(name);
        });
    }

    private grant(name: string): void {
        if (this.held.has(name)) {
            return;
        }
        const index = this.queue.findIndex((request) => request.name === name);
        const [next] = index >= 0 ? this.queue.splice(index, 1) : [];
        if (!next) {
            return;
        }
        this.held.set(name, next);
        queueMicrotask(() => {
            if (this.held.get(name) !== next) {
                return; // its tab went away before the callback ran
            }
            settle(
                next,
                () => next.callback({ name, mode: 'exclusive' }),
                () => this.release(name, next)
            );
        });
    }

    private release(name: string, request: LockRequest): void {
        if (this.held.get(name) === request) {
            this.held.delete(name);
            this.grant(name);
        }
    }
}

/** Runs a lock callback and settles the request with what it returns (awaited), then runs `done`. */
function settle(request: LockRequest, run: () => unknown, done: () => void = () => {}): void {
    Promise.resolve()
        .then(run)
        .then(
            (value) => {
                done();
                request.resolve(value);
            },
            (error: unknown) => {
                done();
                request.reject(error);
            }
        );
}
