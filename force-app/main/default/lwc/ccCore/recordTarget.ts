/**
 * Which record of this org a vendor's screen pop names. Only a record id, a Lightning record path
 * (`/lightning/r/Contact/003.../view`) or a classic record path on this org's own hosts is accepted:
 * a pop never navigates to an arbitrary URL from a message.
 */

export interface RecordTarget {
    recordId: string;
    objectApiName?: string;
}

export type RecordTargetResult = { ok: true; target: RecordTarget } | { ok: false; reason: string };

const RECORD_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
const OBJECT_API_NAME = /^[A-Za-z][A-Za-z0-9_]{0,79}$/;
// My Domain hosts of one org: acme.lightning.force.com, acme.my.salesforce.com, acme--dev.sandbox.lightning.force.com …
const ORG_HOST = /^([a-z0-9-]+)\.(?:(?:sandbox|develop|scratch|demo|patch|trailblaze)\.)?(?:lightning\.force\.com|my\.salesforce\.com)$/;

/**
 * Reads a record URL. `orgOrigin` is the Salesforce page's own origin; without it only ids and
 * paths without a host are accepted.
 */
export function recordTargetFromUrl(recordUrl: string, orgOrigin: string | undefined): RecordTargetResult {
    const text = recordUrl.trim();
    if (RECORD_ID.test(text)) {
        return { ok: true, target: { recordId: text } };
    }
    let url: URL;
    const base = orgOrigin ?? 'https://org.invalid';
    try {
        url = new URL(text, base);
    } catch {
        return { ok: false, reason: 'it is not a URL or a record id' };
    }
    const hasHost = /^[a-z][a-z0-9+.-]*:/i.test(text) || text.startsWith('//');
    if (hasHost && !sameOrg(url, orgOrigin)) {
        return { ok: false, reason: `${url.origin} is not this org` };
    }
    const segments = url.pathname.split('/').filter((segment) => segment !== '');
    // Lightning: /lightning/r/<Object>/<id>[/view] or /lightning/r/<id>[/view]
    if (segments[0] === 'lightning' && segments[1] === 'r') {
        const [objectApiName, recordId] = RECORD_ID.test(segments[2] ?? '') ? [undefined, segments[2]] : [segments[2], segments[3]];
        if (recordId && RECORD_ID.test(recordId) && (objectApiName === undefined || OBJECT_API_NAME.test(objectApiName))) {
            return { ok: true, target: objectApiName ? { recordId, objectApiName } : { recordId } };
        }
    }
    // Classic: /<id>
    if (segments.length === 1 && RECORD_ID.test(segments[0] ?? '')) {
        return { ok: true, target: { recordId: segments[0] ?? '' } };
    }
    return { ok: false, reason: 'its path names no record (expected /lightning/r/<Object>/<id>/view or a record id)' };
}

function sameOrg(url: URL, orgOrigin: string | undefined): boolean {
    if (!orgOrigin) {
        return false;
    }
    let org: URL;
    try {
        org = new URL(orgOrigin);
    } catch {
        return false;
    }
    // The page's own origin is this org (http only on a development host such as the local preview).
    if (url.origin === org.origin) {
        return true;
    }
    if (url.protocol !== 'https:') {
        return false;
    }
    const name = ORG_HOST.exec(url.hostname)?.[1];
    return name !== undefined && name === ORG_HOST.exec(org.hostname)?.[1] && url.port === '';
}

/** The lightning/navigation page reference of a record's view page. */
export function recordPageReference(target: RecordTarget): { type: 'standard__recordPage'; attributes: Record<string, string> } {
    return {
        type: 'standard__recordPage',
        attributes: {
            recordId: target.recordId,
            ...(target.objectApiName ? { objectApiName: target.objectApiName } : {}),
            actionName: 'view'
        }
    };
}
