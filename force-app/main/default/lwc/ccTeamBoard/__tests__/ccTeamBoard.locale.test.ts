/**
 * The team board for a supervisor in Brazil: the org gives the page the user's locale and time zone
 * (`@salesforce/i18n/locale`, `@salesforce/i18n/timeZone`) and the Portuguese of the Custom Labels
 * (translations/pt_BR). Times follow the locale and São Paulo's clock; the words follow the labels.
 */
import { createElement, type LightningElement } from 'lwc';
import { labelTranslations, mockCustomLabels } from '../../../../../test/jest-mocks/salesforce/customLabels';
import { emulateGraphql, type EmulatedGraphql } from '../../../../../test/support/graphqlEmulated';
import { fakeDateAndIntervals } from '../../../../../test/support/browserTasks';
import { UiApiEmulator } from '../../../../../../tools/uiApiEmulator/uiApiEmulator';
import { projectObjects } from '../../../../../../tools/uiApiEmulator/objectMetadata';
import floor from './data/agentStatuses.json';

jest.mock('@salesforce/i18n/locale', () => ({ __esModule: true, default: 'pt-BR' }), { virtual: true });
jest.mock('@salesforce/i18n/timeZone', () => ({ __esModule: true, default: 'America/Sao_Paulo' }), { virtual: true });

let CcTeamBoard: typeof LightningElement;
let wire: EmulatedGraphql;

beforeAll(() => {
    // The labels in Portuguese before the component is loaded: it reads them when its module loads.
    mockCustomLabels(labelTranslations('pt_BR'));
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the labels are mocked
    CcTeamBoard = require('c/ccTeamBoard').default;
});

beforeEach(() => {
    fakeDateAndIntervals(floor.now);
    const org = new UiApiEmulator(projectObjects());
    org.seedAll(floor.records);
    wire = emulateGraphql(org);
});

afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
    jest.useRealTimers();
    jest.clearAllMocks();
});

const text = (root: ParentNode | null | undefined, id: string) =>
    (root?.querySelector(`[data-id="${id}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('c-cc-team-board in Portuguese (Brazil)', () => {
    it('names the states and the marks in Portuguese, and gives times in São Paulo time', async () => {
        const board = createElement('c-cc-team-board', { is: CcTeamBoard });
        document.body.appendChild(board);
        await wire.settle();

        const root = board.shadowRoot as ShadowRoot;
        const headings = Array.from(root.querySelectorAll('section[data-state] h3')).map((heading) =>
            heading.textContent?.replace(/\s+/g, ' ').trim()
        );
        expect(headings).toEqual(['Tocando 1', 'Em ligação 2', 'Em chat 1', 'Em pausa 2', 'Disponível 1', 'Desconhecido 1', 'Deslogado 1']);
        const row = (id: string) => root.querySelector(`li[data-record-id="${id}"]`);
        expect(text(row('a035g0000000203AAA'), 'alert')).toBe('Tocando há mais de 00:30');
        expect(text(row('a035g0000000204AAA'), 'alert')).toBe('Passou do máximo da pausa, 15:00');
        expect(text(row('a035g0000000205AAA'), 'detail')).toBe('Reunião · Produtiva');
        // Hugo's last event, 09:02 UTC, is 6:02 in São Paulo.
        expect(text(row('a035g0000000208AAA'), 'timer')).toBe('Nenhum evento desde 6:02');
        expect(text(root, 'data-from')).toBe('Dados de 11:30:00');
        expect((root.querySelector('label[for]') as HTMLElement | null)?.textContent).toBe('Fila');
        await expect(board).toBeAccessible();
    });
});
