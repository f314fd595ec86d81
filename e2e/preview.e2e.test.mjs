// End to end through the local preview in a real Chromium: the simulated softphone (one origin)
// posts Evolux Phone's messages to the preview page (another origin), the real compiled ccBridge
// hears them and writes through the preview's lightning/uiRecordApi to the preview server's UI API
// emulator, and the page shows the records. The package's components run inside Salesforce's
// Lightning Web Security sandbox (@locker/sandbox, namespace `c`), rendered with synthetic shadow,
// the real Lightning Base Components and the SLDS stylesheet, as in Lightning Experience. Fails on
// any page error or console error (an LWS error included); screenshots go to test-results/e2e. Run
// with `npm run test:e2e` (it builds first).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildPreviewBundle } from '../preview/build/bundle.mjs';
import { buildNamespaceSource } from '../preview/build/namespaceBundle.mjs';
import { startPreview } from '../preview/server/previewServer.mjs';
import { listen, close } from '../preview/server/http.mjs';
import { createSoftphoneServer } from '../preview/server/softphoneServer.mjs';
import { launchChromium, screenshot, watchForErrors } from './browser.mjs';
import { PreviewPage, elementScreenshot, eventually, viewportScreenshot } from './previewPage.mjs';

const ACTION_TIMEOUT_MS = 10_000;
/** A laptop screen: the softphone, the record page with the live-state card and the bridge panel must all show. */
const VIEWPORT = { width: 1280, height: 720 };
/** What LWS prefixes to the localStorage keys of namespace `c` (DESIGN.md, "Platform facts"). */
const LWS_STORAGE_PREFIX = 'LSKey[c]';
const STORAGE_PROBE = {
    name: 'c/storageProbe',
    path: fileURLToPath(new URL('fixtures/lwc/storageProbe/storageProbe.js', import.meta.url))
};

const problems = [];
let failedBefore = false;
let preview;
let intruderServer;
let intruderUrl;
let browser;
let context;
let tabA;
let tabB;

before(async () => {
    await buildPreviewBundle();
    preview = await startPreview({ port: 0 });
    // The same softphone page served from a third origin, which the bridge does not allow.
    intruderServer = createSoftphoneServer();
    intruderUrl = await listen(intruderServer, '127.0.0.1', 0);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: VIEWPORT });
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    tabA = await openTab('tab-A');
});

after(async () => {
    await browser?.close();
    await preview?.close();
    if (intruderServer) {
        await close(intruderServer);
    }
});

async function openTab(label) {
    const page = await context.newPage();
    watchForErrors(page, label, problems);
    const tab = new PreviewPage(page, label);
    await tab.open(preview.url);
    return tab;
}

/**
 * A test that screenshots every open tab at its end and fails on any error the pages logged.
 * After a failure the softphones start afresh, so one broken step does not fail every later test.
 */
function scenario(name, run) {
    test(name, { timeout: 60_000 }, async () => {
        const slug = name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
        if (failedBefore) {
            await Promise.all([tabA, tabB].filter(Boolean).map((tab) => tab.reloadSoftphone()));
        }
        failedBefore = true;
        try {
            await run();
        } finally {
            for (const tab of [tabA, tabB].filter(Boolean)) {
                await screenshot(tab.page, `${slug}.${tab.label}`);
            }
        }
        assert.deepEqual(problems.splice(0), [], 'the pages logged errors');
        failedBefore = false;
    });
}

/** Waits until `tab`'s records view shows the Interaction `key` with Status__c `status`; answers its row. */
function statusShown(tab, key, status) {
    return eventually(async () => {
        const row = await tab.recordRow(key);
        assert.equal(row?.Status__c, status, `expected the records view of ${tab.label} to show ${key} with Status ${status}`);
        return row;
    });
}

/** Waits until the live-state card of `tab` shows exactly one interaction, with this status. */
function liveStatusShown(tab, status) {
    return eventually(async () => {
        const statuses = (await tab.liveStatuses()).map((text) => text.trim());
        assert.deepEqual(statuses, [status], `expected the live-state card of ${tab.label} to show one ${status} interaction`);
    });
}

