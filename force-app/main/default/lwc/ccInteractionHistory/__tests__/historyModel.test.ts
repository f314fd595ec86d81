/**
 * The rows the history shows, from GraphQL answers the UI API GraphQL stand-in gives for the fixture
 * org: the icon and words for each kind of Interaction, dates in the user's locale and time zone,
 * talk or wait time, route, agent, disposition and the start of the notes, and the order.
 */
import { UiApiEmulator } from '../../../../../../tools/uiApiEmulator/uiApiEmulator';
import { projectObjects } from '../../../../../../tools/uiApiEmulator/objectMetadata';
import { customLabels } from '../../../../../test/jest-mocks/salesforce/customLabels';
import { excerpt, historyRows, interactionRecords, newestFirst, type HistoryLabels, type InteractionRecord } from '../historyModel';
import { historyRequest } from '../historyQuery';
import orgRecords from './data/orgRecords.json';

const ANA = '0035g00000AnaSzAAJ';
const english = customLabels();
const LABELS: HistoryLabels = {
    inboundCall: english.CC_History_Inbound_Call ?? '',
    outboundCall: english.CC_History_Outbound_Call ?? '',
    call: english.CC_History_Call ?? '',
    inboundChat: english.CC_History_Inbound_Chat ?? '',
    outboundChat: english.CC_History_Outbound_Chat ?? '',
    chat: english.CC_History_Chat ?? '',
    statuses: {
        Ringing: english.CC_Status_Ringing ?? '',
        Connected: english.CC_Status_Connected ?? '',
        Ended: english.CC_Status_Ended ?? '',
        Missed: english.CC_Status_Missed ?? ''
    },
    talkTime: english.CC_History_Talk_Time ?? '',
    waitTime: english.CC_History_Wait_Time ?? '',
    queue: english.CC_History_Queue ?? '',
    campaign: english.CC_History_Campaign ?? '',
    agent: english.CC_History_Agent ?? '',
    disposition: english.CC_History_Disposition ?? '',
    notes: english.CC_History_Notes ?? '',
    dateUnknown: english.CC_History_Date_Unknown ?? ''
};
const SAN_FRANCISCO = { locale: 'en-US', timeZone: 'America/Los_Angeles' };
const SAO_PAULO = { locale: 'pt-BR', timeZone: 'America/Sao_Paulo' };

/** Intl puts a narrow no-break space before AM/PM; the expectations are written with plain spaces. */
const plain = (text: string) => text.replace(/\s/g, ' ');

let anaRecords: InteractionRecord[];

beforeAll(async () => {
    const org = new UiApiEmulator(projectObjects());
    org.seedAll(orgRecords);
    const request = historyRequest('Contact', ANA, 10);
    const answer = await org.graphql(request?.text ?? '', { ...request?.variables });
    anaRecords = interactionRecords(answer.data) ?? [];
});

const rowNamed = (name: string, format = SAN_FRANCISCO) => historyRows(anaRecords, LABELS, format).find((row) => row.name === name);

describe('interactionRecords', () => {
    it("reads the Interactions of the stand-in's answer, leaving out the empty fields", () => {
        expect(anaRecords).toHaveLength(6);
        expect(anaRecords[1]).toEqual({
            id: 'a025g0000000102AAA',
            name: 'INT-000102',
            channel: 'Voice',
            direction: 'Inbound',
            status: 'Missed',
            offeredAt: '2021-02-18T20:40:10.120Z',
            endedAt: '2021-02-18T20:40:31.900Z',
            waitSeconds: 22,
            queue: 'suporte',
            agentLogin: 'joao',
            customerNumber: '11987654321'
        });
    });

    it("takes a picklist's label in the user's language (displayValue) over its value", () => {
        const data = {
            uiapi: {
                query: {
                    CC_Interaction__c: {
                        edges: [{ node: { Id: 'a025g0000000101AAA', Disposition__c: { value: 'Resolved', displayValue: 'Resolvido' } } }]
                    }
                }
            }
        };
        expect(interactionRecords(data)?.[0]?.disposition).toBe('Resolvido');
    });

    it('is undefined for an answer of another shape, and skips a node without an Id', () => {
        expect(interactionRecords(undefined)).toBeUndefined();
        expect(interactionRecords({ uiapi: { query: {} } })).toBeUndefined();
        expect(interactionRecords({ uiapi: { query: { CC_Interaction__c: { edges: [{ node: {} }, null] } } } })).toEqual([]);
    });
});

