/**
 * The record finder: the record an External_Key__c names, through the GraphQL queue, after a
 * DUPLICATE_VALUE: its id, and on interactions whose record it is (Agent__c).
 */
import { GraphqlQueue, type GraphqlRequest } from '../graphqlQueue';
import { GraphqlRecordFinder } from '../recordFinder';
import { manualTimer } from '../../../../../test/support/manualTimer';

describe('GraphqlRecordFinder', () => {
    const ask = (objectApiName: 'CC_Interaction__c' | 'CC_Custom_Event__c', key: string) => {
        const runs: GraphqlRequest[] = [];
        const queue = new GraphqlQueue((request) => runs.push(request), manualTimer());
        const found = new GraphqlRecordFinder(queue).findByKey(objectApiName, key);
        const answer = (edges: unknown[]) => queue.deliver({ data: { [runs[0]?.alias ?? '']: { query: { [objectApiName]: { edges } } } } });
        return { runs, found, answer };
    };

    it('asks for the interaction whose External_Key__c is the key, and gives its id and agent', async () => {
        const { runs, found, answer } = ask('CC_Interaction__c', 'evolux:8eb4d68e');

        expect(runs[0]?.variables).toEqual({ key: 'evolux:8eb4d68e' });
        expect(runs[0]?.text).toContain(
            'CC_Interaction__c(where: { External_Key__c: { eq: $key } }, first: 1) { edges { node { Id Agent__c { value } } } }'
        );
        answer([{ node: { Id: 'a005g00000ExIsTAAV', Agent__c: { value: '0055g00000OtHeRAAV' } } }]);
        await expect(found).resolves.toEqual({ id: 'a005g00000ExIsTAAV', agentId: '0055g00000OtHeRAAV' });
    });

    it('gives an interaction with an empty Agent__c as nobody in particular', async () => {
        const { found, answer } = ask('CC_Interaction__c', 'evolux:8eb4d68e');
        answer([{ node: { Id: 'a005g00000ExIsTAAV', Agent__c: { value: null } } }]);
        await expect(found).resolves.toEqual({ id: 'a005g00000ExIsTAAV', agentId: null });
    });

    it('asks only for the id of a custom event, which has no agent', async () => {
        const { runs, found, answer } = ask('CC_Custom_Event__c', 'custom:1');
        expect(runs[0]?.text).toContain('{ edges { node { Id } } }');
        answer([{ node: { Id: 'a015g00000ExIsTAAV' } }]);
        await expect(found).resolves.toEqual({ id: 'a015g00000ExIsTAAV' });
    });

    it('gives nothing when this user sees no such record', async () => {
        const { found, answer } = ask('CC_Interaction__c', 'evolux:1');
        answer([]);
        await expect(found).resolves.toBeUndefined();
    });
});
