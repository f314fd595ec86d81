/**
 * The customer lookup page as CCAI Platform's custom CRM URL opens it: the page state Lightning gives
 * it, the org's records searched through GraphQL (the UI API emulator's schema and sharing), the
 * session's Interaction written through UI API, and where the page sends the agent.
 */
import USER_ID from '@salesforce/user/Id';
import { createElement } from 'lwc';
import { CurrentPageReference } from 'lightning/navigation';
import { EnclosingTabId, IsConsoleNavigation, closeTab, openTab } from 'lightning/platformWorkspaceApi';
import { encodeDefaultFieldValues } from 'lightning/pageReferenceUtils';
import { createRecord } from 'lightning/uiRecordApi';
import CcCrmLookup from 'c/ccCrmLookup';
import CcBridge from 'c/ccBridge';
import { navigate } from '../../../../../test/jest-mocks/lightning/navigation';
import { emulateUiRecordApi } from '../../../../../test/support/uiRecordApiEmulated';
import { emulateGraphql, type EmulatedGraphql } from '../../../../../test/support/graphqlEmulated';
import { writesSent } from '../../../../../test/support/browserTasks';
import { resetMessageService } from '../../../../../test/jest-mocks/lightning/messageService';
import { adapterPost, CCAIP_ORIGIN, exampleData } from '../../ccCore/__tests__/ccaipFixtures';
import { UiApiEmulator } from '../../../../../../tools/uiApiEmulator/uiApiEmulator';
import { projectObjects } from '../../../../../../tools/uiApiEmulator/objectMetadata';
import { standardObjects } from '../../../../../../tools/uiApiEmulator/standardObjects';
import orgRecords from './data/orgRecords.json';
import lookupUrls from './data/lookupUrls.json';

type WireStub = { emit(value: unknown): void };
const pageReferenceWire = CurrentPageReference as unknown as WireStub;
const ANA = orgRecords.Contact[0]!.Id;
const KIM = orgRecords.Contact[1]!.Id;
const ACME = orgRecords.Account[0]!.Id;
const PAT = orgRecords.Lead[0]!.Id;
const OTHER_AGENT = '0055g00000OthrA';

let org: UiApiEmulator;
/** This agent's session of the org: what the page reads and writes as. */
let agent: UiApiEmulator;
let graphql: EmulatedGraphql;

/** A fresh org with the fixture records; `textFields`: Text fields an admin added to Contact, Lead and Account. */
function useOrg(textFields: string[] = []) {
    org = new UiApiEmulator(projectObjects(), { otherObjects: standardObjects(textFields) });
    org.seedAll(orgRecords);
    agent = org.asUser(USER_ID);
    emulateUiRecordApi(agent);
    graphql = emulateGraphql(agent);
}

beforeEach(() => {
    useOrg();
    (encodeDefaultFieldValues as jest.Mock).mockImplementation((values: Record<string, string>) =>
        Object.entries(values)
            .map(([field, value]) => `${field}=${encodeURIComponent(value)}`)
            .join(',')
    );
});

afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
    window.localStorage.clear();
    resetMessageService();
    jest.clearAllMocks();
});

/** Opens the page on a URL's state, as Lightning does for /lightning/cmp/c__ccCrmLookup?…, and lets its lookup finish. */
async function openLookup(state: Record<string, unknown>): Promise<HTMLElement> {
    const element = createElement('c-cc-crm-lookup', { is: CcCrmLookup });
    document.body.appendChild(element);
    pageReferenceWire.emit({ type: 'standard__component', attributes: { componentName: 'c__ccCrmLookup' }, state });
    await graphql.settle();
    return element;
}

const shadow = (element: HTMLElement) => element.shadowRoot as ShadowRoot;
const text = (element: HTMLElement, id: string) => shadow(element).querySelector(`[data-id="${id}"]`)?.textContent?.trim() ?? '';
const interactions = () => org.recordsOf('CC_Interaction__c');
const recordPage = (recordId: string, objectApiName: string) => ({
    type: 'standard__recordPage',
    attributes: { recordId, objectApiName, actionName: 'view' }
});

