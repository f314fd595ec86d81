/**
 * Caller lookups over the GraphQL queue: phones that hold the digits (extensions included), and every
 * page of a full object, never "nobody" decided from a cut-off list.
 */
import type { CallerQuery } from 'c/ccCore';
import { CANDIDATES_PER_OBJECT, GraphqlCallerDirectory, MAX_PAGES } from '../callerGraphql';
import { GraphqlQueue, type GraphqlRequest } from '../graphqlQueue';
import { flushPromises } from '../../../../../../tools/replay/virtualClock';
import { manualTimer } from '../../../../../test/support/manualTimer';

const QUERY: CallerQuery = { objects: ['Contact'], phoneFragments: ['7654321', '765-4321', '765 4321', '765.4321'] };
const contact = (id: string) => ({ node: { Id: id, Name: { value: id }, Phone: { value: '(11) 98765-4321' } } });
const page = (ids: string[], endCursor?: string) => ({
    query: { Contact: { edges: ids.map(contact), pageInfo: { hasNextPage: endCursor !== undefined, endCursor: endCursor ?? null } } }
});

function directoryWithWire() {
    const runs: GraphqlRequest[] = [];
    const queue = new GraphqlQueue((request) => runs.push(request), manualTimer());
    const answer = async (index: number, value: unknown) => {
        await flushPromises();
        queue.deliver({ data: { [runs[index]?.alias ?? '']: value } });
    };
    return { runs, directory: new GraphqlCallerDirectory(queue), answer };
}

describe('GraphqlCallerDirectory', () => {
    it('asks for phones that hold the last seven digits as typed, so numbers stored with an extension are candidates', async () => {
        const { runs, directory, answer } = directoryWithWire();
        const lookup = directory.search(QUERY);
        await answer(0, page(['003A']));

        await expect(lookup).resolves.toEqual([expect.objectContaining({ recordId: '003A' })]);
        expect(runs[0]?.variables).toEqual({
            first: CANDIDATES_PER_OBJECT,
            phone0: '%7654321%',
            phone1: '%765-4321%',
            phone2: '%765 4321%',
            phone3: '%765.4321%'
        });
    });

    it('pages through a full first page instead of deciding from a cut-off list', async () => {
        const { runs, directory, answer } = directoryWithWire();
        const lookup = directory.search(QUERY);
        await answer(0, page(['003A'], 'cursor-1'));
        await answer(1, page(['003B']));

        await expect(lookup).resolves.toEqual([
            expect.objectContaining({ recordId: '003A' }),
            expect.objectContaining({ recordId: '003B' })
        ]);
        expect(runs[1]?.variables).toEqual({
            first: CANDIDATES_PER_OBJECT,
            after: 'cursor-1',
            phone0: '%7654321%',
            phone1: '%765-4321%',
            phone2: '%765 4321%',
            phone3: '%765.4321%'
        });
    });

    it('fails, never answers "nobody", when more records share the digits than it will page through', async () => {
        const { runs, directory, answer } = directoryWithWire();
        const lookup = directory.search(QUERY);
        const settled = lookup.catch((error: unknown) => error);
        for (let index = 0; index < MAX_PAGES; index++) {
            await answer(index, page([], `cursor-${index}`));
        }
        await expect(settled).resolves.toEqual(
            new Error(`more than ${MAX_PAGES * CANDIDATES_PER_OBJECT} Contact records share these digits`)
        );
        expect(runs).toHaveLength(MAX_PAGES);
    });
});
