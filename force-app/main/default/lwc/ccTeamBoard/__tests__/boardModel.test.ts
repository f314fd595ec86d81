/**
 * The board's groups from a realistic floor of agent status records (data/agentStatuses.json) at a
 * fixed time: order, timers, the three thresholds, Unknown for a silent agent, and the filters.
 */
import { boardGroups, boardSetting, boardState, DEFAULT_SETTINGS, filterOptions, type BoardLabels } from '../boardModel';
import { agentStatusRecords, type AgentStatusRecord } from '../boardQuery';
import floor from './data/agentStatuses.json';

const LABELS: BoardLabels = {
    states: {
        Ringing: 'Ringing',
        'On call': 'On call',
        'In chat': 'In chat',
        Paused: 'Paused',
        Available: 'Available',
        Unknown: 'Unknown',
        'Logged out': 'Logged out'
    },
    ringingLong: 'Ringing for over {0}',
    pauseOver: "Past the pause's maximum of {0}",
    longCall: 'Longer than {0}',
    lastHeard: 'No event since {0}',
    productive: 'Productive',
    unnamed: 'Unnamed agent'
};
const NOW = Date.parse(floor.now);
const FORMAT = { locale: 'en-US', timeZone: 'America/Sao_Paulo' };

/** The fixture as the GraphQL answer gives it, read by the board's own reader. */
function records(): AgentStatusRecord[] {
    const edges = floor.records.CC_Agent_Status__c.map((record) => ({
        node: Object.fromEntries(Object.entries(record).map(([name, value]) => [name, name === 'Id' ? value : { value }]))
    }));
    return agentStatusRecords({ uiapi: { query: { CC_Agent_Status__c: { edges } } } }) ?? [];
}

/** Intl puts a narrow no-break space before AM/PM; the expectations are written with plain spaces. */
const plain = (value: string) => value.replace(/\s/g, ' ');
const groups = (settings = DEFAULT_SETTINGS, filter = {}, now = NOW) => boardGroups(records(), now, settings, filter, LABELS, FORMAT);
const namesBy = (result: ReturnType<typeof groups>) =>
    Object.fromEntries(result.map((group) => [group.state, group.agents.map((agent) => agent.name)]));

