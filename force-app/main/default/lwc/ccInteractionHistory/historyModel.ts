/**
 * What the history shows, from the GraphQL answer: one row per Interaction, newest first, with text in
 * the user's language (Custom Labels), dates and times in the user's locale and time zone, and the
 * SLDS classes and icons of each status. Pure, so every kind of row is checked without a DOM.
 */
import { displayTextOf, formatDuration, formatLabel, numberOf, recordNodes, textOf, type InteractionStatus } from 'c/ccLiveProtocol';
import { INTERACTION_OBJECT } from './historyQuery';

/** The history's words (Custom Labels in the org, see labels.ts). */
export interface HistoryLabels {
    inboundCall: string;
    outboundCall: string;
    call: string;
    inboundChat: string;
    outboundChat: string;
    chat: string;
    statuses: Record<InteractionStatus, string>;
    /** `{0}`: a duration */
    talkTime: string;
    /** `{0}`: a duration */
    waitTime: string;
    /** `{0}`: the queue */
    queue: string;
    /** `{0}`: the campaign */
    campaign: string;
    /** `{0}`: the agent's login */
    agent: string;
    /** `{0}`: the disposition */
    disposition: string;
    /** `{0}`: the start of the notes */
    notes: string;
    /** In place of the date of an Interaction that has none. */
    dateUnknown: string;
}

/** The user's locale and time zone (`@salesforce/i18n` in the org). */
export interface HistoryFormat {
    locale?: string;
    timeZone?: string;
}

/** An Interaction as the query reads it; absent: the field is empty. */
export interface InteractionRecord {
    id: string;
    name?: string;
    channel?: string;
    direction?: string;
    status?: string;
    offeredAt?: string;
    answeredAt?: string;
    endedAt?: string;
    talkSeconds?: number;
    waitSeconds?: number;
    queue?: string;
    campaign?: string;
    agentLogin?: string;
    customerNumber?: string;
    /** The picklist value's label in the user's language (UI API's displayValue), else the value. */
    disposition?: string;
    notes?: string;
}

export interface RowDetail {
    /** Also the detail's `data-id`: duration, route, agent, number. */
    key: string;
    text: string;
}

export interface HistoryRow {
    key: string;
    recordId: string;
    /** The Interaction's Name (INT-000042), said after the link's date so that every link is told apart. */
    name: string;
    /** "Inbound call", "Chat"…: the icon's alternative text. */
    kindLabel: string;
    iconName: string;
    /** `error` for a missed interaction, which stands out. */
    iconVariant?: string;
    /** Date and time it was offered, in the user's locale and time zone. */
    when: string;
    statusLabel?: string;
    badgeClass?: string;
    itemClass: string;
    missed: boolean;
    /** Talk or wait time, queue or campaign, agent, customer number: the ones known, in that order. */
    details: RowDetail[];
    hasDetails: boolean;
    disposition?: string;
    /** The start of the notes, on one line. */
    notes?: string;
}

const STATUSES: readonly InteractionStatus[] = ['Ringing', 'Connected', 'Ended', 'Missed'];

const BADGE_CLASS: Record<InteractionStatus, string> = {
    Ringing: 'slds-badge slds-theme_warning',
    Connected: 'slds-badge slds-theme_success',
    Ended: 'slds-badge slds-badge_lightest',
    Missed: 'slds-badge slds-theme_error'
};

/** Characters of the notes a row shows: about two lines of a record page's side column. */
export const NOTES_EXCERPT_LENGTH = 120;

/**
 * The Interactions of a GraphQL answer (`uiapi.query.CC_Interaction__c.edges[].node`); undefined when
 * the answer is not of that shape. A node without an Id is skipped; a field of an unexpected type
 * reads as empty.
 */
export function interactionRecords(data: unknown): InteractionRecord[] | undefined {
    return recordNodes(data, INTERACTION_OBJECT)?.map((node) => {
        const text = (field: string) => textOf(node[field]);
        const number = (field: string) => numberOf(node[field]);
        const record: InteractionRecord = {
            id: node.Id,
            name: text('Name'),
            channel: text('Channel__c'),
            direction: text('Direction__c'),
            status: text('Status__c'),
            offeredAt: text('Offered_At__c'),
            answeredAt: text('Answered_At__c'),
            endedAt: text('Ended_At__c'),
            talkSeconds: number('Talk_Seconds__c'),
            waitSeconds: number('Wait_Seconds__c'),
            queue: text('Queue__c'),
            campaign: text('Campaign__c'),
            agentLogin: text('Agent_Login__c'),
            customerNumber: text('Customer_Number__c'),
            disposition: displayTextOf(node.Disposition__c),
            notes: text('Notes__c')
        };
        return withoutEmpty(record);
    });
}

/**
 * The rows, newest first. The query orders them already; this puts the same order on what it
 * answered and settles what the query leaves open: an Interaction with no offer time takes its
 * answer or end time, one with none of them comes last, and ties go to the newer record (the higher
 * auto number).
 */
export function historyRows(records: readonly InteractionRecord[], labels: HistoryLabels, format: HistoryFormat): HistoryRow[] {
    const dateTime = dateTimeFormat(format);
    return newestFirst(records).map((record) => historyRow(record, labels, format, dateTime));
}

