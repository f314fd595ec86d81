/**
 * Today's figures, the aggregate part of the board's request run against the UI API GraphQL stand-in (tools/uiGraphql)
 * over a morning of Interactions and Agent Pauses (data/todayRecords.json), São Paulo time: per agent
 * and per queue, calls and chats, missed, average wait and talk, and pause time by reason.
 */
import { UiApiEmulator } from '../../../../../../tools/uiApiEmulator/uiApiEmulator';
import { projectObjects } from '../../../../../../tools/uiApiEmulator/objectMetadata';
import { startOfDayIso, teamFigures, type FigureLabels } from '../boardFigures';
import { agentStatusRecords, BOARD_QUERY, boardVariables } from '../boardQuery';
import floor from './data/agentStatuses.json';
import today from './data/todayRecords.json';

const LABELS: FigureLabels = { noQueue: 'No queue', unnamed: 'Unnamed agent', pauseReason: '{0} {1}', noReason: 'No reason' };
const NOW = Date.parse(today.now);

async function answer(since = startOfDayIso(NOW, today.timeZone), org = orgWithToday()) {
    const result = await org.graphql(BOARD_QUERY, boardVariables(since));
    expect(result.errors).toBeUndefined();
    return result.data;
}

function orgWithToday(): UiApiEmulator {
    const org = new UiApiEmulator(projectObjects());
    org.seedAll(today.records);
    return org;
}

/** The floor's status records as the board reads them: the agents' names. */
function statuses() {
    const edges = floor.records.CC_Agent_Status__c.map((record) => ({
        node: Object.fromEntries(Object.entries(record).map(([name, value]) => [name, name === 'Id' ? value : { value }]))
    }));
    return agentStatusRecords({ uiapi: { query: { CC_Agent_Status__c: { edges } } } }) ?? [];
}

describe('startOfDayIso', () => {
    it("is midnight in the user's time zone, as an instant", () => {
        expect(startOfDayIso(NOW, 'America/Sao_Paulo')).toBe('2026-03-02T03:00:00.000Z');
        // 23:30 in Tokyo: its day began at 15:00 UTC the day before.
        expect(startOfDayIso(NOW, 'Asia/Tokyo')).toBe('2026-03-01T15:00:00.000Z');
        // 01:30 in São Paulo is still the day before in Los Angeles.
        expect(startOfDayIso(Date.parse('2026-03-02T04:30:00.000Z'), 'America/Los_Angeles')).toBe('2026-03-01T08:00:00.000Z');
        expect(startOfDayIso(NOW, 'Not/AZone')).toBe('2026-03-02T00:00:00.000Z');
    });
});

describe('teamFigures', () => {
    it('counts each agent from midnight: calls and chats, missed, average wait and talk, pause time by reason', async () => {
        const figures = teamFigures(await answer(), statuses(), LABELS, 'en-US');

        expect(figures?.agents).toEqual([
            // Bruno's own record of Ana's call transferred to him (its agent leg) counts for him.
            { key: '0055g00000BrunoAAV', label: 'Bruno Lima', calls: 4, missed: 1, averageWait: '00:14', averageTalk: '03:45', pauses: '' },
            {
                key: '0055g00000AnaAgAAV',
                label: 'Ana Souza',
                calls: 3,
                missed: 1,
                // (12 + 20 + 35) / 3 and (200 + 100) / 2: yesterday's call is not counted, a missed call has no talk time.
                averageWait: '00:22',
                averageTalk: '02:30',
                pauses: 'Lanche 25:00 · Banheiro 05:00'
            },
            // Daniel took no call; his open pause has no duration yet, yesterday's is not counted.
            {
                key: '0055g00000DaniAgAAV',
                label: 'Daniel Reis',
                calls: 0,
                missed: 0,
                averageWait: '',
                averageTalk: '',
                pauses: 'Reunião 30:00'
            }
        ]);
    });

    it('counts each queue, a transferred call once, the Interactions without one under "No queue"', async () => {
        const figures = teamFigures(await answer(), statuses(), LABELS, 'en-US');

        expect(figures?.queues.map((row) => [row.label, row.calls, row.missed, row.averageWait, row.averageTalk])).toEqual([
            ['suporte', 3, 1, '00:22', '02:30'],
            ['cobranca', 2, 0, '00:07', '06:40'],
            ['No queue', 1, 1, '00:40', '']
        ]);
    });

    it('names an agent the board has no status for by the user id, and reads another shape as nothing', async () => {
        const figures = teamFigures(await answer(), [], LABELS, 'en-US');
        expect(figures?.agents.map((row) => row.label)).toEqual(['0055g00000BrunoAAV', '0055g00000AnaAgAAV', '0055g00000DaniAgAAV']);
        expect(teamFigures(undefined, [], LABELS, 'en-US')).toBeUndefined();
        expect(teamFigures({ uiapi: { aggregate: { byAgent: { edges: [] } } } }, [], LABELS, 'en-US')).toBeUndefined();
    });

    it('is refused naming the field a supervisor may not read', async () => {
        const org = new UiApiEmulator(projectObjects(), { unreadableFields: ['CC_Interaction__c.Talk_Seconds__c'] });
        const result = await org.graphql(BOARD_QUERY, boardVariables(startOfDayIso(NOW, today.timeZone)));
        expect(JSON.stringify(result.errors)).toContain('Talk_Seconds__c');
    });
});
