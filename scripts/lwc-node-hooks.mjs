// Module hooks for scripts/lwc-node-loader.mjs (they run on Node's loader thread).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readCustomLabels } from '../preview/build/customLabels.mjs';
import { salesforceModuleSource } from '../preview/build/salesforceModules.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const lwcRoot = path.join(root, 'force-app', 'main', 'default', 'lwc');
const projectModules = [path.join(root, 'force-app') + path.sep, path.join(root, '.tools-build') + path.sep];

// A tool that imports a component file by relative path (`../../force-app/…/ccRecordSearch/graphqlQueue`)
// compiles to a path under .tools-build, where build:tools leaves no copy: it gets the org's .js.
const toolsBuildForceApp = pathToFileURL(path.join(root, '.tools-build', 'force-app') + path.sep).href;
const forceApp = pathToFileURL(path.join(root, 'force-app') + path.sep).href;

// `@salesforce/*` modules (schema references, labels, the user id) are served by the org; here they
// are the preview's, so a reference the org would refuse fails here too (salesforceModules.mjs).
const SALESFORCE_MODULE = 'salesforce-module:';
let labels;
const salesforceLabels = () => (labels ??= readCustomLabels());

export async function resolve(specifier, context, nextResolve) {
    // Only the modules the org serves: `@salesforce/core` and the like are npm packages.
    if (specifier.startsWith('@salesforce/') && salesforceModuleSource(specifier, salesforceLabels()) !== undefined) {
        return { url: SALESFORCE_MODULE + specifier, shortCircuit: true };
    }
    const bundle = /^c\/([A-Za-z0-9_]+)$/.exec(specifier);
    if (bundle) {
        return nextResolve(pathToFileURL(path.join(lwcRoot, bundle[1], `${bundle[1]}.js`)).href, context);
    }
    const relativeWithoutExtension = /^\.{1,2}\//.test(specifier) && path.extname(specifier) === '';
    const relative = relativeWithoutExtension ? `${specifier}.js` : specifier;
    if (/^\.{1,2}\//.test(relative) && context.parentURL) {
        const target = new URL(relative, context.parentURL).href;
        if (target.startsWith(toolsBuildForceApp)) {
            return nextResolve(forceApp + target.slice(toolsBuildForceApp.length), context);
        }
    }
    return nextResolve(relative, context);
}

export async function load(url, context, nextLoad) {
    if (url.startsWith(SALESFORCE_MODULE)) {
        const source = salesforceModuleSource(url.slice(SALESFORCE_MODULE.length), salesforceLabels());
        return { format: 'module', source, shortCircuit: true };
    }
    if (url.startsWith('file:') && projectModules.some((dir) => fileURLToPath(url).startsWith(dir)) && url.endsWith('.js')) {
        return nextLoad(url, { ...context, format: 'module' });
    }
    return nextLoad(url, context);
}