describe('one match', () => {
    it('replaces the page with the one matching Contact, so Back does not return to the lookup', async () => {
        await openLookup({ c__phone: '+55 11 98765-4321', c__defaultCountryCode: '55' });

        expect(navigate).toHaveBeenCalledTimes(1);
        expect(navigate).toHaveBeenCalledWith(recordPage(ANA, 'Contact'), true);
    });

    it('opens the record as a workspace tab in a console app and closes the lookup tab', async () => {
        const element = createElement('c-cc-crm-lookup', { is: CcCrmLookup });
        document.body.appendChild(element);
        (IsConsoleNavigation as unknown as WireStub).emit(true);
        (EnclosingTabId as unknown as WireStub).emit('lookupTab');
        pageReferenceWire.emit({ type: 'standard__component', attributes: {}, state: { c__email: 'kim@example.com' } });
        await graphql.settle();

        expect(openTab).toHaveBeenCalledWith({ pageReference: recordPage(KIM, 'Contact'), focus: true });
        expect(closeTab).toHaveBeenCalledWith('lookupTab');
        expect(navigate).not.toHaveBeenCalled();
    });
});

describe('in a console app', () => {
    it('navigates when the console cannot open the tab', async () => {
        (openTab as jest.Mock).mockRejectedValueOnce(new Error('no workspace'));
        const element = createElement('c-cc-crm-lookup', { is: CcCrmLookup });
        document.body.appendChild(element);
        (IsConsoleNavigation as unknown as WireStub).emit(true);
        (EnclosingTabId as unknown as WireStub).emit('lookupTab');
        pageReferenceWire.emit({ type: 'standard__component', attributes: {}, state: { c__email: 'kim@example.com' } });
        await graphql.settle();

        expect(navigate).toHaveBeenCalledWith(recordPage(KIM, 'Contact'), true);
        expect(closeTab).not.toHaveBeenCalled();
    });
});

describe("CCAI's phone number formats", () => {
    // Settings > Developer settings > CRM > phone number format (seed 002): every choice finds the same Contact.
    it.each([
        ['Automatic', '+1 222 333 4444'],
        ['Automatic, search form', '*222*333*4444'],
        ['E.164', '+12223334444'],
        ['US local', '2223334444'],
        ['US standard local', '(222) 333-4444'],
        ['International', '+1 222 333 4444'],
        ['Automatic with its + decoded to a space', ' 1 222 333 4444']
    ])('finds Kim from the %s format (%s), with the default country code 1', async (_format, phone) => {
        await openLookup({ c__phone: phone, c__defaultCountryCode: '1' });

        expect(navigate).toHaveBeenCalledWith(recordPage(KIM, 'Contact'), true);
    });

    it.each([
        ['E.164', '+5511987654321'],
        ['national with the trunk 0', '011987654321'],
        ['as typed in Brazil', '(11) 98765-4321'],
        ['with the carrier code', '0 21 11 98765-4321']
    ])('finds Ana from a Brazilian number, %s (%s), with the default country code 55', async (_format, phone) => {
        await openLookup({ c__ani: phone, c__defaultCountryCode: '55' });

        expect(navigate).toHaveBeenCalledWith(recordPage(ANA, 'Contact'), true);
    });
});

describe('several matches', () => {
    it('lists the candidates with their object, phone, email and account, and opens the one the agent picks', async () => {
        const element = await openLookup({ c__phone: '+55 21 3333-4444', c__defaultCountryCode: '55' });

        expect(navigate).not.toHaveBeenCalled();
        expect(text(element, 'several')).toBe('2 records match. Choose the customer:');
        const rows = Array.from(shadow(element).querySelectorAll('tbody tr')).map((row) =>
            Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent?.trim())
        );
        expect(rows).toEqual([
            ['João Silva', 'Contact', '(21) 3333-4444', '', 'Acme Ltda'],
            ['Maria Silva', 'Contact', '+55 21 3333-4444', 'maria.silva@example.com.br', '']
        ]);

        const maria = orgRecords.Contact[3]!.Id;
        const open = shadow(element).querySelector<HTMLButtonElement>(`button[data-record-id="${maria}"]`);
        expect(open?.getAttribute('aria-label')).toBe('Open Maria Silva');
        open?.click();
        await graphql.settle();

        // The agent chose from the list: Back returns to it.
        expect(navigate).toHaveBeenCalledWith(recordPage(maria, 'Contact'), false);
    });
});

