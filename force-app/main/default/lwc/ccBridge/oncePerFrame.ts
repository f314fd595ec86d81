/**
 * Runs a refresh once, at the next animation frame, however often it is asked for before then. The
 * bridge shows its live state (the snapshot on the message channel, which re-renders the live-state
 * card, and the utility label) and its panel through it: a message's own task does the bridge's
 * work and no rendering, and a burst of messages is shown once, when the browser paints. Under
 * Lightning Web Security rendering was most of the main-thread time of a message (`npm run
 * bench:browser`, CPU profile of the writing tab).
 *
 * A hidden tab gets no animation frames (HTML standard, "update the rendering" runs only for
 * documents the user can see): a timer stands in, so nothing waits for the agent to look.
 */
import type { Clock } from 'c/ccCore';

/** How late a refresh may be when no frame comes (a hidden tab; its timers run at most once a second anyway). */
export const FRAME_FALLBACK_MS = 100;

/** requestAnimationFrame and cancelAnimationFrame. */
export interface FramePort {
    request(callback: () => void): unknown;
    cancel(handle: unknown): void;
}

export class OncePerFrame {
    private readonly frames: FramePort;
    private readonly clock: Clock;
    private readonly refresh: () => void;
    private pending?: { frame: unknown; fallback: unknown };

    constructor(frames: FramePort, clock: Clock, refresh: () => void) {
        this.frames = frames;
        this.clock = clock;
        this.refresh = refresh;
    }

    request(): void {
        if (!this.pending) {
            this.pending = {
                frame: this.frames.request(this.run),
                fallback: this.clock.setTimeout(this.run, FRAME_FALLBACK_MS)
            };
        }
    }

    /** Forgets a refresh asked for and not run yet (the component is leaving the page). */
    cancel(): void {
        if (this.pending) {
            this.frames.cancel(this.pending.frame);
            this.clock.clearTimeout(this.pending.fallback);
            this.pending = undefined;
        }
    }

    // One function for every frame (see c/ccCore's burst.ts: a new one would be wrapped again under LWS).
    private readonly run = (): void => {
        if (this.pending) {
            this.cancel();
            this.refresh();
        }
    };
}
