/**
 * Platform compile check: runs the Salesforce platform LWC compiler (@lwc/sfdc-lwc-compiler, bundle type 'platform':
 * the lint + compile the org runs on every bundle at deploy) over each bundle folder in force-app/main/default/lwc.
 *
 * Why: the org never sees our TypeScript. It receives the .js that `npm run build` emits beside each .ts, because
 * .forceignore drops *.ts, __tests__ and tsconfig files. So this compiles exactly that deploy set (.js, .html, .css,
 * .js-meta.xml, ...) with the bundle's own apiVersion, and reports a .ts without its .js as an error (build first).
 * The compiler cannot see the org's module registry, so a bare import (`import x from 'some-npm-package'`) compiles
 * here and fails only on deploy; it is reported as an error too, from the references the compiler returns.
 *
 * Usage: node scripts/compile-platform.mjs [lwcRoot]   (lwcRoot defaults to force-app/main/default/lwc)
 * Prints one line per bundle (plus its errors and warnings) and a summary; exits 1 if any bundle has an error.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiagnosticLevel } from '@lwc/errors';
import { compile } from '@lwc/sfdc-lwc-compiler';

const DEFAULT_ROOT = fileURLToPath(new URL('../force-app/main/default/lwc', import.meta.url));
const COMPILER_VERSION = createRequire(import.meta.url)('@lwc/sfdc-lwc-compiler/package.json').version;

/** Mirrors .forceignore: TypeScript, tests and configs never reach the org. */
function isDeployed(file) {
    const base = path.posix.basename(file);
    return (
        !file.split('/').includes('__tests__') &&
        !base.endsWith('.ts') &&
        !/^(tsconfig.*|jsconfig|\.eslintrc)\.json$|^package\.xml$/.test(base)
    );
}

function isTypeScriptSource(file) {
    return file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.split('/').includes('__tests__');
}

function error(message, filename, line) {
    return { level: DiagnosticLevel.Error, message, filename, location: line ? { line } : undefined };
}

/** The bundle's deployable files (path relative to the bundle, POSIX separators) and the .ts files whose .js is missing. */
function readBundle(dir) {
    const files = {};
    const missingJs = [];
    for (const entry of readdirSync(dir, { recursive: true })) {
        const file = entry.split(path.sep).join('/');
        const fullPath = path.join(dir, entry);
        if (!statSync(fullPath).isFile()) continue;
        if (isDeployed(file)) files[file] = readFileSync(fullPath, 'utf8');
        else if (isTypeScriptSource(file) && !existsSync(fullPath.replace(/\.ts$/, '.js'))) missingJs.push(file);
    }
    return { files, missingJs };
}

function apiVersionOf(metaXml = '') {
    const match = /<apiVersion>\s*([\d.]+)\s*<\/apiVersion>/.exec(metaXml);
    return match ? Number.parseFloat(match[1]) : undefined;
}

/** Platform modules are always namespace/name (lwc aside); a bare specifier is an npm package the org cannot resolve. */
function bareImports(report) {
    return (report.metadata?.references ?? [])
        .filter((ref) => ref.type === 'module' && ref.id !== 'lwc' && !ref.id.includes('/'))
        .map((ref) =>
            error(
                `Cannot import '${ref.id}': the platform resolves only namespace/name modules (c/*, lightning/*, @salesforce/*), not npm packages.`,
                ref.file,
                ref.locations?.[0]?.startLine
            )
        );
}

async function checkBundle(dir, name) {
    const { files, missingJs } = readBundle(dir);
    if (missingJs.length > 0) {
        return missingJs.map((ts) => error(`${path.posix.basename(ts, '.ts')}.js is missing: run \`npm run build\` first.`, ts));
    }
    const options = { apiVersion: apiVersionOf(files[`${name}.js-meta.xml`]) };
    const report = await compile({ bundle: { namespace: 'c', name, type: 'platform', files, options } });
    const diagnostics = [...report.diagnostics.filter((d) => d.level <= DiagnosticLevel.Warning), ...bareImports(report)];
    if (!report.success && !diagnostics.some(isError)) diagnostics.push(error('Compilation failed without a diagnostic.'));
    return diagnostics;
}

function isError(diagnostic) {
    return diagnostic.level <= DiagnosticLevel.Error;
}

/** Path relative to the working directory when inside it (clickable in editors), absolute otherwise. */
function displayPath(fullPath) {
    const relative = path.relative(process.cwd(), fullPath);
    return relative.startsWith('..') ? fullPath : relative;
}

function formatDiagnostic(diagnostic, bundleDir) {
    const file = displayPath(diagnostic.filename ? path.join(bundleDir, diagnostic.filename) : bundleDir);
    const where = [file, diagnostic.location?.line, diagnostic.location?.column].filter(Boolean).join(':');
    return `    ${isError(diagnostic) ? 'error' : 'warning'} ${where}: ${diagnostic.message}`;
}

function statusLine(name, errors, warnings) {
    if (errors > 0) return `FAIL ${name}: ${errors} error(s), ${warnings} warning(s)`;
    return warnings > 0 ? `ok   ${name} (${warnings} warning(s))` : `ok   ${name}`;
}

function listBundles(root) {
    return readdirSync(root, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && isDeployed(entry.name))
        .map((entry) => entry.name)
        .sort();
}

async function main() {
    const root = process.argv[2] ? path.resolve(process.argv[2]) : DEFAULT_ROOT;
    if (!existsSync(root)) {
        console.error(`No LWC folder at ${root}`);
        return 1;
    }
    const bundles = listBundles(root);
    let failed = 0;
    let warnings = 0;
    for (const name of bundles) {
        const dir = path.join(root, name);
        const diagnostics = await checkBundle(dir, name).catch((e) => [error(`Compiler threw: ${e.message}`)]);
        const bundleErrors = diagnostics.filter(isError).length;
        failed += bundleErrors > 0 ? 1 : 0;
        warnings += diagnostics.length - bundleErrors;
        console.log(statusLine(name, bundleErrors, diagnostics.length - bundleErrors));
        diagnostics.forEach((d) => console.log(formatDiagnostic(d, dir)));
    }
    const summary = `${bundles.length} bundle(s), ${bundles.length - failed} ok, ${failed} failed, ${warnings} warning(s)`;
    console.log(`Platform compile of ${displayPath(root)} (@lwc/sfdc-lwc-compiler ${COMPILER_VERSION}, type 'platform'): ${summary}`);
    return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
