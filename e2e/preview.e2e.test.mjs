// End to end through the local preview in a real Chromium: the simulated softphone (one origin)
// posts Evolux Phone's messages to the preview page (another origin), the real compiled ccBridge
// hears them and writes through the preview's lightning/uiRecordApi to the preview server's UI API
// emulator, and the page shows the records. Fails on any page error or console error; screenshots
// go to test-results/e2e. Run with `npm run test:e2e` (it builds first).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildPreviewBundle } from '../preview/build/bundle.mjs';
import { startPreview } from '../preview/server/previewServer.mjs';
import { listen, close } from '../preview/server/http.mjs';
import { createSoftphoneServer } from '../preview/server/softphoneServer.mjs';
import { launchChromium, screenshot, watchForErrors } from './browser.mjs';
import { PreviewPage, eventually } from './previewPage.mjs';

const ACTION_TIMEOUT_MS = 10_000;

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
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
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
    const before = await tabA.bridgeCounts();
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
    const before = await tabA.bridgeCounts();
    const interactionsBefore = preview.emulator.recordsOf('CC_Interaction__c').length;
    await tabA.page.evaluate(
        ({ src }) => {
            const frame = document.createElement('iframe');
            frame.name = 'intruder';
            frame.src = src;
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
    const beforeB = await tabB.bridgeCounts();
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
    const before = await tabA.bridgeCounts();
    for (const action of ['ccai-call', 'ccai-transfer', 'ccai-end-call', 'ccai-chat', 'ccai-record-pop']) {
        await tabA.softphoneClick(action);
    }
    await eventually(async () => assert.equal((await tabA.bridgeCounts()).messages - before.messages, 8));
    await tabA.page.waitForTimeout(500);
});
