/**
 * The panel's render throttle: the first change renders at once, a burst of changes renders once
 * more at the end of the interval, and nothing renders after cancel.
 */
import { VirtualClock } from '../../../../../../tools/replay/virtualClock';
import { RenderThrottle } from '../renderThrottle';

describe('RenderThrottle', () => {
    it('renders the first request at once and a burst of later ones once, at the end of the interval', async () => {
        const clock = new VirtualClock(0);
        const render = jest.fn();
        const throttle = new RenderThrottle(clock, 500, render);

        throttle.request();
        expect(render).toHaveBeenCalledTimes(1);

        // Thirty messages in the next 300 ms: nothing more until the interval is over, then one render.
        for (let message = 0; message < 30; message++) {
            await clock.advance(10);
            throttle.request();
        }
        expect(render).toHaveBeenCalledTimes(1);
        await clock.advance(200);
        expect(render).toHaveBeenCalledTimes(2);

        // Quiet for a while: the next change renders at once again.
        await clock.advance(2_000);
        throttle.request();
        expect(render).toHaveBeenCalledTimes(3);
    });

    it('renders nothing more after cancel (the component left the page)', async () => {
        const clock = new VirtualClock(0);
        const render = jest.fn();
        const throttle = new RenderThrottle(clock, 500, render);
        throttle.request();
        throttle.request();

        throttle.cancel();
        await clock.advance(1_000);

        expect(render).toHaveBeenCalledTimes(1);
    });
});
