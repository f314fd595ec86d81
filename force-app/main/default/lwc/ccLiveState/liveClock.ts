/**
 * The card's clock seam: what time it is, and the once-a-second interval of its running timers.
 * Tests drive both with Jest's fake timers.
 */
import type { IntervalTimer } from 'c/ccLiveProtocol';

export const liveClock: IntervalTimer & { now(): number } = {
    now: () => Date.now(),
    // Running timers tick once a second while something is live (see Ticker); nothing else waits on it.
    setInterval: (callback, ms) => window.setInterval(callback, ms),
    clearInterval: (handle) => window.clearInterval(handle as number)
};
