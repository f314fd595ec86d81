/**
 * The bridge shows its live state and panel once per animation frame: any number of requests before
 * a frame give one refresh, a hidden tab (no frames) is refreshed by the fallback timer, and nothing
 * runs after cancel.
 */
import { VirtualClock } from '../../../../../../tools/replay/virtualClock';
import { nextFrame } from '../../../../../test/support/browserTasks';
import { browserClock, browserFrames } from '../browserClock';
import { FRAME_FALLBACK_MS, OncePerFrame, type FramePort } from '../oncePerFrame';

/** Animation frames that come when the test paints, as a visible tab's do, or never, as a hidden tab's. */
function manualFrames() {
    const callbacks = new Map<number, () => void>();
    let next = 0;
    const port: FramePort = {
        request: (callback) => {
            next += 1;
            callbacks.set(next, callback);
            return next;
        },
        cancel: (handle) => callbacks.delete(handle as number)
    };
    const paint = () => {
        const due = [...callbacks.values()];
        callbacks.clear();
        due.forEach((callback) => callback());
    };
    return { port, paint, pending: () => callbacks.size };
}

/** A OncePerFrame over manual frames and a virtual clock, with a recording refresh. */
function refreshedPerFrame() {
    const frames = manualFrames();
    const clock = new VirtualClock(0);
    const refresh = jest.fn();
    return { frames, clock, refresh, perFrame: new OncePerFrame(frames.port, clock, refresh) };
}

describe('OncePerFrame', () => {
    it('refreshes once at the next frame however many times it was asked, and its fallback timer then does nothing', async () => {
        const { frames, clock, refresh, perFrame } = refreshedPerFrame();

        // Forty messages in one frame.
        for (let message = 0; message < 40; message++) {
            perFrame.request();
        }
        expect(refresh).not.toHaveBeenCalled();
        expect(frames.pending()).toBe(1);

        frames.paint();
        expect(refresh).toHaveBeenCalledTimes(1);
        await clock.advance(FRAME_FALLBACK_MS * 3);
        expect(refresh).toHaveBeenCalledTimes(1);

        // The next change asks for the next frame.
        perFrame.request();
        frames.paint();
        expect(refresh).toHaveBeenCalledTimes(2);
    });

    it('refreshes a hidden tab, which gets no frames, after FRAME_FALLBACK_MS; the frame that comes later does nothing', async () => {
        const { frames, clock, refresh, perFrame } = refreshedPerFrame();

        perFrame.request();
        await clock.advance(FRAME_FALLBACK_MS - 1);
        expect(refresh).not.toHaveBeenCalled();
        await clock.advance(1);
        expect(refresh).toHaveBeenCalledTimes(1);

        // The frame request was withdrawn with the refresh: the tab shown again paints nothing twice.
        expect(frames.pending()).toBe(0);
        frames.paint();
        expect(refresh).toHaveBeenCalledTimes(1);
    });

    it('runs nothing once cancelled (the component left the page)', async () => {
        const { frames, clock, refresh, perFrame } = refreshedPerFrame();

        perFrame.request();
        perFrame.cancel();
        frames.paint();
        await clock.advance(FRAME_FALLBACK_MS * 2);

        expect(refresh).not.toHaveBeenCalled();
    });

    it('runs on the browser’s own requestAnimationFrame (jsdom paints too)', async () => {
        const refresh = jest.fn();
        const perFrame = new OncePerFrame(browserFrames, browserClock, refresh);

        perFrame.request();
        perFrame.request();
        expect(refresh).not.toHaveBeenCalled();
        await nextFrame();

        expect(refresh).toHaveBeenCalledTimes(1);
        perFrame.cancel();
    });
});
