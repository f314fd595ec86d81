// The preview's "org": one UI API emulator that lives in the preview server, shared by every tab
// as an org's records are. This module is the page's side of it: UI API calls over HTTP, and the
// records for the records view, with a signal after each write so that view refreshes at once.
const RECORDS_API = '/api/ui-api/records';

const listeners = new Set();

/**
 * Sends one UI API call. The server answers 200 with `{ok, record}` or `{ok: false, error}`, where
 * `error` is exactly what the emulator rejected with (`{status, statusText, body}`), as Lightning
 * Data Service answers through its own transport; so a refused write is no network error here.
 */
export async function callRecordsApi(method, recordId, body) {
    const url = recordId === undefined ? RECORDS_API : `${RECORDS_API}/${encodeURIComponent(recordId)}`;
    let response;
    try {
        response = await fetch(url, {
            method,
            headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body)
        });
    } catch (error) {
        // What LDS rejects with when the request never reached the server.
        throw { status: 0, ok: false, statusText: '', body: { message: `Failed to fetch: ${error?.message ?? error}` } };
    }
    if (!response.ok) {
        throw { status: response.status, ok: false, statusText: response.statusText, body: { message: await response.text() } };
    }
    const answer = await response.json();
    if (method !== 'GET') {
        recordsChanged();
    }
    if (!answer.ok) {
        throw { ...answer.error, ok: false };
    }
    return answer.record;
}

/** Every package record, by object, as the emulator's snapshot gives them, and its call counts. */
export async function fetchOrgRecords() {
    const response = await fetch('/api/records', { cache: 'no-store' });
    if (!response.ok) {
        throw new Error(`GET /api/records answered ${response.status}`);
    }
    return response.json();
}

export function onRecordsChanged(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
}

export function recordsChanged() {
    for (const listener of listeners) {
        listener();
    }
}
