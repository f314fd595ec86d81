/**
 * The clock port in the browser.
 */
import type { Clock } from 'c/ccCore';

export const browserClock: Clock = {
    now: () => Date.now(),
    // Retries of failed writes wait on a timer; there is no platform scheduler for this.
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    setTimeout: (callback, ms) => window.setTimeout(callback, ms),
    clearTimeout: (handle) => window.clearTimeout(handle as number),
    random: () => Math.random()
};
