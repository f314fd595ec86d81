/**
 * `{ACCOUNT_ID}` of CCAI's queue pop: opened only when it is the id of a record of the admin's match
 * objects (Contact, Lead, Account) this user can read in this org. The id's shape is checked first (15 or 18 characters, and an
 * 18-character id's case checksum); then one GraphQL query asks the three objects for it. UI API
 * GraphQL answers an id of another org, of another object or a deleted one with no record (empty
 * edges, not an error), so "is it ours" is exactly "did a record come back".
 */
import type { CallerRecord, MatchObject } from 'c/ccRecordSearch';

const CHECKSUM_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** Whether text is shaped as a Salesforce record id; an 18-character id must carry its 15 characters' checksum. */
export function isRecordIdShaped(text: string): boolean {
    if (!/^[a-zA-Z0-9]{15}(?:[A-Z0-5]{3})?$/.test(text)) {
        return false;
    }
    return text.length === 15 || text.slice(15) === idChecksum(text.slice(0, 15));
}

/** The three characters that make a 15-character id case-insensitively unique. */
function idChecksum(id15: string): string {
    let suffix = '';
    for (let chunk = 0; chunk < 3; chunk += 1) {
        let bits = 0;
        for (let position = 0; position < 5; position += 1) {
            const character = id15.charAt(chunk * 5 + position);
            if (character >= 'A' && character <= 'Z') {
                bits += 1 << position;
            }
        }
        suffix += CHECKSUM_ALPHABET.charAt(bits);
    }
    return suffix;
}

/** The query for the record with this id among the objects (only those: one this user cannot read would fail it all), answered under `alias`. */
export function accountRecordRequest(
    id: string,
    objects: readonly MatchObject[],
    alias: string
): { text: string; variables: Record<string, unknown> } {
    const blocks = objects.map(
        (objectApiName) => `${objectApiName}(where: { Id: { eq: $id } }, first: 1) { edges { node { Id Name { value } } } }`
    );
    return { text: `query accountRecord($id: ID) { ${alias}: uiapi { query { ${blocks.join(' ')} } } }`, variables: { id } };
}

type NameNode = { Id?: unknown; Name?: { value?: unknown } | null };

/** The record the answer holds, if any. */
export function accountRecordFrom(answer: unknown, objects: readonly MatchObject[]): CallerRecord | undefined {
    const query = (answer as { query?: Record<string, { edges?: { node?: NameNode }[] }> } | undefined)?.query ?? {};
    for (const objectApiName of objects) {
        const node = query[objectApiName]?.edges?.[0]?.node;
        if (typeof node?.Id === 'string') {
            const name = node.Name?.value;
            return typeof name === 'string' && name !== ''
                ? { objectApiName, recordId: node.Id, name }
                : { objectApiName, recordId: node.Id };
        }
    }
    return undefined;
}