describe("the admin's matching settings", () => {
    it('searches the objects in the order the URL names: the Lead first decides', async () => {
        await openLookup({ c__phone: '+55 21 3333-4444', c__defaultCountryCode: '55', c__matchObjects: 'Lead,Contact' });

        expect(navigate).toHaveBeenCalledWith(recordPage(orgRecords.Lead[1]!.Id, 'Lead'), true);
    });

    it('looks the CUID up as a CPF when the URL names the CPF field', async () => {
        useOrg(['CPF__c']);

        await openLookup({ c__cuid: '12345678909', c__cpfField: 'CPF__c' });

        expect(navigate).toHaveBeenCalledWith(recordPage(orgRecords.Contact[4]!.Id, 'Contact'), true);
    });

    it('does not read the CUID as a CPF without a CPF field, and notes a setting it cannot use', async () => {
        const element = await openLookup({ c__cuid: '12345678909', c__cpfField: 'CPF field', c__defaultCountryCode: '+55x' });

        expect(navigate).not.toHaveBeenCalled();
        expect(text(element, 'none')).toBe('The link carries no phone number or email to look up.');
        expect(Array.from(shadow(element).querySelectorAll('[data-id="notes"] li')).map((item) => item.textContent)).toEqual([
            'Setting ignored: defaultCountryCode must be 1 to 3 digits, e.g. 55; ignored.',
            'Setting ignored: cpfField "CPF field" is not a field API name; CPF matching is off.'
        ]);
    });
});

describe('no match', () => {
    it('offers New Contact and New Lead with the phone (in E.164) and email filled in', async () => {
        const element = await openLookup({ c__phone: '(11) 91234-0000', c__email: 'new@example.com', c__defaultCountryCode: '55' });

        expect(text(element, 'none')).toBe('No Contact, Lead or Account matches (11) 91234-0000 · new@example.com.');
        shadow(element).querySelector<HTMLElement>('[data-id="new-lead"]')?.click();

        expect(encodeDefaultFieldValues).toHaveBeenCalledWith({ Phone: '+5511912340000', Email: 'new@example.com' });
        expect(navigate).toHaveBeenCalledWith(
            {
                type: 'standard__objectPage',
                attributes: { objectApiName: 'Lead', actionName: 'new' },
                state: { defaultFieldValues: 'Phone=%2B5511912340000,Email=new%40example.com' }
            },
            false
        );
    });

    it('searches again from the search box, by email', async () => {
        const element = await openLookup({ c__phone: '(11) 91234-0000', c__defaultCountryCode: '55' });
        const input = shadow(element).querySelector<HTMLInputElement & { value: string }>('[data-id="search-input"]');
        input!.value = 'pat.jones@example.org';
        input!.dispatchEvent(new CustomEvent('change'));
        shadow(element)
            .querySelector('form')
            ?.dispatchEvent(new CustomEvent('submit', { cancelable: true }));
        await graphql.settle();

        expect(navigate).toHaveBeenCalledWith(recordPage(PAT, 'Lead'), false);
    });

    it('says so when the URL carries nothing to look up', async () => {
        const element = await openLookup({ c__channel: 'voice_call', c__menuPath: 'Suporte / Voz' });

        expect(text(element, 'none')).toBe('The link carries no phone number or email to look up.');
        expect(graphql.asked).toEqual([]);
    });
});

describe('web and mobile SDK sessions', () => {
    it('finds the Lead by email alone and links the chat session to it', async () => {
        await openLookup(lookupUrls.webChat);

        expect(navigate).toHaveBeenCalledWith(recordPage(PAT, 'Lead'), true);
        expect(interactions().map((record) => record.fields)).toEqual([
            expect.objectContaining({
                External_Key__c: 'ccaip:chat:52001',
                Channel__c: 'Chat',
                Direction__c: 'Inbound',
                Session_Type__c: 'Web',
                Queue__c: 'Suporte / Chat',
                Lead__c: PAT,
                Agent__c: USER_ID
            })
        ]);
    });
});

describe('unfilled variables', () => {
    it('treats a {VARIABLE} CCAI left in the URL, decoded or not, as absent', async () => {
        const element = await openLookup({
            c__phone: '{CUSTOMER_PHONE_NUMBER}',
            c__ani: '%7BANI%7D',
            c__email: 'kim@example.com',
            c__session: '{SESSION_ID}',
            c__menuPath: '{MENU_PATH}'
        });

        expect(navigate).toHaveBeenCalledWith(recordPage(KIM, 'Contact'), true);
        expect(text(element, 'notes')).toBe('');
        expect(interactions()).toEqual([]);
    });
});

