/**
 * Fits record field values to what the org accepts (recordSchema.ts), so that one value the org
 * would refuse never costs the whole record: an out-of-range or negative number, an identifier or
 * phone number too long to store whole, text longer than its field, JSON too large for its field.
 * Each value that does not fit becomes a problem the bridge reports; the rest is written as is.
 */
import {
    EXACT_TEXT_FIELDS,
    JSON_TEXT_FIELDS,
    NUMBER_FIELD_DIGITS,
    TEXT_FIELD_LENGTHS,
    type ObjectApiName,
    type RecordFields
} from './recordSchema';

export interface FieldProblem {
    field: string;
    /** cut: text shortened with a marker; left-out: not written (null); shortened-json: JSON values shortened. */
    outcome: 'cut' | 'left-out' | 'shortened-json';
    /** Why, in words, for the diagnostic. */
    reason: string;
}

/** Ends a cut text, so nobody reads it as the whole value. */
export const CUT_MARKER = '…';

export function fitToFields(objectApiName: ObjectApiName, fields: RecordFields): { fields: RecordFields; problems: FieldProblem[] } {
    const lengths = TEXT_FIELD_LENGTHS[objectApiName];
    const digits = NUMBER_FIELD_DIGITS[objectApiName];
    const problems: FieldProblem[] = [];
    const fitted: RecordFields = {};
    for (const [field, value] of Object.entries(fields)) {
        const length = lengths[field];
        const maxDigits = digits[field];
        if (typeof value === 'number' && maxDigits !== undefined) {
            fitted[field] = fitNumber(field, value, maxDigits, problems);
        } else if (typeof value === 'string' && length !== undefined && value.length > length) {
            fitted[field] = fitText(field, value, length, problems);
        } else {
            fitted[field] = value;
        }
    }
    return { fields: fitted, problems };
}

function fitNumber(field: string, value: number, maxDigits: number, problems: FieldProblem[]): number | null {
    const whole = Math.round(value);
    if (!Number.isFinite(whole) || whole < 0) {
        problems.push({ field, outcome: 'left-out', reason: `${value} is negative or not a number` });
        return null;
    }
    if (whole >= 10 ** maxDigits) {
        problems.push({ field, outcome: 'left-out', reason: `${whole} has more than the ${maxDigits} digits the field holds` });
        return null;
    }
    return whole;
}

function fitText(field: string, value: string, length: number, problems: FieldProblem[]): string | null {
    if (EXACT_TEXT_FIELDS.has(field)) {
        problems.push({
            field,
            outcome: 'left-out',
            reason: `${value.length} characters do not fit its ${length}, and a cut value would look real`
        });
        return null;
    }
    if (JSON_TEXT_FIELDS.has(field)) {
        const shortened = shortenJson(value, length);
        problems.push({
            field,
            outcome: shortened === null ? 'left-out' : 'shortened-json',
            reason: `${value.length} characters of JSON do not fit its ${length}${shortened === null ? '' : '; its largest values were shortened'}`
        });
        return shortened;
    }
    problems.push({ field, outcome: 'cut', reason: `${value.length} characters do not fit its ${length}` });
    return cutText(value, length - CUT_MARKER.length) + CUT_MARKER;
}

/** The first `length` characters, never splitting a surrogate pair (a lone half is not valid text for the API). */
function cutText(value: string, length: number): string {
    const end = /[\uD800-\uDBFF]/.test(value.charAt(length - 1)) ? length - 1 : length;
    return value.slice(0, end);
}

/**
 * JSON text within `length`. The largest value is shortened first: a long string keeps its start
 * and ends in a marker saying how much was left out; an object or list too large for what remains
 * loses its largest members, replaced by one marker member. Null when the text is not JSON.
 */
export function shortenJson(text: string, length: number): string | null {
    let value: unknown;
    try {
        value = JSON.parse(text);
    } catch {
        return null;
    }
    // Escapes can make the result a little longer than planned: plan again with what was over.
    for (let budget = length; budget > 0; ) {
        const result = JSON.stringify(fit(value, budget));
        if (result.length <= length) {
            return result;
        }
        budget -= result.length - length;
    }
    return null;
}

/** Values this short are replaced by a marker rather than cut further. */
const MIN_KEPT = 40;

function jsonLength(value: unknown): number {
    return JSON.stringify(value)?.length ?? 0;
}

/** `value` shortened so that its JSON takes about `budget` characters. */
function fit(value: unknown, budget: number): unknown {
    const size = jsonLength(value);
    if (size <= budget) {
        return value;
    }
    if (typeof value === 'string') {
        const marker = `… [${value.length} characters, the rest not kept]`;
        const keep = budget - 2 - marker.length - (size - 2 - value.length);
        return keep >= MIN_KEPT ? cutText(value, keep) + marker : `[${value.length} characters not kept]`;
    }
    if (typeof value !== 'object' || value === null) {
        return value;
    }
    // What each member adds to its parent's JSON: the value and a comma, plus `"key":` in an object.
    const isList = Array.isArray(value);
    const entries = Object.entries(value).map(([key, child]) => ({
        key,
        child,
        size: jsonLength(child) + 1 + (isList ? 0 : JSON.stringify(key).length + 1)
    }));
    const byLargest = [...entries].sort((a, b) => b.size - a.size);
    const excess = size - budget;
    const largest = byLargest[0];
    if (largest && largest.size - excess >= MIN_KEPT) {
        // The largest member alone can give up the excess.
        largest.child = fit(largest.child, jsonLength(largest.child) - excess);
        return rebuild(value, entries, 0);
    }
    // Drop the largest members until the rest and one marker fit.
    const dropped = new Set<string>();
    let remaining = size;
    for (const entry of byLargest) {
        if (remaining + 60 <= budget) {
            break;
        }
        dropped.add(entry.key);
        remaining -= entry.size;
    }
    return rebuild(
        value,
        entries.filter((entry) => !dropped.has(entry.key)),
        dropped.size
    );
}

function rebuild(original: object, entries: { key: string; child: unknown }[], droppedCount: number): unknown {
    const marker = `[${droppedCount} ${droppedCount === 1 ? 'member' : 'members'} not kept]`;
    if (Array.isArray(original)) {
        const list = entries.map((entry) => entry.child);
        return droppedCount > 0 ? [...list, marker] : list;
    }
    const object: Record<string, unknown> = {};
    for (const entry of entries) {
        Object.defineProperty(object, entry.key, { value: entry.child, enumerable: true, writable: true, configurable: true });
    }
    if (droppedCount > 0) {
        // A key of the vendor's own is never overwritten by the marker.
        let markerKey = CUT_MARKER;
        while (Object.hasOwn(object, markerKey)) {
            markerKey += CUT_MARKER;
        }
        object[markerKey] = marker;
    }
    return object;
}
