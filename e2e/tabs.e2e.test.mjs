// Several Salesforce tabs in a real Chromium, each running the bridge inside the LWS sandbox: they
// choose one writer with the browser's Web Locks and tell each other what they heard on a
// BroadcastChannel (ccCore/tabChannel.ts). Each scenario checks the records in the preview org,
// so a duplicate or a lost write fails it. Run with `npm run test:e2e`.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildPreviewBundle } from '../preview/build/bundle.mjs';
import { startPreview } from '../preview/server/previewServer.mjs';
import { launchChromium, screenshot, watchForErrors } from './browser.mjs';
import { PreviewPage, eventually } from './previewPage.mjs';

const LEADER_TEXT = /saves the records for all your Salesforce tabs/;
const FOLLOWER_TEXT = /Another of your Salesforce tabs saves the records/;
/** Longer than the storage lease the bridge used before Web Locks (6 s): a follower would have taken over. */
const STALLED_MS = 8_000;

const problems = [];
let preview;
let browser;
let context;
const tabs = {};

before(async () => {
    await buildPreviewBundle();
    preview = await startPreview({ port: 0 });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    context.setDefaultTimeout(10_000);
    // Opened one after another: the first tab asks for the lock first and writes.
    for (const label of ['A', 'B', 'C']) {
        const page = await context.newPage();
        watchForErrors(page, `tab-${label}`, problems);
        tabs[label] = new PreviewPage(page, `tab-${label}`);
        await tabs[label].open(preview.url);
    }
});

after(async () => {
    await browser?.close();
    await preview?.close();
});

function scenario(name, run) {
    test(name, { timeout: 90_000 }, async () => {
        const slug = name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
        try {
            await run();
        } finally {
            for (const tab of Object.values(tabs).filter((candidate) => !candidate.page.isClosed())) {
                await screenshot(tab.page, `tabs-${slug}.${tab.label}`);
            }
        }
        assert.deepEqual(problems.splice(0), [], 'the pages logged errors');
    });
}

const interactions = (key) => preview.emulator.recordsOf('CC_Interaction__c').filter((record) => record.fields.External_Key__c === key);
const roleOf = (tab) => tab.page.locator('c-cc-bridge [data-id="role"]').textContent();

async function endedOnce(key, timeoutMs) {
    await eventually(
        async () =>
            assert.deepEqual(
                interactions(key).map((record) => record.fields.Status__c),
                ['Ended']
            ),
        timeoutMs
    );
}

scenario('three tabs hear the same call: one writer, one Interaction', async () => {
    assert.match(await roleOf(tabs.A), LEADER_TEXT);
    assert.match(await roleOf(tabs.B), FOLLOWER_TEXT);
    assert.match(await roleOf(tabs.C), FOLLOWER_TEXT);
    // Inside the LWS sandbox, every tab found both browser APIs (no storage fallback).
    for (const tab of [tabs.A, tabs.B, tabs.C]) {
        assert.match(await tab.page.locator('c-cc-bridge [data-id="tabs"]').textContent(), /Web Locks and BroadcastChannel/);
    }

    // "Post in every tab" is on: each tab's softphone posts the same call to its own page.
    await tabs.B.softphoneClick('incoming');
    const key = `evolux:${await tabs.B.currentCallId()}`;
    await tabs.B.softphoneClick('answer');
    await tabs.B.softphoneClick('hangup');

    await endedOnce(key);
    for (const tab of [tabs.A, tabs.B, tabs.C]) {
        await eventually(async () => assert.equal((await tab.bridgeCounts()).accepted >= 3, true, `${tab.label} heard the call`));
        assert.doesNotMatch(await tab.bridgeDiagnostics(), /WRITE_MERGED_DUPLICATE|WRITE_REJECTED|TAB_COORDINATION/);
    }
});

scenario('the caller the writing tab matched reaches every tab’s live-state card', async () => {
    // Caller lookups only: the pages' own queries (the history, "Needs wrap-up") are other operations.
    const lookups = () => preview.emulator.graphqlOperations.callerCandidates ?? 0;
    const lookupsBefore = lookups();
    await tabs.C.softphoneClick('incoming');
    const key = `evolux:${await tabs.C.currentCallId()}`;
    // The preview org's Contact Maria Souza has the number the softphone calls from.
    for (const tab of [tabs.A, tabs.B, tabs.C]) {
        await eventually(async () =>
            assert.match(await tab.page.locator('c-cc-live-state [data-id="caller"]').first().textContent(), /Maria Souza/)
        );
    }
    await tabs.C.softphoneClick('hangup');
    await eventually(async () => assert.equal(interactions(key).length, 1));
    // The writing tab looks up (or remembers from the call before); the other two never do.
    assert.ok(lookups() - lookupsBefore <= 1, 'at most one lookup for three tabs');
});

scenario('a call only a follower hears reaches the writer, and a stalled writer hands nothing to a duplicate', async () => {
    // The writing tab stops running script, as a frozen or heavily throttled background tab does:
    // the debugger pauses it at its next statement. (Page.setWebLifecycleState cannot freeze a
    // page headless Chromium considers visible: its timers kept running when tried.)
    const leader = await context.newCDPSession(tabs.A.page);
    await leader.send('Debugger.enable');
    await leader.send('Debugger.pause');
    try {
        // Only tab C's softphone posts, to tab C alone.
        await tabs.C.softphone.locator('#mirror').uncheck();
        const heardBefore = (await tabs.C.settledBridgeCounts()).accepted;
        await tabs.C.softphoneClick('incoming');
        const key = `evolux:${await tabs.C.currentCallId()}`;
        await tabs.C.softphoneClick('answer');
        await tabs.C.softphoneClick('hangup');
        // Tab C heard the whole call itself (so the test is about the writer, not about C).
        await eventually(async () => assert.equal((await tabs.C.bridgeCounts()).accepted - heardBefore, 3));
        await tabs.C.page.waitForTimeout(STALLED_MS);
        // The stalled tab still holds the lock: nobody else wrote, nobody took over.
        assert.equal(interactions(key).length, 0);
        assert.match(await roleOf(tabs.B), FOLLOWER_TEXT);
        assert.match(await roleOf(tabs.C), FOLLOWER_TEXT);

        await leader.send('Debugger.resume');
        // The writer takes what the follower stored on its next safety-net beat (every 10 s).
        await endedOnce(key, 25_000);
        for (const tab of [tabs.A, tabs.B, tabs.C]) {
            assert.doesNotMatch(await tab.bridgeDiagnostics(), /LEADER_TAKEOVER|WRITE_MERGED_DUPLICATE/);
        }
    } finally {
        await leader.send('Debugger.resume').catch(() => {});
        await leader.send('Debugger.disable');
        await tabs.C.softphone.locator('#mirror').check();
    }
});

scenario('the writing tab closes mid-call: another tab ends the same record', async () => {
    await tabs.A.softphoneClick('incoming');
    const key = `evolux:${await tabs.A.currentCallId()}`;
    await tabs.A.softphoneClick('answer');
    await eventually(async () =>
        assert.deepEqual(
            interactions(key).map((record) => record.fields.Status__c),
            ['Connected']
        )
    );

    await tabs.A.page.close({ runBeforeUnload: true });
    await eventually(async () => assert.match(await roleOf(tabs.B), LEADER_TEXT));
    assert.match(await roleOf(tabs.C), FOLLOWER_TEXT);
    await tabs.B.softphoneClick('hangup');

    await endedOnce(key);
    assert.match(await tabs.B.bridgeDiagnostics(), /LEADER_TAKEOVER/);
});