function interactionsWithKey(key) {
    return preview.emulator.recordsOf('CC_Interaction__c').filter((record) => record.fields.External_Key__c === key);
}

scenario('the softphone and the page are on different origins', async () => {
    const softphoneOrigin = await tabA.page.frame({ name: 'softphone' }).evaluate(() => window.location.origin);
    const pageOrigin = await tabA.page.evaluate(() => window.location.origin);
    assert.notEqual(softphoneOrigin, pageOrigin);
    assert.equal(softphoneOrigin, new URL(preview.softphoneUrl).origin);
});

scenario('a call from ring to end is one Interaction, Ended, with the call fields', async () => {
    const before = await tabA.settledBridgeCounts();
    await tabA.softphoneClick('login');
    await tabA.softphoneClick('incoming');
    const key = `evolux:${await tabA.currentCallId()}`;

    await statusShown(tabA, key, 'Ringing');
    // The live-state card on the record page follows the call from the bridge's snapshots.
    await liveStatusShown(tabA, 'Ringing');
    await tabA.softphoneClick('answer');
    await statusShown(tabA, key, 'Connected');
    await liveStatusShown(tabA, 'Connected');
    await tabA.softphoneClick('hangup');
    await liveStatusShown(tabA, 'Ended');

    const row = await statusShown(tabA, key, 'Ended');
    assert.equal(row.Direction__c, 'Inbound');
    assert.equal(row.Channel__c, 'Voice');
    // The softphone calls from the seed Contact's number; the bridge may store it normalized.
    const callerNumber = await tabA.softphone.locator('#caller-number').inputValue();
    assert.ok(row.Customer_Number__c.replace(/\D/g, '').endsWith(callerNumber), `Customer_Number__c ${row.Customer_Number__c}`);
    assert.equal(row.Hangup_Cause__c, 'NORMAL_CLEARING');
    for (const field of ['Offered_At__c', 'Answered_At__c', 'Ended_At__c', 'Wait_Seconds__c', 'Talk_Seconds__c']) {
        assert.notEqual(row[field], '—', `${field} is empty`);
    }
    assert.equal(interactionsWithKey(key).length, 1);

    // The bridge keeps its state in localStorage from inside the sandbox: read from outside it (the
    // page's own realm), every key carries the namespace's LWS prefix.
    const keys = await tabA.page.evaluate(() => Object.keys(window.localStorage));
    assert.ok(keys.length > 0, 'the bridge stored nothing in localStorage');
    assert.deepEqual(
        keys.filter((storageKey) => !storageKey.startsWith(LWS_STORAGE_PREFIX)),
        [],
        `every localStorage key starts with ${LWS_STORAGE_PREFIX}: ${keys.join(', ')}`
    );

    await eventually(async () => {
        const counts = await tabA.bridgeCounts();
        assert.deepEqual(
            {
                messages: counts.messages - before.messages,
                accepted: counts.accepted - before.accepted,
                rejected: counts.rejected - before.rejected
            },
            { messages: 4, accepted: 4, rejected: 0 }
        );
    });
});

scenario('a pause from start to stop is one Agent Pause', async () => {
    await tabA.softphone.locator('#pause-reason').selectOption('Reunião');
    await tabA.softphoneClick('pause-start');
    await eventually(async () =>
        assert.equal(await tabA.recordCount('CC_Agent_Pause__c'), 1, 'expected one Agent Pause in the records view')
    );
    // Evolux reports the times to the second on stop: after 2.1 s the pause lasts at least 1 s.
    await tabA.page.waitForTimeout(2100);
    await tabA.softphoneClick('pause-stop');

    await eventually(async () => {
        const [pause] = preview.emulator.recordsOf('CC_Agent_Pause__c');
        assert.ok(pause?.fields.Ended_At__c, 'the pause has no end yet');
        const row = await tabA.recordRow(pause.fields.External_Key__c);
        assert.equal(row?.Reason__c, 'Reunião');
        assert.equal(row.Productive__c, 'yes');
        assert.notEqual(row.Ended_At__c, '—');
        assert.ok(Number(row.Duration_Seconds__c) >= 1, `duration ${row.Duration_Seconds__c}`);
    });
    assert.equal(preview.emulator.recordsOf('CC_Agent_Pause__c').length, 1);
    assert.equal(await tabA.recordCount('CC_Agent_Pause__c'), 1);
});

