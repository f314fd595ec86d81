/**
 * Waits for the browser's turns the bridge uses after a message: the animation frame where it shows
 * its live state and panel (ccBridge/oncePerFrame.ts), and the task of their own its record writes go
 * out in (BridgePorts.nextTask). Jest's jsdom paints at 60 frames a second (`pretendToBeVisual`);
 * tests with fake timers keep requestAnimationFrame and setTimeout real.
 */
import { flushPromises } from '../../../tools/replay/virtualClock';

export async function nextFrame(): Promise<void> {
    await new Promise<void>((resolve) => {
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        requestAnimationFrame(() => resolve());
    });
    await flushPromises();
}

/**
 * The record writes asked for so far have gone out, and the emulated UI API has answered them, and
 * so have the writes those answers asked for (a few rounds: a create's answer can start an update).
 */
export async function writesSent(): Promise<void> {
    for (let round = 0; round < 3; round += 1) {
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        await new Promise((resolve) => setTimeout(resolve, 0));
        await flushPromises();
    }
}

/**
 * Makes only Date and setInterval fake, from `iso` on: the running timers move when the test says
 * so, while promises, timeouts (write retries, the write task) and animation frames keep real time.
 */
export function fakeDateAndIntervals(iso: string): void {
    jest.useFakeTimers({
        now: Date.parse(iso),
        doNotFake: [
            'setTimeout',
            'clearTimeout',
            'setImmediate',
            'clearImmediate',
            'nextTick',
            'queueMicrotask',
            'requestAnimationFrame',
            'cancelAnimationFrame'
        ]
    });
}
