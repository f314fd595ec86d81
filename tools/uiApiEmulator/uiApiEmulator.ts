/**
 * A UI API emulator for records, built from the package's own object metadata. It behaves like the
 * org where the bridge can tell the difference: it refuses unknown fields, values of the wrong
 * type, text over the field's length and values outside a restricted picklist with UI API's error
 * codes and shapes, enforces unique fields (DUPLICATE_VALUE naming the existing record), and
 * assigns 18-character ids with each object's key prefix. The replay command and the unit tests
 * both write through it, so a typo in a field name fails a test instead of an org. Its GraphQL
 * endpoint runs graphql-js over a schema generated from the same metadata and the standard objects
 * (tools/uiGraphql), so a query the org would refuse is refused here too. It holds no Node-only
 * code, so the browser preview can run it too; objectMetadata.ts reads the definitions.
 */
import type { GraphQLSchema } from 'graphql';
import type { CallerCandidate, CallerQuery, FieldValue, FoundRecord, ObjectApiName, RecordFields, RecordWriter } from 'c/ccCore';
import { GraphqlCallerDirectory } from '../../force-app/main/default/lwc/ccRecordSearch/callerGraphql';
import { GraphqlRecordFinder } from '../../force-app/main/default/lwc/ccRecordSearch/recordFinder';
import type { FieldDefinition, ObjectDefinition } from './objectMetadata';
import { isRecordId, keyPrefixes, recordId } from './recordIds';
import { standardObjects } from './standardObjects';
import { graphqlQueueOver, NO_TIMEOUT } from '../uiGraphql/graphqlWire';
import { runUiGraphql, type UiGraphqlResult } from '../uiGraphql/runUiGraphql';
import { uiGraphqlSchema } from '../uiGraphql/uiGraphqlSchema';

export interface StoredRecord {
    Id: string;
    objectApiName: string;
    fields: RecordFields;
    /** The user whose session created it (OwnerId); none for seeded records and a session with no user. */
    ownerId?: string;
}

/** What every user's session of one emulated org shares. */
interface OrgData {
    records: Map<string, StoredRecord>;
    sequences: Record<string, number>;
    calls: WriteCall[];
    counts: ApiCallCounts;
    /** GraphQL requests by operation name (`query callerCandidates(…)` → `callerCandidates`). */
    graphqlOperations: Record<string, number>;
}

export type WriteCall =
    | { op: 'create'; objectApiName: string; fields: RecordFields; ok: boolean }
    | { op: 'update'; recordId: string; objectApiName?: string; fields: RecordFields; ok: boolean };

export interface ApiCallCounts {
    createRecord: number;
    updateRecord: number;
    graphql: number;
}

interface FieldError {
    errorCode: string;
    field?: string;
    fieldLabel?: string;
    message: string;
}

/** What a fetch that never reached the server rejects with (no HTTP status). */
export const NETWORK_ERROR = Object.freeze({
    status: 0,
    ok: false,
    statusText: '',
    body: { message: 'Failed to fetch: the network is down' }
});

const ID_SHAPE = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})$/;

export interface UiApiEmulatorOptions {
    /** The org's other objects, queryable by GraphQL and seeded, never written: Contact, Lead and Account by default. */
    otherObjects?: Record<string, ObjectDefinition>;
    /** `Object.Field` names this user cannot read (field-level security): GraphQL refuses a query naming them. */
    unreadableFields?: readonly string[];
}

export class UiApiEmulator implements RecordWriter {
    /** False: every call fails as if the network were down. */
    online = true;
    readonly calls: WriteCall[];
    readonly counts: ApiCallCounts;
    /** GraphQL requests by operation name, across every session of the org: which component asked what. */
    get graphqlOperations(): Readonly<Record<string, number>> {
        return this.org.graphqlOperations;
    }
    readonly objects: Record<string, ObjectDefinition>;
    private readonly options: UiApiEmulatorOptions;
    private readonly prefixes: Record<string, string>;
    private readonly records: Map<string, StoredRecord>;
    private readonly sequences: Record<string, number>;
    private readonly org: OrgData;
    /** The user this session runs as; undefined: a session that sees and writes every record. */
    private readonly userId?: string;

