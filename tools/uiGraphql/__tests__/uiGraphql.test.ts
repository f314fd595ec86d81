/**
 * The UI API GraphQL stand-in refuses what the org's schema refuses (a variable of another type than
 * its position's, an unknown field, a field the user cannot read) with graphql-js's messages, accepts
 * the queries the bridge really builds, and answers them as the org does: like/in/eq, and/or/not,
 * paging with first/after.
 */
import type { CallerQuery } from 'c/ccCore';
import { callerGraphqlRequest, GraphqlCallerDirectory } from '../../../force-app/main/default/lwc/ccRecordSearch/callerGraphql';
import { GraphqlRecordFinder } from '../../../force-app/main/default/lwc/ccRecordSearch/recordFinder';
import { UiApiEmulator } from '../../uiApiEmulator/uiApiEmulator';
import { projectObjects } from '../../uiApiEmulator/objectMetadata';
import { standardObjects } from '../../uiApiEmulator/standardObjects';
import { graphqlQueueOver, NO_TIMEOUT } from '../graphqlWire';

const CONTACT = '0035g00000XyZaBAAV';
const PHONE_QUERY: CallerQuery = { objects: ['Contact', 'Lead', 'Account'], phoneFragments: ['7654321', '765-4321'] };

/** An emulator whose org has the seed records, and (optionally) fields this user cannot read. */
function org(options: { unreadableFields?: string[]; cpfField?: string } = {}) {
    const api = new UiApiEmulator(projectObjects(), {
        otherObjects: standardObjects(options.cpfField ? [options.cpfField] : []),
        unreadableFields: options.unreadableFields ?? []
    });
    api.seed('Contact', [
        { Id: CONTACT, FirstName: 'Maria', LastName: 'Souza', Phone: '(11) 98765-4321 ramal 200', Email: 'Maria@Example.com' },
        { FirstName: 'João', LastName: 'Lima', MobilePhone: '+55 11 98765-0000', Email: 'joao@example.com' },
        { FirstName: 'Ana', LastName: 'Reis', Phone: '11 3333-4444' }
    ]);
    api.seed('Lead', [{ FirstName: 'Rita', LastName: 'Lopes', Company: 'Acme', MobilePhone: '11 98765-4321' }]);
    api.seed('Account', [{ Name: 'Acme', Phone: '(11) 2222-0000' }]);
    return api;
}

const contacts = (where: string, declarations = '') =>
    `query q${declarations} { uiapi { query { Contact(where: ${where}) { edges { node { Id Name { value } } } totalCount } } } }`;

async function namesOf(api: UiApiEmulator, where: string, variables: Record<string, unknown> = {}, declarations = ''): Promise<string[]> {
    const result = await api.graphql(contacts(where, declarations), variables);
    expect(result.errors).toBeUndefined();
    const answer = result.data as { uiapi: { query: { Contact: { edges: { node: { Name: { value: string } } }[] } } } };
    return answer.uiapi.query.Contact.edges.map((edge) => edge.node.Name.value);
}

