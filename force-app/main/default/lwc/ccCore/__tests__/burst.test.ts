/**
 * Work done once per burst of changes, in a microtask after it.
 */
import { onceAfterBurst } from '../burst';

afterEach(() => {
    jest.restoreAllMocks();
});

describe('onceAfterBurst', () => {
    it('runs once after each burst, however many times it was asked in it', async () => {
        let runs = 0;
        const notify = onceAfterBurst(() => {
            runs += 1;
        });

        notify();
        notify();
        notify();
        expect(runs).toBe(0);
        await Promise.resolve();
        expect(runs).toBe(1);

        notify();
        await Promise.resolve();
        expect(runs).toBe(2);
    });

    it('hands queueMicrotask the same function for every burst (LWS wraps each new function it is given)', async () => {
        const queued = jest.spyOn(globalThis, 'queueMicrotask');
        const notify = onceAfterBurst(() => undefined);

        notify();
        await Promise.resolve();
        notify();
        await Promise.resolve();

        expect(queued).toHaveBeenCalledTimes(2);
        expect(queued.mock.calls[1]?.[0]).toBe(queued.mock.calls[0]?.[0]);
    });
});
