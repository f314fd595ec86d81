/** Record ids as the live views compare them. */

/** Whether two record ids name the same record: a 15- and an 18-character id compare on their first 15 characters. */
export function sameRecordId(a: string | undefined, b: string | undefined): boolean {
    return a !== undefined && b !== undefined && a.length >= 15 && b.length >= 15 && a.slice(0, 15) === b.slice(0, 15);
}
