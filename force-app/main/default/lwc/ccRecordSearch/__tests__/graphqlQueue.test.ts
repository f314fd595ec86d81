/**
 * The bridge's one GraphQL wire, shared by caller lookups and record lookups: each request asks
 * under its own alias, so the wire's late or repeated emissions never answer the wrong request, and a
 * request nobody answers fails instead of blocking the queue.
 */
import { GRAPHQL_TIMEOUT_MS, GraphqlQueue, type GraphqlRequest } from '../graphqlQueue';
import { manualTimer } from '../../../../../test/support/manualTimer';

const build = (name: string) => (alias: string) => ({
    text: `query ${name} { ${alias}: uiapi { query { Contact { edges { node { Id } } } } } }`,
    variables: {}
});

describe('GraphqlQueue', () => {
    it('answers each request with what came under its own alias, and ignores an earlier request’s late emission', async () => {
        const runs: GraphqlRequest[] = [];
        const queue = new GraphqlQueue((request) => runs.push(request), manualTimer());

        const first = queue.ask(build('first'));
        queue.deliver({ data: { [runs[0]?.alias ?? '']: 'first answer' } });
        await expect(first).resolves.toBe('first answer');

        const second = queue.ask(build('second'));
        expect(runs[1]?.alias).not.toBe(runs[0]?.alias);
        expect(runs[1]?.text).toContain(`${runs[1]?.alias}: uiapi`);
        queue.deliver({ data: { [runs[0]?.alias ?? '']: 'first answer' } }); // the wire re-emits the first answer
        queue.deliver({ data: undefined, errors: undefined }); // loading
        queue.deliver({ data: { [runs[1]?.alias ?? '']: 'second answer' } });
        await expect(second).resolves.toBe('second answer');
    });

    it('fails a request that gets no answer in time, and goes on with the next one', async () => {
        const timer = manualTimer();
        const runs: GraphqlRequest[] = [];
        const queue = new GraphqlQueue((request) => runs.push(request), timer);

        const stuck = queue.ask(build('stuck'));
        const next = queue.ask(build('next'));
        expect(runs).toHaveLength(1);
        timer.fireAll();

        await expect(stuck).rejects.toThrow(`no answer from GraphQL in ${GRAPHQL_TIMEOUT_MS / 1000} s`);
        expect(runs).toHaveLength(2);
        queue.deliver({ data: { [runs[1]?.alias ?? '']: [] } });
        await expect(next).resolves.toEqual([]);
        expect(timer.pending()).toBe(0);
    });

    it('gives GraphQL errors to the request in front, in words', async () => {
        const queue = new GraphqlQueue(() => undefined, manualTimer());
        const failing = queue.ask(build('bad'));
        queue.deliver({ errors: [{ message: 'Validation error: Field Phone is not filterable' }] });
        await expect(failing).rejects.toEqual({ body: { message: 'Validation error: Field Phone is not filterable' } });
    });
});

describe('GraphqlQueue.dispose', () => {
    it('fails what waits and leaves no timer behind', async () => {
        const timer = manualTimer();
        const queue = new GraphqlQueue(() => undefined, timer);
        const waiting = queue.ask(build('waiting'));
        queue.dispose();
        await expect(waiting).rejects.toThrow('the bridge stopped');
        expect(timer.pending()).toBe(0);
    });
});
