// The preview page's origin: the shell page (with its settings filled in), the bundle Rollup built
// into .preview-build, the Salesforce Lightning Design System's assets (its CSS, and the images that
// CSS refers to) from npm @salesforce-ux/design-system, and the preview org's records API.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { send, sendFile } from './http.mjs';
import { recordsApi } from './recordsApi.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const appDir = path.join(repoRoot, 'preview', 'app');
const sldsAssetsDir = path.join(repoRoot, 'node_modules', '@salesforce-ux', 'design-system', 'assets');

/** `config` is what the page reads from #preview-config (softphoneOrigin, bridgeProperties, homeRecord). */
export function createAppServer({ emulator, seededObjects, buildDir, config, answerDelayMs = 0 }) {
    const handleRecords = recordsApi(emulator, seededObjects, answerDelayMs);
    return createServer(async (req, res) => {
        const { pathname } = new URL(req.url, 'http://preview.invalid');
        try {
            if (await handleRecords(req, res, pathname)) {
                return;
            }
            if (req.method !== 'GET' && req.method !== 'HEAD') {
                send(res, 405, 'Method not allowed');
            } else if (pathname === '/' || pathname === '/index.html' || pathname.startsWith('/lightning/')) {
                // Lightning's own paths (`/lightning/cmp/c__ccCrmLookup?…`, `/lightning/r/Contact/…/view`) are the
                // same page: the preview's lightning/navigation reads the path, as Lightning's router does.
                send(res, 200, await indexPage(config), 'text/html; charset=utf-8');
            } else if (pathname === '/preview.css') {
                await sendFile(res, path.join(appDir, 'preview.css'));
            } else if (pathname.startsWith('/assets/')) {
                await sendAsset(res, pathname.slice('/assets/'.length));
            } else if (/^\/app\/main\.js(\.map)?$/.test(pathname)) {
                await sendFile(res, path.join(buildDir, pathname));
            } else {
                send(res, 404, `Not found: ${pathname}`);
            }
        } catch (error) {
            send(res, 500, `Preview server error: ${error.message}`);
        }
    });
}

async function indexPage(config) {
    const template = await readFile(path.join(appDir, 'index.html'), 'utf8');
    // `<` escaped so no value can close the script element.
    return template.replace('__PREVIEW_CONFIG__', JSON.stringify(config).replaceAll('<', '\\u003c'));
}

/** A file of SLDS's `assets` folder (the page links /assets/styles/salesforce-lightning-design-system.min.css). */
async function sendAsset(res, relativePath) {
    const file = path.resolve(sldsAssetsDir, decodeURIComponent(relativePath));
    // Nothing outside the assets folder, whatever the path says.
    if (!file.startsWith(sldsAssetsDir + path.sep)) {
        send(res, 404, 'Not found');
        return;
    }
    await sendFile(res, file);
}
