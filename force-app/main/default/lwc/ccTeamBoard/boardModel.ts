/**
 * What the team board shows, from the agent status records, the time and the admin's settings: the
 * agents grouped by state, longest in it first, with running timers; ringing too long, pauses past
 * their maximum and long calls marked with an icon and words (not colour alone); a live state that
 * has not changed for too long shown as unknown, never as live. Pure, so every case is checked without a DOM.
 */
import { elapsedSeconds, formatDuration, formatLabel, formatTimeOfDay } from 'c/ccLiveProtocol';
import type { AgentStatusRecord } from './boardQuery';

/** The states of State__c, and Unknown: a live state the bridge has said nothing of for too long. */
export type BoardState = 'Ringing' | 'On call' | 'In chat' | 'Paused' | 'Available' | 'Unknown' | 'Logged out';

/** The order of the groups: what needs a supervisor first. */
export const GROUP_ORDER: readonly BoardState[] = ['Ringing', 'On call', 'In chat', 'Paused', 'Available', 'Unknown', 'Logged out'];

const LIVE_STATES: ReadonlySet<string> = new Set(['Ringing', 'On call', 'In chat', 'Paused', 'Available']);

export interface BoardSettings {
    /** A call ringing this long is marked. */
    ringingAlertSeconds: number;
    /** A call or chat this long is marked. */
    longCallMinutes: number;
    /** A live state that has not changed for this long shows as unknown (the status is written only on a change). */
    unknownAfterMinutes: number;
    /** How often the board asks the org again. */
    refreshSeconds: number;
}

export const DEFAULT_SETTINGS: BoardSettings = {
    ringingAlertSeconds: 30,
    longCallMinutes: 10,
    unknownAfterMinutes: 120,
    refreshSeconds: 15
};

const SETTING_BOUNDS: Record<keyof BoardSettings, [number, number]> = {
    ringingAlertSeconds: [5, 600],
    longCallMinutes: [1, 240],
    unknownAfterMinutes: [5, 1440],
    refreshSeconds: [5, 300]
};

/** An App Builder Integer property (which can still arrive as text): whole, within its bounds; anything else is the default. */
export function boardSetting(name: keyof BoardSettings, value: unknown): number {
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isFinite(number)) {
        return DEFAULT_SETTINGS[name];
    }
    const [min, max] = SETTING_BOUNDS[name];
    return Math.min(max, Math.max(min, Math.trunc(number)));
}

export interface BoardFilter {
    queue?: string;
    campaign?: string;
}

export interface BoardLabels {
    states: Record<BoardState, string>;
    /** `{0}`: the threshold as a duration. */
    ringingLong: string;
    /** `{0}`: the pause's maximum as a duration. */
    pauseOver: string;
    /** `{0}`: the threshold as a duration. */
    longCall: string;
    /** `{0}`: the time of day of the last event. */
    lastHeard: string;
    productive: string;
    unnamed: string;
}

export interface BoardFormat {
    locale?: string;
    timeZone?: string;
}

export interface BoardAlert {
    text: string;
    iconName: string;
}

export interface BoardAgent {
    id: string;
    name: string;
    timer: string;
    /** Seconds in the state (the sort), or undefined when the record does not say since when. */
    seconds?: number;
    /** The pause reason, or the queue or campaign of the call. */
    detail?: string;
    alert?: BoardAlert;
    rowClass: string;
}

export interface BoardGroup {
    state: BoardState;
    label: string;
    agents: BoardAgent[];
    count: number;
    /** Live states tick; Unknown and Logged out do not. */
    ticking: boolean;
}

export function boardGroups(
    records: readonly AgentStatusRecord[],
    nowMs: number,
    settings: BoardSettings,
    filter: BoardFilter,
    labels: BoardLabels,
    format: BoardFormat
): BoardGroup[] {
    const byState = new Map<BoardState, BoardAgent[]>();
    for (const record of records) {
        if (!matches(record, filter)) {
            continue;
        }
        const state = boardState(record, nowMs, settings);
        const agents = byState.get(state) ?? [];
        agents.push(boardAgent(record, state, nowMs, settings, labels, format));
        byState.set(state, agents);
    }
    return GROUP_ORDER.flatMap((state) => {
        const agents = byState.get(state);
        if (!agents) {
            return [];
        }
        agents.sort((a, b) => (b.seconds ?? -1) - (a.seconds ?? -1) || a.name.localeCompare(b.name));
        return [{ state, label: labels.states[state], agents, count: agents.length, ticking: LIVE_STATES.has(state) }];
    });
}