scenario('a call from an origin the bridge does not allow changes nothing', async () => {
    const before = await tabA.settledBridgeCounts();
    const interactionsBefore = preview.emulator.recordsOf('CC_Interaction__c').length;
    await tabA.page.evaluate(
        ({ src }) => {
            const frame = document.createElement('iframe');
            frame.name = 'intruder';
            frame.src = src;
            // Over the page, clear of the docked utility bar and its panels, so its buttons can be clicked.
            frame.style.cssText = 'position: fixed; top: 3rem; right: 0; width: 20rem; height: 24rem; z-index: 10; background: #fff;';
            document.body.append(frame);
        },
        { src: `${intruderUrl}/?parent=${encodeURIComponent(preview.url)}` }
    );
    const intruder = new PreviewPage(tabA.page, 'intruder', 'intruder');
    await intruder.softphone.locator('body[data-ready="true"]').waitFor();
    await intruder.softphoneClick('incoming');
    const key = `evolux:${await intruder.currentCallId()}`;

    await eventually(async () => {
        const counts = await tabA.bridgeCounts();
        assert.equal(counts.rejected, before.rejected + 1);
        assert.equal(counts.accepted, before.accepted);
    });
    assert.match(await tabA.bridgeDiagnostics(), /ORIGIN_NOT_ALLOWED/);
    // Give a write that should not happen the time to happen.
    await tabA.page.waitForTimeout(500);
    assert.equal(interactionsWithKey(key).length, 0);
    assert.equal(preview.emulator.recordsOf('CC_Interaction__c').length, interactionsBefore);
    assert.equal(await tabA.recordRow(key), undefined);
    await tabA.page.evaluate(() => document.querySelector('iframe[name="intruder"]').remove());
});

scenario('two tabs hearing the same call write one Interaction', async () => {
    tabB = await openTab('tab-B');
    const beforeB = await tabB.settledBridgeCounts();
    // The softphone posts in every tab, as a softphone signed in in both would.
    await tabA.softphoneClick('incoming');
    const key = `evolux:${await tabA.currentCallId()}`;
    await eventually(async () => assert.equal(await tabB.currentCallId(), key.slice('evolux:'.length)));
    await tabA.softphoneClick('answer');
    await tabA.softphoneClick('hangup');

    for (const tab of [tabA, tabB]) {
        await statusShown(tab, key, 'Ended');
    }
    await eventually(async () => {
        const counts = await tabB.bridgeCounts();
        assert.equal(counts.accepted - beforeB.accepted, 3, 'tab B heard the call');
    });
    // Both bridges have written what they heard; wait for the last writes to settle, then count.
    await tabA.page.waitForTimeout(1000);
    assert.equal(interactionsWithKey(key).length, 1);
    for (const tab of [tabA, tabB]) {
        assert.doesNotMatch(await tab.bridgeDiagnostics(), /WRITE_REJECTED|WRITE_RETRYING/);
    }
});

scenario('a missed call and a campaign call are logged', async () => {
    await tabA.softphoneClick('missed');
    const missed = await eventually(async () => {
        const [record] = preview.emulator.recordsOf('CC_Interaction__c').filter((candidate) => candidate.fields.Status__c === 'Missed');
        assert.ok(record, 'no missed call record');
        return record;
    });
    await statusShown(tabA, missed.fields.External_Key__c, 'Missed');

    await tabA.softphoneClick('campaign');
    const key = `evolux:${await tabA.currentCallId()}`;
    await tabA.softphoneClick('hangup');
    await statusShown(tabA, key, 'Ended');
    assert.equal(interactionsWithKey(key).length, 1);
});

scenario('CCAI Platform adapter messages reach the bridge without errors', async () => {
    // Only that nothing breaks: what the bridge does with CCAI events is ccCore's to test.
    const before = await tabA.settledBridgeCounts();
    for (const action of ['ccai-call', 'ccai-transfer', 'ccai-end-call', 'ccai-chat', 'ccai-record-pop']) {
        await tabA.softphoneClick(action);
    }
    await eventually(async () => assert.equal((await tabA.bridgeCounts()).messages - before.messages, 8));
    await tabA.page.waitForTimeout(500);
});