describe('boardGroups', () => {
    it('groups the floor by state, what needs a supervisor first, the longest in a state first', () => {
        expect(groups().map((group) => [group.state, group.count])).toEqual([
            ['Ringing', 1],
            ['On call', 2],
            ['In chat', 1],
            ['Paused', 2],
            ['Available', 1],
            ['Unknown', 1],
            ['Logged out', 1]
        ]);
        expect(namesBy(groups())['On call']).toEqual(['Bruno Lima', 'Ana Souza']);
        expect(namesBy(groups()).Paused).toEqual(['Daniel Reis', 'Elisa Prado']);
    });

    it('times each agent from the start of the state, as a running timer', () => {
        const onCall = groups().find((group) => group.state === 'On call');
        expect(onCall?.agents.map((agent) => [agent.timer, agent.seconds])).toEqual([
            ['18:00', 1080],
            ['03:30', 210]
        ]);
        // A second later, the same records give the timers a second more.
        const later = groups(DEFAULT_SETTINGS, {}, NOW + 1000).find((group) => group.state === 'On call');
        expect(later?.agents[1]?.timer).toBe('03:31');
    });

    it('marks ringing past its threshold, a pause past its maximum and a long call, with words and an icon', () => {
        const alerts = groups().flatMap((group) => group.agents.filter((agent) => agent.alert).map((agent) => [agent.name, agent.alert]));
        expect(alerts).toEqual([
            ['Carla Dias', { text: 'Ringing for over 00:30', iconName: 'utility:ringing' }],
            ['Bruno Lima', { text: 'Longer than 10:00', iconName: 'utility:warning' }],
            ['Daniel Reis', { text: "Past the pause's maximum of 15:00", iconName: 'utility:clock' }]
        ]);
        const marked = groups()
            .flatMap((group) => group.agents)
            .filter((agent) => agent.rowClass.includes('cc-alert'));
        expect(marked.map((agent) => agent.name)).toEqual(['Carla Dias', 'Bruno Lima', 'Daniel Reis']);
    });

    it('moves the thresholds with the settings: no mark below them, and the pause without a maximum never marked', () => {
        const relaxed = { ...DEFAULT_SETTINGS, ringingAlertSeconds: 60, longCallMinutes: 20 };
        const alerts = groups(relaxed).flatMap((group) => group.agents.filter((agent) => agent.alert).map((agent) => agent.name));
        expect(alerts).toEqual(['Daniel Reis']);
        // Elisa's productive meeting has no maximum: never past it, however long.
        const hoursLater = groups(DEFAULT_SETTINGS, {}, NOW + 3 * 3600_000);
        const elisa = hoursLater.flatMap((group) => group.agents).find((agent) => agent.name === 'Elisa Prado');
        expect(elisa?.alert).toBeUndefined();
    });

    it('shows an agent whose bridge said nothing for longer than the setting as Unknown, with the time of the last event, never as live', () => {
        const unknown = groups().find((group) => group.state === 'Unknown');
        expect(unknown?.agents.map((agent) => [agent.name, plain(agent.timer)])).toEqual([['Hugo Alves', 'No event since 6:02 AM']]);
        expect(unknown?.ticking).toBe(false);
        // With a longer setting, Hugo is Available again.
        expect(namesBy(groups({ ...DEFAULT_SETTINGS, unknownAfterMinutes: 600 })).Available).toEqual(['Hugo Alves', 'Gabriela Melo']);
    });

    it('keeps a logged-out agent as Logged out however old, and reads a record without a known state as Unknown', () => {
        const [iris] = records().filter((record) => record.name === 'Iris Costa');
        expect(iris && boardState(iris, NOW + 24 * 3600_000, DEFAULT_SETTINGS)).toBe('Logged out');
        expect(boardState({ id: 'x', state: 'Lunch', lastEventAt: floor.now }, NOW, DEFAULT_SETTINGS)).toBe('Unknown');
        expect(boardState({ id: 'x', state: 'Available' }, NOW, DEFAULT_SETTINGS)).toBe('Unknown');
    });

    it('shows the pause reason and productive flag, and the queue of the others', () => {
        const agents = groups().flatMap((group) => group.agents);
        const detail = (name: string) => agents.find((agent) => agent.name === name)?.detail;
        expect(detail('Daniel Reis')).toBe('Lanche');
        expect(detail('Elisa Prado')).toBe('Reunião · Productive');
        expect(detail('Fabio') ?? detail('fabio@acme.com.br')).toBe('Suporte > Chat');
    });

    it('filters by queue and by campaign, and lists the options sorted', () => {
        expect(filterOptions(records())).toEqual({ queues: ['cobranca', 'suporte', 'Suporte > Chat'], campaigns: ['Renovação 2026'] });
        expect(namesBy(groups(DEFAULT_SETTINGS, { queue: 'cobranca' }))).toEqual({ 'On call': ['Bruno Lima'], Paused: ['Elisa Prado'] });
        expect(namesBy(groups(DEFAULT_SETTINGS, { campaign: 'Renovação 2026' }))).toEqual({ 'On call': ['Bruno Lima'] });
        expect(groups(DEFAULT_SETTINGS, { queue: 'nenhuma' })).toEqual([]);
    });

    it('names an agent by login when the record has no name, else as unnamed', () => {
        const result = boardGroups(
            [
                { id: 'a', state: 'Available', login: 'joao', since: floor.now, lastEventAt: floor.now },
                { id: 'b', state: 'Available', since: floor.now, lastEventAt: floor.now }
            ],
            NOW,
            DEFAULT_SETTINGS,
            {},
            LABELS,
            FORMAT
        );
        expect(result[0]?.agents.map((agent) => agent.name)).toEqual(['joao', 'Unnamed agent']);
    });
});

describe('boardSetting', () => {
    it('reads App Builder integers, as numbers or text, within their bounds, and falls back to the default', () => {
        expect(boardSetting('refreshSeconds', 30)).toBe(30);
        expect(boardSetting('refreshSeconds', '45')).toBe(45);
        expect(boardSetting('refreshSeconds', 1)).toBe(5);
        expect(boardSetting('refreshSeconds', 10_000)).toBe(300);
        expect(boardSetting('refreshSeconds', 'often')).toBe(15);
        expect(boardSetting('ringingAlertSeconds', undefined)).toBe(30);
        expect(boardSetting('longCallMinutes', 12.7)).toBe(12);
        expect(boardSetting('unknownAfterMinutes', null)).toBe(120);
    });
});
