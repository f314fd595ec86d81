/**
 * A once-a-second tick for running timers that runs only while something is live, so an idle page
 * holds no interval, and that stops for good when its component leaves the page. The interval itself
 * is a port: the components give the browser's, tests give Jest's fake timers.
 */

export interface IntervalTimer {
    setInterval(callback: () => void, ms: number): unknown;
    clearInterval(handle: unknown): void;
}

export const TICK_MS = 1000;

export class Ticker {
    private readonly timer: IntervalTimer;
    private readonly tick: () => void;
    private handle?: unknown;

    constructor(timer: IntervalTimer, tick: () => void) {
        this.timer = timer;
        this.tick = tick;
    }

    get running(): boolean {
        return this.handle !== undefined;
    }

    /** Ticks while `live` is true: starts the interval if it is not running, stops it when nothing is live. */
    runWhile(live: boolean): void {
        if (live && this.handle === undefined) {
            this.handle = this.timer.setInterval(() => this.tick(), TICK_MS);
        } else if (!live) {
            this.stop();
        }
    }

    stop(): void {
        if (this.handle !== undefined) {
            this.timer.clearInterval(this.handle);
            this.handle = undefined;
        }
    }
}
