/**
 * The history card on Contact, Lead and Account pages: its GraphQL query answered by the UI API
 * emulator's GraphQL stand-in over the fixture org (force-app/test/support/graphqlEmulated.ts), the
 * bridge's snapshots published on the live-state channel (the Jest message service delivers them),
 * and the card's DOM checked. The user's locale and time zone are sfdx-lwc-jest's (en-US,
 * America/Los_Angeles); ccInteractionHistory.locale.test.ts runs the card in Portuguese.
 */
import { createElement } from 'lwc';
import { graphql } from 'lightning/graphql';
import { createMessageContext, publish, type MessageContextValue } from 'lightning/messageService';
import LIVE_STATE_CHANNEL from '@salesforce/messageChannel/CC_Live_State__c';
import CcInteractionHistory from 'c/ccInteractionHistory';
import { navigate } from '../../../../../test/jest-mocks/lightning/navigation';
import { liveSubscriptionCount, resetMessageService } from '../../../../../test/jest-mocks/lightning/messageService';
import { emulateGraphql, type EmulatedGraphql } from '../../../../../test/support/graphqlEmulated';
import { UiApiEmulator } from '../../../../../../tools/uiApiEmulator/uiApiEmulator';
import { projectObjects } from '../../../../../../tools/uiApiEmulator/objectMetadata';
import { historyRequest } from '../historyQuery';
import orgRecords from './data/orgRecords.json';
import liveSnapshots from './data/liveSnapshots.json';
import newCallRecord from './data/newCallRecord.json';

type GraphqlStub = {
    emit(data: unknown, filter?: unknown, refresh?: () => Promise<unknown>): void;
    getLastConfig(): { variables?: unknown };
};
const graphqlWire = graphql as unknown as GraphqlStub;
const publishMock = publish as jest.Mock;

const ANA = '0035g00000AnaSzAAJ';
const BRUNO = '0035g00000NewCuAAJ';
const PATRICIA = '00Q5g00000PatLeEAJ';
const ACME = '0015g00000AcmeLAAR';
const NEW_CALL = newCallRecord.ringing.Id;
const CANDIDATE_CHAT = newCallRecord.candidateChat.Id;

let org: UiApiEmulator;
let wire: EmulatedGraphql;

beforeEach(() => {
    org = new UiApiEmulator(projectObjects());
    org.seedAll(orgRecords);
    wire = emulateGraphql(org);
});

afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
    resetMessageService();
    jest.clearAllMocks();
    jest.restoreAllMocks();
});

/** Puts the card on a record page, as Lightning sets its properties, and lets its query be answered. */
async function mountCard(page: { recordId: string; objectApiName: string; rowCount?: unknown }): Promise<HTMLElement> {
    const element = createElement('c-cc-interaction-history', { is: CcInteractionHistory });
    Object.assign(element, page);
    document.body.appendChild(element);
    await wire.settle();
    return element;
}

/** Publishes a snapshot on the channel as the bridge does, and lets the card's queries be answered. */
async function publishAsBridge(message: unknown): Promise<void> {
    publish(createMessageContext() as MessageContextValue, LIVE_STATE_CHANNEL, message);
    await wire.settle();
}

/** The bridge's record write of the new call: its first create, then each update. */
async function bridgeWrites(state: 'ringing' | 'connected' | 'ended'): Promise<void> {
    if (state === 'ringing') {
        org.seed('CC_Interaction__c', [newCallRecord.ringing]);
    } else {
        await org.updateRecord(NEW_CALL, newCallRecord[state]);
    }
}

