/**
 * The history card for a user in Brazil: the org gives the page the user's locale and time zone
 * (`@salesforce/i18n/locale`, `@salesforce/i18n/timeZone`) and the Portuguese of the Custom Labels
 * (translations/pt_BR). Dates, times and durations follow the locale; the words follow the labels.
 */
import { createElement, type LightningElement } from 'lwc';
import { labelTranslations, mockCustomLabels } from '../../../../../test/jest-mocks/salesforce/customLabels';
import { resetMessageService } from '../../../../../test/jest-mocks/lightning/messageService';
import { emulateGraphql, type EmulatedGraphql } from '../../../../../test/support/graphqlEmulated';
import { UiApiEmulator } from '../../../../../../tools/uiApiEmulator/uiApiEmulator';
import { projectObjects } from '../../../../../../tools/uiApiEmulator/objectMetadata';
import orgRecords from './data/orgRecords.json';

jest.mock('@salesforce/i18n/locale', () => ({ __esModule: true, default: 'pt-BR' }), { virtual: true });
jest.mock('@salesforce/i18n/timeZone', () => ({ __esModule: true, default: 'America/Sao_Paulo' }), { virtual: true });

const ANA = '0035g00000AnaSzAAJ';

let CcInteractionHistory: typeof LightningElement;
let wire: EmulatedGraphql;

beforeAll(() => {
    // The labels in Portuguese before the component is loaded: it reads them when its module loads.
    mockCustomLabels(labelTranslations('pt_BR'));
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the labels are mocked
    CcInteractionHistory = require('c/ccInteractionHistory').default;
});

beforeEach(() => {
    const org = new UiApiEmulator(projectObjects());
    org.seedAll(orgRecords);
    wire = emulateGraphql(org);
});

afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
    resetMessageService();
    jest.clearAllMocks();
});

const text = (root: ParentNode | null | undefined, id: string) =>
    (root?.querySelector(`[data-id="${id}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('c-cc-interaction-history in Portuguese (Brazil)', () => {
    it('writes dates and times in São Paulo time, in Portuguese, and the words from the pt_BR labels', async () => {
        const card = createElement('c-cc-interaction-history', { is: CcInteractionHistory });
        Object.assign(card, { recordId: ANA, objectApiName: 'Contact' });
        document.body.appendChild(card);
        await wire.settle();

        const root = card.shadowRoot as ShadowRoot;
        const answered = root.querySelector('li[data-record-id="a025g0000000101AAA"]');
        expect(text(answered, 'open')).toBe('18 de fev. de 2021, 17:47 INT-000101');
        expect(answered?.querySelector('lightning-icon')).toMatchObject({ alternativeText: 'Chamada recebida' });
        expect(text(answered, 'status')).toBe('Encerrada');
        expect(text(answered, 'duration')).toBe('Tempo de conversa 03:28');
        expect(text(answered, 'route')).toBe('Fila suporte');
        // The org gives the picklist value's translation as its displayValue; the stand-in gives none, so the value shows.
        expect(text(answered, 'disposition')).toBe('Tabulação: Resolved');

        const longCall = root.querySelector('li[data-record-id="a025g0000000106AAA"]');
        expect(text(longCall, 'open')).toBe('10 de fev. de 2021, 15:02 INT-000106');
        expect(text(longCall, 'duration')).toBe('Tempo de conversa 1:02:03');

        expect(text(root, 'view-all')).toBe('Ver tudo');
        await expect(card).toBeAccessible();
    });
});
