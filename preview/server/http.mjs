// Small helpers for the preview's Node http servers (no framework: a handful of routes each).
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const CONTENT_TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.mjs': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.map': 'application/json; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png'
};

const MAX_BODY_BYTES = 1024 * 1024;

export function send(res, status, body, contentType = 'text/plain; charset=utf-8') {
    // A development server: always fresh files, never cached between builds.
    res.writeHead(status, { 'Content-Type': contentType, 'Cache-Control': 'no-store' });
    res.end(body);
}

export function sendJson(res, status, value) {
    send(res, status, JSON.stringify(value), CONTENT_TYPES['.json']);
}

/** Sends a file from disk with the content type of its extension; 404 when it does not exist. */
export async function sendFile(res, filePath) {
    let body;
    try {
        body = await readFile(filePath);
    } catch {
        send(res, 404, `Not found: ${path.basename(filePath)}`);
        return;
    }
    send(res, 200, body, CONTENT_TYPES[path.extname(filePath)] ?? 'application/octet-stream');
}

/** The request body parsed as JSON; rejects with a message when it is too large or not JSON. */
export async function readJsonBody(req) {
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
            throw new Error('request body too large');
        }
        chunks.push(chunk);
    }
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null');
}

/** Listens on host:port (0 picks a free port) and resolves with the server's origin. */
export function listen(server, host, port) {
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
            server.off('error', reject);
            resolve(`http://${host}:${server.address().port}`);
        });
    });
}

export function close(server) {
    return new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
    });
}

/**
 * The process listening on TCP `port` here, `{ pid, command }`, or undefined when that cannot be
 * told (not Linux, or a process of another user). Read from /proc because `ss` (iproute2) and
 * `lsof` are not on a minimal Debian: /proc/net/tcp and tcp6 list each socket's local address
 * (hex ip:port), state (0A is LISTEN) and inode, and /proc/<pid>/fd/* of the process that holds it
 * links to `socket:[<inode>]` (proc(5)).
 */
export function portHolder(port) {
    const inodes = new Set();
    for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
        for (const line of readOr(() => readFileSync(table, 'utf8'), '')
            .split('\n')
            .slice(1)) {
            const [, localAddress, , state, , , , , , inode] = line.trim().split(/\s+/);
            if (state === '0A' && Number.parseInt(localAddress.split(':').pop(), 16) === port) {
                inodes.add(inode);
            }
        }
    }
    if (inodes.size === 0) {
        return undefined;
    }
    for (const pid of readOr(() => readdirSync('/proc'), []).filter((name) => /^\d+$/.test(name))) {
        for (const fd of readOr(() => readdirSync(`/proc/${pid}/fd`), [])) {
            const socket = /^socket:\[(\d+)\]$/.exec(readOr(() => readlinkSync(`/proc/${pid}/fd/${fd}`), ''));
            if (socket && inodes.has(socket[1])) {
                const command = readOr(() => readFileSync(`/proc/${pid}/cmdline`, 'utf8'), '')
                    .split('\0')
                    .join(' ')
                    .trim();
                return { pid: Number(pid), command };
            }
        }
    }
    return undefined;
}

/** `read()`, or `fallback` when it throws (the file is gone, or not ours to read). */
function readOr(read, fallback) {
    try {
        return read();
    } catch {
        return fallback;
    }
}
