// `npm test`: the whole offline chain, in order, stopping at the first failure. Each step is an npm
// script of its own so it can be run alone. The last line is the unit-test count, for CI logs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const resultsDir = mkdtempSync(path.join(tmpdir(), 'cc-test-'));
const unitResults = path.join(resultsDir, 'unit.json');

const STEPS = [
    ['build', []],
    ['typecheck', []],
    ['lint', []],
    ['format:check', []],
    ['test:unit', ['--', '--', '--json', `--outputFile=${unitResults}`]],
    ['compile:platform', []],
    ['convert:metadata', []]
];

let failed;
for (const [step, args] of STEPS) {
    const started = Date.now();
    const result = spawnSync('npm', ['run', '--silent', step, ...args], { stdio: 'inherit' });
    console.log(`-- ${step}: ${result.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    if (result.status !== 0) {
        failed = step;
        break;
    }
}

let summary = 'tests: unit tests did not run';
try {
    const results = JSON.parse(readFileSync(unitResults, 'utf8'));
    summary = `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed`;
} catch {
    // the chain stopped before the unit tests
}
rmSync(resultsDir, { recursive: true, force: true });
if (failed) {
    console.error(`npm test failed at "${failed}".`);
}
console.log(summary);
process.exit(failed ? 1 : 0);
