// Small helpers for the preview's Node http servers (no framework: a handful of routes each).
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const CONTENT_TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.mjs': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.map': 'application/json; charset=utf-8'
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
