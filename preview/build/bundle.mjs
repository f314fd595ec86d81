// Builds the preview page with Rollup and @lwc/rollup-plugin: the real compiled components of
// force-app (the `.js` that tsc emits beside each `.ts`, as the org gets them) together with the
// preview's Lightning-like shell and its stand-ins for `lightning/*` and `@salesforce/*`.
// Native shadow DOM is enough here; the org's synthetic shadow is not loaded.
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import lwc from '@lwc/rollup-plugin';
import { readCustomLabels } from './customLabels.mjs';
import { nodeEnv, salesforceModules } from './plugins.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const componentsDir = path.join(repoRoot, 'force-app', 'main', 'default', 'lwc');
const previewModulesDir = path.join(repoRoot, 'preview', 'lwc');
const entry = path.join(repoRoot, 'preview', 'app', 'main.js');

export const PREVIEW_BUILD_DIR = path.join(repoRoot, '.preview-build');

/**
 * `c/<bundle>` for every bundle of force-app that tsc has compiled. The bundles sit directly in
 * `lwc/` (no namespace folder), so each needs an alias record rather than a directory record.
 */
export function componentModuleRecords(dir = componentsDir) {
    return readdirSync(dir, { withFileTypes: true })
        .filter((item) => item.isDirectory() && existsSync(path.join(dir, item.name, `${item.name}.js`)))
        .map((item) => ({ name: `c/${item.name}`, path: path.join(dir, item.name, `${item.name}.js`) }));
}

/** Bundles the page into .preview-build/app/main.js. Throws with Rollup's message when a module is missing. */
export async function buildPreviewBundle({ outDir = PREVIEW_BUILD_DIR, mode = 'development' } = {}) {
    if (!existsSync(path.join(componentsDir, 'ccBridge', 'ccBridge.js'))) {
        throw new Error('force-app has no compiled components: run `npm run build` first.');
    }
    const warnings = [];
    const bundle = await rollup({
        input: entry,
        plugins: [
            nodeEnv(mode),
            salesforceModules({ labels: readCustomLabels() }),
            lwc({
                rootDir: previewModulesDir,
                // `lightning/*` and `preview/*` come from preview/lwc (namespace folders), `c/*` from force-app.
                modules: [...componentModuleRecords(), { dir: previewModulesDir }],
                disableSyntheticShadowSupport: true
            })
        ],
        onwarn: (warning) => warnings.push(warning.message)
    });
    try {
        await bundle.write({ dir: path.join(outDir, 'app'), format: 'es', sourcemap: true, entryFileNames: 'main.js' });
    } finally {
        await bundle.close();
    }
    return { warnings };
}
