/**
 * What the UI API GraphQL stand-in answers from stored records: the `where` filter (and/or/not and
 * the field operators, SOQL's LIKE with `%` and `_`, string comparisons ignoring case, as the org's),
 * `orderBy`, and Relay paging with `first`/`after` and opaque cursors. The aggregate queries
 * (uiGraphqlAggregates.ts) filter, order and page with these same functions.
 */
import { GraphQLError } from 'graphql';
import type { FieldDefinition } from '../uiApiEmulator/objectMetadata';
import type { OperatorFamily } from './uiGraphqlSchema';

/** A stored record: its Id and field values. */
export interface RecordNode {
    Id: string;
    fields: Readonly<Record<string, unknown>>;
}

export interface RecordSource {
    recordsOf(objectApiName: string): readonly RecordNode[];
}

export type Filter = Record<string, unknown>;
export type OrderByClause = { order?: 'ASC' | 'DESC' | null; nulls?: 'FIRST' | 'LAST' | null } | null;

export interface QueryArguments {
    first?: number | null;
    after?: string | null;
    where?: Filter | null;
    orderBy?: Record<string, OrderByClause> | null;
    upperBound?: number | null;
}

/** Records per page when `first` is left out (the GraphQL API's default). */
export const DEFAULT_FIRST = 10;
/** The most records a page holds without `upperBound`, and with it. */
export const MAX_FIRST = 200;
export const MAX_FIRST_WITH_UPPER_BOUND = 2000;
const CURSOR = /^uiapi:(\d+)$/;

/** A field's value as GraphQL reads it: `Id` is the record's; a person's Name is built from FirstName and LastName. */
export function fieldValue(record: RecordNode, name: string): unknown {
    if (name === 'Id') {
        return record.Id;
    }
    if (name === 'Name' && record.fields.Name === undefined) {
        return (
            [record.fields.FirstName, record.fields.LastName].filter((part) => typeof part === 'string' && part !== '').join(' ') || null
        );
    }
    return record.fields[name] ?? null;
}

/** One object's `<Object>Connection`: the page of matching records `first`/`after` ask for. */
export function connectionOf(
    objectApiName: string,
    fields: readonly FieldDefinition[],
    records: RecordSource,
    args: QueryArguments,
    familyOf: (field: FieldDefinition) => OperatorFamily
) {
    const families = familiesOf(fields, familyOf);
    const matching = matchingRecords(objectApiName, records, args.where, families);
    return pageOf(args.orderBy ? sorted(matching, args.orderBy, families) : matching, args);
}

/** Each field's operator family, by API name: how `where` and `orderBy` compare its values. */
export function familiesOf(
    fields: readonly FieldDefinition[],
    familyOf: (field: FieldDefinition) => OperatorFamily
): Map<string, OperatorFamily> {
    return new Map(fields.map((field) => [field.apiName, familyOf(field)]));
}

/** The records of one object that `where` keeps (every record without it); `uiapi.query` and `uiapi.aggregate` share it. */
export function matchingRecords(
    objectApiName: string,
    records: RecordSource,
    where: Filter | null | undefined,
    families: ReadonlyMap<string, OperatorFamily>
): RecordNode[] {
    return records.recordsOf(objectApiName).filter((record) => matches(record, where ?? {}, families));
}

/**
 * Relay paging over an ordered list (records, or an aggregate query's groups): the page `first`/`after`
 * ask for, with opaque cursors, and how many there are in all.
 */
export function pageOf<T>(ordered: readonly T[], args: Pick<QueryArguments, 'first' | 'after' | 'upperBound'>) {
    const first = args.first ?? DEFAULT_FIRST;
    const most = args.upperBound ? MAX_FIRST_WITH_UPPER_BOUND : MAX_FIRST;
    if (first < 0 || first > most) {
        throw new GraphQLError(`first must be between 0 and ${most}${args.upperBound ? '' : ' without upperBound'}, not ${first}`);
    }
    const offset = args.after === undefined || args.after === null ? 0 : positionOf(args.after);
    const page = ordered.slice(offset, offset + first);
    return {
        edges: page.map((node, index) => ({ node, cursor: cursorAt(offset + index + 1) })),
        pageInfo: {
            hasNextPage: ordered.length > offset + page.length,
            hasPreviousPage: offset > 0,
            startCursor: page.length > 0 ? cursorAt(offset + 1) : null,
            endCursor: page.length > 0 ? cursorAt(offset + page.length) : null
        },
        totalCount: ordered.length
    };
}

/** Cursors are opaque to clients (as the org's): they only hand them back as `after`. */
function cursorAt(position: number): string {
    return btoa(`uiapi:${position}`);
}