/** Whether any agent is in a live state (not Unknown, not Logged out): the board's timers tick while one is. */
export function hasLiveAgents(records: readonly AgentStatusRecord[], nowMs: number, settings: BoardSettings): boolean {
    return records.some((record) => LIVE_STATES.has(boardState(record, nowMs, settings)));
}

/** The queues and campaigns the records name, sorted, for the filters. */
export function filterOptions(records: readonly AgentStatusRecord[]): { queues: string[]; campaigns: string[] } {
    const sorted = (values: (string | undefined)[]) =>
        [...new Set(values.filter((value): value is string => value !== undefined))].sort((a, b) => a.localeCompare(b));
    return { queues: sorted(records.map((record) => record.queue)), campaigns: sorted(records.map((record) => record.campaign)) };
}

/** The state the board shows: Unknown for a live state older than the setting allows, or one it cannot read. */
export function boardState(record: AgentStatusRecord, nowMs: number, settings: BoardSettings): BoardState {
    const state = record.state ?? '';
    if (state === 'Logged out') {
        return 'Logged out';
    }
    const silentSeconds = elapsedSeconds(record.lastEventAt ?? record.since, nowMs);
    if (!LIVE_STATES.has(state) || silentSeconds === undefined || silentSeconds > settings.unknownAfterMinutes * 60) {
        return 'Unknown';
    }
    return state as BoardState;
}

function matches(record: AgentStatusRecord, filter: BoardFilter): boolean {
    return (!filter.queue || record.queue === filter.queue) && (!filter.campaign || record.campaign === filter.campaign);
}

function boardAgent(
    record: AgentStatusRecord,
    state: BoardState,
    nowMs: number,
    settings: BoardSettings,
    labels: BoardLabels,
    format: BoardFormat
): BoardAgent {
    const seconds = elapsedSeconds(record.since ?? record.lastEventAt, nowMs);
    const alert = alertOf(record, state, seconds, settings, labels, format);
    const name = record.name ?? record.login ?? labels.unnamed;
    const detail =
        state === 'Paused'
            ? [record.pauseReason, record.productive ? labels.productive : undefined].filter(Boolean).join(' · ')
            : (record.queue ?? record.campaign);
    const lastHeard = record.lastEventAt ?? record.since;
    return {
        id: record.id,
        name,
        timer:
            state === 'Unknown' && lastHeard
                ? formatLabel(labels.lastHeard, formatTimeOfDay(lastHeard, format.locale, format.timeZone))
                : formatDuration(seconds ?? 0, format.locale),
        ...(seconds === undefined ? {} : { seconds }),
        ...(detail ? { detail } : {}),
        ...(alert ? { alert } : {}),
        rowClass: alert ? 'slds-item cc-agent cc-alert' : 'slds-item cc-agent'
    };
}

function alertOf(
    record: AgentStatusRecord,
    state: BoardState,
    seconds: number | undefined,
    settings: BoardSettings,
    labels: BoardLabels,
    format: BoardFormat
): BoardAlert | undefined {
    if (seconds === undefined) {
        return undefined;
    }
    if (state === 'Ringing' && seconds >= settings.ringingAlertSeconds) {
        return {
            text: formatLabel(labels.ringingLong, formatDuration(settings.ringingAlertSeconds, format.locale)),
            iconName: 'utility:ringing'
        };
    }
    if (state === 'Paused' && record.pauseMaxSeconds !== undefined && record.pauseMaxSeconds > 0 && seconds > record.pauseMaxSeconds) {
        return { text: formatLabel(labels.pauseOver, formatDuration(record.pauseMaxSeconds, format.locale)), iconName: 'utility:clock' };
    }
    if ((state === 'On call' || state === 'In chat') && seconds >= settings.longCallMinutes * 60) {
        return {
            text: formatLabel(labels.longCall, formatDuration(settings.longCallMinutes * 60, format.locale)),
            iconName: 'utility:warning'
        };
    }
    return undefined;
}
