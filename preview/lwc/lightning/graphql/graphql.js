// Preview stand-in for lightning/graphql. `@wire(graphql, {query, variables})` sends the query to
// the preview server, which runs the UI API GraphQL subset over the preview org's records (the
// seed records and what the bridge wrote), and delivers `{data, errors}` as the platform's wire.
import { dataAdapter } from 'preview/wire';

/** The query text; the platform parses it here, the preview server parses it instead. */
export function gql(strings, ...values) {
    return strings.reduce((text, part, index) => text + part + (index < values.length ? String(values[index]) : ''), '');
}

export const graphql = dataAdapter(
    async ({ query, variables }) => {
        let response;
        try {
            response = await fetch('/api/graphql', {
                method: 'POST',
                headers: { 'Content-Type': 'application/json' },
                body: JSON.stringify({ query, variables })
            });
        } catch (error) {
            return { data: undefined, errors: [{ message: `Failed to fetch: ${error?.message ?? error}` }] };
        }
        if (!response.ok) {
            return { data: undefined, errors: [{ message: `GraphQL request answered ${response.status}` }] };
        }
        const { data, errors } = await response.json();
        return { data: data ?? undefined, errors };
    },
    // A wire without a query yet (its reactive query is still undefined) does not run.
    { skip: ({ query }) => !query, passThrough: true }
);
