/**
 * Turns whatever a window message carried into a bounded, plain JSON value, or says why not.
 * Messages are structured clones or JSON strings from other frames: they can be huge, deeply nested,
 * cyclic, hold Dates or Blobs, or carry `__proto__` keys meant to pollute prototypes.
 */
import { isObject } from 'c/ccLiveProtocol';
import { DiagnosticCode } from './diagnostics';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const MAX_MESSAGE_BYTES = 64 * 1024;
export const MAX_MESSAGE_DEPTH = 16;

// Keys that reach Object.prototype when assigned; they are dropped from every copy.
const POISONED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type PlainJsonResult =
    | { ok: true; value: Json; bytes: number }
    | {
          ok: false;
          code:
              | typeof DiagnosticCode.MessageTooLarge
              | typeof DiagnosticCode.MessageTooDeep
              | typeof DiagnosticCode.MessageNotJson
              | typeof DiagnosticCode.JsonInvalid;
          message: string;
      };

class Rejection {
    readonly code: Extract<PlainJsonResult, { ok: false }>['code'];
    readonly message: string;

    constructor(code: Rejection['code'], message: string) {
        this.code = code;
        this.message = message;
    }
}

/** Size in bytes of a string once UTF-8 encoded (TextEncoder is not in every test environment). */
export function utf8Length(text: string): number {
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 0x80) {
            bytes += 1;
        } else if (code < 0x800) {
            bytes += 2;
        } else if (code >= 0xd800 && code <= 0xdbff) {
            bytes += 4; // a surrogate pair: one 4-byte character
            i++;
        } else {
            bytes += 3;
        }
    }
    return bytes;
}

/**
 * Reads message data: a string is parsed as JSON (CCAI adapters post strings), anything else is
 * copied. Either way the result is a fresh plain value within the size and depth limits.
 */
export function readMessageData(data: unknown, maxBytes = MAX_MESSAGE_BYTES): PlainJsonResult {
    try {
        if (typeof data === 'string') {
            const bytes = utf8Length(data);
            if (bytes > maxBytes) {
                throw new Rejection(DiagnosticCode.MessageTooLarge, tooLarge(bytes, maxBytes));
            }
            const trimmed = data.trim();
            if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
                // A bare string is not an event; treating it as one value lets shape detection say so.
                return { ok: true, value: data, bytes };
            }
            let parsed: unknown;
            try {
                parsed = JSON.parse(trimmed);
            } catch (error) {
                throw new Rejection(DiagnosticCode.JsonInvalid, `The message is not valid JSON: ${errorText(error)}`);
            }
            return copyPlain(parsed, maxBytes);
        }
        return copyPlain(data, maxBytes);
    } catch (error) {
        if (error instanceof Rejection) {
            return { ok: false, code: error.code, message: error.message };
        }
        // A getter that throws, a revoked proxy, a stack overflow: still only a rejected message.
        return { ok: false, code: DiagnosticCode.MessageNotJson, message: `The message could not be read: ${errorText(error)}` };
    }
}

function copyPlain(root: unknown, maxBytes: number): PlainJsonResult {
    const budget = { bytes: 0 };
    const ancestors = new Set<object>();
    const value = copyValue(root, 0, ancestors, budget, maxBytes);
    return { ok: true, value, bytes: budget.bytes };
}

function copyValue(value: unknown, depth: number, ancestors: Set<object>, budget: { bytes: number }, maxBytes: number): Json {
    const spend = (bytes: number) => {
        budget.bytes += bytes;
        if (budget.bytes > maxBytes) {
            throw new Rejection(DiagnosticCode.MessageTooLarge, tooLarge(budget.bytes, maxBytes, 'at least '));
        }
    };
    switch (typeof value) {
        case 'string':
            spend(utf8Length(value) + 2);
            return value;
        case 'number':
            if (!Number.isFinite(value)) {
                throw new Rejection(DiagnosticCode.MessageNotJson, `The message holds a number JSON cannot carry (${value}).`);
            }
            spend(String(value).length);
            return value;
        case 'boolean':
            spend(5);
            return value;
        case 'object':
            break;
        default:
            throw new Rejection(DiagnosticCode.MessageNotJson, `The message holds a ${typeof value}, which JSON cannot carry.`);
    }
    if (value === null) {
        spend(4);
        return null;
    }
    if (depth >= MAX_MESSAGE_DEPTH) {
        throw new Rejection(DiagnosticCode.MessageTooDeep, `The message nests deeper than ${MAX_MESSAGE_DEPTH} levels.`);
    }
    if (ancestors.has(value)) {
        throw new Rejection(DiagnosticCode.MessageNotJson, 'The message refers to itself (a cycle), which JSON cannot carry.');
    }
    ancestors.add(value);
    try {
        if (Array.isArray(value)) {
            // Charged by length, not by the items present: a sparse array can claim billions of slots.
            spend(2 + value.length);
            return Array.from(value, (item) => copyValue(item, depth + 1, ancestors, budget, maxBytes));
        }
        const tag = Object.prototype.toString.call(value);
        if (tag !== '[object Object]') {
            throw new Rejection(DiagnosticCode.MessageNotJson, `The message holds a ${tag.slice(8, -1)}, which JSON cannot carry.`);
        }
        spend(2);
        const copy: JsonObject = {};
        for (const key of Object.keys(value)) {
            if (POISONED_KEYS.has(key)) {
                continue;
            }
            spend(utf8Length(key) + 4);
            copy[key] = copyValue((value as Record<string, unknown>)[key], depth + 1, ancestors, budget, maxBytes);
        }
        return copy;
    } finally {
        ancestors.delete(value);
    }
}

function tooLarge(bytes: number, maxBytes: number, qualifier = ''): string {
    return `The message is ${qualifier}${bytes} bytes; the limit is ${maxBytes} bytes (${maxBytes / 1024} KiB).`;
}

function errorText(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}

/** A copied message's object (plain JSON, so the shared object check says all). */
export function isJsonObject(value: Json | undefined): value is JsonObject {
    return isObject(value);
}