function positionOf(cursor: string): number {
    let decoded = '';
    try {
        decoded = atob(cursor);
    } catch {
        // not base64: refused below
    }
    const match = CURSOR.exec(decoded);
    if (!match) {
        throw new GraphQLError(`after is not a cursor of this query: ${cursor}`);
    }
    return Number(match[1]);
}

function matches(record: RecordNode, where: Filter, families: ReadonlyMap<string, OperatorFamily>): boolean {
    return Object.entries(where).every(([key, condition]) => {
        if (condition === null || condition === undefined) {
            return true;
        }
        if (key === 'and') {
            return (condition as Filter[]).every((part) => part === null || matches(record, part, families));
        }
        if (key === 'or') {
            return (condition as Filter[]).some((part) => part !== null && matches(record, part, families));
        }
        if (key === 'not') {
            return !matches(record, condition as Filter, families);
        }
        const family = families.get(key) ?? 'text';
        const value = fieldValue(record, key);
        return Object.entries(condition as Filter).every(
            ([operator, operand]) => operand === undefined || holds(operator, value, operand, family)
        );
    });
}

function holds(operator: string, value: unknown, operand: unknown, family: OperatorFamily): boolean {
    const same = (other: unknown) => comparable(value, family) === comparable(other, family);
    const order = (other: unknown) => {
        const left = comparable(value, family);
        const right = comparable(other, family);
        return left === null || right === null ? undefined : left < right ? -1 : left > right ? 1 : 0;
    };
    switch (operator) {
        case 'eq':
            return same(operand);
        case 'ne':
            return !same(operand);
        case 'in':
            return (operand as unknown[]).some(same);
        case 'nin':
            return !(operand as unknown[]).some(same);
        case 'like':
            return typeof value === 'string' && typeof operand === 'string' && likePattern(operand).test(value);
        case 'lt':
            return (order(operand) ?? 0) < 0;
        case 'lte':
            return [-1, 0].includes(order(operand) ?? 1);
        case 'gt':
            return (order(operand) ?? 0) > 0;
        case 'gte':
            return [1, 0].includes(order(operand) ?? -1);
        default:
            throw new GraphQLError(`the stand-in does not know the operator ${operator}`);
    }
}

/** A value as compared: text in lower case, a date as its time, an 18-character id as its 15-character form. */
export function comparable(value: unknown, family: OperatorFamily): string | number | boolean | null {
    const plain = family === 'datetime' && typeof value === 'object' && value !== null ? (value as { value?: unknown }).value : value;
    if (plain === null || plain === undefined) {
        return null;
    }
    switch (family) {
        case 'text':
            return String(plain).toLowerCase();
        case 'datetime':
            return Date.parse(String(plain));
        case 'id':
            return String(plain).length === 18 ? String(plain).slice(0, 15) : String(plain);
        default:
            return plain as number | boolean;
    }
}

/** SOQL LIKE: `%` any characters, `_` one, `\%` and `\_` themselves; case does not matter. */
function likePattern(pattern: string): RegExp {
    let source = '';
    for (let index = 0; index < pattern.length; index += 1) {
        const char = pattern.charAt(index);
        if (char === '\\' && index + 1 < pattern.length) {
            index += 1;
            source += escapeRegExp(pattern.charAt(index));
        } else {
            source += char === '%' ? '.*' : char === '_' ? '.' : escapeRegExp(char);
        }
    }
    return new RegExp(`^${source}$`, 'is');
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `orderBy` over records, or over anything whose field values `valueOf` reads (an aggregate query's groups). */
export function sorted<T = RecordNode>(
    items: readonly T[],
    orderBy: Record<string, OrderByClause>,
    families: ReadonlyMap<string, OperatorFamily>,
    valueOf: (item: T, field: string) => unknown = (item, field) => fieldValue(item as RecordNode, field)
): T[] {
    const clauses = Object.entries(orderBy).filter((entry): entry is [string, NonNullable<OrderByClause>] => entry[1] !== null);
    return [...items].sort((a, b) => {
        for (const [field, clause] of clauses) {
            const descending = clause.order === 'DESC';
            const nullsFirst = (clause.nulls ?? (descending ? 'LAST' : 'FIRST')) === 'FIRST';
            const family = families.get(field) ?? 'text';
            const left = comparable(valueOf(a, field), family);
            const right = comparable(valueOf(b, field), family);
            if (left === right) {
                continue;
            }
            if (left === null || right === null) {
                return (left === null) === nullsFirst ? -1 : 1;
            }
            return (left < right ? -1 : 1) * (descending ? -1 : 1);
        }
        return 0;
    });
}