    private schema?: GraphQLSchema;
    private callers?: GraphqlCallerDirectory;
    private finder?: GraphqlRecordFinder;

    constructor(objects: Record<string, ObjectDefinition>, options: UiApiEmulatorOptions = {}, org?: OrgData, userId?: string) {
        this.objects = objects;
        this.options = options;
        this.prefixes = keyPrefixes(Object.keys(objects));
        this.org = org ?? {
            records: new Map(),
            sequences: {},
            calls: [],
            counts: { createRecord: 0, updateRecord: 0, graphql: 0 },
            graphqlOperations: {}
        };
        ({ records: this.records, sequences: this.sequences, calls: this.calls, counts: this.counts } = this.org);
        this.userId = userId;
    }

    /**
     * Another session of the same org, run by `userId`. The package objects are Private (their
     * sharingModel), so a user sees and updates only the records they own; unique fields still hold
     * across every record, as the org's unique index does.
     */
    asUser(userId: string): UiApiEmulator {
        return new UiApiEmulator(this.objects, this.options, this.org, userId);
    }

    /**
     * One GraphQL request (a `lightning/graphql` wire emission in the org): `{data, errors}` as the
     * wire gives them, checked against the schema this user would have.
     */
    async graphql(text: string, variables: Record<string, unknown> = {}): Promise<UiGraphqlResult> {
        this.counts.graphql += 1;
        const operation = /^\s*query\s+(\w+)/.exec(text)?.[1] ?? '(anonymous)';
        this.org.graphqlOperations[operation] = (this.org.graphqlOperations[operation] ?? 0) + 1;
        this.failIfOffline();
        this.schema ??= uiGraphqlSchema({
            objects: { ...(this.options.otherObjects ?? standardObjects()), ...this.objects },
            unreadableFields: this.options.unreadableFields ?? []
        });
        // The schema of this user, over the records this user can see (Private sharing).
        return runUiGraphql(
            this.schema,
            { recordsOf: (objectApiName) => this.recordsOf(objectApiName).filter((record) => this.canSee(record)) },
            text,
            variables
        );
    }

    async createRecord(objectApiName: ObjectApiName | string, fields: RecordFields): Promise<{ id: string }> {
        this.counts.createRecord += 1;
        const call: WriteCall = { op: 'create', objectApiName, fields: { ...fields }, ok: false };
        this.calls.push(call);
        this.failIfOffline();
        const object = this.objects[objectApiName];
        if (!object) {
            throw apiError(400, [{ errorCode: 'INVALID_TYPE', message: `sObject type '${objectApiName}' is not supported.` }]);
        }
        this.validate(object, fields, undefined);
        const id = this.insert(object, fields);
        call.ok = true;
        return { id };
    }

    async updateRecord(id: string, fields: RecordFields): Promise<void> {
        this.counts.updateRecord += 1;
        const record = this.records.get(id);
        const call: WriteCall = {
            op: 'update',
            recordId: id,
            ...(record ? { objectApiName: record.objectApiName } : {}),
            fields: { ...fields },
            ok: false
        };
        this.calls.push(call);
        this.failIfOffline();
        const object = record ? this.objects[record.objectApiName] : undefined;
        // A record the org's sharing hides is "not found", as one that does not exist (UI API: 404).
        if (!record || !object || !this.canSee(record)) {
            throw {
                status: 404,
                ok: false,
                statusText: 'Not Found',
                body: [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]
            };
        }
        this.validate(object, fields, id);
        Object.assign(record.fields, fields);
        call.ok = true;
    }

    /** The record an External_Key__c names, through the bridge's own GraphQL record finder and query: visible ones only. */
    findByKey(objectApiName: ObjectApiName, key: string): Promise<FoundRecord | undefined> {
        this.finder ??= new GraphqlRecordFinder(graphqlQueueOver(this, NO_TIMEOUT));
        return this.finder.findByKey(objectApiName, key);
    }

