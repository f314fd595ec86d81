// `npm test`: the whole offline chain, in order, stopping at the first failure. Each step is an npm
// script of its own so it can be run alone. The last line counts the unit and end-to-end tests
// together (`tests: N passed, N failed`), for CI logs; the line before it gives each count.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const resultsDir = mkdtempSync(path.join(tmpdir(), 'cc-test-'));
const unitResults = path.join(resultsDir, 'unit.json');

// `capture`: the step's output is also kept, to read the test counts of node's test runner.
const STEPS = [
    ['build', []],
    ['typecheck', []],
    ['lint', []],
    ['format:check', []],
    ['test:unit', ['--', '--', '--json', `--outputFile=${unitResults}`]],
    ['compile:platform', []],
    ['convert:metadata', []],
    // Salesforce Code Analyzer (AppExchange security scanner) over the sources and the built .js.
    ['scan', []],
    ['test:e2e', [], { capture: true }]
];

/** Runs `npm run <step>`, echoing its output; resolves with its exit status and, if asked, its stdout. */
function run(step, args, { capture = false } = {}) {
    return new Promise((resolve) => {
        const child = spawn('npm', ['run', '--silent', step, ...args], { stdio: ['inherit', capture ? 'pipe' : 'inherit', 'inherit'] });
        let output = '';
        child.stdout?.on('data', (chunk) => {
            process.stdout.write(chunk);
            output += chunk;
        });
        child.on('close', (status) => resolve({ status, output }));
    });
}

const counts = {};
let failed;
for (const [step, args, options] of STEPS) {
    const started = Date.now();
    const { status, output } = await run(step, args, options);
    console.log(`-- ${step}: ${status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    if (step === 'test:e2e') {
        counts.e2e = nodeTestCounts(output);
    }
    if (status !== 0) {
        failed = step;
        break;
    }
}

try {
    const results = JSON.parse(readFileSync(unitResults, 'utf8'));
    counts.unit = { passed: results.numPassedTests, failed: results.numFailedTests };
} catch {
    // the chain stopped before the unit tests
}
rmSync(resultsDir, { recursive: true, force: true });

if (failed) {
    console.error(`npm test failed at "${failed}".`);
}
console.log(
    ['unit', 'e2e']
        .map((kind) => (counts[kind] ? `${kind}: ${counts[kind].passed} passed, ${counts[kind].failed} failed` : `${kind}: did not run`))
        .join(' · ')
);
const ran = Object.values(counts).filter(Boolean);
console.log(
    ran.length === 0
        ? 'tests: unit tests did not run'
        : `tests: ${ran.reduce((sum, count) => sum + count.passed, 0)} passed, ${ran.reduce((sum, count) => sum + count.failed, 0)} failed`
);
process.exit(failed ? 1 : 0);

/** The pass and fail counts of node's test runner (spec reporter: `ℹ pass 7`, `ℹ fail 0`). */
function nodeTestCounts(output) {
    const count = (word) => Number(new RegExp(`^\\S* ?${word} (\\d+)$`, 'm').exec(output)?.[1]);
    const passed = count('pass');
    const failedCount = count('fail');
    return Number.isNaN(passed) || Number.isNaN(failedCount) ? undefined : { passed, failed: failedCount };
}
