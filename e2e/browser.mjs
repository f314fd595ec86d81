// Chromium driven by playwright-core (Playwright cannot download its own browsers here), and a
// watch on every page: an uncaught error or a console error in the page or any of its frames
// fails the e2e run, so a preview that "works" while logging errors does not pass.
//
// Which Chromium: CHROMIUM_PATH when set; else Debian's package at /usr/bin/chromium; else the
// Chromium that npm @sparticuz/chromium ships inside its package, so `npm ci && npm test` needs no
// browser on the machine. CC_E2E_BROWSER=bundled skips Debian's, to test that fallback where
// Debian's is installed (CI installs it).
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS_DIR = path.join('test-results', 'e2e');

// Without the background-networking flags Chromium keeps calling Google's hosts, which this
// machine's closed network refuses; --no-sandbox because CI runs as root. The bundled Chromium
// runs with these same flags, not with the package's own `chromium.args`: those are for AWS
// Lambda and include --disable-web-security, --single-process and site isolation turned off,
// which would change the cross-origin behaviour the tests check.
const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run'
];

/** Which Chromium to launch: `{ source, executablePath }`, executablePath undefined for the bundled one. */
export function chooseChromium(env = process.env, exists = existsSync) {
    if (env.CHROMIUM_PATH) {
        return { source: 'CHROMIUM_PATH', executablePath: env.CHROMIUM_PATH };
    }
    if (env.CC_E2E_BROWSER !== 'bundled' && exists(DEBIAN_CHROMIUM)) {
        return { source: "Debian's chromium package", executablePath: DEBIAN_CHROMIUM };
    }
    return { source: 'npm @sparticuz/chromium', executablePath: undefined };
}

let announced = false;

export async function launchChromium() {
    const choice = chooseChromium();
    const executablePath = choice.executablePath ?? (await bundledChromium());
    if (!existsSync(executablePath)) {
        throw new Error(`No Chromium at ${executablePath} (from ${choice.source}).`);
    }
    let browser;
    try {
        browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    } catch (error) {
        // The bundled binary links the system's NSS and expat (ldd), which Debian machines usually have.
        const hint = choice.executablePath ? '' : ' The bundled Chromium needs libnss3 and libexpat1 (apt-get install libnss3).';
        error.message = `Chromium from ${choice.source} did not start.${hint}\n${error.message}`;
        throw error;
    }
    if (!announced) {
        announced = true;
        console.log(`e2e browser: Chromium ${browser.version()} from ${choice.source} (${executablePath})`);
    }
    return browser;
}

/**
 * The path of @sparticuz/chromium's binary, unpacked once per package version into
 * node_modules/.cache (npm ci starts it afresh). The package's `executablePath()` inflates its
 * brotli archives into os.tmpdir() and returns `<tmpdir>/chromium` whenever that file exists, so a
 * shared /tmp would hand out another version's binary, or a half-written one while another test
 * process is still unpacking. So it unpacks in a child process whose TMPDIR is a fresh folder
 * (os.tmpdir() reads TMPDIR), and that folder is renamed into place: rename(2) is atomic, and a
 * second process that lost the race finds the finished folder. It unpacks on Node 20 too (its
 * engines field asks for 22; tried here on 20.20).
 */
async function bundledChromium() {
    const entry = fileURLToPath(import.meta.resolve('@sparticuz/chromium'));
    const packageDir = path.resolve(path.dirname(entry), '..');
    const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
    const cacheParent = path.resolve(packageDir, '..', '..', '.cache');
    const cacheDir = path.join(cacheParent, `sparticuz-chromium-${version}`);
    const binary = path.join(cacheDir, 'chromium');
    if (existsSync(binary)) {
        return binary;
    }
    mkdirSync(cacheParent, { recursive: true });
    const staging = mkdtempSync(`${cacheDir}.partial-`);
    try {
        const unpack = `const { default: chromium } = await import(${JSON.stringify(entry)}); await chromium.executablePath();`;
        await promisify(execFile)(process.execPath, ['--input-type=module', '--eval', unpack], {
            env: { ...process.env, TMPDIR: staging }
        });
        renameSync(staging, cacheDir);
    } catch (error) {
        if (!existsSync(binary)) {
            throw new Error(`Could not unpack the Chromium of @sparticuz/chromium ${version}: ${error.message}`);
        }
    } finally {
        rmSync(staging, { recursive: true, force: true });
    }
    return binary;
}

/** Collects page errors and console errors of `page` (every frame) into `problems`, labelled with `label`. */
export function watchForErrors(page, label, problems) {
    page.on('pageerror', (error) => problems.push(`${label}: uncaught ${error.name}: ${error.message}`));
    page.on('console', (message) => {
        if (message.type() === 'error') {
            const { url } = message.location();
            problems.push(`${label}: console error: ${message.text()}${url ? ` (${url})` : ''}`);
        }
    });
    page.on('crash', () => problems.push(`${label}: the page crashed`));
}

export async function screenshot(page, name) {
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    const file = path.join(SCREENSHOTS_DIR, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    return file;
}
