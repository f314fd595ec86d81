/**
 * The GraphQL caller directory: each lookup asks under its own alias, so the wire's late or repeated
 * emissions never answer the wrong lookup, and a lookup nobody answers fails instead of blocking the queue.
 */
import type { CallerQuery } from 'c/ccCore';
import { CANDIDATES_PER_OBJECT, GraphqlCallerDirectory, LOOKUP_TIMEOUT_MS, MAX_PAGES, type CallerGraphqlRequest } from '../callerGraphql';

const QUERY: CallerQuery = { objects: ['Contact'], phoneSuffix: '4321' };
const OTHER: CallerQuery = { objects: ['Contact'], phoneSuffix: '9999' };
const contact = (id: string) => ({ node: { Id: id, Name: { value: id }, Phone: { value: '(11) 98765-4321' } } });
const answer = (alias: string, ids: string[], endCursor?: string) => ({
    data: {
        [alias]: {
            query: {
                Contact: { edges: ids.map(contact), pageInfo: { hasNextPage: endCursor !== undefined, endCursor: endCursor ?? null } }
            }
        }
    }
});

/** A timer whose callbacks run only when the test says so. */
function manualTimer() {
    const callbacks = new Map<number, () => void>();
    let next = 0;
    return {
        setTimeout: (callback: () => void) => {
            next += 1;
            callbacks.set(next, callback);
            return next;
        },
        clearTimeout: (handle: unknown) => callbacks.delete(handle as number),
        fireAll: () => {
            for (const [handle, callback] of [...callbacks.entries()]) {
                callbacks.delete(handle);
                callback();
            }
        },
        pending: () => callbacks.size
    };
}

describe('GraphqlCallerDirectory', () => {
    it('gives each lookup the answer under its own alias, and ignores an earlier lookup’s late emission', async () => {
        const runs: CallerGraphqlRequest[] = [];
        const directory = new GraphqlCallerDirectory((request) => runs.push(request), manualTimer());

        const first = directory.search(QUERY);
        directory.deliver(answer(runs[0]?.alias ?? '', ['003A']));
        await expect(first).resolves.toEqual([expect.objectContaining({ recordId: '003A' })]);

        const second = directory.search(OTHER);
        expect(runs[1]?.alias).not.toBe(runs[0]?.alias);
        directory.deliver(answer(runs[0]?.alias ?? '', ['003A'])); // the wire re-emits the first answer
        directory.deliver({ data: undefined, errors: undefined }); // loading
        directory.deliver(answer(runs[1]?.alias ?? '', ['003B']));

        await expect(second).resolves.toEqual([expect.objectContaining({ recordId: '003B' })]);
        expect(runs[1]?.text).toContain(`${runs[1]?.alias}: uiapi`);
    });

    it('fails a lookup that gets no answer in time, and goes on with the next one', async () => {
        const timer = manualTimer();
        const runs: CallerGraphqlRequest[] = [];
        const directory = new GraphqlCallerDirectory((request) => runs.push(request), timer);

        const stuck = directory.search(QUERY);
        const next = directory.search(OTHER);
        expect(runs).toHaveLength(1);
        timer.fireAll();

        await expect(stuck).rejects.toThrow(`no answer from GraphQL in ${LOOKUP_TIMEOUT_MS / 1000} s`);
        expect(runs).toHaveLength(2);
        directory.deliver(answer(runs[1]?.alias ?? '', []));
        await expect(next).resolves.toEqual([]);
        expect(timer.pending()).toBe(0);
    });

    it('asks for phones that hold the digits, so numbers stored with an extension are candidates', () => {
        const runs: CallerGraphqlRequest[] = [];
        const directory = new GraphqlCallerDirectory((request) => runs.push(request), manualTimer());
        directory.search(QUERY).catch(() => undefined);
        expect(runs[0]?.variables).toEqual({ first: 200, phone: '%4321%' });
    });

    it('pages through a full first page instead of deciding from a cut-off list', async () => {
        const runs: CallerGraphqlRequest[] = [];
        const directory = new GraphqlCallerDirectory((request) => runs.push(request), manualTimer());
        const lookup = directory.search(QUERY);

        directory.deliver(answer(runs[0]?.alias ?? '', ['003A'], 'cursor-1'));
        expect(runs[1]?.variables).toEqual({ first: CANDIDATES_PER_OBJECT, after: 'cursor-1', phone: '%4321%' });
        expect(runs[1]?.text).toContain('Contact(where:');
        directory.deliver(answer(runs[1]?.alias ?? '', ['003B']));

        await expect(lookup).resolves.toEqual([
            expect.objectContaining({ recordId: '003A' }),
            expect.objectContaining({ recordId: '003B' })
        ]);
    });

    it('fails, never answers "nobody", when more records share the digits than it will page through', async () => {
        const runs: CallerGraphqlRequest[] = [];
        const directory = new GraphqlCallerDirectory((request) => runs.push(request), manualTimer());
        const lookup = directory.search(QUERY);
        for (let page = 0; page < MAX_PAGES; page++) {
            directory.deliver(answer(runs[page]?.alias ?? '', [], `cursor-${page}`));
        }
        await expect(lookup).rejects.toThrow(`more than ${MAX_PAGES * CANDIDATES_PER_OBJECT} Contact records share these digits`);
        expect(runs).toHaveLength(MAX_PAGES);
    });
});