describe('historyRows', () => {
    it('shows an answered inbound call: its date and time, Ended, talk time, queue, agent, number, disposition and notes', () => {
        expect(rowNamed('INT-000101')).toEqual({
            key: 'a025g0000000101AAA',
            recordId: 'a025g0000000101AAA',
            name: 'INT-000101',
            kindLabel: 'Inbound call',
            iconName: 'utility:incoming_call',
            when: expect.any(String),
            statusLabel: 'Ended',
            badgeClass: 'slds-badge slds-badge_lightest',
            itemClass: 'slds-item',
            missed: false,
            details: [
                { key: 'duration', text: 'Talk time 03:28' },
                { key: 'route', text: 'Queue suporte' },
                { key: 'agent', text: 'Agent joao' },
                { key: 'number', text: '11987654321' }
            ],
            hasDetails: true,
            disposition: 'Disposition: Resolved',
            notes: 'Notes: Cliente ligou sobre a segunda via do boleto de fevereiro. Enviei por e-mail e confirmei o endereço de cobrança; pediu…'
        });
        expect(plain(rowNamed('INT-000101')?.when ?? '')).toBe('Feb 18, 2021, 12:47 PM');
    });

    it('makes a missed call stand out: the missed-call icon in red, the red badge and bar, and how long the customer waited', () => {
        expect(rowNamed('INT-000102')).toMatchObject({
            kindLabel: 'Inbound call',
            iconName: 'utility:missed_call',
            iconVariant: 'error',
            statusLabel: 'Missed',
            badgeClass: 'slds-badge slds-theme_error',
            itemClass: 'slds-item cc-missed',
            missed: true,
            details: [
                { key: 'duration', text: 'Wait time 00:22' },
                { key: 'route', text: 'Queue suporte' },
                { key: 'agent', text: 'Agent joao' },
                { key: 'number', text: '11987654321' }
            ]
        });
    });

    it("shows an outbound campaign call's campaign, and a chat's chat icon", () => {
        expect(rowNamed('INT-000103')).toMatchObject({
            kindLabel: 'Outbound call',
            iconName: 'utility:outbound_call',
            details: expect.arrayContaining([{ key: 'route', text: 'Campaign Renovação 2021' }]),
            disposition: 'Disposition: Callback requested'
        });
        expect(rowNamed('INT-000104')).toMatchObject({
            kindLabel: 'Inbound chat',
            iconName: 'utility:chat',
            details: expect.arrayContaining([{ key: 'duration', text: 'Talk time 06:52' }])
        });
    });

    it('shows a call of over an hour with its hours', () => {
        expect(rowNamed('INT-000106')?.details[0]).toEqual({ key: 'duration', text: 'Talk time 1:02:03' });
    });

    it("shows the customer lookup's session, which has no time nor status yet, last and as such", () => {
        const rows = historyRows(anaRecords, LABELS, SAN_FRANCISCO);
        expect(rows.map((row) => row.name)).toEqual(['INT-000101', 'INT-000102', 'INT-000103', 'INT-000104', 'INT-000106', 'INT-000105']);
        expect(rows[5]).toMatchObject({ when: 'Date unknown', kindLabel: 'Inbound call', iconName: 'utility:incoming_call' });
        expect(rows[5]?.statusLabel).toBeUndefined();
        expect(rows[5]?.badgeClass).toBeUndefined();
    });

    it("writes dates and times in the user's locale and time zone", () => {
        expect(plain(rowNamed('INT-000101', SAO_PAULO)?.when ?? '')).toBe('18 de fev. de 2021, 17:47');
        expect(plain(rowNamed('INT-000101', { locale: 'en-GB', timeZone: 'Europe/Rome' })?.when ?? '')).toBe('18 Feb 2021, 21:47');
    });

    it("falls back to the browser's format for a locale or time zone Intl does not know", () => {
        expect(rowNamed('INT-000101', { locale: 'en-US', timeZone: 'Mars/Olympus_Mons' })?.when).toEqual(expect.stringContaining('2021'));
    });

    it('names a call or chat of unknown direction plainly, and keeps the id when the record has no Name', () => {
        const [call, chat] = historyRows(
            [
                { id: 'a025g0000000301AAA', channel: 'Voice', offeredAt: '2021-02-18T10:00:00.000Z' },
                { id: 'a025g0000000302AAA', channel: 'Chat', direction: 'Outbound', offeredAt: '2021-02-18T09:00:00.000Z' }
            ],
            LABELS,
            SAN_FRANCISCO
        );
        expect(call).toMatchObject({ kindLabel: 'Call', iconName: 'utility:call', name: 'a025g0000000301AAA', hasDetails: false });
        expect(chat).toMatchObject({ kindLabel: 'Outbound chat', iconName: 'utility:chat' });
    });
});

describe('newestFirst', () => {
    it('dates an Interaction without an offer time by its answer, then its end; ties go to the newer record', () => {
        const order = newestFirst([
            { id: 'a', name: 'INT-000009', offeredAt: '2021-02-18T10:00:00.000Z' },
            { id: 'b', name: 'INT-000010', endedAt: '2021-02-18T11:00:00.000Z' },
            { id: 'c', name: 'INT-000011' },
            { id: 'd', name: 'INT-000012', answeredAt: '2021-02-18T09:00:00.000Z' },
            { id: 'e', name: 'INT-000100', offeredAt: '2021-02-18T10:00:00.000Z' },
            { id: 'f', name: 'INT-000013' }
        ]);
        expect(order.map((record) => record.id)).toEqual(['b', 'e', 'a', 'd', 'f', 'c']);
    });
});

describe('excerpt', () => {
    it('keeps a short text whole, on one line', () => {
        expect(excerpt('  Ligar de volta\n\tapós as 18h  ', 120)).toBe('Ligar de volta após as 18h');
    });

    it('cuts a long text at a word, or within a long word, with an ellipsis', () => {
        expect(excerpt('um dois três quatro cinco', 14)).toBe('um dois três…');
        expect(excerpt('https://example.com/protocolos/2021/02/18/123456789', 20)).toBe('https://example.com/…');
    });
});
