// Small Rollup plugins for the preview build. The org serves `@salesforce/*` modules itself; here
// they become tiny virtual modules with preview values (Custom Labels with their English values),
// so components import them unchanged. LWC's engine reads `process.env.NODE_ENV`, which only
// exists in Node: it is replaced at build time.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { salesforceModuleSource } from './salesforceModules.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const PREFIX = '\0salesforce:';

export function salesforceModules({ labels = {} } = {}) {
    return {
        name: 'preview-salesforce-modules',
        resolveId(source) {
            return source.startsWith('@salesforce/') && salesforceModuleSource(source, labels) !== undefined ? PREFIX + source : null;
        },
        load(id) {
            return id.startsWith(PREFIX) ? salesforceModuleSource(id.slice(PREFIX.length), labels) : null;
        }
    };
}

export function nodeEnv(mode) {
    const value = JSON.stringify(mode);
    return {
        name: 'preview-node-env',
        transform(code) {
            return code.includes('process.env.NODE_ENV') ? { code: code.replaceAll('process.env.NODE_ENV', value), map: null } : null;
        }
    };
}

/**
 * lightning-base-components guard their server-side rendering paths with Vite's
 * `import.meta.env.SSR`; a browser bundle renders on the client (DESIGN.md, "Toolchain facts").
 */
export function clientRendering() {
    return {
        name: 'preview-client-rendering',
        transform(code) {
            return code.includes('import.meta.env.SSR') ? { code: code.replaceAll('import.meta.env.SSR', 'false'), map: null } : null;
        }
    };
}

/**
 * Bare imports of plain npm packages (@locker/sandbox and what it imports), resolved to their ES
 * module entry in node_modules: `exports` conditions browser/import/default, else `module`, else
 * `main`. Rollup has no Node resolution of its own; this goes after the LWC plugin, which resolves
 * LWC modules (lwc, lightning/*, preview/*) first.
 */
export function npmPackages() {
    return {
        name: 'preview-npm-packages',
        resolveId(source, importer) {
            if (!importer || source.startsWith('.') || source.startsWith('/') || source.startsWith('\0')) {
                return null;
            }
            const parts = source.split('/');
            const name = source.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
            const subpath = `.${source.slice(name.length)}`;
            // A virtual module (id starting with \0) has no folder: look from the repository root.
            const packageDir = findPackageDir(name, importer.startsWith('\0') ? repoRoot : path.dirname(importer));
            if (!packageDir) {
                return null;
            }
            const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
            const target =
                exportTarget(manifest.exports, subpath) ?? (subpath === '.' ? (manifest.module ?? manifest.main ?? 'index.js') : subpath);
            return path.join(packageDir, target);
        }
    };
}

function findPackageDir(name, fromDir) {
    for (let dir = fromDir; ; dir = path.dirname(dir)) {
        const candidate = path.join(dir, 'node_modules', name);
        if (existsSync(path.join(candidate, 'package.json'))) {
            return candidate;
        }
        if (path.dirname(dir) === dir) {
            return undefined;
        }
    }
}

function exportTarget(exports, subpath) {
    if (exports === undefined || exports === null) {
        return undefined;
    }
    // `exports` maps subpaths ('.', './x') to targets, or holds the conditions of '.' alone.
    const isSubpathMap = typeof exports === 'object' && Object.keys(exports).some((key) => key.startsWith('.'));
    if (isSubpathMap) {
        return conditionTarget(exports[subpath]);
    }
    return subpath === '.' ? conditionTarget(exports) : undefined;
}

function conditionTarget(entry) {
    if (typeof entry === 'string' || entry === undefined || entry === null) {
        return entry ?? undefined;
    }
    for (const condition of ['browser', 'import', 'module', 'default']) {
        const target = conditionTarget(entry[condition]);
        if (target) {
            return target;
        }
    }
    return undefined;
}

/**
 * TypeScript files the preview shares with Jest (the fakes in force-app/test/jest-mocks), with
 * their types erased so the LWC compiler (Babel without TypeScript) can read them.
 */
export function typescriptModules() {
    return {
        name: 'preview-typescript',
        transform(code, id) {
            if (!id.endsWith('.ts')) {
                return null;
            }
            const { outputText } = ts.transpileModule(code, {
                fileName: id,
                compilerOptions: { target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: true }
            });
            return { code: outputText, map: null };
        }
    };
}
