// Stage A of the preview build: the package's own namespace `c` (every bundle of force-app, as the
// `.js` that tsc emits beside each `.ts`) compiled by @lwc/rollup-plugin into ONE source text that
// the page evaluates inside Salesforce's Lightning Web Security sandbox (npm @locker/sandbox,
// `evaluateInSandbox('c', ...)`), as the org evaluates a namespace's modules. The LWC engine (`lwc`)
// and every `lightning/*` module stay outside: they are external here and handed in by the page
// (preview/app/sandboxLoader.js), as the platform's own modules are. `@salesforce/*` modules are
// data (labels, schema, user Id, message channel) and are inlined, so they live in the sandbox too.
// Recipe: DESIGN.md, "Toolchain facts" (component compiled with `lwc` external, evaluated with
// evaluateInSandbox, rendered by the real engine outside).
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import lwc from '@lwc/rollup-plugin';
import { readCustomLabels } from './customLabels.mjs';
import { nodeEnv, salesforceModules } from './plugins.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const COMPONENTS_DIR = path.join(repoRoot, 'force-app', 'main', 'default', 'lwc');

const ENTRY = '\0namespace-entry';

/** Modules the platform provides outside the sandbox: never bundled into a namespace. */
export function isPlatformModule(id) {
    return id === 'lwc' || id.startsWith('lightning/');
}

/**
 * `c/<bundle>` for every bundle of force-app that tsc has compiled. The bundles sit directly in
 * `lwc/` (no namespace folder), so each needs an alias record rather than a directory record.
 */
export function componentModuleRecords(dir = COMPONENTS_DIR, namespace = 'c') {
    return readdirSync(dir, { withFileTypes: true })
        .filter((item) => item.isDirectory() && existsSync(path.join(dir, item.name, `${item.name}.js`)))
        .map((item) => ({ name: `${namespace}/${item.name}`, path: path.join(dir, item.name, `${item.name}.js`) }));
}

/**
 * Compiles `modules` (LWC alias records `{name, path}`) into an AMD `define([...platform modules],
 * factory)` whose factory returns `{'<specifier>': module namespace}` for each of them. Answers
 * `{source, specifiers, platformImports, warnings}`: `platformImports` are the outside modules the
 * factory takes, in order. AMD because it names its dependencies and takes them as arguments, which
 * is what crossing the sandbox boundary needs: the page passes its own modules in.
 */
export async function buildNamespaceSource({ modules = componentModuleRecords(), mode = 'development', labels = readCustomLabels() } = {}) {
    const specifiers = modules.map((record) => record.name);
    const warnings = [];
    const bundle = await rollup({
        input: ENTRY,
        external: isPlatformModule,
        plugins: [
            namespaceEntry(specifiers),
            nodeEnv(mode),
            salesforceModules({ labels }),
            // Synthetic shadow support stays compiled in: the page loads @lwc/synthetic-shadow, as
            // Lightning Experience does.
            lwc({
                rootDir: path.dirname(modules[0]?.path ?? COMPONENTS_DIR),
                modules,
                defaultModules: [],
                // As the platform compiles a namespace that runs under LWS: its compiler turns these on
                // whenever it has a locker config (@lwc/sfdc-lwc-compiler, dist/compiler/compile.js),
                // which rewrites unforgeable globals (window.top, ...) and async functions for the sandbox.
                enableLightningWebSecurityTransforms: true
            })
        ],
        onwarn: (warning) => warnings.push(warning.message)
    });
    try {
        const { output } = await bundle.generate({
            format: 'amd',
            exports: 'default',
            // The page hands in module namespace objects: `import x from 'lightning/card'` reads `.default`.
            interop: 'esModule',
            freeze: false
        });
        const [chunk] = output;
        return { source: chunk.code, specifiers, platformImports: chunk.imports, warnings };
    } finally {
        await bundle.close();
    }
}

/** The namespace's entry: every module of it, by specifier. */
function namespaceEntry(specifiers) {
    return {
        name: 'preview-namespace-entry',
        resolveId: (source) => (source === ENTRY ? ENTRY : null),
        load(id) {
            if (id !== ENTRY) {
                return null;
            }
            const imports = specifiers.map((specifier, index) => `import * as m${index} from ${JSON.stringify(specifier)};`);
            const entries = specifiers.map((specifier, index) => `${JSON.stringify(specifier)}: m${index}`);
            return `${imports.join('\n')}\nexport default { ${entries.join(', ')} };\n`;
        }
    };
}
