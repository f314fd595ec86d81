// Debian's Chromium driven by playwright-core (Playwright cannot download its own browsers here),
// and a watch on every page: an uncaught error or a console error in the page or any of its
// frames fails the e2e run, so a preview that "works" while logging errors does not pass.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS_DIR = path.join('test-results', 'e2e');

// Without the background-networking flags Chromium keeps calling Google's hosts, which this
// machine's closed network refuses; --no-sandbox because CI runs as root.
const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run'
];

export async function launchChromium() {
    if (!existsSync(CHROMIUM_PATH)) {
        throw new Error(`No Chromium at ${CHROMIUM_PATH}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`);
    }
    return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
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
