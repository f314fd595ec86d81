/**
 * How callers are matched, as an admin sets it: the objects searched in order, the country a
 * national number is read in, and the field that holds a CPF. The bridge reads these from its App
 * Builder properties, the lookup page from its URL; both through here, so both match alike.
 */
import type { MatchObject } from './callerMatch';

export const MATCH_OBJECTS: readonly MatchObject[] = ['Contact', 'Lead', 'Account'];

export interface MatchSettings {
    matchObjects: MatchObject[];
    /** Digits without `+` (`55`), or empty: national numbers are then compared by their ends. */
    defaultCountryCode: string;
    cpfField?: string;
}

export interface MatchProperties {
    matchObjects?: unknown;
    defaultCountryCode?: unknown;
    cpfField?: unknown;
}

/** Reads the settings; each value that cannot be used is reported through `invalid` and replaced by its default. */
export function readMatchSettings(
    properties: MatchProperties,
    invalid: (property: keyof MatchProperties, message: string) => void
): MatchSettings {
    const matchObjects: MatchObject[] = [];
    for (const name of textOr(properties.matchObjects, MATCH_OBJECTS.join(',')).split(/[\s,]+/)) {
        const known = MATCH_OBJECTS.find((object) => object.toLowerCase() === name.toLowerCase());
        if (known && !matchObjects.includes(known)) {
            matchObjects.push(known);
        } else if (!known && name !== '') {
            invalid('matchObjects', `Ignored match object "${name}": use Contact, Lead or Account.`);
        }
    }
    let defaultCountryCode = textOr(properties.defaultCountryCode, '').replace(/^\+/, '');
    if (defaultCountryCode !== '' && !/^[1-9]\d{0,2}$/.test(defaultCountryCode)) {
        invalid('defaultCountryCode', `defaultCountryCode must be 1 to 3 digits, e.g. 55; ignored.`);
        defaultCountryCode = '';
    }
    let cpfField: string | undefined = textOr(properties.cpfField, '') || undefined;
    if (cpfField !== undefined && !/^[A-Za-z][A-Za-z0-9_]*$/.test(cpfField)) {
        invalid('cpfField', `cpfField "${cpfField}" is not a field API name; CPF matching is off.`);
        cpfField = undefined;
    }
    return { matchObjects, defaultCountryCode, ...(cpfField ? { cpfField } : {}) };
}

function textOr(value: unknown, fallback: string): string {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : fallback;
}