    /**
     * A caller lookup as the bridge makes it in the org: its GraphQL directory's queries (one
     * GraphQL request per page) through the bridge's queue to this emulator's GraphQL endpoint.
     */
    searchCallers(query: CallerQuery): Promise<CallerCandidate[]> {
        this.callers ??= new GraphqlCallerDirectory(graphqlQueueOver(this, NO_TIMEOUT));
        return this.callers.search(query);
    }

    /** Adds existing records (any object, standard ones included) without validation, as the org already holds them. */
    seed(objectApiName: string, records: Record<string, unknown>[]): string[] {
        return records.map((record) => {
            const { Id, ...fields } = record;
            const id = typeof Id === 'string' && isRecordId(Id) ? Id : this.nextId(objectApiName);
            this.records.set(id, { Id: id, objectApiName, fields: fields as RecordFields });
            return id;
        });
    }

    /** Seeds the records of several objects at once: a seed file or a fixture, by object API name. */
    seedAll(recordsByObject: Record<string, Record<string, unknown>[]>): void {
        for (const [objectApiName, records] of Object.entries(recordsByObject)) {
            this.seed(objectApiName, records);
        }
    }

    /** The stored records of one object, in creation order. */
    recordsOf(objectApiName: string): StoredRecord[] {
        return [...this.records.values()].filter((record) => record.objectApiName === objectApiName);
    }

    /** Every package object's records as UI API would return them: Id, Name and every field, null when empty. */
    snapshot(): Record<string, Record<string, FieldValue>[]> {
        const result: Record<string, Record<string, FieldValue>[]> = {};
        for (const object of Object.values(this.objects)) {
            result[object.apiName] = this.recordsOf(object.apiName).map((record) => {
                const row: Record<string, FieldValue> = { Id: record.Id, Name: record.fields.Name ?? null };
                for (const field of Object.values(object.fields)) {
                    row[field.apiName] = record.fields[field.apiName] ?? (field.type === 'Checkbox' ? false : null);
                }
                return row;
            });
        }
        return result;
    }

    private failIfOffline(): void {
        if (!this.online) {
            throw NETWORK_ERROR;
        }
    }

    private insert(object: ObjectDefinition, fields: RecordFields): string {
        const id = this.nextId(object.apiName);
        const stored: RecordFields = { ...fields };
        if (object.nameFormat) {
            stored.Name = autoNumber(object.nameFormat, this.sequences[object.apiName] ?? 0);
        }
        this.records.set(id, { Id: id, objectApiName: object.apiName, fields: stored, ...(this.userId ? { ownerId: this.userId } : {}) });
        return id;
    }

    /** Private sharing: a user sees their own records and those no session created (seeded ones). */
    private canSee(record: StoredRecord): boolean {
        return this.userId === undefined || record.ownerId === undefined || record.ownerId === this.userId;
    }

    private nextId(objectApiName: string): string {
        const sequence = (this.sequences[objectApiName] ?? 0) + 1;
        this.sequences[objectApiName] = sequence;
        return recordId(this.prefixes[objectApiName] ?? '000', sequence);
    }

    private validate(object: ObjectDefinition, fields: RecordFields, updatingId: string | undefined): void {
        const recordErrors: FieldError[] = [];
        const fieldErrors: FieldError[] = [];
        for (const [name, value] of Object.entries(fields)) {
            const field = object.fields[name];
            if (name === 'Id' || name === 'Name') {
                recordErrors.push({
                    errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
                    message: `Unable to create/update fields: ${name}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`
                });
            } else if (!field) {
                recordErrors.push({ errorCode: 'INVALID_FIELD', message: `No such column '${name}' on sobject of type ${object.apiName}` });
            } else {
                const error = fieldError(field, value, this.prefixes);
                if (error) {
                    fieldErrors.push(error);
                }
            }
        }
        if (recordErrors.length > 0 || fieldErrors.length > 0) {
            throw apiError(400, recordErrors, fieldErrors);
        }
        for (const field of Object.values(object.fields).filter((candidate) => candidate.unique)) {
            const value = fields[field.apiName];
            if (value === undefined || value === null) {
                continue;
            }
            const existing = this.recordsOf(object.apiName).find(
                (record) => record.Id !== updatingId && sameValue(field, record.fields[field.apiName], value)
            );
            if (existing) {
                throw apiError(400, [
                    {
                        errorCode: 'DUPLICATE_VALUE',
                        message: `duplicate value found: ${field.apiName} duplicates value on record with id: ${existing.Id}`
                    }
                ]);
            }
        }
    }
}

