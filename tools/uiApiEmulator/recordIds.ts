/**
 * Salesforce record ids as the platform makes them: a 3-character key prefix per object, 15
 * case-sensitive characters, and the 3-character suffix that makes the 18-character form
 * case-insensitive.
 */

const STANDARD_PREFIXES: Record<string, string> = { Account: '001', Contact: '003', User: '005', Lead: '00Q' };
const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/**
 * The package's custom objects in the order it added them. An org numbers custom objects' key
 * prefixes as it creates them, so an object added later takes the next prefix and the earlier ones
 * keep theirs (the tests' fixtures hold ids with them).
 */
const PACKAGE_OBJECTS_IN_CREATION_ORDER = ['CC_Agent_Pause__c', 'CC_Custom_Event__c', 'CC_Interaction__c', 'CC_Agent_Status__c'];

/**
 * Key prefixes: the standard objects' own, and a00, a01 … for custom objects in the order the org
 * created them: the package's first, any other after them in name order.
 */
export function keyPrefixes(customObjects: string[]): Record<string, string> {
    const prefixes = { ...STANDARD_PREFIXES };
    const creationOrder = (apiName: string) => {
        const index = PACKAGE_OBJECTS_IN_CREATION_ORDER.indexOf(apiName);
        return index < 0 ? PACKAGE_OBJECTS_IN_CREATION_ORDER.length : index;
    };
    [...customObjects]
        .sort((a, b) => creationOrder(a) - creationOrder(b) || a.localeCompare(b))
        .forEach((apiName, index) => {
            prefixes[apiName] = `a0${index.toString(36).toUpperCase()}`;
        });
    return prefixes;
}

/** The 18-character id for a 15-character one. */
export function to18(id15: string): string {
    let suffix = '';
    for (let chunk = 0; chunk < 3; chunk++) {
        let flags = 0;
        for (let position = 0; position < 5; position++) {
            const char = id15.charAt(chunk * 5 + position);
            if (char >= 'A' && char <= 'Z') {
                flags += 1 << position;
            }
        }
        suffix += SUFFIX_ALPHABET.charAt(flags);
    }
    return id15 + suffix;
}

/** The n-th id of an object: prefix, a fixed pod-like part, and a counter. */
export function recordId(prefix: string, sequence: number): string {
    return to18(`${prefix}5g0000${String(sequence).padStart(6, '0')}`);
}

export function isRecordId(value: string): boolean {
    return /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/.test(value) && (value.length === 15 || to18(value.slice(0, 15)) === value);
}
