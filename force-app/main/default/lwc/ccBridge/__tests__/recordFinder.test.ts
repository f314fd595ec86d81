/**
 * The record finder: the id of the record an External_Key__c names, through the GraphQL queue, after
 * a DUPLICATE_VALUE whose message names no id.
 */
import { GraphqlQueue, type GraphqlRequest } from '../graphqlQueue';
import { GraphqlRecordFinder } from '../recordFinder';
import { manualTimer } from '../../../../../test/support/manualTimer';

describe('GraphqlRecordFinder', () => {
    it('asks for the record whose External_Key__c is the key, and gives its id', async () => {
        const runs: GraphqlRequest[] = [];
        const queue = new GraphqlQueue((request) => runs.push(request), manualTimer());
        const found = new GraphqlRecordFinder(queue).findIdByKey('CC_Interaction__c', 'evolux:8eb4d68e');

        expect(runs[0]?.variables).toEqual({ key: 'evolux:8eb4d68e' });
        expect(runs[0]?.text).toContain('CC_Interaction__c(where: { External_Key__c: { eq: $key } }, first: 1)');
        queue.deliver({
            data: { [runs[0]?.alias ?? '']: { query: { CC_Interaction__c: { edges: [{ node: { Id: 'a005g00000ExIsTAAV' } }] } } } }
        });
        await expect(found).resolves.toBe('a005g00000ExIsTAAV');
    });

    it('gives nothing when this user sees no such record', async () => {
        const runs: GraphqlRequest[] = [];
        const queue = new GraphqlQueue((request) => runs.push(request), manualTimer());
        const found = new GraphqlRecordFinder(queue).findIdByKey('CC_Interaction__c', 'evolux:1');
        queue.deliver({ data: { [runs[0]?.alias ?? '']: { query: { CC_Interaction__c: { edges: [] } } } } });
        await expect(found).resolves.toBeUndefined();
    });
});