scenario("Open in CRM from the CCAI adapter lands on the matched Contact and links the session's Interaction", async () => {
    // The adapter's call first (the bridge records it), then the custom CRM URL in a tab of its own,
    // as CCAI opens it: the lookup page finds the caller (the seed's Contact) and replaces itself with the record.
    await tabA.softphoneClick('ccai-call');
    const callId = (await tabA.softphone.locator('#current-ccai').textContent()).replace(/\D/g, '');
    const key = `ccaip:call:${callId}`;
    await eventually(() => assert.equal(interactionsWithKey(key).length, 1));
    const [crmPage] = await Promise.all([context.waitForEvent('page'), tabA.softphoneClick('ccai-open-crm')]);
    watchForErrors(crmPage, 'crm-tab', problems);
    try {
        const opened = new URL(crmPage.url());
        assert.equal(opened.pathname, '/lightning/cmp/c__ccCrmLookup');
        assert.equal(opened.searchParams.get('c__session'), callId);
        // "Copy link" gives the same URL, to paste where the agent wants it.
        await tabA.softphoneClick('ccai-copy-link');
        assert.equal(await tabA.softphone.locator('#ccai-link').inputValue(), opened.href);

        await crmPage.locator('[data-id="record-page"][data-record-id="0035g00000XyZaBAAV"]').waitFor();
        assert.equal(await crmPage.locator('[data-id="record-title"]').textContent(), 'Maria Souza');
        // The lookup replaced its own history entry: the address is the record's, and Back does not return to it.
        assert.equal(new URL(crmPage.url()).pathname, '/lightning/r/Contact/0035g00000XyZaBAAV/view');
        assert.equal(await crmPage.locator('c-cc-crm-lookup').count(), 0);
        await screenshot(crmPage, 'crm-lookup-landed');

        const [interaction] = interactionsWithKey(key);
        assert.equal(interactionsWithKey(key).length, 1);
        assert.equal(interaction.fields.Contact__c, '0035g00000XyZaBAAV');
    } finally {
        await crmPage.close();
        await tabA.softphoneClick('ccai-end-call');
    }
});

scenario('a call wrapped up in the live-state card: disposition and notes saved on its Interaction', async () => {
    await tabA.softphoneClick('incoming');
    const key = `evolux:${await tabA.currentCallId()}`;
    await tabA.softphoneClick('answer');
    await statusShown(tabA, key, 'Connected');
    await tabA.softphoneClick('hangup');
    await statusShown(tabA, key, 'Ended');

    // The card's wrap-up form is on the call that just ended, with the dispositions of the field's metadata.
    const form = tabA.page.locator('c-cc-live-state c-cc-wrap-up [data-id="wrap-up-form"]');
    const [interaction] = interactionsWithKey(key);
    await eventually(async () => assert.match(await form.locator('[data-id="wrap-up-for"]').textContent(), /^Wrap up 11987654321 · /));
    await form.locator('select[data-id="disposition"]').selectOption('Callback requested');
    await form.locator('[data-id="notes"] textarea').fill('Wants a call back after 6 pm.');
    await form.locator('button[data-id="save"]').click();

    await eventually(async () => assert.equal(await form.locator('[data-id="wrap-up-status"]').textContent(), 'Wrap-up saved.'));
    const saved = preview.emulator.recordsOf('CC_Interaction__c').find((record) => record.Id === interaction.Id);
    assert.equal(saved.fields.Disposition__c, 'Callback requested');
    assert.equal(saved.fields.Notes__c, 'Wants a call back after 6 pm.');

    // The contact center history on the Contact's page (the caller the bridge matched) shows the call
    // with its disposition, without a reload: the wrap-up's updateRecord makes the history's GraphQL
    // wire, which holds that record, deliver again (the preview's stand-in does what LDS does).
    assert.equal(saved.fields.Contact__c, await tabA.page.locator('[data-id="record-page"]').getAttribute('data-record-id'));
    const historyRow = tabA.page.locator(`c-cc-interaction-history li[data-record-id="${interaction.Id}"]`);
    await eventually(async () =>
        assert.equal(await historyRow.locator('[data-id="disposition"]').textContent(), 'Disposition: Callback requested')
    );
    await elementScreenshot(tabA.page.locator('c-cc-interaction-history'), 'interaction-history');
    await elementScreenshot(tabA.page.locator('c-cc-live-state'), 'live-state-wrap-up');
});

