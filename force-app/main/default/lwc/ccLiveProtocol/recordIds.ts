/**
 * Ids the live views share: whether two record ids name the same record, and the id of a request on
 * the live-state channel.
 */

/** Whether two record ids name the same record: a 15- and an 18-character id compare on their first 15 characters. */
export function sameRecordId(a: string | undefined, b: string | undefined): boolean {
    return a !== undefined && b !== undefined && a.length >= 15 && b.length >= 15 && a.slice(0, 15) === b.slice(0, 15);
}

/** An id for a live-state request, unique enough to tell this component's answer from another's. */
export function newRequestId(): string {
    return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
