/**
 * Waits until the bridge's panel shows every change so far: it renders the first change at the next
 * frame and the ones that follow within PANEL_RENDER_MS together (ccBridge/renderThrottle.ts).
 */
import { PANEL_RENDER_MS } from '../../main/default/lwc/ccBridge/renderThrottle';
import { nextFrame } from './browserTasks';

export async function panelRendered(): Promise<void> {
    // The component's throttle runs on the browser's timer: a test waits it out for real.
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    await new Promise((resolve) => setTimeout(resolve, PANEL_RENDER_MS + 10));
    await nextFrame();
}
