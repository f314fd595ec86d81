// What the preview's stand-ins for the platform were asked to do (navigate, open a tab, relabel the
// utility, publish on a message channel), so the shell can show it. In the org these calls change
// the console; here they are recorded, the page lists them, and a record page navigation opens
// that record on the preview's record page. State lives for the page's life.
const MAX_ENTRIES = 50;
const SUMMARY_LENGTH = 160;

const entries = [];
const listeners = new Set();
const utilities = new Map();
let sequence = 0;
let page;

/** Records one platform call: `api` is the module (`navigation`), `call` the method (`Navigate`). */
export function recordPlatformCall(api, call, detail) {
    sequence += 1;
    const described = describe(detail);
    const summary = described.length > SUMMARY_LENGTH ? `${described.slice(0, SUMMARY_LENGTH)}…` : described;
    entries.unshift({ key: String(sequence), at: new Date().toISOString(), api, call, detail: described, summary });
    entries.length = Math.min(entries.length, MAX_ENTRIES);
    notify();
}

/** Newest first. */
export function platformCalls() {
    return entries.slice();
}

/** The state of a utility as `updateUtility`/`updatePanel` left it. */
export function utilityState(utilityId) {
    return utilities.get(utilityId) ?? {};
}

export function updateUtilityState(utilityId, changes) {
    utilities.set(utilityId, { ...utilityState(utilityId), ...changes });
    notify();
}

/** The page the preview shows: a page reference, as the last navigation (or the start) set it. */
export function currentPage() {
    return page;
}

export function showPage(pageReference) {
    page = pageReference;
    notify();
}

/** Calls `listener` after every change; returns the function that stops it. */
export function onPlatformChange(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
}

function notify() {
    for (const listener of listeners) {
        listener();
    }
}

function describe(detail) {
    if (detail === undefined) {
        return '';
    }
    try {
        return JSON.stringify(detail);
    } catch {
        return String(detail);
    }
}
