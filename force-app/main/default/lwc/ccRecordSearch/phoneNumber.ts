/**
 * Phone numbers made comparable. Softphones send `11987654321`, `011987654321`, `+55 11 98765-4321`
 * or `5511987654321`; users type `(11) 98765-4321` or `+1 (222) 333-4444` into Salesforce. All of
 * them reduce to E.164 (`+5511987654321`), reading national numbers with the admin's default
 * country code. Short numbers are internal extensions and never match a customer.
 */

export type PhoneKind = 'e164' | 'national' | 'extension' | 'invalid';

export interface NormalizedPhone {
    kind: PhoneKind;
    /** `+<country code><number>` when the country is known. */
    e164?: string;
    /** The digits as dialled, without punctuation. */
    digits: string;
}

/** Numbers this short are extensions (PBX users, queues), not customers. */
export const MAX_EXTENSION_DIGITS = 6;
const MIN_E164_DIGITS = 8;
/** An area code and a number: what a national number needs to be compared without a country. */
const MIN_NATIONAL_WITH_AREA_DIGITS = 10;
const MAX_E164_DIGITS = 15;

/** National significant number lengths of the countries whose numbers the bridge reads most. */
const NATIONAL_LENGTHS: Record<string, readonly number[]> = {
    '55': [10, 11], // Brazil: 2-digit area code + 8 (landline) or 9 (mobile) digits
    '1': [10], // North America
    '351': [9], // Portugal
    '54': [10], // Argentina
    '52': [10], // Mexico
    '57': [10] // Colombia
};
const DEFAULT_NATIONAL_LENGTHS = [7, 8, 9, 10, 11, 12];

/** An extension after the number: `ext. 12`, `ext12`, `x12`, `555-1234x12`, `ramal 200`, `#12`, `;ext=12`. */
const EXTENSION = /\s*(?:;\s*ext=|#|(?<![a-z])(?:ext(?:ension)?|x|ramal|r)\.?:?)\s*\d+\s*$/i;

/** The number without its extension: the extension reaches a desk, not another line. */
export function withoutExtension(text: string): string {
    return text.replace(EXTENSION, '');
}

export function normalizePhone(raw: string, defaultCountryCode = ''): NormalizedPhone {
    // Stored as typed: `+1 (222) 333-4444 ext. 12`, `(11) 98765-4321 ramal 200`, CCAI's `*222*333*4444`.
    const text = withoutExtension(raw.trim());
    const digits = text.replace(/\D/g, '');
    const explicitPlus = text.startsWith('+');
    if (digits.length === 0 || /[a-zA-Z]{2,}/.test(text)) {
        return { kind: 'invalid', digits };
    }
    if (!explicitPlus && digits.length <= MAX_EXTENSION_DIGITS) {
        return { kind: 'extension', digits };
    }
    if (explicitPlus || digits.startsWith('00')) {
        const international = explicitPlus ? digits : digits.slice(2);
        return international.length >= MIN_E164_DIGITS && international.length <= MAX_E164_DIGITS
            ? { kind: 'e164', e164: `+${international}`, digits }
            : { kind: 'invalid', digits };
    }
    const country = defaultCountryCode;
    if (country === '') {
        return { kind: 'national', digits };
    }
    const lengths = NATIONAL_LENGTHS[country] ?? DEFAULT_NATIONAL_LENGTHS;
    const national = nationalNumber(digits, country, lengths);
    return national ? { kind: 'e164', e164: `+${country}${national}`, digits } : { kind: 'national', digits };
}

/** The national significant number in what was dialled, or undefined when it cannot be told. */
function nationalNumber(digits: string, country: string, lengths: readonly number[]): string | undefined {
    if (
        digits.startsWith(country) &&
        lengths.includes(digits.length - country.length) &&
        !(country === '1' && lengths.includes(digits.length))
    ) {
        return digits.slice(country.length);
    }
    if (lengths.includes(digits.length) && !digits.startsWith('0')) {
        return digits;
    }
    if (digits.startsWith('0')) {
        const withoutTrunk = digits.slice(1);
        if (lengths.includes(withoutTrunk.length)) {
            return withoutTrunk;
        }
        // Brazil: 0 + a 2-digit carrier code + area code + number (0 21 11 98765-4321).
        if (country === '55' && lengths.includes(withoutTrunk.length - 2)) {
            return withoutTrunk.slice(2);
        }
    }
    return undefined;
}

/**
 * Whether two numbers reach the same line. With a default country, both must read as full E.164
 * numbers and be equal: a number that cannot (say, one saved without its area code) would otherwise
 * match every area code. Without one, a national number with its area code (10 digits or more) matches
 * the end of the other number.
 */
export function samePhone(a: NormalizedPhone, b: NormalizedPhone, countryKnown: boolean): boolean {
    if (a.kind === 'extension' || b.kind === 'extension' || a.kind === 'invalid' || b.kind === 'invalid') {
        return false;
    }
    if (a.e164 && b.e164) {
        return a.e164 === b.e164;
    }
    if (countryKnown) {
        return false;
    }
    const [shorter, longer] = a.digits.length <= b.digits.length ? [a.digits, b.digits] : [b.digits, a.digits];
    const national = shorter.replace(/^0+/, '');
    return national.length >= MIN_NATIONAL_WITH_AREA_DIGITS && longer.endsWith(national);
}

/**
 * What a stored phone must hold to be a candidate: the last seven digits as people type them (plain,
 * or `765-4321`, `765 4321`, `765.4321`), which Brazilian (`98765-4321`), North American
 * (`333-4444`) and E.164 numbers all contain. Seven digits, not four, keep a large org's candidates
 * few; the match itself is then confirmed on normalized numbers.
 */
export function phoneSearchFragments(phone: NormalizedPhone): string[] | undefined {
    if (phone.kind === 'extension' || phone.kind === 'invalid' || phone.digits.length < 7) {
        return undefined;
    }
    const last = phone.digits.slice(-7);
    const [head, tail] = [last.slice(0, 3), last.slice(3)];
    return [last, `${head}-${tail}`, `${head} ${tail}`, `${head}.${tail}`];
}
