// The e2e browser choice, and the fallback that makes `npm ci && npm test` work on a machine
// without Debian's Chromium: the Chromium inside npm @sparticuz/chromium really launches and shows
// a cross-origin message from an iframe, which is what the preview's e2e tests rely on. Each test
// file runs in its own process, so changing process.env here touches no other file's tests.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, test } from 'node:test';
import { DEBIAN_CHROMIUM, chooseChromium, launchChromium } from './browser.mjs';

const debianPresent = (file) => file === DEBIAN_CHROMIUM;
const nothingPresent = () => false;

test('CHROMIUM_PATH wins over everything', () => {
    assert.deepEqual(chooseChromium({ CHROMIUM_PATH: '/opt/chrome/chrome', CC_E2E_BROWSER: 'bundled' }, debianPresent), {
        source: 'CHROMIUM_PATH',
        executablePath: '/opt/chrome/chrome'
    });
});

test("Debian's chromium when it is installed", () => {
    assert.equal(chooseChromium({}, debianPresent).executablePath, DEBIAN_CHROMIUM);
});

test("the npm package's Chromium when Debian's is not installed, or when CC_E2E_BROWSER=bundled", () => {
    assert.deepEqual(chooseChromium({}, nothingPresent), { source: 'npm @sparticuz/chromium', executablePath: undefined });
    assert.equal(chooseChromium({ CC_E2E_BROWSER: 'bundled' }, debianPresent).source, 'npm @sparticuz/chromium');
});

test("the npm package's Chromium renders a page and delivers a cross-origin message from an iframe", async (t) => {
    delete process.env.CHROMIUM_PATH;
    process.env.CC_E2E_BROWSER = 'bundled';
    // Two loopback origins, as in the preview: the page on 127.0.0.1, the iframe on localhost.
    const server = createServer((req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(
            req.url === '/frame'
                ? '<script>parent.postMessage("hello from the frame", "*")</script>'
                : `<p id="got">waiting</p>
<script>addEventListener('message', (e) => { document.getElementById('got').textContent = e.origin + ' ' + e.data; });</script>
<iframe src="http://localhost:${server.address().port}/frame"></iframe>`
        );
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    after(() => server.close());

    const log = t.mock.method(console, 'log'); // a spy: the line is still printed
    const browser = await launchChromium();
    after(() => browser.close());
    // The one line that tells the CI log which Chromium ran.
    assert.match(String(log.mock.calls[0]?.arguments[0]), /^e2e browser: Chromium \d+\.\S+ from npm @sparticuz\/chromium \(/);
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => document.getElementById('got').textContent !== 'waiting');
    assert.equal(await page.textContent('#got'), `http://localhost:${server.address().port} hello from the frame`);
});
