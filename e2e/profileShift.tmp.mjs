import { buildPreviewBundle } from '../preview/build/bundle.mjs';
import { startPreview } from '../preview/server/previewServer.mjs';
import { syntheticShift } from '../.tools-build/tools/replay/syntheticShift.js';
import { launchChromium } from './browser.mjs';
import { writeFileSync } from 'node:fs';
const MESSAGES = 1000;
const DELIVER = async ({ origin, data }) => {
    const started = performance.now();
    performance.mark('deliverStart');
    window.dispatchEvent(new MessageEvent('message', { data, origin }));
    const sync = performance.now() - started;
    for (let turn = 0; turn < 8; turn += 1) await null;
    performance.mark('deliverEnd');
    return [performance.now() - started, sync];
};
await buildPreviewBundle({ mode: 'production' });
const preview = await startPreview({ port: 0, answerDelayMs: 150 });
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
const tabs = {};
for (const label of ['A', 'B', 'C']) {
    tabs[label] = await context.newPage();
    await tabs[label].goto(`${preview.url}/?developerPanels=off`);
    await tabs[label].locator('c-cc-bridge [data-id="counts"]').waitFor();
}
if (process.env.NORAF) for (const page of Object.values(tabs)) await page.evaluate(() => { window.requestAnimationFrame = () => 0; });
const sessions = {};
for (const [label, page] of Object.entries(tabs)) {
    sessions[label] = await context.newCDPSession(page);
    await sessions[label].send('Profiler.enable');
    await sessions[label].send('Profiler.setSamplingInterval', { interval: 100 });
    await sessions[label].send('Profiler.start');
}
const rows = [];
const lines = syntheticShift().lines.slice(0, MESSAGES);
for (const [i, line] of lines.entries()) {
    const [ms, sync] = await tabs[line.tab].evaluate(DELIVER, { origin: preview.softphoneUrl, data: line.data });
    if (process.env.GAP) await new Promise((r) => setTimeout(r, +process.env.GAP));
    rows.push({ i, tab: line.tab, ms, sync, name: line.data.eventName ?? line.data.type ?? '?' });
}
await new Promise((r) => setTimeout(r, 3000));
for (const [label, s] of Object.entries(sessions)) {
    const { profile } = await s.send('Profiler.stop');
    writeFileSync(`/tmp/prof/${label}.cpuprofile`, JSON.stringify(profile));
}
const roles = {};
for (const [label, page] of Object.entries(tabs)) roles[label] = await page.evaluate(() => document.querySelector('c-cc-bridge')?.shadowRoot ? 'x' : 'y');
const sizes = await tabs.A.evaluate(() => Object.keys(localStorage).map((k) => [k, localStorage.getItem(k).length]));
console.log(JSON.stringify(sizes));
const big = await tabs.A.evaluate(() => { const k = Object.keys(localStorage).find((key) => key.includes('state')); return localStorage.getItem(k); });
writeFileSync('/tmp/prof/state.json', big);
rows.sort((a, b) => b.ms - a.ms);
console.log(JSON.stringify(rows.filter(r=>r.tab!=="A").slice(0, 25).map(r=>[r.i,r.tab,r.ms.toFixed(1),r.sync.toFixed(1),r.name])));
const byTab = {};
for (const r of rows) { (byTab[r.tab] ??= []).push(r.ms); }
for (const [t, v] of Object.entries(byTab)) { v.sort((a,b)=>a-b); console.log(t, v.length, 'p50', v[Math.floor(v.length/2)].toFixed(2), 'p99', v[Math.floor(v.length*0.99)].toFixed(2)); }
await browser.close(); await preview.close();
