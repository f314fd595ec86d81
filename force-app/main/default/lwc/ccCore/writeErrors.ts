/**
 * Sorts the errors that UI API writes reject with (read by c/ccErrors, the one error reader) into what
 * the bridge should do next.
 */
import { duplicateOf, errorCodes, errorStatus, errorText, isAccessRefusal } from 'c/ccErrors';

export type WriteFailure =
    /** The record exists (unique External_Key__c); its id when the message names it (English messages do). */
    | { kind: 'duplicate'; existingId?: string; message: string }
    /** Passes on its own (network, server, limits): retried with backoff for as long as it takes. */
    | { kind: 'transient'; message: string }
    /** The Salesforce session expired: retried, and the agent is asked to log in again. */
    | { kind: 'session'; message: string }
    /** No HTTP answer and no code (a TypeError, an aborted request): retried a few times, then refused. */
    | { kind: 'unknown'; message: string }
    /** This user cannot write the record (403, or 404: not visible under the org's sharing, or deleted). */
    | { kind: 'noAccess'; codes: string[]; message: string }
    | { kind: 'permanent'; codes: string[]; message: string };

// Errors that pass on their own: the row unlocked, the limit reset, the server back.
const TRANSIENT_CODES = new Set([
    'UNABLE_TO_LOCK_ROW',
    'REQUEST_LIMIT_EXCEEDED',
    'SERVER_UNAVAILABLE',
    'CONCURRENT_REQUESTS_LIMIT_EXCEEDED',
    'NETWORK_ERROR'
]);
/** fetch's rejections when the network fails: Chromium's, Firefox's and Safari's wording. */
const NETWORK_FAILURE = /failed to fetch|networkerror|load failed|network request failed|network error/i;

export function classifyWriteError(error: unknown): WriteFailure {
    const codes = errorCodes(error);
    const message = errorText(error) || 'unknown error';

    const duplicate = duplicateOf(error);
    if (duplicate) {
        return { kind: 'duplicate', ...duplicate, message };
    }
    const status = errorStatus(error);
    if (status === 401 || codes.includes('INVALID_SESSION_ID')) {
        return { kind: 'session', message };
    }
    if (
        codes.some((code) => TRANSIENT_CODES.has(code)) ||
        status === 0 ||
        status === 408 ||
        status === 429 ||
        (status !== undefined && status >= 500)
    ) {
        return { kind: 'transient', message };
    }
    if (codes.length === 0 && status === undefined) {
        const name = error instanceof Error ? `${error.name}: ` : '';
        // The browser's own words for a request that never reached the server: it passes with the network.
        if (NETWORK_FAILURE.test(message) || (error instanceof Error && error.name === 'AbortError')) {
            return { kind: 'transient', message: `${name}${message}` };
        }
        // Anything else with no HTTP answer (a TypeError of a bug) will not pass by waiting.
        return { kind: 'unknown', message: `${name}${message}` };
    }
    if (isAccessRefusal(error)) {
        return { kind: 'noAccess', codes, message };
    }
    return { kind: 'permanent', codes, message };
}
