/**
 * The one reader of the errors the platform gives, as the model repositories' `ldsUtils.reduceErrors`:
 * a UI API write rejected through `lightning/uiRecordApi` (a FetchResponse-like `{status, body}`,
 * whose body is `{message, output: {errors, fieldErrors}}` for DML errors or an array of
 * `{errorCode, message}`), a GraphQL answer's `errors`, a JavaScript Error, or a string.
 */
import { isObject } from 'c/ccLiveProtocol';

export interface ErrorDetail {
    errorCode?: string;
    message: string;
}

/** Every `{errorCode, message}` an error carries, in order; an error with no detail gives its own message. */
export function errorDetails(error: unknown): ErrorDetail[] {
    const details = platformDetails(error);
    if (details.length > 0) {
        return details;
    }
    const message = ownMessage(error);
    return message ? [{ message }] : [];
}

/** What an error says, for a person to read: its messages joined; empty when it says nothing. */
export function errorText(error: unknown): string {
    return errorDetails(error)
        .map((detail) => detail.message)
        .filter((message) => message !== '')
        .join('; ');
}

/** The error codes an error carries (UI API's `errorCode`s). */
export function errorCodes(error: unknown): string[] {
    return errorDetails(error).flatMap((detail) => (detail.errorCode ? [detail.errorCode] : []));
}

/** The id at the end of a DUPLICATE_VALUE message ("… duplicates value on record with id: a01…"). */
const DUPLICATE_RECORD_ID = /\b([a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?)\s*$/;

/**
 * Whether a write was refused because a unique field's value exists (DUPLICATE_VALUE), and the id of
 * the record that holds it when the message names it (English messages do; translated ones may not).
 */
export function duplicateOf(error: unknown): { existingId?: string } | undefined {
    const duplicate = errorDetails(error).find((detail) => detail.errorCode === 'DUPLICATE_VALUE');
    if (!duplicate) {
        return undefined;
    }
    const existingId = DUPLICATE_RECORD_ID.exec(duplicate.message)?.[1];
    return existingId ? { existingId } : {};
}

/**
 * The record exists but this user may not write it. UI API answers 403 when the request is refused for
 * the user's access and 404 when the record is not found, which includes a record the org's sharing
 * hides (UI API "Status Codes and Error Responses"; REST API: "verify that there are no sharing issues").
 */
const NO_ACCESS_CODES = new Set(['INSUFFICIENT_ACCESS_OR_READONLY', 'INSUFFICIENT_ACCESS', 'NOT_FOUND', 'ENTITY_IS_DELETED']);

/** Whether a write was refused because this user may not write that record (only access codes, or 403/404 with none). */
export function isAccessRefusal(error: unknown): boolean {
    const codes = errorCodes(error);
    const status = errorStatus(error);
    return codes.every((code) => NO_ACCESS_CODES.has(code)) && (codes.length > 0 || status === 403 || status === 404);
}

/** The HTTP status of a rejected request, when it has one. */
export function errorStatus(error: unknown): number | undefined {
    const status = (error as { status?: unknown } | null)?.status;
    return typeof status === 'number' ? status : undefined;
}

function platformDetails(error: unknown): ErrorDetail[] {
    if (Array.isArray(error)) {
        return error.flatMap(detailOf); // a GraphQL answer's `errors`
    }
    const body = (error as { body?: unknown } | null)?.body;
    if (Array.isArray(body)) {
        return body.flatMap(detailOf);
    }
    if (!isObject(body)) {
        return [];
    }
    const details: ErrorDetail[] = [];
    const output = body.output;
    if (isObject(output)) {
        if (Array.isArray(output.errors)) {
            details.push(...output.errors.flatMap(detailOf));
        }
        if (isObject(output.fieldErrors)) {
            for (const list of Object.values(output.fieldErrors)) {
                if (Array.isArray(list)) {
                    details.push(...list.flatMap(detailOf));
                }
            }
        }
    }
    if (details.length === 0) {
        details.push(...detailOf(body));
    }
    return details;
}

function detailOf(value: unknown): ErrorDetail[] {
    if (!isObject(value)) {
        return [];
    }
    const message = typeof value.message === 'string' ? value.message : '';
    const errorCode = typeof value.errorCode === 'string' && value.errorCode !== '' ? value.errorCode : undefined;
    if (!message && !errorCode) {
        return [];
    }
    return [errorCode ? { errorCode, message } : { message }];
}

function ownMessage(error: unknown): string {
    if (error instanceof Error) {
        return error.message;
    }
    if (typeof error === 'string') {
        return error;
    }
    const message = (error as { message?: unknown } | null)?.message;
    return typeof message === 'string' ? message : '';
}
