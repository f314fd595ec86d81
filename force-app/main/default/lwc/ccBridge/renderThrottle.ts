/**
 * Runs a render at most once per interval: the first request at once, the requests that come during
 * the interval together at its end. The bridge's panel goes through it: it lists counts, events and
 * diagnostics that nobody reads at message speed, and rendering it under Lightning Web Security
 * crosses the sandbox boundary for every value shown (three quarters of the bridge's main-thread time
 * per message in `npm run bench:browser` when it rendered on every change).
 */
import type { Clock } from 'c/ccCore';

/** The bridge's panel follows changes at most this often; its utility label and the live state follow every frame. */
export const PANEL_RENDER_MS = 500;

export class RenderThrottle {
    private readonly clock: Clock;
    private readonly intervalMs: number;
    private readonly render: () => void;
    private timer?: unknown;
    private requestedMeanwhile = false;

    constructor(clock: Clock, intervalMs: number, render: () => void) {
        this.clock = clock;
        this.intervalMs = intervalMs;
        this.render = render;
    }

    request(): void {
        if (this.timer !== undefined) {
            this.requestedMeanwhile = true;
            return;
        }
        this.render();
        this.timer = this.clock.setTimeout(this.intervalEnded, this.intervalMs);
    }

    cancel(): void {
        if (this.timer !== undefined) {
            this.clock.clearTimeout(this.timer);
            this.timer = undefined;
        }
        this.requestedMeanwhile = false;
    }

    // One function for every timer (see c/ccCore's burst.ts: a new one would be wrapped again under LWS).
    private readonly intervalEnded = (): void => {
        this.timer = undefined;
        if (this.requestedMeanwhile) {
            this.requestedMeanwhile = false;
            this.request();
        }
    };
}
