/**
 * What the live-state card shows, from the bridge's last snapshot, the time and the page it is on:
 * rows with text in the user's language and locale, the SLDS classes for each state, and which
 * actions apply here. Pure, so every state of the card is checked without a DOM.
 */
import {
    elapsedSeconds,
    formatCount,
    formatDuration,
    formatLabel,
    formatTimeOfDay,
    isOpenStatus,
    linkFieldFor,
    sameRecordId,
    type LiveCallerRecord,
    type LiveInteraction,
    type LivePause,
    type LiveSnapshot
} from 'c/ccLiveProtocol';

/** The card's words (Custom Labels in the org, see labels.ts). */
export interface LiveLabels {
    waitingBridge: string;
    idle: string;
    /** `{0}`: the vendor */
    loggedOut: string;
    /** `{0}`: how many interactions */
    count: string;
    inboundCall: string;
    outboundCall: string;
    call: string;
    chat: string;
    unknownNumber: string;
    /** `{0}`: the queue */
    queue: string;
    /** `{0}`: the campaign */
    campaign: string;
    /** `{0}`: a time of day */
    since: string;
    /** `{0}`: a duration */
    duration: string;
    /** `{0}`: a time of day */
    missedAt: string;
    paused: string;
    /** `{0}`: the reason */
    pauseReason: string;
    productive: string;
    notProductive: string;
    /** `{0}` elapsed, `{1}` maximum */
    pauseOfMax: string;
    /** `{0}`: the maximum */
    pauseOverMax: string;
    callerIsRecord: string;
    candidateRecord: string;
    link: string;
    linking: string;
    linked: string;
    /** `{0}`: the reason */
    linkFailed: string;
    statuses: Record<LiveInteraction['status'], string>;
}

/** The record page the card is on (none on app and home pages). */
export interface PageContext {
    recordId?: string;
    objectApiName?: string;
}

export type LinkState = { state: 'linking' } | { state: 'linked' } | { state: 'failed'; reason: string };

/** The user's locale and time zone (`@salesforce/i18n` in the org). */
export interface LiveFormat {
    locale?: string;
    timeZone?: string;
}

export interface InteractionRow {
    key: string;
    /** "Inbound call", "Chat"…: the row's heading and its icon's alternative text. */
    kindLabel: string;
    iconName: string;
    statusLabel: string;
    badgeClass: string;
    number: string;
    callerName?: string;
    /** "Queue suporte" or "Campaign …". */
    route?: string;
    /** The running timer (Ringing, Connected). */
    timer?: string;
    /**
     * "since 12:47 PM" (open), "Lasted 02:13" (Ended: the talk time, rounded as Talk_Seconds__c is),
     * "Rang at 12:47 PM" (Missed).
     */
    summary?: string;
    itemClass: string;
    /** The caller matched is this page's record, which the interaction's lookup holds already. */
    isThisRecord: boolean;
    isCandidate: boolean;
    /** "Link to this record": on a Contact, Lead or Account page, for a saved interaction not linked to it yet. */
    showLink: boolean;
    linking: boolean;
    linkButtonLabel: string;
    /** Said after the link button's label, so that several buttons can be told apart. */
    linkContext: string;
    linked: boolean;
    linkError?: string;
}

export interface PauseRow {
    title: string;
    productiveLabel?: string;
    /** "03:10", or "03:10 of 10:00" with a maximum. */
    timer: string;
    /** "Over the maximum of 10:00" once it is passed. */
    overText?: string;
    over: boolean;
    boxClass: string;
    timerClass: string;
}

export interface LiveStateModel {
    /** No snapshot yet: the bridge has not answered (not in the utility bar, or not started). */
    waiting: boolean;
    idle: boolean;
    /** "You are logged out of Evolux." when the agent logged out. */
    agentNote?: string;
    pause?: PauseRow;
    interactions: InteractionRow[];
    hasInteractions: boolean;
    /** "2 interactions", when there are several. */
    countLabel?: string;
}

const BADGE_CLASS: Record<LiveInteraction['status'], string> = {
    Ringing: 'slds-badge slds-theme_warning',
    Connected: 'slds-badge slds-theme_success',
    Ended: 'slds-badge slds-badge_lightest',
    Missed: 'slds-badge slds-theme_error'
};

export function liveStateModel(
    snapshot: LiveSnapshot | undefined,
    nowMs: number,
    page: PageContext,
    links: Readonly<Record<string, LinkState>>,
    labels: LiveLabels,
    format: LiveFormat = {}
): LiveStateModel {
    if (!snapshot) {
        return { waiting: true, idle: false, interactions: [], hasInteractions: false };
    }
    // Ringing first: it is what needs the agent now.
    const ordered = [...snapshot.interactions].sort((a, b) => rank(a) - rank(b));
    const interactions = ordered.map((interaction) => interactionRow(interaction, nowMs, page, links[interaction.key], labels, format));
    const pause = snapshot.agent?.pause && pauseRow(snapshot.agent.pause, nowMs, labels, format);
    const agent = snapshot.agent;
    return {
        waiting: false,
        idle: interactions.length === 0 && !pause,
        ...(agent && !agent.loggedIn ? { agentNote: formatLabel(labels.loggedOut, agent.vendor) } : {}),
        ...(pause ? { pause } : {}),
        interactions,
        hasInteractions: interactions.length > 0,
        ...(interactions.length > 1 ? { countLabel: formatLabel(labels.count, formatCount(interactions.length, format.locale)) } : {})
    };
}

