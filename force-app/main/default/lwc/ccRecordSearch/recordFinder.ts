/**
 * The record-finder port in the org: the record whose External_Key__c is a key, through the bridge's
 * GraphQL queue, after a DUPLICATE_VALUE. It tells the bridge the record's id (a translated or
 * `<unknown>` message names none) and, on interactions, whose record it is (Agent__c): another
 * agent's record means a transferred call or chat, which gets this agent's own leg. Undefined when
 * this user cannot see such a record (the objects are Private).
 */
import type { GraphqlQueue } from './graphqlQueue';
import { OBJECTS_WITH_AGENT_LEGS, type FoundRecord, type RecordFinder } from './interactionKeys';

type FoundNode = { Id?: unknown; Agent__c?: { value?: unknown } | null };

export class GraphqlRecordFinder implements RecordFinder {
    private readonly queue: Pick<GraphqlQueue, 'ask'>;

    constructor(queue: Pick<GraphqlQueue, 'ask'>) {
        this.queue = queue;
    }

    async findByKey(objectApiName: string, key: string): Promise<FoundRecord | undefined> {
        const withAgent = OBJECTS_WITH_AGENT_LEGS.includes(objectApiName);
        const fields = withAgent ? 'Id Agent__c { value }' : 'Id';
        const answer = (await this.queue.ask((alias) => ({
            text: `query recordByKey($key: String) { ${alias}: uiapi { query { ${objectApiName}(where: { External_Key__c: { eq: $key } }, first: 1) { edges { node { ${fields} } } } } } }`,
            variables: { key }
        }))) as { query?: Record<string, { edges?: { node?: FoundNode }[] }> } | undefined;
        const node = answer?.query?.[objectApiName]?.edges?.[0]?.node;
        if (typeof node?.Id !== 'string') {
            return undefined;
        }
        const agentId = node.Agent__c?.value;
        return withAgent ? { id: node.Id, agentId: typeof agentId === 'string' ? agentId : null } : { id: node.Id };
    }
}
