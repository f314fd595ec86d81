/**
 * Reads fields out of a vendor payload the way real feeds send them: `""` and `null` mean unknown,
 * numbers arrive as strings and ids as numbers. Problems become diagnostics on the reader, so an
 * adapter can read a whole payload and then decide whether what it needs is there.
 */
import { withoutExtension } from 'c/ccRecordSearch';
import type { Instant } from './events';
import { diagnostic, DiagnosticCode, type Diagnostic } from './diagnostics';
import { isJsonObject, type Json, type JsonObject } from './plainJson';
import { clip } from './text';
import { parseInstant } from './time';

/** Longest vendor id accepted: it becomes part of External_Key__c (Text 255). */
export const MAX_ID_LENGTH = 200;
/** Words a feed sends for "no value", which must never become part of a record key. */
const NO_VALUE_WORDS = new Set(['null', 'undefined', 'nan', 'none', 'nil']);
/** Digits a phone number can have before an extension (ITU-T E.164). */
export const MAX_PHONE_DIGITS = 15;
/** What may appear in a phone number besides digits: spaces, `+ ( ) - . /` and CCAI's search form `*`. */
const PHONE_TEXT = /^\+?[\d\s().\-/*]+$/;

export class PayloadReader {
    readonly diagnostics: Diagnostic[] = [];
    private readonly at: string;
    /** The vendor event being read, named in every diagnostic. */
    private readonly subject: string;

    constructor(at: string, subject: string) {
        this.at = at;
        this.subject = subject;
    }

    /** A nested object, or undefined (with a diagnostic when something else is there). */
    object(parent: JsonObject | undefined, name: string): JsonObject | undefined {
        const value = parent?.[name];
        if (value === undefined || value === null || value === '') {
            return undefined;
        }
        if (isJsonObject(value)) {
            return value;
        }
        this.invalid(name, 'an object', value);
        return undefined;
    }

    /** Text from a string or a number; `""`, null and whitespace read as undefined. */
    text(parent: JsonObject | undefined, name: string): string | undefined {
        const value = parent?.[name];
        if (typeof value === 'string') {
            const trimmed = value.trim();
            return trimmed === '' ? undefined : trimmed;
        }
        if (typeof value === 'number') {
            return String(value);
        }
        if (value !== undefined && value !== null) {
            this.invalid(name, 'text', value);
        }
        return undefined;
    }

    /**
     * An id that will become part of a record key: text or a whole number, of reasonable length,
     * without spaces or control characters, and not a word that means "no value" ("null",
     * "undefined"). `number`: digits only, for vendors whose ids always are. Anything else is
     * refused (never cut): a wrong key is a garbage record.
     */
    id(parent: JsonObject | undefined, name: string, form: 'text' | 'number' = 'text'): string | undefined {
        const raw = parent?.[name];
        if (typeof raw === 'number' && !(Number.isSafeInteger(raw) && raw >= 0)) {
            this.invalid(name, 'an id (text or a whole number)', raw, 'error');
            return undefined;
        }
        const value = this.text(parent, name);
        if (value === undefined) {
            return undefined;
        }
        if (value.length > MAX_ID_LENGTH) {
            this.report(
                'error',
                DiagnosticCode.FieldInvalid,
                `${this.subject}: ${name} is ${value.length} characters; ids longer than ${MAX_ID_LENGTH} are refused.`
            );
            return undefined;
        }
        if (NO_VALUE_WORDS.has(value.toLowerCase()) || /[\s\p{Cc}]/u.test(value) || (form === 'number' && !/^\d+$/.test(value))) {
            this.invalid(name, 'an id', value, 'error');
            return undefined;
        }
        return value;
    }

    /**
     * A phone number as the vendor wrote it: digits with phone punctuation, at most 15 digits before
     * an optional extension. Anything else (letters, a 5,000-digit string) is not stored at all, so a
     * phone field never holds a value that is not a number. `silent` is for the agent's own side of a
     * call, which PBXs fill with an endpoint id (the seed's `to.number` is a UUID): left empty, unsaid.
     */
    phone(parent: JsonObject | undefined, name: string, level: 'warn' | 'silent' = 'warn'): string | undefined {
        const value = this.text(parent, name);
        if (value === undefined) {
            return undefined;
        }
        const main = withoutExtension(value);
        const digits = main.replace(/\D/g, '').length;
        if (!PHONE_TEXT.test(main) || digits === 0 || digits > MAX_PHONE_DIGITS) {
            if (level === 'silent') {
                return undefined;
            }
            this.report(
                level,
                DiagnosticCode.FieldInvalid,
                `${this.subject}: ${name} ${describe(value)} is not a phone number (up to ${MAX_PHONE_DIGITS} digits and an extension); the field stays empty.`
            );
            return undefined;
        }
        return value;
    }

    /** A non-negative number from a number or numeric text. */
    count(parent: JsonObject | undefined, name: string): number | undefined {
        const value = parent?.[name];
        if (value === undefined || value === null || value === '') {
            return undefined;
        }
        const number = typeof value === 'string' ? Number(value.trim()) : value;
        if (typeof number === 'number' && Number.isFinite(number) && number >= 0) {
            return number;
        }
        this.invalid(name, 'a non-negative number', value);
        return undefined;
    }

    /** A boolean from true/false or their text. */
    flag(parent: JsonObject | undefined, name: string): boolean | undefined {
        const value = parent?.[name];
        if (typeof value === 'boolean') {
            return value;
        }
        if (value === 'true' || value === 'false') {
            return value === 'true';
        }
        if (value !== undefined && value !== null && value !== '') {
            this.invalid(name, 'true or false', value);
        }
        return undefined;
    }

    /** An ISO 8601 timestamp. `level` is 'error' for a time the event cannot do without. */
    instant(parent: JsonObject | undefined, name: string, level: 'warn' | 'error' = 'warn'): Instant | undefined {
        const value = this.text(parent, name);
        if (value === undefined) {
            return undefined;
        }
        const instant = parseInstant(value);
        if (!instant) {
            this.invalid(name, 'an ISO 8601 time', value, level);
        }
        return instant;
    }

    /** One diagnostic for everything an event cannot do without. */
    missing(...names: string[]): void {
        this.report('error', DiagnosticCode.FieldMissing, `${this.subject} has no ${names.join(', ')}; the event is ignored.`);
    }

    report(level: 'info' | 'warn' | 'error', code: DiagnosticCode, message: string): void {
        this.diagnostics.push(diagnostic(this.at, level, code, message, this.subject));
    }

    private invalid(name: string, expected: string, value: Json, level: 'warn' | 'error' = 'warn'): void {
        this.report(
            level,
            DiagnosticCode.FieldInvalid,
            `${this.subject}: ${name} should be ${expected}, got ${describe(value)}; read as unknown.`
        );
    }
}

function describe(value: Json): string {
    if (value === null) {
        return 'null';
    }
    if (Array.isArray(value)) {
        return 'a list';
    }
    if (typeof value === 'object') {
        return 'an object';
    }
    return clip(JSON.stringify(value), 40);
}