describe('the generated schema refuses what the org refuses', () => {
    it('refuses a phone variable declared String or Email, where Phone like takes the PhoneNumber scalar', async () => {
        const api = org();
        for (const declared of ['String', 'Email']) {
            const result = await api.graphql(contacts('{ Phone: { like: $phone } }', `($phone: ${declared})`), { phone: '%4321%' });
            expect(result.data).toBeUndefined();
            expect(result.errors?.map((error) => error.message)).toEqual([
                `Variable "$phone" of type "${declared}" used in position expecting type "PhoneNumber".`
            ]);
        }
        const accepted = await api.graphql(contacts('{ Phone: { like: $phone } }', '($phone: PhoneNumber)'), { phone: '%4321%' });
        expect(accepted.errors).toBeUndefined();
    });

    it('refuses an email variable declared String, and a name variable declared Email', async () => {
        const api = org();
        const email = await api.graphql(contacts('{ Email: { eq: $email } }', '($email: String)'), { email: 'a@b.c' });
        expect(email.errors?.[0]?.message).toBe('Variable "$email" of type "String" used in position expecting type "Email".');
        const name = await api.graphql(contacts('{ LastName: { eq: $name } }', '($name: Email)'), { name: 'Souza' });
        expect(name.errors?.[0]?.message).toBe('Variable "$name" of type "Email" used in position expecting type "String".');
    });

    it('refuses a field the object does not have, in the selection and in the filter', async () => {
        const api = org();
        const selected = await api.graphql('{ uiapi { query { Contact { edges { node { Id Fax { value } } } } } } }');
        expect(selected.errors?.map((error) => error.message)).toEqual(['Cannot query field "Fax" on type "Contact".']);
        const filtered = await api.graphql('{ uiapi { query { Account(where: { MobilePhone: { eq: "1" } }) { totalCount } } } }');
        expect(filtered.errors?.[0]?.message).toMatch(
            /^Expected value of type "Account_Filter" not to include unknown field "MobilePhone"/
        );
    });

    it('leaves out a field the user cannot read, so a query naming it is refused as for an unknown field', async () => {
        const api = org({ unreadableFields: ['Contact.MobilePhone'] });
        const { text, variables } = callerGraphqlRequest({ objects: ['Contact', 'Lead'], phoneFragments: ['765-4321'] }, 'q1');
        const result = await api.graphql(text, variables);
        expect(result.data).toBeUndefined();
        expect(result.errors?.map((error) => error.message)).toEqual([
            expect.stringMatching(/^Expected value of type "Contact_Filter" not to include unknown field "MobilePhone"/),
            'Cannot query field "MobilePhone" on type "Contact".'
        ]);
        // The Lead's MobilePhone is still there.
        const lead = await api.graphql('{ uiapi { query { Lead { edges { node { MobilePhone { value } } } } } } }');
        expect(lead.errors).toBeUndefined();
    });

    it('refuses a page larger than 200 records without upperBound, and a cursor it did not give', async () => {
        const api = org();
        const large = await api.graphql('{ uiapi { query { Contact(first: 201) { totalCount } } } }');
        expect(large.errors?.[0]?.message).toBe('first must be between 0 and 200 without upperBound, not 201');
        const cursor = await api.graphql('{ uiapi { query { Contact(after: "17") { totalCount } } } }');
        expect(cursor.errors?.[0]?.message).toBe('after is not a cursor of this query: 17');
    });
});

describe('the bridge’s own queries', () => {
    it('are accepted as built, with every criterion, the CPF field and a follow-up page', async () => {
        const api = org({ cpfField: 'CPF__c' });
        const query: CallerQuery = {
            ...PHONE_QUERY,
            email: 'maria@example.com',
            cpfField: 'CPF__c',
            cpfValues: ['12345678909', '123.456.789-09']
        };
        for (const after of [undefined, 'dWlhcGk6MQ==']) {
            const { text, variables } = callerGraphqlRequest(query, 'q7', after);
            const result = await api.graphql(text, variables);
            expect(result.errors).toBeUndefined();
            expect(Object.keys(result.data?.q7 as object)).toEqual(['query']);
        }
    });

    it('find the caller through the bridge’s directory and queue: Contact and Lead phones holding the digits', async () => {
        const api = org();
        const directory = new GraphqlCallerDirectory(graphqlQueueOver(api, NO_TIMEOUT));

        const candidates = await directory.search(PHONE_QUERY);

        expect(candidates).toEqual([
            {
                objectApiName: 'Contact',
                recordId: CONTACT,
                name: 'Maria Souza',
                phones: ['(11) 98765-4321 ramal 200'],
                email: 'Maria@Example.com'
            },
            expect.objectContaining({ objectApiName: 'Lead', name: 'Rita Lopes', phones: ['11 98765-4321'] })
        ]);
        expect(api.counts.graphql).toBe(1);
    });

    it('find the caller by Phone when MobilePhone is unreadable: the refused query is asked again without it', async () => {
        const api = org({ unreadableFields: ['Contact.MobilePhone'] });
        const directory = new GraphqlCallerDirectory(graphqlQueueOver(api, NO_TIMEOUT));

        const candidates = await directory.search({ objects: ['Contact'], phoneFragments: ['765-4321'] });

        expect(candidates.map((candidate) => candidate.recordId)).toEqual([CONTACT]);
        expect(api.counts.graphql).toBe(2);
    });

    it('find a record by its key through the record finder’s query', async () => {
        const api = org();
        const { id } = await api.createRecord('CC_Interaction__c', { External_Key__c: 'evolux:8eb4d68e', Agent__c: '0055g00000ArIeLAAA' });
        const finder = new GraphqlRecordFinder(graphqlQueueOver(api, NO_TIMEOUT));

        await expect(finder.findByKey('CC_Interaction__c', 'evolux:8eb4d68e')).resolves.toEqual({ id, agentId: '0055g00000ArIeLAAA' });
        await expect(finder.findByKey('CC_Interaction__c', 'evolux:other')).resolves.toBeUndefined();
        expect(api.counts.graphql).toBe(2);
    });

    it('fail with the fetch’s message when the network is down', async () => {
        const api = org();
        api.online = false;
        const directory = new GraphqlCallerDirectory(graphqlQueueOver(api, NO_TIMEOUT));

        await expect(directory.search(PHONE_QUERY)).rejects.toEqual({ body: { message: 'Failed to fetch: the network is down' } });
    });
});

