/**
 * The record-finder port in the org: the id of the record whose External_Key__c is a key, through
 * the bridge's GraphQL queue. Used after a DUPLICATE_VALUE whose message names no id (a translated or
 * `<unknown>` message): the bridge then updates the record that exists instead of refusing the write.
 * Undefined when this user cannot see such a record.
 */
import type { ObjectApiName, RecordFinder } from 'c/ccCore';
import type { GraphqlQueue } from './graphqlQueue';

export class GraphqlRecordFinder implements RecordFinder {
    private readonly queue: GraphqlQueue;

    constructor(queue: GraphqlQueue) {
        this.queue = queue;
    }

    async findIdByKey(objectApiName: ObjectApiName, key: string): Promise<string | undefined> {
        const answer = (await this.queue.ask((alias) => ({
            text: `query recordByKey($key: String) { ${alias}: uiapi { query { ${objectApiName}(where: { External_Key__c: { eq: $key } }, first: 1) { edges { node { Id } } } } } }`,
            variables: { key }
        }))) as { query?: Record<string, { edges?: { node?: { Id?: unknown } }[] }> } | undefined;
        const id = answer?.query?.[objectApiName]?.edges?.[0]?.node?.Id;
        return typeof id === 'string' ? id : undefined;
    }
}
