// Starts the local preview: the page's origin (shell, bundle, records API over one UI API
// emulator shared by every tab) and the simulated softphone's origin on the next port. The bridge
// in the page accepts messages from the softphone's origin only, and otherwise runs with the replay
// example's configuration; the preview org starts with the replay example's seed records (a
// Contact whose number the softphone calls from), so caller matching has someone to find. Run from
// the repository root (the emulator reads force-app's object metadata), with
// scripts/lwc-node-loader.mjs registered.
import { readFileSync } from 'node:fs';
import { close, listen } from './http.mjs';
import { createAppServer } from './appServer.mjs';
import { createSoftphoneServer } from './softphoneServer.mjs';
import { UiApiEmulator } from '../../.tools-build/tools/uiApiEmulator/uiApiEmulator.js';
import { projectObjects } from '../../.tools-build/tools/uiApiEmulator/objectMetadata.js';
import { PREVIEW_BUILD_DIR } from '../build/bundle.mjs';

export const DEFAULT_PORT = 5173;
export const DEFAULT_SEED_FILE = 'examples/seed.json';
export const DEFAULT_CONFIG_FILE = 'examples/config.json';
export const HOST = '127.0.0.1';

/**
 * `port` 0 picks free ports for both servers (the tests do); otherwise the softphone gets
 * `softphonePort`, or `port + 1`. `unreadableFields` (e.g. `['Contact.MobilePhone']`) are fields the
 * preview user cannot read. Resolves with both URLs, the emulator and `close()`.
 */
export async function startPreview({
    port = DEFAULT_PORT,
    softphonePort,
    buildDir = PREVIEW_BUILD_DIR,
    seedFile = DEFAULT_SEED_FILE,
    configFile = DEFAULT_CONFIG_FILE,
    unreadableFields = [],
    answerDelayMs = 0
} = {}) {
    // The preview user's field-level security: `Object.Field` names left out of its GraphQL schema.
    const emulator = new UiApiEmulator(projectObjects(), { unreadableFields });
    // The replay's config holds the bridge's properties by name, plus userId (the preview's is fixed).
    const bridgeProperties = Object.fromEntries(
        Object.entries(JSON.parse(readFileSync(configFile, 'utf8'))).filter(([name]) => name !== 'userId')
    );
    const seed = JSON.parse(readFileSync(seedFile, 'utf8'));
    emulator.seedAll(seed);
    const [homeObject, homeRecords] = Object.entries(seed).find(([, records]) => records.length > 0) ?? [];
    const softphoneServer = createSoftphoneServer();
    const softphoneUrl = await listen(softphoneServer, HOST, softphonePort ?? (port === 0 ? 0 : port + 1));
    const appServer = createAppServer({
        emulator,
        seededObjects: Object.keys(seed),
        answerDelayMs,
        buildDir,
        config: {
            softphoneOrigin: softphoneUrl,
            bridgeProperties: { ...bridgeProperties, allowedOrigins: softphoneUrl },
            // The record page opens on the first seed record until a screen pop navigates elsewhere.
            homeRecord: homeObject ? { objectApiName: homeObject, recordId: homeRecords[0].Id } : null
        }
    });
    let url;
    try {
        url = await listen(appServer, HOST, port);
    } catch (error) {
        await close(softphoneServer);
        throw error;
    }
    return {
        url,
        softphoneUrl,
        emulator,
        close: () => Promise.all([close(appServer), close(softphoneServer)])
    };
}
