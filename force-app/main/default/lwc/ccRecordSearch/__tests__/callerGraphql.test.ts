/**
 * Caller lookups over the GraphQL queue: phones that hold the digits (extensions included), and every
 * page of a full object, never "nobody" decided from a cut-off list.
 */
import { CANDIDATES_PER_OBJECT, callerGraphqlRequest, GraphqlCallerDirectory, MAX_PAGES } from '../callerGraphql';
import type { CallerQuery } from '../callerMatch';
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
    const fail = async (message: string) => {
        await flushPromises();
        queue.deliver({ errors: [{ message }] });
    };
    return { runs, directory: new GraphqlCallerDirectory(queue), answer, fail };
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

    it('declares each variable with the type of the operator it fills, as the UI API schema types them', () => {
        const { text } = callerGraphqlRequest(
            {
                objects: ['Contact'],
                phoneFragments: ['7654321'],
                email: 'maria@acme.com.br',
                cpfField: 'CPF__c',
                cpfValues: ['12345678909']
            },
            'q1',
            'cursor-1'
        );
        // Phone like: PhoneNumberOperators (PhoneNumber); Email eq: EmailOperators (Email); a Text field's in: [String].
        expect(text).toMatch(
            /^query callerCandidates\(\$first: Int, \$after: String, \$phone0: PhoneNumber, \$email: Email, \$cpfs: \[String\]\)/
        );
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

describe('fields this user cannot read (field-level security)', () => {
    it('leaves out a field the org’s answer names as unknown, asks again, and finds the caller on the others', async () => {
        const { runs, directory, answer, fail } = directoryWithWire();
        const query: CallerQuery = { objects: ['Contact', 'Lead'], phoneFragments: ['7654321'] };
        const lookup = directory.search(query);
        // The schema of a user without access to Contact.MobilePhone has no such field.
        await fail("Validation error: Field 'MobilePhone' in type 'Contact' is undefined");
        await answer(1, { query: { Contact: { edges: [contact('003A')] }, Lead: { edges: [] } } });

        await expect(lookup).resolves.toEqual([expect.objectContaining({ recordId: '003A' })]);
        expect(runs[0]?.text).toMatch(/Contact\([^)]*MobilePhone/);
        expect(runs[1]?.text).not.toMatch(/Contact\([^)]*MobilePhone/);
        expect(runs[1]?.text).toMatch(/Lead\([^)]*MobilePhone/);
    });

    it('takes an error about the object’s filter type (graphql-js names `Contact_Filter`) as about that object', async () => {
        const { runs, directory, answer, fail } = directoryWithWire();
        const query: CallerQuery = { objects: ['Contact', 'Lead'], phoneFragments: ['7654321'] };
        const lookup = directory.search(query);
        await fail(
            'Expected value of type "Contact_Filter" not to include unknown field "MobilePhone", found: { MobilePhone: { like: $phone0 } }.'
        );
        await answer(1, { query: { Contact: { edges: [contact('003A')] }, Lead: { edges: [] } } });

        await expect(lookup).resolves.toEqual([expect.objectContaining({ recordId: '003A' })]);
        expect(runs[1]?.text).not.toMatch(/Contact\([^)]*MobilePhone/);
        expect(runs[1]?.text).toMatch(/Lead\([^)]*MobilePhone/);
    });

    it('answers "no match" without asking when every field to search is unreadable, and keeps other errors as failures', async () => {
        const { runs, directory, fail } = directoryWithWire();
        const emailOnly: CallerQuery = { objects: ['Contact'], email: 'maria@acme.com.br' };
        const first = directory.search(emailOnly);
        await fail('Validation error: Field "Email" in type "Contact" is undefined');
        await expect(first).resolves.toEqual([]);
        await expect(directory.search(emailOnly)).resolves.toEqual([]);
        expect(runs).toHaveLength(1);

        const other = directory.search(QUERY);
        await fail('Request limit exceeded');
        await expect(other).rejects.toEqual({ body: { message: 'Request limit exceeded' } });
    });
});