const shadow = (element: HTMLElement) => element.shadowRoot as ShadowRoot;
const byId = (root: ParentNode | null | undefined, id: string) => root?.querySelector<HTMLElement>(`[data-id="${id}"]`) ?? null;
const text = (root: ParentNode | null | undefined, id: string) => byId(root, id)?.textContent?.trim() ?? null;
const rows = (element: HTMLElement) => Array.from(shadow(element).querySelectorAll<HTMLElement>('li[data-record-id]'));
const rowOf = (element: HTMLElement, recordId: string) => rows(element).find((row) => row.dataset.recordId === recordId) ?? null;
const rowNames = (element: HTMLElement) => rows(element).map((row) => row.querySelector('.slds-assistive-text')?.textContent?.trim());
const icon = (row: HTMLElement | null) => row?.querySelector('lightning-icon') as (HTMLElement & Record<string, string>) | null;
/** Intl puts a narrow no-break space before AM/PM; the expectations are written with plain spaces. */
const plain = (value: string | null | undefined) => (value ?? '').replace(/\s/g, ' ');
const askedVariables = () => graphqlWire.getLastConfig().variables;
/** A fixture to change: what the message service delivers is a copy too. */
const copyOf = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('c-cc-interaction-history', () => {
    describe('rows from GraphQL', () => {
        it("lists a Contact's newest Interactions, 5 by default, each with its icon, date, status and details", async () => {
            const card = await mountCard({ recordId: ANA, objectApiName: 'Contact' });

            expect(wire.asked).toEqual([historyRequest('Contact', ANA, 5)?.text]);
            expect(askedVariables()).toEqual({ recordId: ANA, first: 5 });
            expect(rowNames(card)).toEqual(['INT-000101', 'INT-000102', 'INT-000103', 'INT-000104', 'INT-000106']);

            const answered = rowOf(card, 'a025g0000000101AAA');
            expect(icon(answered)).toMatchObject({ iconName: 'utility:incoming_call', alternativeText: 'Inbound call' });
            expect(plain(text(answered, 'open'))).toBe('Feb 18, 2021, 12:47 PM INT-000101');
            expect(text(answered, 'status')).toBe('Ended');
            expect(text(answered, 'duration')).toBe('Talk time 03:28');
            expect(text(answered, 'route')).toBe('Queue suporte');
            expect(text(answered, 'agent')).toBe('Agent joao');
            expect(text(answered, 'number')).toBe('11987654321');
            expect(text(answered, 'disposition')).toBe('Disposition: Resolved');
            expect(text(answered, 'notes')).toMatch(/^Notes: Cliente ligou sobre a segunda via do boleto de fevereiro\. .*…$/);

            expect(text(rowOf(card, 'a025g0000000103AAA'), 'route')).toBe('Campaign Renovação 2021');
            expect(icon(rowOf(card, 'a025g0000000104AAA'))).toMatchObject({ iconName: 'utility:chat', alternativeText: 'Inbound chat' });
        });

        it('makes a missed call stand out', async () => {
            const card = await mountCard({ recordId: ANA, objectApiName: 'Contact' });

            const missed = rowOf(card, 'a025g0000000102AAA');
            expect(missed?.classList.contains('cc-missed')).toBe(true);
            expect(icon(missed)).toMatchObject({ iconName: 'utility:missed_call', variant: 'error' });
            expect(byId(missed, 'status')?.className).toBe('slds-badge slds-theme_error');
            expect(text(missed, 'status')).toBe('Missed');
            expect(text(missed, 'duration')).toBe('Wait time 00:22');
        });

        it('shows as many rows as App Builder says, the undated lookup session last, and follows a change of the setting', async () => {
            const card = await mountCard({ recordId: ANA, objectApiName: 'Contact', rowCount: 10 });
            expect(rowNames(card)).toEqual(['INT-000101', 'INT-000102', 'INT-000103', 'INT-000104', 'INT-000106', 'INT-000105']);
            expect(plain(text(rowOf(card, 'a025g0000000105AAA'), 'open'))).toBe('Date unknown INT-000105');
            expect(text(rowOf(card, 'a025g0000000105AAA'), 'status')).toBeNull();

            Object.assign(card, { rowCount: '2' });
            await wire.settle();
            expect(askedVariables()).toEqual({ recordId: ANA, first: 2 });
            expect(rowNames(card)).toEqual(['INT-000101', 'INT-000102']);
        });

        it("lists a Lead's and an Account's Interactions through their own lookups", async () => {
            const lead = await mountCard({ recordId: PATRICIA, objectApiName: 'Lead' });
            expect(wire.asked[0]).toContain('Lead__c: { eq: $recordId }');
            expect(rowNames(lead)).toEqual(['INT-000108']);
            expect(text(rowOf(lead, 'a025g0000000108AAA'), 'route')).toBe('Campaign Prospecção MG');
            document.body.removeChild(lead);

            const account = await mountCard({ recordId: ACME, objectApiName: 'Account' });
            expect(wire.asked[1]).toContain('Account__c: { eq: $recordId }');
            expect(rowNames(account)).toEqual(['INT-000109']);
            expect(icon(rowOf(account, 'a025g0000000109AAA'))).toMatchObject({ iconName: 'utility:chat', variant: 'error' });
        });

        it('links each row to its Interaction, and View All to the related list', async () => {
            const card = await mountCard({ recordId: ANA, objectApiName: 'Contact' });
            const link = byId(rowOf(card, 'a025g0000000102AAA'), 'open') as HTMLAnchorElement;
            expect(link.getAttribute('href')).toBe('/lightning/r/CC_Interaction__c/a025g0000000102AAA/view');

            link.click();
            expect(navigate).toHaveBeenLastCalledWith(
                {
                    type: 'standard__recordPage',
                    attributes: { recordId: 'a025g0000000102AAA', objectApiName: 'CC_Interaction__c', actionName: 'view' }
                },
                undefined
            );

            byId(shadow(card), 'view-all')?.click();
            expect(navigate).toHaveBeenLastCalledWith(
                {
                    type: 'standard__recordRelationshipPage',
                    attributes: { recordId: ANA, objectApiName: 'Contact', relationshipApiName: 'CC_Interactions__r', actionName: 'view' }
                },
                undefined
            );
        });

        it('is accessible with its rows', async () => {
            const card = await mountCard({ recordId: ANA, objectApiName: 'Contact' });
            await expect(card).toBeAccessible();
        });
    });

    describe('the other states', () => {
        it('shows a spinner until the first answer comes', () => {
            const card = createElement('c-cc-interaction-history', { is: CcInteractionHistory });
            Object.assign(card, { recordId: ANA, objectApiName: 'Contact' });
            document.body.appendChild(card);

            expect(byId(shadow(card), 'loading')?.querySelector('lightning-spinner')).toMatchObject({
                alternativeText: 'Loading the history…'
            });
            expect(byId(shadow(card), 'empty')).toBeNull();
        });

        it('says so when the record has no calls or chats, without View All', async () => {
            const card = await mountCard({ recordId: BRUNO, objectApiName: 'Contact' });

            expect(text(shadow(card), 'empty')).toBe('No calls or chats with this record yet.');
            expect(rows(card)).toEqual([]);
            expect(byId(shadow(card), 'view-all')).toBeNull();
            expect(byId(shadow(card), 'loading')).toBeNull();
            await expect(card).toBeAccessible();
        });

        it("says why the history could not be loaded: the org refuses the query of a user who may not read the Interaction's notes", async () => {
            org = new UiApiEmulator(projectObjects(), { unreadableFields: ['CC_Interaction__c.Notes__c'] });
            wire = emulateGraphql(org);
            const card = await mountCard({ recordId: ANA, objectApiName: 'Contact' });

            expect(text(shadow(card), 'error-text')).toMatch(/^The history could not be loaded: .*Notes__c/);
            expect(byId(shadow(card), 'error-text')?.getAttribute('role')).toBe('alert');
            expect(byId(shadow(card), 'empty')).toBeNull();
            expect(byId(shadow(card), 'loading')).toBeNull();
            await expect(card).toBeAccessible();
        });

        it('tries again when asked, after the network came back', async () => {
            org.online = false;
            const card = await mountCard({ recordId: ANA, objectApiName: 'Contact' });
            expect(text(shadow(card), 'error-text')).toBe('The history could not be loaded: Failed to fetch: the network is down');

            org.online = true;
            byId(shadow(card), 'retry')?.click();
            await wire.settle();

            expect(byId(shadow(card), 'error')).toBeNull();
            expect(rows(card)).toHaveLength(5);
        });

        it('keeps the rows it has under the error when asking again fails', async () => {
            const card = await mountCard({ recordId: ANA, objectApiName: 'Contact' });

            org.online = false;
            await bridgeWrites('ringing');
            await publishAsBridge(liveSnapshots.ringing);

            expect(text(shadow(card), 'error-text')).toBe('The history could not be loaded: Failed to fetch: the network is down');
            expect(rowNames(card)).toEqual(['INT-000101', 'INT-000102', 'INT-000103', 'INT-000104', 'INT-000106']);
        });

        it('asks nothing on a page of an object the Interaction has no lookup to', async () => {
            const card = await mountCard({ recordId: '5005g00000Case1AAA', objectApiName: 'Case' });

            expect(wire.asked).toEqual([]);
            expect(text(shadow(card), 'empty')).toBe('No calls or chats with this record yet.');
        });
    });

    describe('refresh on the live state', () => {
        it('asks the bridge for its state when it starts, and leaves no subscription behind when removed', async () => {
            const card = await mountCard({ recordId: ANA, objectApiName: 'Contact' });
            expect(publishMock).toHaveBeenCalledWith(expect.anything(), LIVE_STATE_CHANNEL, {
                type: 'request',
                source: 'ccInteractionHistory',
                requestId: expect.any(String)
            });

            document.body.removeChild(card);
            expect(liveSubscriptionCount()).toBe(0);
        });

        it('shows a call of this record as it rings, is answered and ends, without a reload', async () => {
            const card = await mountCard({ recordId: ANA, objectApiName: 'Contact' });

            // The bridge creates the Interaction, linked to Ana by caller matching, and publishes it.
            await bridgeWrites('ringing');
            await publishAsBridge(liveSnapshots.ringing);
            expect(rowNames(card)[0]).toBe('INT-000201');
            expect(text(rowOf(card, NEW_CALL), 'status')).toBe('Ringing');

            await bridgeWrites('connected');
            await publishAsBridge(liveSnapshots.connected);
            expect(text(rowOf(card, NEW_CALL), 'status')).toBe('Connected');
            expect(text(rowOf(card, NEW_CALL), 'duration')).toBe('Wait time 00:07');

            await bridgeWrites('ended');
            await publishAsBridge(liveSnapshots.ended);
            expect(text(rowOf(card, NEW_CALL), 'status')).toBe('Ended');
            expect(text(rowOf(card, NEW_CALL), 'duration')).toBe('Talk time 03:28');
            expect(rowNames(card)).toHaveLength(5);
            // The first load, then one question per change.
            expect(wire.asked).toHaveLength(4);
        });

        it('asks again when the snapshot came before the record write, until the write shows', async () => {
            org.seed('CC_Interaction__c', [{ ...newCallRecord.ringing, ...newCallRecord.connected }]);
            const card = await mountCard({ recordId: ANA, objectApiName: 'Contact' });
            await publishAsBridge(liveSnapshots.connected);
            expect(wire.asked).toHaveLength(1);

            // The bridge publishes the end first; its write lands while the card reads the list.
            const read = org.graphql.bind(org);
            jest.spyOn(org, 'graphql').mockImplementationOnce(async (query, variables) => {
                const answer = await read(query, variables);
                await bridgeWrites('ended');
                return answer;
            });
            await publishAsBridge(liveSnapshots.ended);

            expect(text(rowOf(card, NEW_CALL), 'status')).toBe('Ended');
            expect(wire.asked).toHaveLength(3);
        });

        it('stops asking after 3 tries when the write does not land (the bridge retries it)', async () => {
            org.seed('CC_Interaction__c', [{ ...newCallRecord.ringing, ...newCallRecord.connected }]);
            const card = await mountCard({ recordId: ANA, objectApiName: 'Contact' });
            await publishAsBridge(liveSnapshots.connected);

            await publishAsBridge(liveSnapshots.ended);

            expect(wire.asked).toHaveLength(4);
            expect(text(rowOf(card, NEW_CALL), 'status')).toBe('Connected');
        });

        it("asks nothing for snapshots that change no record of this page: the same state again, a caller's name, another customer", async () => {
            org.seed('CC_Interaction__c', [{ ...newCallRecord.ringing, ...newCallRecord.connected }]);
            await mountCard({ recordId: ANA, objectApiName: 'Contact' });
            await publishAsBridge(liveSnapshots.connected);

            await publishAsBridge(liveSnapshots.connected);
            const renamed = copyOf(liveSnapshots.connected);
            renamed.snapshot.interactions[0]!.caller.name = 'Ana Souza (Cliente Ouro)';
            await publishAsBridge(renamed);
            await publishAsBridge(liveSnapshots.anotherCustomer);

            expect(wire.asked).toHaveLength(1);
        });

        it('asks once when a chat that may be this record changes, and shows it once the agent linked it', async () => {
            org.seed('CC_Interaction__c', [newCallRecord.candidateChat]);
            const card = await mountCard({ recordId: ANA, objectApiName: 'Contact' });
            await publishAsBridge(liveSnapshots.chatOfCandidate);
            expect(wire.asked).toHaveLength(1);

            // "Link to this record" in the live-state card writes the lookup; the bridge's snapshot does not change.
            await org.updateRecord(CANDIDATE_CHAT, { Contact__c: ANA });
            await org.updateRecord(CANDIDATE_CHAT, { Status__c: 'Ended', Ended_At__c: '2021-02-18T22:31:02.000Z', Talk_Seconds__c: 631 });
            const ended = copyOf(liveSnapshots.chatOfCandidate);
            ended.snapshot.interactions[0]!.status = 'Ended';
            await publishAsBridge(ended);

            expect(wire.asked).toHaveLength(2);
            expect(rowNames(card)[0]).toBe(newCallRecord.candidateChat.Name);
            expect(text(rowOf(card, CANDIDATE_CHAT), 'duration')).toBe('Talk time 10:31');
        });

        it("uses lightning/graphql's refresh of the wire's answer when it has one, as in the org", async () => {
            const card = await mountCard({ recordId: ANA, objectApiName: 'Contact' });
            const request = historyRequest('Contact', ANA, 5);
            // The org's answers carry `refresh`, which answers again (lightning/graphql's docs, "refresh").
            const refresh: jest.Mock<Promise<void>, []> = jest.fn();
            refresh.mockImplementation(async () => {
                const { data } = await org.graphql(request?.text ?? '', { ...request?.variables });
                graphqlWire.emit(data, undefined, refresh);
            });
            await refresh();
            refresh.mockClear();
            const configs = wire.asked.length;

            await bridgeWrites('ringing');
            await publishAsBridge(liveSnapshots.ringing);

            expect(refresh).toHaveBeenCalledTimes(1);
            expect(wire.asked).toHaveLength(configs);
            expect(rowNames(card)[0]).toBe('INT-000201');
        });
    });
});
