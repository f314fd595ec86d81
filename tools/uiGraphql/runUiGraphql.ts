/**
 * Runs one UI API GraphQL request through graphql-js over a generated schema: parse, validate
 * (an unknown or unreadable field, a variable of the wrong type are refused with graphql-js's
 * messages, before anything is read) and execute against stored records. Answers as the wire
 * gives it, `{data, errors}` as plain JSON; it never throws for a bad query.
 */
import { graphqlSync, type GraphQLSchema } from 'graphql';
import type { RecordSource } from './uiGraphqlRecords';
import type { UiGraphqlContext } from './uiGraphqlSchema';

export interface UiGraphqlError {
    message: string;
    locations?: { line: number; column: number }[];
    path?: (string | number)[];
}

export interface UiGraphqlResult {
    data?: Record<string, unknown> | null;
    errors?: UiGraphqlError[];
}

export function runUiGraphql(
    schema: GraphQLSchema,
    records: RecordSource,
    text: unknown,
    variables?: Record<string, unknown> | null
): UiGraphqlResult {
    const context: UiGraphqlContext = { records };
    const result = graphqlSync({
        schema,
        source: typeof text === 'string' ? text : '',
        variableValues: variables ?? {},
        contextValue: context
    });
    // A JSON round trip: what crosses the wire (no null-prototype objects, errors as {message, locations, path}).
    return JSON.parse(JSON.stringify(result)) as UiGraphqlResult;
}
