// Builds the preview page in two stages, as Lightning Experience runs a package:
//   A. the package's namespace `c` (force-app's compiled `.js`) into one source text that the page
//      evaluates inside the Lightning Web Security sandbox (namespaceBundle.mjs);
//   B. the page itself, OUTSIDE the sandbox: @lwc/synthetic-shadow, the LWC engine, the real
//      Lightning Base Components (npm lightning-base-components), the preview's stand-ins for the
//      platform services that have no public implementation (preview/lwc/lightning), the shell, and
//      the sandbox loader holding stage A's source (sandboxedNamespace.mjs).
// The SLDS CSS is not bundled: the app server serves @salesforce-ux/design-system's stylesheet.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import lwc from '@lwc/rollup-plugin';
import { buildNamespaceSource, COMPONENTS_DIR } from './namespaceBundle.mjs';
import { clientRendering, nodeEnv, npmPackages, typescriptModules } from './plugins.mjs';
import { sandboxedNamespace } from './sandboxedNamespace.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const previewModulesDir = path.join(repoRoot, 'preview', 'lwc');
const entry = path.join(repoRoot, 'preview', 'app', 'main.js');

export const PREVIEW_BUILD_DIR = path.join(repoRoot, '.preview-build');

/** The sandbox key of the package's namespace, as the org uses it. */
export const NAMESPACE_KEY = 'c';

/**
 * LWC module records of the page, in priority order (the first record that has a module wins): the
 * preview's own modules (its stand-ins for platform services, e.g. lightning/navigation, must win
 * over LBC's module of the same name), then the open-source base components.
 */
export const PAGE_MODULES = [{ dir: previewModulesDir }, { npm: 'lightning-base-components' }];

/** Bundles the page into .preview-build/app/main.js. Throws with Rollup's message when a module is missing. */
export async function buildPreviewBundle({ outDir = PREVIEW_BUILD_DIR, mode = 'development' } = {}) {
    if (!existsSync(path.join(COMPONENTS_DIR, 'ccBridge', 'ccBridge.js'))) {
        throw new Error('force-app has no compiled components: run `npm run build` first.');
    }
    const namespace = await buildNamespaceSource({ mode });
    const warnings = [...namespace.warnings];
    const bundle = await rollup({
        input: entry,
        plugins: [
            sandboxedNamespace({ key: NAMESPACE_KEY, ...namespace }),
            nodeEnv(mode),
            clientRendering(),
            typescriptModules(),
            lwc({ rootDir: previewModulesDir, modules: PAGE_MODULES }),
            npmPackages()
        ],
        onwarn: (warning) => {
            if (!isKnownBaseComponentWarning(warning)) {
                warnings.push(warning.message);
            }
        }
    });
    try {
        await bundle.write({
            dir: path.join(outDir, 'app'),
            format: 'es',
            sourcemap: true,
            entryFileNames: 'main.js',
            // One file: LBC loads icon templates with dynamic imports, and the server serves main.js only.
            inlineDynamicImports: true
        });
    } finally {
        await bundle.close();
    }
    return { warnings };
}

/**
 * lightning-base-components 1.28.15-alpha's card.html declares its `title` and `footer` slots twice
 * (in two `lwc:if` branches), which the compiler reports as LWC1137 (DESIGN.md, "Toolchain facts").
 */
function isKnownBaseComponentWarning(warning) {
    return (
        warning.pluginCode === 'LWC1137' &&
        /lightning-base-components[\\/]src[\\/]lightning[\\/]card[\\/]/.test(warning.id ?? warning.loc?.file ?? '')
    );
}
