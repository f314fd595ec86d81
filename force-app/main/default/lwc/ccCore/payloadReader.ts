/**
 * Reads fields out of a vendor payload the way real feeds send them: `""` and `null` mean unknown,
 * numbers arrive as strings and ids as numbers. Problems become diagnostics on the reader, so an
 * adapter can read a whole payload and then decide whether what it needs is there.
 */
import type { Instant } from './events';
import { diagnostic, DiagnosticCode, type Diagnostic } from './diagnostics';
import { isJsonObject, type Json, type JsonObject } from './plainJson';
import { clip } from './text';
import { parseInstant } from './time';

/** Longest vendor id accepted: it becomes part of External_Key__c (Text 255). */
export const MAX_ID_LENGTH = 200;

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

    /** An id that will become part of a record key: text of reasonable length. */
    id(parent: JsonObject | undefined, name: string): string | undefined {
        const value = this.text(parent, name);
        if (value !== undefined && value.length > MAX_ID_LENGTH) {
            this.report(
                'error',
                DiagnosticCode.FieldInvalid,
                `${name} is ${value.length} characters; ids longer than ${MAX_ID_LENGTH} are refused.`
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

    /** An ISO 8601 timestamp. */
    instant(parent: JsonObject | undefined, name: string): Instant | undefined {
        const value = this.text(parent, name);
        if (value === undefined) {
            return undefined;
        }
        const instant = parseInstant(value);
        if (!instant) {
            this.invalid(name, 'an ISO 8601 time', value);
        }
        return instant;
    }

    missing(name: string): void {
        this.report('error', DiagnosticCode.FieldMissing, `${this.subject} has no ${name}; the event is ignored.`);
    }

    report(level: 'info' | 'warn' | 'error', code: DiagnosticCode, message: string): void {
        this.diagnostics.push(diagnostic(this.at, level, code, message, this.subject));
    }

    private invalid(name: string, expected: string, value: Json): void {
        this.report(
            'warn',
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