function fieldError(field: FieldDefinition, value: FieldValue, prefixes: Record<string, string>): FieldError | undefined {
    const error = (errorCode: string, message: string): FieldError => ({
        errorCode,
        field: field.apiName,
        fieldLabel: field.label,
        message: `${field.label}: ${message}`
    });
    const shown = JSON.stringify(value)?.slice(0, 40);
    if (value === null) {
        return field.type === 'Checkbox' ? error('INVALID_TYPE_ON_FIELD_IN_RECORD', 'value not of required type: null') : undefined;
    }
    switch (field.type) {
        case 'Number':
            if (typeof value !== 'number' || !Number.isFinite(value)) {
                return error('INVALID_TYPE_ON_FIELD_IN_RECORD', `value not of required type: ${shown}`);
            }
            if (field.precision !== undefined && Math.abs(Math.trunc(value)).toString().length > field.precision - (field.scale ?? 0)) {
                return error('NUMBER_OUTSIDE_VALID_RANGE', `value outside of valid range on numeric field: ${value}`);
            }
            return undefined;
        case 'Checkbox':
            return typeof value === 'boolean'
                ? undefined
                : error('INVALID_TYPE_ON_FIELD_IN_RECORD', `value not of required type: ${shown}`);
        case 'DateTime':
            return typeof value === 'string' && ISO_DATETIME.test(value) && !Number.isNaN(Date.parse(value))
                ? undefined
                : error('INVALID_TYPE_ON_FIELD_IN_RECORD', `value not of required type: ${shown}`);
        case 'Lookup': {
            if (typeof value !== 'string' || !ID_SHAPE.test(value)) {
                return error('MALFORMED_ID', `id value of incorrect type: ${shown}`);
            }
            const prefix = field.referenceTo ? prefixes[field.referenceTo] : undefined;
            return prefix && !value.startsWith(prefix)
                ? error('FIELD_INTEGRITY_EXCEPTION', `id value of incorrect type: ${value}`)
                : undefined;
        }
        default:
            break;
    }
    if (typeof value !== 'string') {
        return error('INVALID_TYPE_ON_FIELD_IN_RECORD', `value not of required type: ${shown}`);
    }
    if (field.picklistValues && field.restrictedPicklist && !field.picklistValues.includes(value)) {
        return error('INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', `bad value for restricted picklist field: ${value}`);
    }
    if (field.length !== undefined && value.length > field.length) {
        return error('STRING_TOO_LONG', `data value too large: ${value.slice(0, 20)}... (max length=${field.length})`);
    }
    return undefined;
}

function sameValue(field: FieldDefinition, stored: FieldValue | undefined, value: FieldValue): boolean {
    if (typeof stored !== 'string' || typeof value !== 'string') {
        return stored === value;
    }
    return field.caseSensitive ? stored === value : stored.toLowerCase() === value.toLowerCase();
}

function autoNumber(format: string, sequence: number): string {
    return format.replace(/\{(0+)\}/, (_match, zeros: string) => String(sequence).padStart(zeros.length, '0'));
}

/** The rejection lightning/uiRecordApi gives for a refused write. */
function apiError(status: number, errors: FieldError[], fieldErrors: FieldError[] = []): unknown {
    const byField: Record<string, FieldError[]> = {};
    for (const error of fieldErrors) {
        (byField[error.field ?? ''] ??= []).push(error);
    }
    const first = errors[0] ?? fieldErrors[0];
    return {
        status,
        ok: false,
        statusText: 'Bad Request',
        body: {
            message: first?.message ?? 'An error occurred',
            errorCode: first?.errorCode,
            statusCode: status,
            output: { errors, fieldErrors: byField }
        }
    };
}
