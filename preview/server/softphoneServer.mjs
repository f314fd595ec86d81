// The simulated softphone's origin: a static page, served on its own loopback port so that its
// window messages to the preview page are real cross-origin postMessage calls, plus the vendor
// payloads it posts (the Evolux seed fixtures of ccCore's tests, the vendor's exact formats).
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { send, sendFile } from './http.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const softphoneDir = path.join(repoRoot, 'preview', 'softphone');
const evoluxSeedsDir = path.join(repoRoot, 'force-app', 'main', 'default', 'lwc', 'ccCore', '__tests__', 'data', 'evolux');

const PAGE_FILES = new Set(['/softphone.js', '/payloads.js', '/softphone.css']);
const EVOLUX_SEED = /^\/seeds\/evolux\/([A-Za-z]+\.json)$/;

export function createSoftphoneServer() {
    return createServer(async (req, res) => {
        const { pathname } = new URL(req.url, 'http://softphone.invalid');
        const seed = EVOLUX_SEED.exec(pathname);
        if (req.method !== 'GET' && req.method !== 'HEAD') {
            send(res, 405, 'Method not allowed');
        } else if (pathname === '/' || pathname === '/index.html') {
            await sendFile(res, path.join(softphoneDir, 'index.html'));
        } else if (PAGE_FILES.has(pathname)) {
            await sendFile(res, path.join(softphoneDir, pathname));
        } else if (seed) {
            await sendFile(res, path.join(evoluxSeedsDir, seed[1]));
        } else {
            send(res, 404, `Not found: ${pathname}`);
        }
    });
}
