/**
 * The JavaScript each exposed component makes the page load: the compiled `.js` files it reaches
 * through static imports (its own modules and the `c/` bundles they import) and through the child
 * components its templates use (`<c-cc-wrap-up>` loads c/ccWrapUp), with their sizes.
 * Platform modules (`lwc`, `lightning/*`, `@salesforce/*`) come from the org and are not counted.
 * Run after `npm run build` (the org gets the .js that tsc emits beside each .ts).
 *
 * Usage: node scripts/component-js.mjs   — one line per component, then a JSON line of the figures.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { init, parse } from 'es-module-lexer';

const LWC_ROOT = fileURLToPath(new URL('../force-app/main/default/lwc', import.meta.url));

/** The file a specifier names, or undefined for a platform module. */
function resolveImport(specifier, fromFile) {
    const bundle = /^c\/(\w+)$/.exec(specifier);
    if (bundle) {
        return path.join(LWC_ROOT, bundle[1], `${bundle[1]}.js`);
    }
    if (specifier.startsWith('.')) {
        const target = path.resolve(path.dirname(fromFile), specifier);
        return target.endsWith('.js') ? target : `${target}.js`;
    }
    return undefined;
}

/** Every compiled file reachable from `entry`, with its size in bytes. */
function reachableFiles(entry) {
    const seen = new Map();
    const pending = [entry];
    while (pending.length > 0) {
        const file = pending.pop();
        if (seen.has(file)) {
            continue;
        }
        if (!existsSync(file)) {
            throw new Error(`${path.relative(LWC_ROOT, file)} is missing: run npm run build first`);
        }
        const source = readFileSync(file, 'utf8');
        seen.set(file, Buffer.byteLength(source));
        const [imports] = parse(source);
        for (const { n: specifier } of imports) {
            const target = specifier && resolveImport(specifier, file);
            if (target) {
                pending.push(target);
            }
        }
        pending.push(...childComponentsOf(file));
    }
    return seen;
}

/** The bundles of the `c-` child components in the template beside a component's entry file. */
function childComponentsOf(file) {
    const template = file.replace(/\.js$/, '.html');
    if (!existsSync(template)) {
        return [];
    }
    const tags = readFileSync(template, 'utf8').matchAll(/<c-([a-z0-9-]+)/g);
    return [...tags].map(([, tag]) => {
        const name = tag.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());
        return path.join(LWC_ROOT, name, `${name}.js`);
    });
}

function exposedComponents() {
    return readdirSync(LWC_ROOT).filter((name) => {
        const meta = path.join(LWC_ROOT, name, `${name}.js-meta.xml`);
        return existsSync(meta) && /<isExposed>true<\/isExposed>/.test(readFileSync(meta, 'utf8'));
    });
}

await init;
const figures = {};
for (const name of exposedComponents()) {
    const files = reachableFiles(path.join(LWC_ROOT, name, `${name}.js`));
    const bytes = [...files.values()].reduce((sum, size) => sum + size, 0);
    const bundles = [...new Set([...files.keys()].map((file) => path.relative(LWC_ROOT, file).split(path.sep)[0]))].sort();
    figures[name] = { files: files.size, kilobytes: Math.round(bytes / 102.4) / 10, bundles };
    console.log(`${name}: ${files.size} files, ${figures[name].kilobytes} KB of JavaScript, bundles ${bundles.join(', ')}`);
}
console.log(JSON.stringify(figures));
