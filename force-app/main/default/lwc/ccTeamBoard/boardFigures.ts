/**
 * Today's figures on the team board: three aggregate queries in the board's one request (the
 * Interactions by agent and by queue, each split by status, and the closed pauses by agent and
 * reason, all since midnight in the user's time zone), read into a row per agent and per queue:
 * calls and chats, missed, average wait and talk, pause time by reason. Pure, so the query is checked
 * against the UI API GraphQL stand-in (tools/uiGraphql, which answers aggregate queries) without a DOM.
 */
import { aggregateGroups, aggregateNumber, formatDuration, formatLabel, sameRecordId, textOf } from 'c/ccLiveProtocol';
import type { AgentStatusRecord } from './boardQuery';

/** Groups each aggregate query asks for at most (an aggregate query pages as a record query does). */
const MAX_GROUPS = 200;

/** Interactions since `$since` grouped by `groupField` and status: their count, and sums and counts of wait and talk. */
function interactionFigures(alias: string, where: string, groupField: string): string {
    return `${alias}: CC_Interaction__c(first: ${MAX_GROUPS}, where: ${where}, groupBy: { ${groupField}: { group: true }, Status__c: { group: true } }) {
                edges { node { aggregate {
                    ${groupField} { value }
                    Status__c { value }
                    Id { count { value } }
                    Wait_Seconds__c { sum { value } count { value } }
                    Talk_Seconds__c { sum { value } count { value } }
                } } }
            }`;
}

const OFFERED_TODAY = '{ Offered_At__c: { gte: { value: $since } } }';

/**
 * The `aggregate` part of the board's one request (boardQuery.ts), with `$since`: sums and counts
 * rather than averages, so that the status groups of an agent add up exactly. A queue counts each
 * call once: the record another agent gets of a transferred call (its agent leg, External_Key__c
 * `<key>@<user id>`, ccRecordSearch/interactionKeys.ts) counts for that agent, not again for the queue.
 */
export const FIGURES_AGGREGATE = `aggregate {
            ${interactionFigures('byAgent', OFFERED_TODAY, 'Agent__c')}
            ${interactionFigures('byQueue', `{ and: [${OFFERED_TODAY}, { not: { External_Key__c: { like: "%@%" } } }] }`, 'Queue__c')}
            pauses: CC_Agent_Pause__c(
                first: ${MAX_GROUPS}
                where: { Started_At__c: { gte: { value: $since } } }
                groupBy: { Agent__c: { group: true }, Reason__c: { group: true } }
            ) {
                edges { node { aggregate {
                    Agent__c { value }
                    Reason__c { value }
                    Duration_Seconds__c { sum { value } }
                } } }
            }
        }`;

export interface FigureLabels {
    noQueue: string;
    unnamed: string;
    /** `{0}`: a pause reason, `{1}`: its time. */
    pauseReason: string;
    noReason: string;
}

export interface FigureRow {
    key: string;
    label: string;
    calls: number;
    missed: number;
    averageWait: string;
    averageTalk: string;
    /** Pause time by reason, the longest first (agents only). */
    pauses: string;
}

export interface TeamFigures {
    agents: FigureRow[];
    queues: FigureRow[];
}

interface Totals {
    calls: number;
    missed: number;
    waitSum: number;
    waitCount: number;
    talkSum: number;
    talkCount: number;
    pauses: Map<string, number>;
}

const WALL_CLOCK: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23'
};

/**
 * Midnight today in `timeZone` (the user's, from @salesforce/i18n/timeZone), as the ISO instant the
 * queries count from. An unknown time zone counts from UTC midnight.
 */
export function startOfDayIso(nowMs: number, timeZone: string | undefined): string {
    const wallClock = (zone: string | undefined) =>
        new Intl.DateTimeFormat('en-US', { ...WALL_CLOCK, timeZone: zone }).formatToParts(nowMs);
    let parts: Intl.DateTimeFormatPart[];
    try {
        parts = wallClock(timeZone);
    } catch {
        parts = wallClock('UTC');
    }
    const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value ?? 0);
    const wallClockAsUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
    const offsetMs = wallClockAsUtc - Math.floor(nowMs / 1000) * 1000;
    // The offset of now: on the day a time zone changes its clock, midnight may be an hour off.
    return new Date(Date.UTC(part('year'), part('month') - 1, part('day')) - offsetMs).toISOString();
}

