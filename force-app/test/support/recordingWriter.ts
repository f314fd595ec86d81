/**
 * A record writer for tests that behaves like UI API where it matters to the bridge: ids with the
 * object's key prefix, a unique External_Key__c (DUPLICATE_VALUE with the existing id), updates of
 * unknown ids refused, and failures a test can switch on. Every call is logged for assertions.
 */
import type { RecordFields, RecordWriter } from 'c/ccCore';

export type WriteCall =
    | { op: 'create'; objectApiName: string; fields: RecordFields }
    | { op: 'update'; recordId: string; fields: RecordFields };

const KEY_PREFIX: Record<string, string> = { CC_Interaction__c: 'a01', CC_Agent_Pause__c: 'a02', CC_Custom_Event__c: 'a03' };

export interface StoredRecord {
    Id: string;
    objectApiName: string;
    fields: RecordFields;
}

export class RecordingWriter implements RecordWriter {
    readonly calls: WriteCall[] = [];
    readonly records = new Map<string, StoredRecord>();
    /** When set, every call fails with this error until cleared. */
    failWith?: unknown;
    private sequence = 0;

    async createRecord(objectApiName: string, fields: RecordFields): Promise<{ id: string }> {
        this.calls.push({ op: 'create', objectApiName, fields: { ...fields } });
        this.throwIfFailing();
        const existing = [...this.records.values()].find(
            (record) => record.objectApiName === objectApiName && record.fields.External_Key__c === fields.External_Key__c
        );
        if (existing) {
            throw duplicateValueError(existing.Id);
        }
        this.sequence += 1;
        const id = `${KEY_PREFIX[objectApiName] ?? 'a00'}5g00000${String(this.sequence).padStart(5, '0')}AAA`;
        this.records.set(id, { Id: id, objectApiName, fields: { ...fields } });
        return { id };
    }

    async updateRecord(recordId: string, fields: RecordFields): Promise<void> {
        this.calls.push({ op: 'update', recordId, fields: { ...fields } });
        this.throwIfFailing();
        const record = this.records.get(recordId);
        if (!record) {
            throw { status: 404, body: [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }] };
        }
        Object.assign(record.fields, fields);
    }

    /** The stored records of one object, in creation order. */
    recordsOf(objectApiName: string): StoredRecord[] {
        return [...this.records.values()].filter((record) => record.objectApiName === objectApiName);
    }

    /** Test helper: a record created by someone else (another tab), without logging a call. */
    seed(objectApiName: string, fields: RecordFields): string {
        this.sequence += 1;
        const id = `${KEY_PREFIX[objectApiName] ?? 'a00'}5g00000${String(this.sequence).padStart(5, '0')}AAA`;
        this.records.set(id, { Id: id, objectApiName, fields: { ...fields } });
        return id;
    }

    private throwIfFailing(): void {
        if (this.failWith !== undefined) {
            throw this.failWith;
        }
    }
}

/** The error lightning/uiRecordApi rejects with when a unique field already holds the value. */
export function duplicateValueError(existingId: string): unknown {
    const message = `duplicate value found: External_Key__c duplicates value on record with id: ${existingId}`;
    return {
        status: 400,
        statusText: 'Bad Request',
        ok: false,
        body: {
            message: 'An error occurred while trying to update the record. Please try again.',
            statusCode: 400,
            output: { errors: [{ errorCode: 'DUPLICATE_VALUE', message }], fieldErrors: {} }
        }
    };
}

/** What a fetch that never reached the server rejects with. */
export const NETWORK_ERROR = { status: 0, body: { message: 'Failed to fetch' } };
