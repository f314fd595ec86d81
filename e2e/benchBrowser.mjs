// `npm run bench:browser`: the product where agents run it. The preview's real components run in
// Chromium, the `c` namespace inside the LWS sandbox, in three tabs; 1,000 messages of the synthetic
// shift (tools/replay/syntheticShift.ts) reach the tab each was heard in, with every UI API and
// GraphQL answer held back 150 ms as an org's round trip. The same messages then go to three tabs
// running a plain listener (each tab creates and updates its own records, and looks the caller up
// itself), first in the page outside any sandbox, then as a `c` component inside the LWS sandbox, as
// an org would run it. For each it prints the main-thread time of handling one message (p50, p99, with the
// microtasks the handling queued), the main-thread time of all work per message (Chromium's
// TaskDuration), the main-thread tasks long enough to drop a frame (from a trace, so work deferred
// to a later frame or task counts too), localStorage writes per message, the time from
// connectedCallback to listening, and ring → screen pop latency. The last line is one JSON object.
import { fileURLToPath } from 'node:url';
import { buildPreviewBundle } from '../preview/build/bundle.mjs';
import { buildNamespaceSource } from '../preview/build/namespaceBundle.mjs';
import { startPreview } from '../preview/server/previewServer.mjs';
import { syntheticShift } from '../.tools-build/tools/replay/syntheticShift.js';
import { launchChromium } from './browser.mjs';

const MESSAGES = 1_000;
const ANSWER_DELAY_MS = 150;
/** Time for the last writes and lookups (150 ms each, one after another per record) to finish. */
const SETTLE_MS = 3_000;
const SEED_CONTACT_NUMBER = '11987654321';

// Counts localStorage writes in every page, before any page script (the LWS sandbox included) runs.
const COUNT_STORAGE_WRITES = () => {
    window.benchStorageWrites = 0;
    for (const name of ['setItem', 'removeItem']) {
        const original = Storage.prototype[name];
        Storage.prototype[name] = function (...args) {
            window.benchStorageWrites += 1;
            return original.apply(this, args);
        };
    }
};