describe("the queue's Open custom URL pop: {ACCOUNT_ID}", () => {
    it('opens the Account the id names when it is a record of this org', async () => {
        await openLookup(lookupUrls.queuePop);

        expect(navigate).toHaveBeenCalledWith(recordPage(ACME, 'Account'), true);
    });

    it.each([
        ['an id of another org (no such record here)', '0015g00000ZzZzZAAV'],
        ['an 18-character id whose checksum is wrong', `${ACME.slice(0, 15)}AAA`],
        ['a URL, not an id', 'https://evil.example/0015g00000AcmeL'],
        ['a CCAI temporary account id', 'tmp-88123']
    ])('ignores %s with a visible note, never navigating to it, and searches by phone', async (_case, accountId) => {
        const element = await openLookup({ ...lookupUrls.queuePop, c__accountId: accountId, c__phoneNumber: '+55 11 98765-4321' });

        expect(navigate).toHaveBeenCalledTimes(1);
        expect(navigate).toHaveBeenCalledWith(recordPage(ANA, 'Contact'), true);
        expect(text(element, 'notes')).toContain(`The account id in the link (${accountId}) is not a Contact, Lead or Account of this org`);
    });
});

describe("the session's Interaction", () => {
    it('creates it, linked to the match, with the key the bridge uses and what the URL tells', async () => {
        await openLookup(lookupUrls.ivrCall);

        expect(interactions()).toHaveLength(1);
        expect(interactions()[0]?.fields).toEqual(
            expect.objectContaining({
                External_Key__c: 'ccaip:call:103646',
                Conversation_Key__c: 'ccaip:call:103646',
                Vendor__c: 'CCAI Platform',
                Channel__c: 'Voice',
                Direction__c: 'Inbound',
                Session_Type__c: 'IVR_Call',
                Customer_Number__c: '+55 11 98765-4321',
                From_Number__c: '+55 11 98765-4321',
                To_Number__c: '+55 11 4000-1234',
                Queue__c: 'Suporte / Voz',
                Contact__c: ANA,
                Agent__c: USER_ID
            })
        );
        // A URL does not say whether the call rings, talks or ended: no status and no times are made up.
        expect(interactions()[0]?.fields.Status__c ?? null).toBeNull();
        expect(interactions()[0]?.fields.Answered_At__c ?? null).toBeNull();
    });

    it('links the Interaction the bridge already created, and creates no other', async () => {
        const [existing] = org
            .asUser(USER_ID)
            .seed('CC_Interaction__c', [
                { External_Key__c: 'ccaip:call:103646', Status__c: 'Connected', Channel__c: 'Voice', Agent__c: USER_ID }
            ]);

        await openLookup(lookupUrls.ivrCall);

        expect(interactions()).toHaveLength(1);
        expect(interactions()[0]?.Id).toBe(existing);
        expect(interactions()[0]?.fields).toEqual(expect.objectContaining({ Contact__c: ANA, Status__c: 'Connected' }));
    });

    it("links this agent's own leg when another agent's record holds the session key (a transfer)", async () => {
        await org.asUser(OTHER_AGENT).createRecord('CC_Interaction__c', { External_Key__c: 'ccaip:call:103646', Agent__c: OTHER_AGENT });

        await openLookup(lookupUrls.ivrCall);

        const keys = org.recordsOf('CC_Interaction__c').map((record) => [record.fields.External_Key__c, record.fields.Contact__c ?? null]);
        expect(keys).toEqual([
            ['ccaip:call:103646', null],
            [`ccaip:call:103646@${USER_ID}`, ANA]
        ]);
    });

    it('shows why the session could not be recorded, and keeps the record to open', async () => {
        // Salesforce refuses the create: this user has no create access on Interactions.
        (createRecord as jest.Mock).mockRejectedValueOnce({
            status: 400,
            body: [{ errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY', message: 'You do not have access to create Interactions.' }]
        });
        const element = await openLookup(lookupUrls.ivrCall);

        expect(navigate).not.toHaveBeenCalled();
        expect(text(element, 'session-status')).toBe(
            'CCAI session 103646 could not be recorded: You do not have access to create Interactions.'
        );
        expect(shadow(element).querySelector(`button[data-record-id="${ANA}"]`)).not.toBeNull();
    });
});

describe('hostile parameters', () => {
    it('shows script as text, ignores values too long or of the wrong shape, and says which', async () => {
        const element = await openLookup({
            c__phone: '<img src=x onerror=alert(1)>',
            c__email: 'x'.repeat(5000),
            c__session: '1; DROP TABLE',
            c__menuPath: '<script>alert(1)</script>',
            c__cuid: ['a', 'b'],
            c__agentId: { toString: 'x' }
        });

        expect(shadow(element).querySelector('img, script')).toBeNull();
        expect(text(element, 'details')).toContain('<script>alert(1)</script>');
        expect(Array.from(shadow(element).querySelectorAll('[data-id="notes"] li')).map((item) => item.textContent)).toEqual([
            'c__phone is not a phone number and was ignored.',
            'c__email is too long and was ignored.',
            'c__session is not a CCAI session id; the session is not recorded.'
        ]);
        expect(interactions()).toEqual([]);
        expect(navigate).not.toHaveBeenCalled();
    });
});

describe('errors', () => {
    it('shows a GraphQL failure in words, and tries again on request', async () => {
        agent.online = false;
        const element = await openLookup({ c__phone: '+55 11 98765-4321', c__defaultCountryCode: '55' });

        expect(text(element, 'failure')).toBe('The lookup failed: Failed to fetch: the network is down');

        agent.online = true;
        shadow(element).querySelector<HTMLElement>('[data-id="retry"]')?.click();
        await graphql.settle();

        expect(navigate).toHaveBeenCalledWith(recordPage(ANA, 'Contact'), true);
    });

    it('starts over when Lightning reuses the page for another URL, and drops the earlier answers', async () => {
        const element = await openLookup({ c__phone: '(11) 91234-0000', c__defaultCountryCode: '55' });
        expect(text(element, 'none')).toContain('(11) 91234-0000');

        pageReferenceWire.emit({ type: 'standard__component', attributes: {}, state: { c__email: 'kim@example.com' } });
        await graphql.settle();

        expect(navigate).toHaveBeenCalledWith(recordPage(KIM, 'Contact'), true);
    });
});

describe('a page reused or put back while it looks up', () => {
    it('drops the answers of a lookup a newer URL replaced while it was in flight', async () => {
        const element = createElement('c-cc-crm-lookup', { is: CcCrmLookup });
        document.body.appendChild(element);
        pageReferenceWire.emit({ type: 'standard__component', attributes: {}, state: { c__email: 'kim@example.com' } });
        // Before the first lookup's answer: Lightning shows the page for the next call's URL.
        pageReferenceWire.emit({ type: 'standard__component', attributes: {}, state: { c__email: 'pat.jones@example.org' } });
        await graphql.settle();

        expect(navigate).toHaveBeenCalledTimes(1);
        expect(navigate).toHaveBeenCalledWith(recordPage(PAT, 'Lead'), true);
    });

    it('looks the URL up again when put back on the page after leaving it mid-lookup', async () => {
        const element = createElement('c-cc-crm-lookup', { is: CcCrmLookup });
        document.body.appendChild(element);
        pageReferenceWire.emit({ type: 'standard__component', attributes: {}, state: { c__email: 'kim@example.com' } });
        document.body.removeChild(element);
        document.body.appendChild(element);
        pageReferenceWire.emit({ type: 'standard__component', attributes: {}, state: { c__email: 'kim@example.com' } });
        await graphql.settle();

        expect(navigate).toHaveBeenCalledWith(recordPage(KIM, 'Contact'), true);
    });
});

describe('accessibility', () => {
    it('is accessible with candidates listed', async () => {
        const element = await openLookup({ c__phone: '+55 21 3333-4444', c__defaultCountryCode: '55' });

        await expect(element).toBeAccessible();
    });

    it('is accessible with no match', async () => {
        const element = await openLookup({ c__phone: '(11) 91234-0000', c__defaultCountryCode: '55' });

        await expect(element).toBeAccessible();
    });
});

describe('the bridge hearing the adapter after the lookup', () => {
    it('updates the Interaction the lookup created, under the same key, and keeps its caller link', async () => {
        const lookup = await openLookup(lookupUrls.ivrCall);
        const created = interactions()[0]?.Id;
        // The lookup page is replaced by the record; then the bridge hears the CCAI adapter's New_Call.
        document.body.removeChild(lookup);
        const bridge = createElement('c-cc-bridge', { is: CcBridge });
        document.body.appendChild(bridge);
        window.dispatchEvent(
            new MessageEvent('message', {
                data: adapterPost('New_Call', { ...exampleData('New_Call'), call_id: 103646 }),
                origin: CCAIP_ORIGIN
            })
        );
        await writesSent();
        await graphql.settle();
        await writesSent();

        expect(interactions()).toHaveLength(1);
        expect(interactions()[0]?.Id).toBe(created);
        expect(interactions()[0]?.fields).toEqual(
            expect.objectContaining({
                External_Key__c: 'ccaip:call:103646',
                Status__c: 'Connected',
                Session_Type__c: 'Voice Campaign (UJET)',
                Contact__c: ANA,
                Customer_Number__c: '+55 11 98765-4321'
            })
        );
    });
});