function historyRow(record: InteractionRecord, labels: HistoryLabels, format: HistoryFormat, dateTime: Intl.DateTimeFormat): HistoryRow {
    const status = STATUSES.find((known) => known === record.status);
    const missed = status === 'Missed';
    const time = timeOf(record);
    const ms = time === undefined ? Number.NaN : Date.parse(time);
    const details = [
        durationDetail(record, labels, format),
        routeDetail(record, labels),
        record.agentLogin ? { key: 'agent', text: formatLabel(labels.agent, record.agentLogin) } : undefined,
        record.customerNumber ? { key: 'number', text: record.customerNumber } : undefined
    ].filter((detail): detail is RowDetail => detail !== undefined);
    const notes = record.notes ? excerpt(record.notes, NOTES_EXCERPT_LENGTH) : '';
    return {
        key: record.id,
        recordId: record.id,
        name: record.name ?? record.id,
        kindLabel: kindOf(record, labels),
        iconName: iconOf(record, missed),
        ...(missed ? { iconVariant: 'error' } : {}),
        when: Number.isNaN(ms) ? labels.dateUnknown : dateTime.format(ms),
        ...(status ? { statusLabel: labels.statuses[status], badgeClass: BADGE_CLASS[status] } : {}),
        itemClass: missed ? 'slds-item cc-missed' : 'slds-item',
        missed,
        details,
        hasDetails: details.length > 0,
        ...(record.disposition ? { disposition: formatLabel(labels.disposition, record.disposition) } : {}),
        ...(notes ? { notes: formatLabel(labels.notes, notes) } : {})
    };
}

/** The order of the rows (see historyRows); the records are left as they are. */
export function newestFirst(records: readonly InteractionRecord[]): InteractionRecord[] {
    return records
        .map((record) => ({ record, ms: Date.parse(timeOf(record) ?? '') }))
        .sort((a, b) => {
            const aKnown = !Number.isNaN(a.ms);
            const bKnown = !Number.isNaN(b.ms);
            if (aKnown !== bKnown) {
                return aKnown ? -1 : 1;
            }
            if (aKnown && a.ms !== b.ms) {
                return b.ms - a.ms;
            }
            return (b.record.name ?? '').localeCompare(a.record.name ?? '', 'en', { numeric: true });
        })
        .map(({ record }) => record);
}

/** When the Interaction happened: offered, else answered, else ended (a chat heard only at its end has no offer time). */
function timeOf(record: InteractionRecord): string | undefined {
    return record.offeredAt ?? record.answeredAt ?? record.endedAt;
}

function kindOf(record: InteractionRecord, labels: HistoryLabels): string {
    const chat = record.channel === 'Chat';
    if (record.direction === 'Inbound') {
        return chat ? labels.inboundChat : labels.inboundCall;
    }
    if (record.direction === 'Outbound') {
        return chat ? labels.outboundChat : labels.outboundCall;
    }
    return chat ? labels.chat : labels.call;
}

function iconOf(record: InteractionRecord, missed: boolean): string {
    if (record.channel === 'Chat') {
        return 'utility:chat';
    }
    if (missed) {
        return 'utility:missed_call';
    }
    if (record.direction === 'Inbound') {
        return 'utility:incoming_call';
    }
    return record.direction === 'Outbound' ? 'utility:outbound_call' : 'utility:call';
}

/** The talk time once there is one (answered and ended); before that, or when never answered, the wait. */
function durationDetail(record: InteractionRecord, labels: HistoryLabels, format: HistoryFormat): RowDetail | undefined {
    if (record.talkSeconds !== undefined) {
        return { key: 'duration', text: formatLabel(labels.talkTime, formatDuration(record.talkSeconds, format.locale)) };
    }
    if (record.waitSeconds !== undefined) {
        return { key: 'duration', text: formatLabel(labels.waitTime, formatDuration(record.waitSeconds, format.locale)) };
    }
    return undefined;
}

/** A campaign call's campaign, else the queue (the bridge writes one or the other). */
function routeDetail(record: InteractionRecord, labels: HistoryLabels): RowDetail | undefined {
    if (record.campaign) {
        return { key: 'route', text: formatLabel(labels.campaign, record.campaign) };
    }
    return record.queue ? { key: 'route', text: formatLabel(labels.queue, record.queue) } : undefined;
}

/** The start of a text on one line, cut at a word when one ends close enough, with an ellipsis when cut. */
export function excerpt(text: string, length: number): string {
    const line = text.replace(/\s+/g, ' ').trim();
    if (line.length <= length) {
        return line;
    }
    const cut = line.slice(0, length);
    const lastSpace = cut.lastIndexOf(' ');
    return `${(lastSpace >= length * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/**
 * Medium date and short time ("Mar 14, 2025, 10:05 AM"; "14 de mar. de 2025, 14:05") in the user's
 * time zone. One formatter per build of the rows: making one costs far more than using it.
 */
function dateTimeFormat(format: HistoryFormat): Intl.DateTimeFormat {
    const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
    try {
        return new Intl.DateTimeFormat(format.locale, { ...options, timeZone: format.timeZone });
    } catch {
        // An unknown locale or time zone must not break the history: the browser's own, then.
        return new Intl.DateTimeFormat(undefined, options);
    }
}

function withoutEmpty(record: InteractionRecord): InteractionRecord {
    return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as unknown as InteractionRecord;
}
