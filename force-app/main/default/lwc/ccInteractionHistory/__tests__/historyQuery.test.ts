/**
 * The history's GraphQL request, run against the UI API GraphQL stand-in built from the package's
 * object metadata (tools/uiGraphql): the schema accepts it, each page's object reads its own lookup,
 * the newest come first with the Interactions that have no time last, and `first` limits the rows.
 */
import { UiApiEmulator } from '../../../../../../tools/uiApiEmulator/uiApiEmulator';
import { projectObjects } from '../../../../../../tools/uiApiEmulator/objectMetadata';
import { historyQueryText, historyRequest, rowCountOf, RELATED_LIST } from '../historyQuery';
import { interactionRecords } from '../historyModel';
import orgRecords from './data/orgRecords.json';

const ANA = '0035g00000AnaSzAAJ';
const PATRICIA = '00Q5g00000PatLeEAJ';
const ACME = '0015g00000AcmeLAAR';

function orgWith(options: { unreadableFields?: string[] } = {}): UiApiEmulator {
    const org = new UiApiEmulator(projectObjects(), options);
    org.seedAll(orgRecords);
    return org;
}

async function namesFor(objectApiName: string, recordId: string, rowCount: number, org = orgWith()): Promise<string[]> {
    const request = historyRequest(objectApiName, recordId, rowCount);
    if (!request) {
        throw new Error(`no request for ${objectApiName}`);
    }
    const answer = await org.graphql(request.text, { ...request.variables });
    expect(answer.errors).toBeUndefined();
    return (interactionRecords(answer.data) ?? []).map((record) => record.name ?? record.id);
}

describe('historyRequest', () => {
    it('reads the lookup of the page object: Contact__c, Lead__c, Account__c', () => {
        expect(historyRequest('Contact', PATRICIA, 5)?.text).toContain('where: { Contact__c: { eq: $recordId } }');
        expect(historyRequest('Lead', PATRICIA, 5)?.text).toContain('where: { Lead__c: { eq: $recordId } }');
        expect(historyRequest('Account', PATRICIA, 5)?.text).toContain('where: { Account__c: { eq: $recordId } }');
        expect(historyRequest('Case', PATRICIA, 5)).toBeUndefined();
    });

    it('asks nothing before the page says which record it is, or on an object the Interaction has no lookup to', () => {
        expect(historyRequest('Contact', undefined, 5)).toBeUndefined();
        expect(historyRequest(undefined, ANA, 5)).toBeUndefined();
        expect(historyRequest('Opportunity', '0065g00000Opp1AAAA', 5)).toBeUndefined();
    });

    it('passes the record and the rows as variables, so the text is the same for every record', () => {
        expect(historyRequest('Contact', ANA, 7)).toEqual({
            text: historyQueryText('Contact__c'),
            variables: { recordId: ANA, first: 7 }
        });
    });

    it("opens the related list of the lookups' relationship name", () => {
        expect(RELATED_LIST).toBe('CC_Interactions__r');
    });
});

describe('rowCountOf', () => {
    it('takes App Builder’s number, or its text, whole and between 1 and 50, and 5 for anything else', () => {
        expect([5, 12, '8', 0, -3, 51, 500, 2.7, 'ten', undefined, null, ''].map(rowCountOf)).toEqual([
            5, 12, 8, 1, 1, 50, 50, 2, 5, 5, 5, 5
        ]);
    });
});

describe('the query against the UI API GraphQL stand-in', () => {
    it("lists a Contact's Interactions newest first, those with no time last, and none of another Contact's", async () => {
        expect(await namesFor('Contact', ANA, 10)).toEqual([
            'INT-000101',
            'INT-000102',
            'INT-000103',
            'INT-000104',
            'INT-000106',
            'INT-000105'
        ]);
    });

    it('gives only as many as the rows asked for', async () => {
        expect(await namesFor('Contact', ANA, 2)).toEqual(['INT-000101', 'INT-000102']);
    });

    it("lists a Lead's and an Account's through their own lookups", async () => {
        expect(await namesFor('Lead', PATRICIA, 5)).toEqual(['INT-000108']);
        expect(await namesFor('Account', ACME, 5)).toEqual(['INT-000109']);
    });

    it('also takes the 15-character form of the record id', async () => {
        expect(await namesFor('Contact', ANA.slice(0, 15), 1)).toEqual(['INT-000101']);
    });

    it('is refused as a whole, as in the org, for a user who may not read one of its fields', async () => {
        const org = orgWith({ unreadableFields: ['CC_Interaction__c.Notes__c'] });
        const request = historyRequest('Contact', ANA, 5);
        const answer = await org.graphql(request?.text ?? '', { ...request?.variables });
        expect(answer.errors?.[0]?.message).toMatch(/Notes__c/);
    });
});
