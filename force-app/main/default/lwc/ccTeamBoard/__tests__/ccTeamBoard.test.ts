/**
 * The team board on an app page: its GraphQL query answered by the UI API emulator's GraphQL
 * stand-in over a floor of agent status records (data/agentStatuses.json), the time and the refresh
 * interval driven by fake Date and setInterval, and the board's DOM checked.
 */
import { createElement } from 'lwc';
import { graphql } from 'lightning/graphql';
import CcTeamBoard from 'c/ccTeamBoard';
import { emulateGraphql, type EmulatedGraphql } from '../../../../../test/support/graphqlEmulated';
import { fakeDateAndIntervals } from '../../../../../test/support/browserTasks';
import { UiApiEmulator } from '../../../../../../tools/uiApiEmulator/uiApiEmulator';
import { projectObjects } from '../../../../../../tools/uiApiEmulator/objectMetadata';
import floor from './data/agentStatuses.json';
import today from './data/todayRecords.json';
import { BOARD_QUERY, boardVariables } from '../boardQuery';

let org: UiApiEmulator;
let wire: EmulatedGraphql;

beforeEach(() => {
    fakeDateAndIntervals(floor.now);
    org = new UiApiEmulator(projectObjects());
    org.seedAll(floor.records);
    wire = emulateGraphql(org);
});

afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
    jest.useRealTimers();
    jest.clearAllMocks();
    jest.restoreAllMocks();
});

/** Puts the board on an app page with App Builder's properties, and lets its query be answered. */
async function mountBoard(properties: Record<string, unknown> = {}): Promise<HTMLElement> {
    const element = createElement('c-cc-team-board', { is: CcTeamBoard });
    Object.assign(element, properties);
    document.body.appendChild(element);
    await wire.settle();
    return element;
}

/** Lets `seconds` pass on the board's clock (timers and refresh interval), then its queries be answered. */
async function pass(seconds: number): Promise<void> {
    jest.advanceTimersByTime(seconds * 1000);
    await wire.settle();
}

const shadow = (element: HTMLElement) => element.shadowRoot as ShadowRoot;
const byId = (root: ParentNode | null | undefined, id: string) => root?.querySelector<HTMLElement>(`[data-id="${id}"]`) ?? null;
const text = (root: ParentNode | null | undefined, id: string) => byId(root, id)?.textContent?.trim() ?? null;
const group = (element: HTMLElement, state: string) => shadow(element).querySelector<HTMLElement>(`section[data-state="${state}"]`);
const states = (element: HTMLElement) =>
    Array.from(shadow(element).querySelectorAll<HTMLElement>('section[data-state]')).map((section) => section.dataset.state);
const agentRow = (element: HTMLElement, name: string) =>
    Array.from(shadow(element).querySelectorAll<HTMLElement>('li[data-record-id]')).find((row) => text(row, 'name') === name) ?? null;
const names = (element: HTMLElement, state: string) =>
    Array.from(group(element, state)?.querySelectorAll<HTMLElement>('li') ?? []).map((row) => text(row, 'name'));
const plain = (value: string | null | undefined) => (value ?? '').replace(/\s/g, ' ');

function choose(element: HTMLElement, id: string, value: string): void {
    const select = byId(shadow(element), id) as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new CustomEvent('change'));
}

