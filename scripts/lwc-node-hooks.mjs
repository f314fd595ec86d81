// Module hooks for scripts/lwc-node-loader.mjs (they run on Node's loader thread).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const lwcRoot = path.join(root, 'force-app', 'main', 'default', 'lwc');
const projectModules = [path.join(root, 'force-app') + path.sep, path.join(root, '.tools-build') + path.sep];

export async function resolve(specifier, context, nextResolve) {
    const bundle = /^c\/([A-Za-z0-9_]+)$/.exec(specifier);
    if (bundle) {
        return nextResolve(pathToFileURL(path.join(lwcRoot, bundle[1], `${bundle[1]}.js`)).href, context);
    }
    const relativeWithoutExtension = /^\.{1,2}\//.test(specifier) && path.extname(specifier) === '';
    return nextResolve(relativeWithoutExtension ? `${specifier}.js` : specifier, context);
}

export async function load(url, context, nextLoad) {
    if (url.startsWith('file:') && projectModules.some((dir) => fileURLToPath(url).startsWith(dir)) && url.endsWith('.js')) {
        return nextLoad(url, { ...context, format: 'module' });
    }
    return nextLoad(url, context);
}