// The plain listener: what a per-tab CTI listener does, with no shared key, no tab coordination
// and no validation. Installed in a page of the preview's origin that has no bridge.
const INSTALL_PLAIN_LISTENER = () => {
    performance.mark('plain connected');
    const recordIds = new Map();
    window.plainInFlight = 0;
    const api = (path, method, body) => {
        window.plainInFlight += 1;
        return fetch(path, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
            .then((response) => response.json())
            .finally(() => {
                window.plainInFlight -= 1;
            });
    };
    const save = async (key, fields) => {
        const known = recordIds.get(key);
        if (known) {
            await api(`/api/ui-api/records/${encodeURIComponent(await known)}`, 'PATCH', { fields });
        } else {
            const created = api('/api/ui-api/records', 'POST', { apiName: 'CC_Interaction__c', fields }).then(
                (answer) => answer.record?.id
            );
            recordIds.set(key, created);
        }
    };
    const lookUp = async (number) => {
        const query = `query plain($phone: PhoneNumber) { uiapi { query { Contact(where: { Phone: { like: $phone } }, first: 10) { edges { node { Id } } } } } }`;
        const answer = await api('/api/graphql', 'POST', { query, variables: { phone: `%${number.slice(-4)}%` } });
        if (answer?.data?.uiapi?.query?.Contact?.edges?.length === 1) {
            performance.mark('plain screen pop');
        }
    };
    window.addEventListener('message', (event) => {
        const data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
        const evolux = data?.payload;
        const ccaip = data?.data;
        const id = evolux?.id ?? ccaip?.call_id ?? ccaip?.chat_id;
        if (id === undefined) {
            return;
        }
        const status = /Ended|End_/.test(data.eventName ?? data.type)
            ? 'Ended'
            : /Accepted|Active/.test(data.eventName ?? data.type)
              ? 'Connected'
              : 'Ringing';
        save(String(id), { Vendor__c: evolux ? 'Evolux' : 'CCAI Platform', Status__c: status });
        if (data.eventName === 'softphoneCallInvited' && evolux?.from?.number) {
            lookUp(String(evolux.from.number));
        }
    });
    performance.mark('plain listening');
};

// The same plain listener as an org would run it: a `c` component in the package's LWS sandbox
// (e2e/fixtures/lwc/plainListener), on a preview page that shows nothing else (`?shell=off`).
const SANDBOXED_PLAIN_LISTENER = {
    name: 'c/plainListener',
    path: fileURLToPath(new URL('fixtures/lwc/plainListener/plainListener.js', import.meta.url))
};
const MOUNT_SANDBOXED_PLAIN_LISTENER = (source) => {
    const PlainListener = window.previewSandbox.load(source)['c/plainListener'].default;
    document.body.appendChild(window.previewSandbox.createElement('c-plain-listener', { is: PlainListener }));
};

// Delivers one message as the browser does (a MessageEvent on the window) and returns how long the
// listeners took on the main thread: their synchronous work and the microtasks it queued (the
// bridge's one notification and save per burst run there), up to eight microtasks deep.
const DELIVER = async ({ origin, data }) => {
    const started = performance.now();
    window.dispatchEvent(new MessageEvent('message', { data, origin }));
    for (let turn = 0; turn < 8; turn += 1) {
        await null;
    }
    return performance.now() - started;
};

const percentile = (sorted, fraction) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
const round = (value, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

async function taskSeconds(sessions) {
    let total = 0;
    for (const session of sessions) {
        const { metrics } = await session.send('Performance.getMetrics');
        total += metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0;
    }
    return total;
}

async function storageWrites(pages) {
    let total = 0;
    for (const page of pages) {
        total += await page.evaluate(() => window.benchStorageWrites);
    }
    return total;
}

/**
 * The main-thread tasks of the renderers while `work` runs, from a Chromium trace: how many took
 * longer than a frame (16 ms) and than a long task (50 ms), and the longest. This catches work a
 * message defers to a later task (a frame, a timer) as well as the message's own task.
 */
async function mainThreadTasks(browser, work) {
    await browser.startTracing(undefined, { categories: ['toplevel', '__metadata'] });
    const result = await work();
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString('utf8'));
    const rendererMain = new Set(
        traceEvents
            .filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
            .map((event) => `${event.pid}:${event.tid}`)
    );
    const durations = traceEvents
        .filter(
            (event) => event.ph === 'X' && event.name === 'ThreadControllerImpl::RunTask' && rendererMain.has(`${event.pid}:${event.tid}`)
        )
        .map((event) => (event.dur ?? 0) / 1000);
    return {
        ...result,
        tasksOver16Ms: durations.filter((ms) => ms > 16).length,
        tasksOver50Ms: durations.filter((ms) => ms > 50).length,
        longestTaskMs: round(Math.max(0, ...durations), 1)
    };
}

/** Plays the shift's first MESSAGES lines into the tabs, as the agent's browser would receive them. */
async function playShift(tabs, origin) {
    const pages = Object.values(tabs);
    const sessions = await Promise.all(pages.map((page) => page.context().newCDPSession(page)));
    await Promise.all(sessions.map((session) => session.send('Performance.enable')));
    const tasksBefore = await taskSeconds(sessions);
    const writesBefore = await storageWrites(pages);
    const durations = [];
    for (const line of syntheticShift().lines.slice(0, MESSAGES)) {
        durations.push(await tabs[line.tab].evaluate(DELIVER, { origin, data: line.data }));
    }
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    // The plain listener sends a request per message: the browser queues them (six at a time per host).
    for (const page of pages) {
        await page.waitForFunction(
            () =>
                !(window.plainInFlight > 0) &&
                !(Number(document.querySelector('c-plain-listener')?.getAttribute('data-in-flight') ?? 0) > 0),
            undefined,
            { timeout: 120_000, polling: 100 }
        );
    }
    const tasks = (await taskSeconds(sessions)) - tasksBefore;
    const writes = (await storageWrites(pages)) - writesBefore;
    durations.sort((a, b) => a - b);
    return {
        p50MsPerMessage: round(percentile(durations, 0.5), 3),
        p99MsPerMessage: round(percentile(durations, 0.99), 3),
        taskMsPerMessage: round((tasks * 1000) / MESSAGES, 3),
        storageWritesPerMessage: round(writes / MESSAGES)
    };
}

/** Rings a new call from the seeded Contact's number in `page` and waits for the screen pop mark. */
async function ringToPop(page, origin, popMark) {
    const call = {
        eventName: 'softphoneCallInvited',
        payload: {
            id: `bench-pop-${Date.now()}`,
            direction: 'inbound',
            startTime: new Date().toISOString(),
            answerTime: null,
            endTime: null,
            hangupCause: null,
            from: { name: '', number: SEED_CONTACT_NUMBER },
            to: { name: '700', number: '700' },
            agent: { id: 1, name: 'João', extension: 700, login: 'joao', email: '' }
        }
    };
    await page.bringToFront();
    return page.evaluate(
        ({ origin, data, popMark }) =>
            new Promise((resolve, reject) => {
                const before = performance.getEntriesByName(popMark).length;
                const rang = performance.now();
                window.dispatchEvent(new MessageEvent('message', { data, origin }));
                const deadline = rang + 10_000;
                const check = () => {
                    const pops = performance.getEntriesByName(popMark);
                    if (pops.length > before) {
                        resolve(pops[pops.length - 1].startTime - rang);
                    } else if (performance.now() > deadline) {
                        reject(new Error(`no screen pop within 10 s (${popMark})`));
                    } else {
                        setTimeout(check, 5);
                    }
                };
                check();
            }),
        { origin, data: call, popMark }
    );
}

async function startupMs(page, connected, listening) {
    return page.evaluate(
        ({ connected, listening }) =>
            performance.getEntriesByName(listening)[0].startTime - performance.getEntriesByName(connected)[0].startTime,
        { connected, listening }
    );
}

async function openTabs(context, url, ready) {
    const tabs = {};
    for (const label of ['A', 'B', 'C']) {
        tabs[label] = await context.newPage();
        await tabs[label].goto(url);
        await ready(tabs[label]);
    }
    return tabs;
}

async function main() {
    // The engine and components as an org serves them: LWC's production mode (no development checks or performance marks).
    await buildPreviewBundle({ mode: 'production' });
    const preview = await startPreview({ port: 0, answerDelayMs: ANSWER_DELAY_MS });
    const browser = await launchChromium();
    try {
        const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
        await context.addInitScript(COUNT_STORAGE_WRITES);
        const origin = preview.softphoneUrl;

        // The page as an org's would be: the bridge and the live-state card, without the preview's developer panels.
        const productTabs = await openTabs(context, `${preview.url}/?developerPanels=off`, (page) =>
            page.locator('c-cc-bridge [data-id="counts"]').waitFor()
        );
        const productStartup = await startupMs(productTabs.A, 'ccBridge connected', 'ccBridge listening');
        // The screen pop of a call on a quiet bridge, then the shift.
        const productPop = await ringToPop(productTabs.A, origin, 'preview screen pop');
        const product = await mainThreadTasks(browser, () => playShift(productTabs, origin));
        await Promise.all(Object.values(productTabs).map((page) => page.close()));

        // A page of the preview's origin without the bridge: the plain listener's fetches reach the same org.
        const plainTabs = await openTabs(context, `${preview.url}/api/records`, (page) => page.evaluate(INSTALL_PLAIN_LISTENER));
        const plainStartup = await startupMs(plainTabs.A, 'plain connected', 'plain listening');
        const plainPop = await ringToPop(plainTabs.A, origin, 'plain screen pop');
        const plain = await mainThreadTasks(browser, () => playShift(plainTabs, origin));
        await Promise.all(Object.values(plainTabs).map((page) => page.close()));

        // The plain listener inside the LWS sandbox, as an org runs any component.
        const { source } = await buildNamespaceSource({ modules: [SANDBOXED_PLAIN_LISTENER], mode: 'production' });
        const sandboxedTabs = await openTabs(context, `${preview.url}/?shell=off`, (page) =>
            page.evaluate(MOUNT_SANDBOXED_PLAIN_LISTENER, source)
        );
        const sandboxedStartup = await startupMs(sandboxedTabs.A, 'plain sandboxed connected', 'plain sandboxed listening');
        const sandboxedPop = await ringToPop(sandboxedTabs.A, origin, 'plain sandboxed screen pop');
        const sandboxed = await mainThreadTasks(browser, () => playShift(sandboxedTabs, origin));

        const rows = [
            ['', 'product', 'plain listener', 'plain, in LWS'],
            ['handling one message, p50 (ms)', product.p50MsPerMessage, plain.p50MsPerMessage, sandboxed.p50MsPerMessage],
            ['handling one message, p99 (ms)', product.p99MsPerMessage, plain.p99MsPerMessage, sandboxed.p99MsPerMessage],
            ['main-thread work per message (ms)', product.taskMsPerMessage, plain.taskMsPerMessage, sandboxed.taskMsPerMessage],
            ['main-thread tasks over 16 ms (a frame)', product.tasksOver16Ms, plain.tasksOver16Ms, sandboxed.tasksOver16Ms],
            ['main-thread tasks over 50 ms (long tasks)', product.tasksOver50Ms, plain.tasksOver50Ms, sandboxed.tasksOver50Ms],
            ['longest main-thread task (ms)', product.longestTaskMs, plain.longestTaskMs, sandboxed.longestTaskMs],
            [
                'localStorage writes per message',
                product.storageWritesPerMessage,
                plain.storageWritesPerMessage,
                sandboxed.storageWritesPerMessage
            ],
            ['connectedCallback → listening (ms)', round(productStartup), round(plainStartup), round(sandboxedStartup)],
            [`ring → screen pop, ${ANSWER_DELAY_MS} ms answers (ms)`, round(productPop), round(plainPop), round(sandboxedPop)]
        ];
        const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => String(row[column]).length)));
        console.log(`${MESSAGES} messages of the synthetic shift in three Chromium tabs, the bridge inside the LWS sandbox.`);
        console.log('');
        for (const row of rows) {
            console.log(row.map((cell, column) => String(cell)[column === 0 ? 'padEnd' : 'padStart'](widths[column])).join('   '));
        }
        console.log('');
        console.log(
            JSON.stringify({
                messages: MESSAGES,
                p50MsPerMessage: product.p50MsPerMessage,
                p99MsPerMessage: product.p99MsPerMessage,
                baselineP99MsPerMessage: plain.p99MsPerMessage,
                taskMsPerMessage: product.taskMsPerMessage,
                baselineTaskMsPerMessage: plain.taskMsPerMessage,
                tasksOver16Ms: product.tasksOver16Ms,
                baselineTasksOver16Ms: plain.tasksOver16Ms,
                tasksOver50Ms: product.tasksOver50Ms,
                baselineTasksOver50Ms: plain.tasksOver50Ms,
                longestTaskMs: product.longestTaskMs,
                baselineLongestTaskMs: plain.longestTaskMs,
                storageWritesPerMessage: product.storageWritesPerMessage,
                startupMs: round(productStartup),
                ringToPopMs: round(productPop),
                baselineRingToPopMs: round(plainPop),
                sandboxedBaselineP99MsPerMessage: sandboxed.p99MsPerMessage,
                sandboxedBaselineTaskMsPerMessage: sandboxed.taskMsPerMessage,
                sandboxedBaselineRingToPopMs: round(sandboxedPop)
            })
        );
    } finally {
        await browser.close();
        await preview.close();
    }
}

main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
});
