/**
 * The team board's clock seam: what time it is, and the intervals of its running timers (once a
 * second, see Ticker) and of its refresh. Tests drive both with Jest's fake timers.
 */
import type { IntervalTimer } from 'c/ccLiveProtocol';

export const boardClock: IntervalTimer & { now(): number } = {
    now: () => Date.now(),
    setInterval: (callback, ms) => window.setInterval(callback, ms),
    clearInterval: (handle) => window.clearInterval(handle as number)
};
