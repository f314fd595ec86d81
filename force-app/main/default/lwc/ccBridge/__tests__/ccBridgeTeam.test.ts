/**
 * The bridge shell's ports to the org beyond record writes: browser storage shared by tabs, the
 * GraphQL caller lookup, the panel's caller actions, the exported log and debug logging.
 */
import USER_ID from '@salesforce/user/Id';
import { stateKey } from '../../ccCore/savedState';
import { panelRendered } from '../../../../../test/support/panelRendered';
import { createElement } from 'lwc';
import { createRecord } from 'lightning/uiRecordApi';
import { gql, graphql } from 'lightning/graphql';
import { encodeDefaultFieldValues } from 'lightning/pageReferenceUtils';
import { navigate } from '../../../../../test/jest-mocks/lightning/navigation';
import { resetMessageService } from '../../../../../test/jest-mocks/lightning/messageService';
import CcBridge from 'c/ccBridge';
import type { UiApiEmulator } from '../../../../../../tools/uiApiEmulator/uiApiEmulator';
import { emulateUiRecordApi } from '../../../../../test/support/uiRecordApiEmulated';
import { writesSent } from '../../../../../test/support/browserTasks';
import { EVOLUX_ORIGIN, seed, variant } from '../../ccCore/__tests__/evoluxFixtures';

type GraphqlStub = { emit(data: unknown): void; getLastConfig(): { query?: unknown; variables?: Record<string, unknown> } | null };
const graphqlWire = graphql as unknown as GraphqlStub;
const createRecordMock = createRecord as jest.Mock;
const CONTACT = '0035g00000XyZaBAAV';
const fromCustomer = variant(seed.softphoneCallInvited, { from: { name: '', number: '11987654321' } });

let writer: UiApiEmulator;

beforeEach(() => {
    window.localStorage.clear();
    writer = emulateUiRecordApi();
});

afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
    resetMessageService();
    jest.clearAllMocks();
    jest.restoreAllMocks();
});

/** The agent's status record is off unless a test turns it on: these tests count the writes of calls. */
function mountBridge(properties: Record<string, unknown> = {}) {
    const element = createElement('c-cc-bridge', { is: CcBridge });
    Object.assign(element, { defaultCountryCode: '55', keepAgentStatus: false, ...properties });
    document.body.appendChild(element);
    return element;
}

/** Delivers a window message and lets the record writes it asks for go out and be answered. */
async function post(data: unknown, origin = EVOLUX_ORIGIN) {
    window.dispatchEvent(new MessageEvent('message', { data, origin }));
    await writesSent();
}

const shadow = (element: HTMLElement) => element.shadowRoot as ShadowRoot;
const text = (element: HTMLElement, id: string) => shadow(element).querySelector(`[data-id="${id}"]`)?.textContent ?? '';
const contact = (id: string, name: string, phone: string) => ({
    node: { Id: id, Name: { value: name }, Phone: { value: phone }, MobilePhone: { value: null }, Email: { value: null } }
});
/** The alias the bridge's latest lookup asked its answer under (`lookupN: uiapi { ... }`). */
const lookupAlias = () => {
    const queryText = String((gql as unknown as jest.Mock).mock.calls.at(-1)?.[1] ?? '');
    return /(\w+): uiapi/.exec(queryText)?.[1] ?? 'none';
};
const answer = (contacts: unknown[], alias = lookupAlias()) => ({
    [alias]: { query: { Contact: { edges: contacts }, Lead: { edges: [] }, Account: { edges: [] } } }
});

describe('c-cc-bridge shared with other tabs', () => {
    it('writes once when two bridges on the page hear the same call: one leads, the other follows', async () => {
        const first = mountBridge();
        const second = mountBridge();
        await post(seed.softphoneCallInvited);

        expect(createRecordMock).toHaveBeenCalledTimes(1);
        expect(text(first, 'role')).toBe('This tab saves the records for all your Salesforce tabs.');
        expect(text(second, 'role')).toBe('Another of your Salesforce tabs saves the records.');
    });

    it('keeps the call across a reload: the end after it updates the record made before', async () => {
        const before = mountBridge();
        await post(seed.softphoneCallInvited);
        document.body.removeChild(before);
        mountBridge();
        await post(seed.softphoneCallEnded);

        expect(createRecordMock).toHaveBeenCalledTimes(1);
        expect(writer.recordsOf('CC_Interaction__c')[0]?.fields).toMatchObject({ Status__c: 'Ended', Talk_Seconds__c: 2 });
    });
});

