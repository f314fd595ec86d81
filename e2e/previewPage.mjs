// What the e2e tests read and click on the preview page: the simulated softphone in its iframe,
// the bridge's utility panel and the records view. Playwright's CSS selectors pierce the open
// shadow roots of the Lightning web components.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { SCREENSHOTS_DIR } from './browser.mjs';

const WAIT_MS = 10_000;
/** Longer than the panel's render interval (PANEL_RENDER_MS in ccBridge/renderThrottle.ts). */
const PANEL_SETTLE_MS = 600;

/** Retries `check` (which throws until its condition holds) until it passes or `WAIT_MS` ends. */
export async function eventually(check, timeoutMs = WAIT_MS) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        try {
            return await check();
        } catch (error) {
            if (Date.now() > deadline) {
                throw error;
            }
            await new Promise((resolve) => setTimeout(resolve, 100));
        }
    }
}

export class PreviewPage {
    /** `label` names the tab in messages; `softphoneFrameName` is the name of the softphone's iframe. */
    constructor(page, label, softphoneFrameName = 'softphone') {
        this.page = page;
        this.label = label;
        this.softphoneFrameName = softphoneFrameName;
        this.softphone = page.frameLocator(`iframe[name="${softphoneFrameName}"]`);
    }

    async open(url) {
        await this.page.goto(url);
        await this.page.locator('c-cc-bridge [data-id="counts"]').waitFor();
        await this.softphone.locator('body[data-ready="true"]').waitFor();
    }

    /** Loads the softphone again, which forgets its call and pause (after a failed test left one open). */
    async reloadSoftphone() {
        const frame = this.page.frame({ name: this.softphoneFrameName });
        await frame.goto(frame.url());
        await this.softphone.locator('body[data-ready="true"]').waitFor();
    }

    /**
     * Clicks a softphone button (`data-action`: incoming, answer, hangup, pause-start, ...). The
     * tab comes to the front first, as the agent's would: Chromium throttles background tabs.
     */
    async softphoneClick(action) {
        await this.page.bringToFront();
        await this.softphone.locator(`button[data-action="${action}"]`).click();
    }

    async currentCallId() {
        const id = await this.softphone.locator('#current-call').getAttribute('data-call-id');
        assert.ok(id, 'the softphone shows no current call');
        return id;
    }

    /**
     * The panel's counts once it has caught up, for a count to compare later ones with: the panel
     * renders at most every 500 ms (ccBridge/renderThrottle.ts), so a count read right after a message
     * may still be the one before it.
     */
    async settledBridgeCounts() {
        await this.page.waitForTimeout(PANEL_SETTLE_MS);
        return this.bridgeCounts();
    }

    /** The panel's message counts: {messages, accepted, rejected}. */
    async bridgeCounts() {
        const text = await this.page.locator('c-cc-bridge [data-id="counts"]').textContent();
        const [messages, accepted, rejected] = ['messages?', 'accepted', 'rejected'].map((word) => {
            const match = new RegExp(`(\\d+) ${word}`).exec(text);
            assert.ok(match, `the bridge panel's counts "${text}" have no "${word}" count`);
            return Number(match[1]);
        });
        return { messages, accepted, rejected };
    }

    /** The panel's diagnostics once it has caught up (see settledBridgeCounts): an absence read earlier proves nothing. */
    async bridgeDiagnostics() {
        await this.page.waitForTimeout(PANEL_SETTLE_MS);
        const list = this.page.locator('c-cc-bridge [data-id="diagnostics"]');
        return (await list.count()) === 0 ? '' : list.innerText();
    }

    /** The records view's row for an External_Key__c, as {field: shown value}; undefined when absent. */
    async recordRow(externalKey) {
        const row = this.page.locator(`preview-records-view tr[data-key="${externalKey}"]`);
        const count = await row.count();
        assert.ok(count <= 1, `the records view shows ${count} rows for ${externalKey}`);
        if (count === 0) {
            return undefined;
        }
        const cells = await row.locator('td[data-field]').evaluateAll((tds) => tds.map((td) => [td.dataset.field, td.textContent]));
        return Object.fromEntries(cells);
    }

    /** The status the live-state card on the record page shows for its interactions, in order. */
    async liveStatuses() {
        return this.page.locator('c-cc-live-state [data-id="interactions"] [data-id="status"]').allTextContents();
    }

    async recordCount(objectApiName) {
        const text = await this.page.locator(`preview-records-view [data-object="${objectApiName}"] [data-id="count"]`).textContent();
        return Number(text);
    }
}

/** Screenshot of one element into test-results/e2e/<name>.png. */
export async function elementScreenshot(locator, name) {
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    const file = path.join(SCREENSHOTS_DIR, `${name}.png`);
    await locator.screenshot({ path: file });
    return file;
}

/** Screenshot of what the window shows (not the whole scrolled page) into test-results/e2e/<name>.png. */
export async function viewportScreenshot(page, name) {
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    const file = path.join(SCREENSHOTS_DIR, `${name}.png`);
    await page.screenshot({ path: file, fullPage: false });
    return file;
}
