/**
 * The clock and interval ports in the browser.
 */
import type { Clock } from 'c/ccCore';
import type { IntervalTimer } from 'c/ccLiveProtocol';
import type { FramePort } from './oncePerFrame';

export const browserClock: Clock = {
    now: () => Date.now(),
    // Retries of failed writes wait on a timer; there is no platform scheduler for this.
    setTimeout: (callback, ms) => window.setTimeout(callback, ms),
    clearTimeout: (handle) => window.clearTimeout(handle as number),
    random: () => Math.random()
};

/** The utility label's running timer ticks on it, only while something is live. */
export const browserInterval: IntervalTimer = {
    setInterval: (callback, ms) => window.setInterval(callback, ms),
    clearInterval: (handle) => window.clearInterval(handle as number)
};

/** The next animation frame: the bridge shows its live state and panel there (oncePerFrame.ts). */
export const browserFrames: FramePort = {
    request: (callback) => window.requestAnimationFrame(callback),
    cancel: (handle) => window.cancelAnimationFrame(handle as number)
};

/** A task of its own after the current one: the bridge's record writes go out there (BridgePorts.nextTask). */
export const browserNextTask = (callback: () => void): void => {
    window.setTimeout(callback, 0);
};