describe('c-cc-bridge caller lookup through the GraphQL wire', () => {
    it('asks for records holding the last seven digits as typed, then links and pops the one that matches', async () => {
        mountBridge();
        await post(fromCustomer);

        expect(graphqlWire.getLastConfig()?.variables).toEqual({
            first: 200,
            phone0: '%7654321%',
            phone1: '%765-4321%',
            phone2: '%765 4321%',
            phone3: '%765.4321%'
        });
        graphqlWire.emit(
            answer([contact(CONTACT, 'Maria Souza', '(11) 98765-4321'), contact('0035g00000XyZaCAAV', 'João Lima', '(21) 91234-4321')])
        );
        await writesSent();

        expect(writer.recordsOf('CC_Interaction__c')[0]?.fields.Contact__c).toBe(CONTACT);
        expect(navigate).toHaveBeenCalledWith(
            { type: 'standard__recordPage', attributes: { recordId: CONTACT, objectApiName: 'Contact', actionName: 'view' } },
            undefined
        );
    });

    it('lists several matches for the agent to open, without linking or popping', async () => {
        const element = mountBridge();
        await post(fromCustomer);
        graphqlWire.emit(
            answer([contact(CONTACT, 'Maria Souza', '(11) 98765-4321'), contact('0035g00000XyZaCAAV', 'Maria S.', '11 98765 4321')])
        );
        await panelRendered();

        expect(navigate).not.toHaveBeenCalled();
        const buttons = Array.from(shadow(element).querySelectorAll<HTMLButtonElement>('button[data-record-id]'));
        expect(buttons.map((button) => button.dataset.recordId)).toEqual([CONTACT, '0035g00000XyZaCAAV']);
        buttons[1]?.click();
        expect(navigate).toHaveBeenCalledWith(
            { type: 'standard__recordPage', attributes: { recordId: '0035g00000XyZaCAAV', objectApiName: 'Contact', actionName: 'view' } },
            undefined
        );
    });

    it('offers a new contact with the number filled in when nobody matches, and shows the number masked', async () => {
        (encodeDefaultFieldValues as jest.Mock).mockReturnValue('Phone=11987654321');
        const element = mountBridge();
        await post(fromCustomer);
        graphqlWire.emit(answer([]));
        await panelRendered();

        const row = shadow(element).querySelector('[data-interaction]')?.textContent ?? '';
        expect(row).toContain('•••••••4321');
        expect(row).not.toContain('11987654321');
        shadow(element).querySelector<HTMLButtonElement>('button[data-phone]')?.click();
        expect(encodeDefaultFieldValues).toHaveBeenCalledWith({ Phone: '11987654321' });
        expect(navigate).toHaveBeenCalledWith(
            {
                type: 'standard__objectPage',
                attributes: { objectApiName: 'Contact', actionName: 'new' },
                state: { defaultFieldValues: 'Phone=11987654321' }
            },
            undefined
        );
    });
});

describe('c-cc-bridge diagnostics', () => {
    it('downloads what it heard as a replay log', async () => {
        const element = mountBridge();
        await post(seed.softphoneCallInvited);
        await post(seed.softphoneCallInvited, 'https://evil.example.com');
        const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
            expect(this.download).toMatch(/^contact-center-bridge-.*\.jsonl$/);
            const lines = decodeURIComponent(this.href.split(',').slice(1).join(','))
                .trim()
                .split('\n')
                .map((line) => JSON.parse(line));
            expect(lines).toEqual([
                expect.objectContaining({ origin: EVOLUX_ORIGIN, data: seed.softphoneCallInvited, tab: 'A' }),
                expect.objectContaining({ origin: 'https://evil.example.com', data: null })
            ]);
        });
        shadow(element).querySelector<HTMLButtonElement>('[data-id="export"]')?.click();
        expect(click).toHaveBeenCalledTimes(1);
    });

    it('writes messages to the console only in debug mode', async () => {
        const debug = jest.spyOn(console, 'debug').mockImplementation(() => undefined);
        mountBridge();
        await post(seed.softphoneCallInvited);
        expect(debug).not.toHaveBeenCalled();

        document.body.removeChild(document.body.firstChild as Node);
        mountBridge({ debug: true });
        await post(seed.softphoneCallInvited);
        expect(debug).toHaveBeenCalledWith('[Contact Center Bridge]', EVOLUX_ORIGIN, seed.softphoneCallInvited);
    });
});

describe('c-cc-bridge when its tab closes', () => {
    it('saves its state and gives the writing role up on pagehide, so another tab takes over at once', async () => {
        mountBridge();
        await post(seed.softphoneCallInvited);
        expect(JSON.parse(window.localStorage.getItem('ccBridge.leader') ?? 'null')).toMatchObject({ tabId: expect.any(String) });

        window.dispatchEvent(new CustomEvent('pagehide'));

        expect(window.localStorage.getItem('ccBridge.leader')).toBeNull();
        const saved = JSON.parse(window.localStorage.getItem(stateKey(USER_ID)) ?? '{}');
        expect(saved.interactions.map((state: { key: string }) => state.key)).toEqual([`evolux:${seed.softphoneCallInvited.payload.id}`]);
        expect(saved.records[0]).toMatchObject({ recordId: writer.recordsOf('CC_Interaction__c')[0]?.Id });
    });
});