function rank(interaction: LiveInteraction): number {
    return ['Ringing', 'Connected', 'Ended', 'Missed'].indexOf(interaction.status);
}

function interactionRow(
    interaction: LiveInteraction,
    nowMs: number,
    page: PageContext,
    link: LinkState | undefined,
    labels: LiveLabels,
    format: LiveFormat
): InteractionRow {
    const kindLabel = kindOf(interaction, labels);
    const number = interaction.customerNumber || labels.unknownNumber;
    const callerName = interaction.caller?.name ?? interaction.customerName;
    const linkable = linkFieldFor(page.objectApiName) !== undefined && page.recordId !== undefined && interaction.recordId !== undefined;
    const open = isOpenStatus(interaction.status);
    const startedAt = interaction.status === 'Connected' ? (interaction.answeredAt ?? interaction.offeredAt) : interaction.offeredAt;
    const isThisRecord = isPageRecord(interaction.caller, page);
    return {
        key: interaction.key,
        kindLabel,
        iconName: iconOf(interaction),
        statusLabel: labels.statuses[interaction.status],
        badgeClass: BADGE_CLASS[interaction.status],
        number,
        ...(callerName ? { callerName } : {}),
        ...route(interaction, labels),
        ...(open ? { timer: formatDuration(elapsedSeconds(startedAt, nowMs) ?? 0, format.locale) } : {}),
        ...summary(interaction, startedAt, labels, format),
        itemClass: interaction.status === 'Ringing' ? 'slds-item slds-theme_shade' : 'slds-item',
        isThisRecord,
        isCandidate: !isThisRecord && (interaction.candidates ?? []).some((candidate) => isPageRecord(candidate, page)),
        // Caller matching wrote this record into the interaction's lookup already, or this card did.
        showLink: linkable && !isThisRecord && link?.state !== 'linked',
        linking: link?.state === 'linking',
        linkButtonLabel: link?.state === 'linking' ? labels.linking : labels.link,
        linkContext: `${kindLabel} ${number}`,
        linked: link?.state === 'linked',
        ...(link?.state === 'failed' ? { linkError: formatLabel(labels.linkFailed, link.reason) } : {})
    };
}

function pauseRow(pause: LivePause, nowMs: number, labels: LiveLabels, format: LiveFormat): PauseRow {
    const elapsed = elapsedSeconds(pause.startedAt, nowMs) ?? 0;
    const max = pause.maxDurationSeconds !== undefined && pause.maxDurationSeconds > 0 ? pause.maxDurationSeconds : undefined;
    const over = max !== undefined && elapsed > max;
    const elapsedText = formatDuration(elapsed, format.locale);
    const maxText = max === undefined ? undefined : formatDuration(max, format.locale);
    const productiveLabel = pause.productive === undefined ? undefined : pause.productive ? labels.productive : labels.notProductive;
    return {
        title: pause.reason ? formatLabel(labels.pauseReason, pause.reason) : labels.paused,
        ...(productiveLabel ? { productiveLabel } : {}),
        timer: maxText === undefined ? elapsedText : formatLabel(labels.pauseOfMax, elapsedText, maxText),
        ...(over && maxText !== undefined ? { overText: formatLabel(labels.pauseOverMax, maxText) } : {}),
        over,
        boxClass: over
            ? 'slds-box slds-box_x-small slds-theme_warning slds-m-bottom_small'
            : 'slds-box slds-box_x-small slds-m-bottom_small',
        timerClass: over ? 'cc-timer slds-text-color_error slds-text-title_bold' : 'cc-timer'
    };
}

function kindOf(interaction: LiveInteraction, labels: LiveLabels): string {
    if (interaction.channel === 'Chat') {
        return labels.chat;
    }
    if (interaction.direction === 'Inbound') {
        return labels.inboundCall;
    }
    return interaction.direction === 'Outbound' ? labels.outboundCall : labels.call;
}

function iconOf(interaction: LiveInteraction): string {
    if (interaction.channel === 'Chat') {
        return 'utility:chat';
    }
    if (interaction.status === 'Ended' || interaction.status === 'Missed') {
        return 'utility:end_call';
    }
    if (interaction.direction === 'Inbound') {
        return 'utility:incoming_call';
    }
    return interaction.direction === 'Outbound' ? 'utility:outbound_call' : 'utility:call';
}

function route(interaction: LiveInteraction, labels: LiveLabels): { route?: string } {
    if (interaction.campaign) {
        return { route: formatLabel(labels.campaign, interaction.campaign) };
    }
    return interaction.queue ? { route: formatLabel(labels.queue, interaction.queue) } : {};
}

function summary(
    interaction: LiveInteraction,
    startedAt: string | undefined,
    labels: LiveLabels,
    format: LiveFormat
): { summary?: string } {
    const time = (iso: string) => formatTimeOfDay(iso, format.locale, format.timeZone);
    switch (interaction.status) {
        case 'Ended': {
            const lasted = interaction.endedAt ? elapsedSeconds(interaction.answeredAt, Date.parse(interaction.endedAt)) : undefined;
            return lasted === undefined ? {} : { summary: formatLabel(labels.duration, formatDuration(lasted, format.locale)) };
        }
        case 'Missed':
            return interaction.offeredAt ? { summary: formatLabel(labels.missedAt, time(interaction.offeredAt)) } : {};
        default:
            return startedAt ? { summary: formatLabel(labels.since, time(startedAt)) } : {};
    }
}

function isPageRecord(record: LiveCallerRecord | undefined, page: PageContext): boolean {
    return record !== undefined && sameRecordId(record.recordId, page.recordId);
}
