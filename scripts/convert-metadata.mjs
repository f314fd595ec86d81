// Converts force-app to Metadata API format with the real Salesforce CLI, offline: this validates
// the metadata structure the way a deploy starts. Then it checks what would ship: every component
// as compiled .js, and no TypeScript, tests or tsconfig (see .forceignore).
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runSf } from './sf.mjs';

const outputDir = path.join(mkdtempSync(path.join(tmpdir(), 'cc-convert-')), 'mdapi');

function filesUnder(dir) {
    return readdirSync(dir).flatMap((name) => {
        const full = path.join(dir, name);
        return statSync(full).isDirectory() ? filesUnder(full) : [full];
    });
}

try {
    const result = runSf(['project', 'convert', 'source', '--root-dir', 'force-app', '--output-dir', outputDir], {
        stdio: ['ignore', 'inherit', 'inherit']
    });
    if (result.status !== 0) {
        console.error('sf project convert source failed.');
        process.exit(1);
    }
    const files = filesUnder(outputDir).map((file) => path.relative(outputDir, file));
    const problems = [];
    const shippedSources = files.filter((file) => file.endsWith('.ts') || file.includes('__tests__') || /tsconfig.*\.json$/.test(file));
    if (shippedSources.length > 0) {
        problems.push(`would ship files the org must not get: ${shippedSources.join(', ')}`);
    }
    const lwcRoot = 'force-app/main/default/lwc';
    for (const bundle of readdirSync(lwcRoot).filter((name) => statSync(path.join(lwcRoot, name)).isDirectory())) {
        if (!files.includes(path.join('lwc', bundle, `${bundle}.js`))) {
            problems.push(`lwc/${bundle} has no ${bundle}.js in the package: run npm run build first`);
        }
    }
    const manifest = readFileSync(path.join(outputDir, 'package.xml'), 'utf8');
    const types = [...manifest.matchAll(/<name>([^<]+)<\/name>/g)].map((match) => match[1]);
    if (problems.length > 0) {
        problems.forEach((problem) => console.error(`convert: ${problem}`));
        process.exit(1);
    }
    console.log(`convert: ok, ${files.length} files; metadata types: ${types.join(', ')}`);
} finally {
    rmSync(path.dirname(outputDir), { recursive: true, force: true });
}
