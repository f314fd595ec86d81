/**
 * The bridge panel's markup, as an agent and a screen reader read it: words separated by real spaces
 * (not only by SLDS margins), event names in words with the vendor's name as the title, and a long
 * key shortened for the eye while screen readers and the title get it whole. Evolux Phone's seed
 * payloads go in as window messages.
 */
import { createElement } from 'lwc';
import CcBridge from 'c/ccBridge';
import { resetMessageService } from '../../../../../test/jest-mocks/lightning/messageService';
import { emulateUiRecordApi } from '../../../../../test/support/uiRecordApiEmulated';
import { flushPromises } from '../../../../../../tools/replay/virtualClock';
import { panelRendered } from '../../../../../test/support/panelRendered';
import { nextFrame } from '../../../../../test/support/browserTasks';
import { CALL_KEY, EVOLUX_ORIGIN, seed } from '../../ccCore/__tests__/evoluxFixtures';

beforeEach(() => {
    // Bridges share browser storage across tabs and reloads; each test starts with an empty one.
    window.localStorage.clear();
    emulateUiRecordApi();
});

afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
    resetMessageService();
    jest.clearAllMocks();
});

function mountBridge() {
    const element = createElement('c-cc-bridge', { is: CcBridge });
    document.body.appendChild(element);
    return element;
}

/** Delivers a window message and waits for the frame that shows its first change in the panel. */
async function post(data: unknown) {
    window.dispatchEvent(new MessageEvent('message', { data, origin: EVOLUX_ORIGIN }));
    await flushPromises();
    await nextFrame();
}

const shadow = (element: HTMLElement) => element.shadowRoot as ShadowRoot;
/** Text as a page without styles runs it together: textContent, with runs of white space made one space. */
const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('c-cc-bridge panel markup', () => {
    it('separates the status from the counts with a real space, and says "1 message"', async () => {
        const element = mountBridge();
        await post(seed.softphoneCallInvited);

        const status = shadow(element).querySelector('[data-id="status"]');
        // Not "Listening1 message…": the words stay apart with or without SLDS.
        expect(words(status?.parentElement)).toBe('Listening 1 message · 1 accepted · 0 rejected');
        expect(words(shadow(element).querySelector('[data-id="counts"]'))).toBe('1 message · 1 accepted · 0 rejected');
    });

    it('names the events in words and shows the long call key shortened, whole for screen readers and the title', async () => {
        const element = mountBridge();
        await post(seed.softphoneCallInvited);
        await post(seed.softphoneCallAccepted);
        await panelRendered();

        const [answered, invited] = Array.from(shadow(element).querySelectorAll('[data-id="events"] li'));
        expect(answered?.querySelector('strong')?.textContent).toBe('Call answered');
        expect(invited?.querySelector('strong')?.textContent).toBe('Incoming call');
        expect(invited?.querySelector('strong')?.getAttribute('title')).toBe('softphoneCallInvited');

        const detail = invited?.querySelector('.cc-wrap');
        expect(detail?.getAttribute('title')).toBe(CALL_KEY);
        expect(detail?.querySelector('[aria-hidden="true"]')?.textContent).toBe('evolux:8eb4d68e-7…85dd1424c7');
        expect(detail?.querySelector('.slds-assistive-text')?.textContent).toBe(CALL_KEY);
        await expect(element).toBeAccessible();
    });

    it('reads an open call as its status, then its number and queue', async () => {
        const element = mountBridge();
        await post(seed.softphoneCallInvited);
        await post(seed.softphoneCallAccepted);
        await panelRendered();

        const call = shadow(element).querySelector(`[data-interaction="${CALL_KEY}"]`);
        expect(words(call)).toMatch(/^Connected 601 · suporte\b/);
        // A detail that fits is shown as it is, without a copy for screen readers.
        expect(call?.querySelector('.slds-assistive-text')).toBeNull();
        await expect(element).toBeAccessible();
    });
});
