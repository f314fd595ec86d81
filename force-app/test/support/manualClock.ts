/**
 * A clock for tests: time moves only when the test says so, and timers fire in order as it does.
 */
import type { Clock } from 'c/ccCore';

interface Timer {
    id: number;
    due: number;
    callback: () => void;
}

export class ManualClock implements Clock {
    private nowMs: number;
    private nextId = 1;
    private timers: Timer[] = [];

    constructor(startIso = '2021-02-18T20:47:47.000Z') {
        this.nowMs = Date.parse(startIso);
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
        return 0.5;
    }

    /** How many timers wait to fire. */
    get pendingTimers(): number {
        return this.timers.length;
    }

    /** Moves time forward, firing due timers in order and letting their promises settle. */
    async advance(ms: number): Promise<void> {
        const end = this.nowMs + ms;
        for (;;) {
            const next = this.timers.filter((timer) => timer.due <= end).sort((a, b) => a.due - b.due)[0];
            if (!next) {
                break;
            }
            this.timers = this.timers.filter((timer) => timer !== next);
            this.nowMs = next.due;
            next.callback();
            await flushPromises();
        }
        this.nowMs = end;
    }

    set(iso: string): void {
        this.nowMs = Date.parse(iso);
    }
}

/** Lets every already-resolved promise chain run to its end. */
export async function flushPromises(): Promise<void> {
    for (let i = 0; i < 10; i++) {
        await Promise.resolve();
    }
}