describe('c-cc-team-board', () => {
    it('shows the floor grouped by state, each group counted, with running timers and the marked agents', async () => {
        const board = await mountBoard();

        expect(states(board)).toEqual(['Ringing', 'On call', 'In chat', 'Paused', 'Available', 'Unknown', 'Logged out']);
        expect(text(group(board, 'On call'), 'count')).toBe('2');
        expect(names(board, 'On call')).toEqual(['Bruno Lima', 'Ana Souza']);
        expect(text(agentRow(board, 'Ana Souza'), 'timer')).toBe('03:30');
        expect(text(agentRow(board, 'Carla Dias'), 'alert')).toBe('Ringing for over 00:30');
        expect(agentRow(board, 'Carla Dias')?.querySelector('lightning-icon')).toMatchObject({ iconName: 'utility:ringing' });
        expect(text(agentRow(board, 'Daniel Reis'), 'alert')).toBe("Past the pause's maximum of 15:00");
        expect(text(agentRow(board, 'Elisa Prado'), 'detail')).toBe('Reunião · Productive');
        expect(plain(text(agentRow(board, 'Hugo Alves'), 'timer'))).toMatch(/^No event since \d{1,2}:02 AM$/);
        expect(plain(text(shadow(board), 'data-from'))).toMatch(/^Data from \d{1,2}:30:00 (AM|PM)$/);

        await pass(5);
        expect(text(agentRow(board, 'Ana Souza'), 'timer')).toBe('03:35');
        // The long-call mark comes when the threshold is crossed, with no new answer from the org.
        await pass(7 * 60);
        expect(text(agentRow(board, 'Ana Souza'), 'alert')).toBe('Longer than 10:00');
    });

    it('asks the org again on the interval the admin set, and shows what changed', async () => {
        const board = await mountBoard({ refreshSeconds: 30 });
        expect(wire.asked).toHaveLength(1);

        await org.updateRecord('a035g0000000203AAA', { State__c: 'On call', State_Since__c: '2026-03-02T14:30:10.000Z' });
        await pass(29);
        expect(wire.asked).toHaveLength(1);
        expect(names(board, 'Ringing')).toEqual(['Carla Dias']);

        await pass(1);
        expect(wire.asked).toHaveLength(2);
        expect(states(board)).not.toContain('Ringing');
        expect(names(board, 'On call')).toEqual(['Bruno Lima', 'Ana Souza', 'Carla Dias']);
        expect(plain(text(shadow(board), 'data-from'))).toMatch(/^Data from \d{1,2}:30:30 (AM|PM)$/);
    });

    it('asks nothing while the browser tab is hidden, and asks at once when it shows again', async () => {
        await mountBoard({ refreshSeconds: 15 });
        const visibility = jest.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');

        await pass(60);
        expect(wire.asked).toHaveLength(1);

        visibility.mockReturnValue('visible');
        document.dispatchEvent(new CustomEvent('visibilitychange'));
        await wire.settle();
        expect(wire.asked).toHaveLength(2);
    });

    it('stops its timers when it leaves the page', async () => {
        const board = await mountBoard({ refreshSeconds: 15 });
        document.body.removeChild(board);

        await pass(60);
        expect(wire.asked).toHaveLength(1);
        expect(jest.getTimerCount()).toBe(0);
    });

    it('filters by queue and by campaign', async () => {
        const board = await mountBoard();

        choose(board, 'queue-filter', 'cobranca');
        await wire.settle();
        expect(states(board)).toEqual(['On call', 'Paused']);
        expect(names(board, 'Paused')).toEqual(['Elisa Prado']);

        choose(board, 'queue-filter', '');
        choose(board, 'campaign-filter', 'Renovação 2026');
        await wire.settle();
        expect(states(board)).toEqual(['On call']);
        expect(names(board, 'On call')).toEqual(['Bruno Lima']);
    });

    it('uses the thresholds the admin set, and large type as a wallboard', async () => {
        const board = await mountBoard({ ringingAlertSeconds: 120, longCallMinutes: 30, unknownAfterMinutes: 600, wallboard: true });

        expect(text(agentRow(board, 'Carla Dias'), 'alert')).toBeNull();
        expect(text(agentRow(board, 'Bruno Lima'), 'alert')).toBeNull();
        expect(names(board, 'Available')).toEqual(['Hugo Alves', 'Gabriela Melo']);
        expect(shadow(board).querySelector('.cc-board')?.classList.contains('cc-wallboard')).toBe(true);
    });

    it('says when no agent has a status yet', async () => {
        org = new UiApiEmulator(projectObjects());
        wire = emulateGraphql(org);
        const board = await mountBoard();

        expect(text(shadow(board), 'empty')).toBe(
            'No agent has a status yet. An agent appears once their Contact Center Bridge hears an event.'
        );
        expect(states(board)).toEqual([]);
    });

    it("says why when the org refuses the query, and tries again on the agent's click", async () => {
        org = new UiApiEmulator(projectObjects(), { unreadableFields: ['CC_Agent_Status__c.Pause_Reason__c'] });
        org.seedAll(floor.records);
        wire = emulateGraphql(org);
        const board = await mountBoard();

        expect(byId(shadow(board), 'failure')?.getAttribute('role')).toBe('alert');
        expect(text(shadow(board), 'failure')).toMatch(/^The team board could not be loaded: .*Pause_Reason__c/);

        (byId(shadow(board), 'retry') as HTMLElement).click();
        await wire.settle();
        expect(wire.asked).toHaveLength(2);
    });

    it("shows today's figures per agent and per queue, from the same request, under the agents", async () => {
        org.seedAll(today.records);
        const board = await mountBoard();

        const cells = (id: string) =>
            Array.from(shadow(board).querySelectorAll(`[data-id="${id}"] tbody tr`)).map((row) =>
                Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent?.trim())
            );
        expect(wire.asked).toHaveLength(1);
        expect(cells('today-by-agent')).toEqual([
            ['Bruno Lima', '4', '1', '00:14', '03:45', ''],
            ['Ana Souza', '3', '1', '00:22', '02:30', 'Lanche 25:00 · Banheiro 05:00'],
            ['Daniel Reis', '0', '0', '', '', 'Reunião 30:00']
        ]);
        expect(cells('today-by-queue')).toEqual([
            ['suporte', '3', '1', '00:22', '02:30'],
            ['cobranca', '2', '0', '00:07', '06:40'],
            ['No queue', '1', '1', '00:40', '']
        ]);
        expect(shadow(board).querySelector('[data-id="today-by-agent"] caption')?.textContent?.trim()).toBe('Today by agent');
    });

    it('shows no figures table before any call or pause today', async () => {
        const board = await mountBoard();
        expect(byId(shadow(board), 'today-by-agent')).toBeNull();
        expect(byId(shadow(board), 'today-by-queue')).toBeNull();
    });

    it('is accessible, figures included', async () => {
        org.seedAll(today.records);
        const board = await mountBoard();
        expect(byId(shadow(board), 'today-by-agent')).not.toBeNull();
        await expect(board).toBeAccessible();
    });

    it('moves "Data from" on a refresh whose answer did not change, when lightning/graphql does not call the wire again', async () => {
        const board = await mountBoard({ refreshSeconds: 30 });
        const before = plain(text(shadow(board), 'data-from'));
        // As refreshGraphQL's docs allow: the refresh resolves, and the wire is not called with the same data.
        const refresh = jest.fn(() => Promise.resolve());
        const answer = await org.graphql(BOARD_QUERY, boardVariables('2026-03-02T03:00:00.000Z'));
        (graphql as unknown as { emit(data: unknown, filter?: unknown, refresh?: unknown): void }).emit(answer.data, undefined, refresh);
        await pass(30);

        expect(refresh).toHaveBeenCalledTimes(1);
        expect(plain(text(shadow(board), 'data-from'))).not.toBe(before);
        expect(plain(text(shadow(board), 'data-from'))).toMatch(/^Data from \d{1,2}:30:30 (AM|PM)$/);
    });

    it('keeps the failure shown when a refresh resolves on an answer that still fails', async () => {
        const board = await mountBoard({ refreshSeconds: 30 });
        // The org refuses the query from now on; its refresh resolves once the refused answer is delivered.
        const stub = graphql as unknown as { emitErrors(errors: unknown, filter?: unknown, refresh?: unknown): void };
        const refresh = jest.fn(() => Promise.resolve());
        stub.emitErrors([{ message: 'Request limit exceeded' }], undefined, refresh);
        const dataFrom = plain(text(shadow(board), 'data-from'));
        await pass(30);

        expect(refresh).toHaveBeenCalledTimes(1);
        expect(text(shadow(board), 'failure')).toMatch(/Request limit exceeded/);
        expect(plain(text(shadow(board), 'data-from'))).toBe(dataFrom);
    });

    it('keeps a chosen queue in the list when no agent is in it any more, so the filter stays visible', async () => {
        const board = await mountBoard({ refreshSeconds: 15 });
        choose(board, 'queue-filter', 'cobranca');
        await wire.settle();

        await org.updateRecord('a035g0000000202AAA', { Queue__c: 'suporte' });
        await org.updateRecord('a035g0000000205AAA', { Queue__c: 'suporte' });
        await pass(15);

        const select = byId(shadow(board), 'queue-filter') as HTMLSelectElement;
        expect(select.value).toBe('cobranca');
        expect(states(board)).toEqual([]);
    });
});