/** The rows of an answer; undefined when it is not of the query's shape. */
export function teamFigures(
    data: unknown,
    statuses: readonly AgentStatusRecord[],
    labels: FigureLabels,
    locale: string | undefined
): TeamFigures | undefined {
    const byAgent = aggregateGroups(data, 'byAgent');
    const byQueue = aggregateGroups(data, 'byQueue');
    const pauses = aggregateGroups(data, 'pauses');
    if (!byAgent || !byQueue || !pauses) {
        return undefined;
    }
    const agents = new Map<string, Totals>();
    byAgent.forEach((group) => addInteractions(totalsOf(agents, textOf(group.Agent__c) ?? ''), group));
    pauses.forEach((group) => {
        const totals = totalsOf(agents, textOf(group.Agent__c) ?? '');
        const reason = textOf(group.Reason__c) ?? labels.noReason;
        totals.pauses.set(reason, (totals.pauses.get(reason) ?? 0) + (aggregateNumber(group, 'Duration_Seconds__c', 'sum') ?? 0));
    });
    const queues = new Map<string, Totals>();
    byQueue.forEach((group) => addInteractions(totalsOf(queues, textOf(group.Queue__c) ?? ''), group));

    const agentName = (agentId: string) =>
        statuses.find((status) => status.agentId !== undefined && sameRecordId(status.agentId, agentId))?.name ??
        (agentId || labels.unnamed);
    return {
        agents: rows(agents, agentName, labels, locale),
        queues: rows(queues, (queue) => queue || labels.noQueue, labels, locale)
    };
}

function totalsOf(byKey: Map<string, Totals>, key: string): Totals {
    const known = byKey.get(key);
    if (known) {
        return known;
    }
    const totals: Totals = { calls: 0, missed: 0, waitSum: 0, waitCount: 0, talkSum: 0, talkCount: 0, pauses: new Map() };
    byKey.set(key, totals);
    return totals;
}

function addInteractions(totals: Totals, group: Record<string, unknown>): void {
    const count = aggregateNumber(group, 'Id', 'count') ?? 0;
    totals.calls += count;
    totals.missed += textOf(group.Status__c) === 'Missed' ? count : 0;
    totals.waitSum += aggregateNumber(group, 'Wait_Seconds__c', 'sum') ?? 0;
    totals.waitCount += aggregateNumber(group, 'Wait_Seconds__c', 'count') ?? 0;
    totals.talkSum += aggregateNumber(group, 'Talk_Seconds__c', 'sum') ?? 0;
    totals.talkCount += aggregateNumber(group, 'Talk_Seconds__c', 'count') ?? 0;
}

/** The rows, the busiest first. An average with nothing to average is empty, not zero. */
function rows(byKey: Map<string, Totals>, label: (key: string) => string, labels: FigureLabels, locale: string | undefined): FigureRow[] {
    const average = (sum: number, count: number) => (count > 0 ? formatDuration(sum / count, locale) : '');
    return [...byKey.entries()]
        .map(([key, totals]) => ({
            key,
            label: label(key),
            calls: totals.calls,
            missed: totals.missed,
            averageWait: average(totals.waitSum, totals.waitCount),
            averageTalk: average(totals.talkSum, totals.talkCount),
            pauses: [...totals.pauses.entries()]
                .filter(([, seconds]) => seconds > 0)
                .sort((a, b) => b[1] - a[1])
                .map(([reason, seconds]) => formatLabel(labels.pauseReason, reason, formatDuration(seconds, locale)))
                .join(' · ')
        }))
        .sort((a, b) => b.calls - a.calls || a.label.localeCompare(b.label));
}