describe('filters and paging answer as the org does', () => {
    it('like is SOQL LIKE: % any characters, _ one, case ignored', async () => {
        const api = org();
        const like = (pattern: string) => namesOf(api, '{ Name: { like: $pattern } }', { pattern }, '($pattern: String)');

        await expect(like('maria%')).resolves.toEqual(['Maria Souza']);
        await expect(like('%o_o%')).resolves.toEqual(['João Lima']);
        await expect(like('%reis')).resolves.toEqual(['Ana Reis']);
        await expect(like('reis')).resolves.toEqual([]);
    });

    it('eq and in ignore case; ne and nin are their opposites', async () => {
        const api = org();
        await expect(namesOf(api, '{ Email: { eq: "maria@example.COM" } }')).resolves.toEqual(['Maria Souza']);
        await expect(namesOf(api, '{ LastName: { in: ["souza", "REIS"] } }')).resolves.toEqual(['Maria Souza', 'Ana Reis']);
        await expect(namesOf(api, '{ LastName: { nin: ["souza", "REIS"] } }')).resolves.toEqual(['João Lima']);
        await expect(namesOf(api, '{ Email: { ne: null } }')).resolves.toEqual(['Maria Souza', 'João Lima']);
        await expect(namesOf(api, `{ Id: { eq: "${CONTACT.slice(0, 15)}" } }`)).resolves.toEqual(['Maria Souza']);
    });

    it('combines criteria with and, or and not', async () => {
        const api = org();
        await expect(namesOf(api, '{ or: [{ LastName: { eq: "Lima" } }, { Phone: { like: "%3333%" } }] }')).resolves.toEqual([
            'João Lima',
            'Ana Reis'
        ]);
        await expect(
            namesOf(api, '{ and: [{ Email: { like: "%example.com" } }, { not: { FirstName: { eq: "maria" } } }] }')
        ).resolves.toEqual(['João Lima']);
        await expect(namesOf(api, '{ FirstName: { gte: "B" }, LastName: { lt: "Reis" } }')).resolves.toEqual(['João Lima']);
    });

    it('pages with first and after, the cursor of the last edge asking for the rest', async () => {
        const api = org();
        const page = async (after?: string) => {
            const result = await api.graphql(
                'query p($after: String) { uiapi { query { Contact(first: 2, after: $after, orderBy: { LastName: { order: DESC } }) { edges { node { LastName { value } } cursor } pageInfo { hasNextPage endCursor } totalCount } } } }',
                after === undefined ? {} : { after }
            );
            expect(result.errors).toBeUndefined();
            return (result.data as { uiapi: { query: { Contact: Connection } } }).uiapi.query.Contact;
        };
        type Connection = {
            edges: { node: { LastName: { value: string } }; cursor: string }[];
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
            totalCount: number;
        };

        const first = await page();
        expect(first.edges.map((edge) => edge.node.LastName.value)).toEqual(['Souza', 'Reis']);
        expect(first.pageInfo).toEqual({ hasNextPage: true, endCursor: first.edges[1]?.cursor });
        expect(first.totalCount).toBe(3);
        const second = await page(first.pageInfo.endCursor ?? '');
        expect(second.edges.map((edge) => edge.node.LastName.value)).toEqual(['Lima']);
        expect(second.pageInfo.hasNextPage).toBe(false);
    });

    it('reads ten records when first is left out, and counts one API call per request', async () => {
        const api = org();
        api.seed(
            'Account',
            Array.from({ length: 12 }, (_, index) => ({ Name: `Account ${index}` }))
        );
        const result = await api.graphql('{ uiapi { query { Account { edges { node { Id } } totalCount } } } }');
        const accounts = (result.data as { uiapi: { query: { Account: { edges: unknown[]; totalCount: number } } } }).uiapi.query.Account;
        expect(accounts.edges).toHaveLength(10);
        expect(accounts.totalCount).toBe(13);
        expect(api.counts.graphql).toBe(1);
    });
});