scenario('the live-state card and the bridge panel are styled by SLDS, with base components, on a 1280x720 screen', async () => {
    // A caller no record matches: the bridge panel offers "New contact" and the card "Link", so both
    // show SLDS buttons too.
    // The page at rest, at its top (the wrap-up scenario scrolled it to reach the form and the history).
    await tabA.page.evaluate(() => window.scrollTo(0, 0));
    const callerInput = tabA.softphone.locator('#caller-number');
    const knownCaller = await callerInput.inputValue();
    await callerInput.fill('11900001111');
    try {
        await tabA.softphoneClick('incoming');
        await tabA.softphoneClick('answer');
        await liveStatusShown(tabA, 'Connected');
        const card = tabA.page.locator('c-cc-live-state');
        const panel = tabA.page.locator('[data-id="bridge-panel"]');
        const linkButton = card.locator('button[data-id="link"]');
        await linkButton.waitFor();
        await panel.locator('c-cc-bridge button[data-phone]').waitFor();
        await elementScreenshot(card, 'live-state-card');
        await elementScreenshot(panel, 'bridge-panel');
        await viewportScreenshot(tabA.page, 'page-1280x720');

        // lightning-card is the real base component (an SLDS card), and the global SLDS stylesheet
        // reaches it through synthetic shadow: a white card with SLDS's rounded corners and border.
        const cardStyle = await card.locator('lightning-card article.slds-card').evaluate((element) => {
            const style = getComputedStyle(element);
            return { background: style.backgroundColor, radius: style.borderTopLeftRadius, border: style.borderTopStyle };
        });
        assert.equal(cardStyle.background, 'rgb(255, 255, 255)');
        assert.notEqual(cardStyle.radius, '0px', 'the card has no SLDS rounded corners');
        assert.equal(cardStyle.border, 'solid');
        // The base components' icons are SLDS SVG icons, not text.
        assert.ok((await card.locator('lightning-icon svg').count()) > 0, 'lightning-icon drew no SVG');
        // An SLDS neutral button: SLDS's rounded border on white, not the browser's grey button.
        const buttonStyle = await linkButton.evaluate((element) => {
            const style = getComputedStyle(element);
            return {
                appearance: style.appearance,
                radius: style.borderTopLeftRadius,
                border: style.borderTopStyle,
                background: style.backgroundColor
            };
        });
        assert.deepEqual(
            { appearance: buttonStyle.appearance, border: buttonStyle.border, background: buttonStyle.background },
            { appearance: 'none', border: 'solid', background: 'rgb(255, 255, 255)' }
        );
        assert.notEqual(buttonStyle.radius, '0px');
        // Assistive text (the live announcement, the timer's label, the button's context) is for
        // screen readers only: SLDS clips it to a 1x1 box.
        const assistive = await card.locator('.slds-assistive-text').evaluateAll((elements) =>
            elements.map((element) => {
                const box = element.getBoundingClientRect();
                return { text: element.textContent, width: box.width, height: box.height };
            })
        );
        assert.ok(assistive.length > 0, 'the card has no assistive text');
        for (const item of assistive) {
            assert.ok(item.width <= 1 && item.height <= 1, `assistive text "${item.text}" shows as ${item.width}x${item.height}`);
        }

        // Lightning's layout: the utility bar docked at the bottom, the panels open above it, and the
        // record page with the live-state card in the window, not hidden behind the panels.
        const window = { x: 0, y: 0, width: VIEWPORT.width, height: VIEWPORT.height };
        const bar = await tabA.page.locator('.slds-utility-bar').boundingBox();
        assert.equal(Math.round(bar.y + bar.height), VIEWPORT.height, 'the utility bar is not at the bottom of the window');
        for (const [name, locator] of [
            ['softphone panel', tabA.page.locator('[data-id="softphone-panel"]')],
            ['bridge panel', panel],
            ['record page header', tabA.page.locator('[data-id="record-page"]')],
            ['live-state card', card]
        ]) {
            const box = await locator.boundingBox();
            assert.ok(box && insideOf(box, window), `the ${name} is not inside the 1280x720 window: ${JSON.stringify(box)}`);
            if (name.endsWith('panel')) {
                assert.ok(box.y + box.height <= bar.y + 1, `the ${name} does not open above the utility bar`);
            }
        }
        // Playwright's hit test (a trial click clicks nothing): the card's button receives the pointer,
        // so no panel covers the card. (document.elementFromPoint cannot tell: synthetic shadow
        // retargets it to the shell.)
        await linkButton.click({ trial: true, timeout: 2000 });

        await tabA.softphoneClick('hangup');
        await liveStatusShown(tabA, 'Ended');
    } finally {
        await callerInput.fill(knownCaller);
    }
});

