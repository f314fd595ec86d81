/**
 * Reading a UI API GraphQL answer, for the pages that query the org (the history, the team board):
 * the records of one object (`uiapi.query.<Object>.edges[].node`) and their `{ value }` fields. An
 * answer of another shape reads as undefined, a field of an unexpected type as empty: the answer is
 * the org's, but a stand-in or a newer API version may differ.
 */
import { isObject } from './liveMessages';

export type RecordNode = Record<string, unknown> & { Id: string };

/** The nodes of `uiapi.query.<objectApiName>`; undefined when the answer is not of that shape. A node without an Id is skipped. */
export function recordNodes(data: unknown, objectApiName: string): RecordNode[] | undefined {
    const query = isObject(data) && isObject(data.uiapi) ? data.uiapi.query : undefined;
    const connection = isObject(query) ? query[objectApiName] : undefined;
    const edges = isObject(connection) ? connection.edges : undefined;
    if (!Array.isArray(edges)) {
        return undefined;
    }
    return edges.flatMap((edge: unknown) => {
        const node = isObject(edge) ? edge.node : undefined;
        return isObject(node) && typeof node.Id === 'string' ? [node as RecordNode] : [];
    });
}

/** `{ value }` of a text-like field (strings: Text, Picklist, DateTime…); empty text reads as absent. */
export function textOf(field: unknown): string | undefined {
    const value = isObject(field) ? field.value : undefined;
    return typeof value === 'string' && value !== '' ? value : undefined;
}

/** `{ displayValue }` when the org gives one (a translated picklist value), else the value. */
export function displayTextOf(field: unknown): string | undefined {
    const display = isObject(field) ? field.displayValue : undefined;
    return typeof display === 'string' && display !== '' ? display : textOf(field);
}

export function numberOf(field: unknown): number | undefined {
    const value = isObject(field) ? field.value : undefined;
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function booleanOf(field: unknown): boolean | undefined {
    const value = isObject(field) ? field.value : undefined;
    return typeof value === 'boolean' ? value : undefined;
}

/** Whether a wire's `errors` holds any: GraphQL gives a list, possibly empty; anything else present counts. */
export function hasErrors(errors: unknown): boolean {
    return Array.isArray(errors) ? errors.length > 0 : errors !== undefined && errors !== null;
}

/**
 * The groups of an aggregate answer (`uiapi.aggregate.<alias>.edges[].node.aggregate`), one object of
 * fields per group; undefined when the answer is not of that shape.
 */
export function aggregateGroups(data: unknown, alias: string): Record<string, unknown>[] | undefined {
    const aggregate = isObject(data) && isObject(data.uiapi) ? data.uiapi.aggregate : undefined;
    const connection = isObject(aggregate) ? aggregate[alias] : undefined;
    const edges = isObject(connection) ? connection.edges : undefined;
    if (!Array.isArray(edges)) {
        return undefined;
    }
    return edges.flatMap((edge: unknown) => {
        const node = isObject(edge) ? edge.node : undefined;
        return isObject(node) && isObject(node.aggregate) ? [node.aggregate] : [];
    });
}

/** A function's `{ value }` of a field in an aggregate group (`Talk_Seconds__c { sum { value } }`), when a number. */
export function aggregateNumber(group: Record<string, unknown>, field: string, fn: string): number | undefined {
    const aggregated = group[field];
    return numberOf(isObject(aggregated) ? aggregated[fn] : undefined);
}
