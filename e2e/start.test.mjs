// `npm start` as a person runs it: the real command on free ports (PORT). Stopping npm with SIGTERM
// stops both preview servers and leaves no process behind, and a port in use names the process
// that holds it. Each `npm start` compiles and bundles first, so these tests take a while.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { after, test } from 'node:test';
import { portHolder } from '../preview/server/http.mjs';

const START_TIMEOUT_MS = 240_000;
const STOP_TIMEOUT_MS = 5_000;
const linuxOnly = { skip: process.platform !== 'linux' && 'reads /proc' };

/** Resolves with a listening server on 127.0.0.1:`port` (0 picks one), or rejects when the port is taken. */
function hold(port) {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => resolve(server));
    });
}

const release = (server) => new Promise((resolve) => server.close(resolve));

/** A port p such that p and p + 1 are free now (the page and the softphone). */
async function freePortPair() {
    for (;;) {
        const probe = await hold(0);
        const { port } = probe.address();
        await release(probe);
        const next = await hold(port + 1).catch(() => undefined);
        if (next && port < 65534) {
            await release(next);
            return port;
        }
    }
}

/** Whether something accepts TCP connections on 127.0.0.1:`port`. */
function accepts(port) {
    return new Promise((resolve) => {
        const socket = connect(port, '127.0.0.1');
        socket.once('connect', () => {
            socket.destroy();
            resolve(true);
        });
        socket.once('error', () => resolve(false));
    });
}

/** Whether any process is left in process group `pgid` (signal 0 only checks). */
function groupAlive(pgid) {
    try {
        process.kill(-pgid, 0);
        return true;
    } catch {
        return false;
    }
}

/**
 * Starts `npm start` with PORT in a process group of its own (so the test can see every process it
 * started, npm, its shell and node) and no stdin, as CI has. Collects its output.
 */
function npmStart(port) {
    const npm = spawn('npm', ['start'], {
        env: { ...process.env, PORT: String(port) },
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe']
    });
    const output = { stdout: '', stderr: '' };
    npm.stdout.on('data', (chunk) => (output.stdout += chunk));
    npm.stderr.on('data', (chunk) => (output.stderr += chunk));
    const exited = new Promise((resolve) => npm.once('exit', (code, signal) => resolve({ code, signal })));
    // If a test fails half-way, nothing it started outlives it.
    after(() => groupAlive(npm.pid) && process.kill(-npm.pid, 'SIGKILL'));
    return { npm, output, exited };
}

async function waitFor(condition, timeoutMs, what) {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
        if (Date.now() > deadline) {
            throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
}

test('portHolder names the process listening on a port, and nothing for a free port', linuxOnly, async () => {
    const server = await hold(0);
    const { port } = server.address();
    const holder = portHolder(port);
    assert.equal(holder?.pid, process.pid);
    assert.match(holder.command, /node/);
    await release(server);
    assert.equal(portHolder(port), undefined);
});

test('npm start refuses a port in use and names the process holding it', { ...linuxOnly, timeout: START_TIMEOUT_MS }, async () => {
    const port = await freePortPair();
    const softphonePort = await hold(port + 1);
    after(() => release(softphonePort));
    const { output, exited } = npmStart(port);
    const { code } = await exited;
    assert.equal(code, 1, output.stderr);
    assert.match(
        output.stderr,
        new RegExp(`Port ${port + 1} \\(the simulated softphone\\) is in use by process ${process.pid} \\(\\S*node`)
    );
});

test('SIGTERM to the npm process of npm start stops both preview servers and every process', { timeout: START_TIMEOUT_MS }, async () => {
    const port = await freePortPair();
    const { npm, output, exited } = npmStart(port);
    await waitFor(
        () => output.stdout.includes(`preview: http://127.0.0.1:${port}`) || npm.exitCode !== null,
        START_TIMEOUT_MS - STOP_TIMEOUT_MS * 2,
        'the preview to start'
    );
    assert.equal(npm.exitCode, null, `npm start ended early:\n${output.stderr}`);
    assert.ok((await accepts(port)) && (await accepts(port + 1)), 'both servers listen');

    process.kill(npm.pid, 'SIGTERM');
    await exited;
    await waitFor(async () => !(await accepts(port)) && !(await accepts(port + 1)), STOP_TIMEOUT_MS, 'both ports to close');
    await waitFor(() => !groupAlive(npm.pid), STOP_TIMEOUT_MS, 'no process of npm start to be left');
});