scenario('the team board shows the agent on a call after its refresh, and the seeded colleague', async () => {
    // The supervisors' app page, in another tab of the same browser: its own bridge joins the tab team.
    const page = await context.newPage();
    watchForErrors(page, 'board', problems);
    const board = new PreviewPage(page, 'board');
    try {
        await board.open(new URL('/lightning/n/Contact_Center_Team_Board', preview.url).href);
        const boardText = (selector = 'c-cc-team-board') => page.locator(selector).innerText();
        // Paula's status is seeded (examples/seed.json): an agent of the preview org with no bridge here.
        await eventually(async () => assert.match(await boardText(), /Paula Reis/));

        await board.softphoneClick('login');
        await board.softphoneClick('incoming');
        await board.softphoneClick('answer');
        // The bridge writes the status when the call is answered; the board asks again every 5 seconds.
        await eventually(async () => assert.match(await boardText('c-cc-team-board section[data-state="On call"]'), /João/), 15_000);

        await board.softphoneClick('hangup');
        await eventually(async () => assert.match(await boardText('c-cc-team-board section[data-state="Available"]'), /João/), 15_000);
        // Today's figures come in the same request, from the preview org's aggregate answers.
        await eventually(async () => assert.match(await boardText('c-cc-team-board [data-id="today-by-agent"]'), /Today by agent/));
        await screenshot(page, 'team-board.board');
    } finally {
        await page.close();
    }
});

scenario('a c module that listens to the window storage event meets the LWS error', async () => {
    // A probe compiled like the package (preview/build/namespaceBundle.mjs) and evaluated in the same
    // sandbox key `c` through the preview's own loader, in a page of its own browser context (its own
    // storage, so the bridge there does not join tab A's team).
    const probe = await buildNamespaceSource({ modules: [STORAGE_PROBE] });
    const probeContext = await browser.newContext({ viewport: VIEWPORT });
    try {
        const page = await probeContext.newPage();
        const pageErrors = [];
        page.on('pageerror', (error) => pageErrors.push(error.message));
        await new PreviewPage(page, 'probe').open(preview.url);
        assert.deepEqual(pageErrors, [], 'the preview page itself failed');

        const thrown = await page.evaluate((source) => {
            const Probe = window.previewSandbox.load(source)['c/storageProbe'].default;
            try {
                document.body.appendChild(window.previewSandbox.createElement('c-storage-probe', { is: Probe }));
            } catch (error) {
                return error.message;
            }
            return undefined;
        }, probe.source);
        // The engine runs connectedCallback as a custom element reaction: its error may surface as
        // an uncaught page error instead of a throw from appendChild.
        const message = thrown ?? (await eventually(() => pageErrors.find(Boolean) ?? assert.fail('no error')));
        assert.match(message, /Lightning Web Security: Cannot add 'storage' event listener to Window object/);
    } finally {
        await probeContext.close();
    }
});

function insideOf(box, outer) {
    return (
        box.x >= outer.x - 1 &&
        box.y >= outer.y - 1 &&
        box.x + box.width <= outer.x + outer.width + 1 &&
        box.y + box.height <= outer.y + outer.height + 1
    );
}
