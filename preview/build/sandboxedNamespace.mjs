// Stage B's side of the sandbox: in the page bundle, `c/ccBridge`, `c/ccLiveState`, ... are not
// compiled again. Each resolves to a tiny virtual module that takes its class from the namespace
// evaluated in the LWS sandbox; that evaluation is one more virtual module, which holds stage A's
// source as a string and imports the platform modules the source needs (the engine, lightning/*)
// so they are bundled outside the sandbox and handed in. ES module order makes the evaluation run
// before any shell module that uses a `c` component.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const LOADER = fileURLToPath(new URL('../app/sandboxLoader.js', import.meta.url));
const MODULE_PREFIX = '\0sandboxed-module:';

/**
 * `namespace`: `{key, source, specifiers, platformImports}` as buildNamespaceSource answers (with
 * the sandbox key). The virtual namespace module's id is a path in preview/app so that LWC module
 * resolution of its imports starts from the preview's own module records.
 */
export function sandboxedNamespace({ key, source, specifiers, platformImports }) {
    const namespaceId = path.join(path.dirname(LOADER), `${key}.sandboxed-namespace.js`);
    return {
        name: 'preview-sandboxed-namespace',
        resolveId(source) {
            if (source === namespaceId || source === SANDBOX_HOOK) {
                return namespaceId;
            }
            return specifiers.includes(source) ? MODULE_PREFIX + source : null;
        },
        load(id) {
            if (id.startsWith(MODULE_PREFIX)) {
                const specifier = id.slice(MODULE_PREFIX.length);
                return [
                    `import { modules } from ${JSON.stringify(namespaceId)};`,
                    `const module = modules[${JSON.stringify(specifier)}];`,
                    'export default module.default;'
                ].join('\n');
            }
            if (id !== namespaceId) {
                return null;
            }
            const imports = platformImports.map((specifier, index) => `import * as p${index} from ${JSON.stringify(specifier)};`);
            const entries = platformImports.map((specifier, index) => `${JSON.stringify(specifier)}: p${index}`);
            return [
                `import { loadNamespace } from ${JSON.stringify(LOADER)};`,
                ...imports,
                '',
                '/** What the page hands in to the sandbox: the platform modules, which stay outside it. */',
                `export const platformModules = { ${entries.join(', ')} };`,
                `export const sandboxKey = ${JSON.stringify(key)};`,
                `export const modules = loadNamespace(sandboxKey, ${JSON.stringify(source)}, platformModules);`
            ].join('\n');
        }
    };
}

/** The specifier under which page code imports the evaluated namespace itself (the e2e hook uses it). */
export const SANDBOX_HOOK = 'preview-sandbox/namespace';
