/**
 * A clock that moves only when told to: the replay command's clock, and the tests'. Timers (write
 * retries) fire in time order as it moves, each followed by the promise work it starts.
 */
import type { Clock } from 'c/ccCore';

interface Timer {
    id: number;
    due: number;
    callback: () => void;
}

export class VirtualClock implements Clock {
    private nowMs: number;
    private nextId = 1;
    private timers: Timer[] = [];

    constructor(startMs: number) {
        this.nowMs = startMs;
    }

    now(): number {
        return this.nowMs;
    }

    setTimeout(callback: () => void, ms: number): unknown {
        const timer = { id: this.nextId++, due: this.nowMs + ms, callback };
        this.timers.push(timer);
        return timer.id;
    }

    clearTimeout(handle: unknown): void {
        this.timers = this.timers.filter((timer) => timer.id !== handle);
    }

    random(): number {
        // Retry jitter stays deterministic, so a replay prints the same output every time.
        return 0.5;
    }

    /** Moves time forward by `ms`. */
    advance(ms: number): Promise<void> {
        return this.advanceTo(this.nowMs + ms);
    }

    /** Moves time forward to `endMs` (never back), firing due timers in order and letting their promises settle. */
    async advanceTo(endMs: number): Promise<void> {
        for (;;) {
            const next = this.timers.filter((timer) => timer.due <= endMs).sort((a, b) => a.due - b.due || a.id - b.id)[0];
            if (!next) {
                break;
            }
            this.timers = this.timers.filter((timer) => timer !== next);
            this.nowMs = Math.max(this.nowMs, next.due);
            next.callback();
            await flushPromises();
        }
        this.nowMs = Math.max(this.nowMs, endMs);
    }
}

// A macrotask runs only after every pending microtask, so awaiting one lets all promise chains that
// need no real I/O run to their end. setImmediate is much faster than setTimeout in Node; jsdom lacks it.
const nextMacrotask: (callback: () => void) => void =
    typeof setImmediate === 'function' ? setImmediate : (callback) => setTimeout(callback, 0);

/** Lets every already-started promise chain (emulated UI API calls and what follows them) run to its end. */
export function flushPromises(): Promise<void> {
    return new Promise((resolve) => nextMacrotask(resolve));
}
