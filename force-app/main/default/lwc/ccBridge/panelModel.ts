/**
 * What the bridge's utility panel shows, derived from the core's view: rows with the keys and
 * labels the template needs, newest first, in the user's language and locale.
 */
import {
    formatCount,
    formatLabel,
    formatTimeOfDay,
    maskForDisplay,
    type BridgeView,
    type Diagnostic,
    type InteractionView,
    type PendingWrite
} from 'c/ccCore';

export interface PanelRow {
    key: string;
    label: string;
    detail: string;
    time: string;
}

/** A record the caller may be, with what the panel's buttons need. */
export interface CandidateRow {
    key: string;
    recordId: string;
    objectApiName: string;
    label: string;
}

export interface InteractionRow extends PanelRow {
    /** "Caller: Maria Souza" when one record matched. */
    callerLabel?: string;
    /** Several records matched: the agent chooses. */
    candidates?: CandidateRow[];
    /** No record matched: the masked number, and the number to prefill a new contact with. */
    noCallerLabel?: string;
    newContactPhone?: string;
}

export interface DiagnosticRow extends PanelRow {
    code: string;
    levelClass: string;
}

export interface PanelModel {
    statusLabel: string;
    statusClass: string;
    /** Which tab writes the records; empty when the bridge is alone. */
    roleLabel: string;
    counts: string;
    agentLabel: string;
    interactions: InteractionRow[];
    pendingWrites: PanelRow[];
    recentEvents: PanelRow[];
    diagnostics: DiagnosticRow[];
}

/** The panel's words (Custom Labels in the org, see labels.ts). */
export interface PanelLabels {
    statusListening: string;
    statusUnsaved: string;
    /** `{0} messages · {1} accepted · {2} rejected` */
    counts: string;
    /** `{0} ({1}, {2})`: name, vendor, logged in or out */
    agent: string;
    agentFallback: string;
    loggedIn: string;
    loggedOut: string;
    noAgent: string;
    recordNotSaved: string;
    /** `{0} ({1} attempt)`: the write's state, the number of attempts */
    writeAttempt: string;
    writeAttempts: string;
    writeStates: Record<PendingWrite['state'], string>;
    statuses: Record<BridgeView['openInteractions'][number]['status'], string>;
    roles: Record<BridgeView['role'], string>;
    /** `Caller: {0}` */
    caller: string;
    /** `No record has the number {0}` */
    noCaller: string;
}

/** The user's locale and time zone (`@salesforce/i18n` in the org). */
export interface PanelFormat {
    locale?: string;
    timeZone?: string;
}

const LEVEL_CLASS: Record<Diagnostic['level'], string> = {
    info: 'slds-text-color_weak',
    warn: 'slds-text-color_default',
    error: 'slds-text-color_error'
};

export function panelModel(view: BridgeView, labels: PanelLabels, format: PanelFormat = {}): PanelModel {
    const { locale, timeZone } = format;
    const count = (value: number) => formatCount(value, locale);
    const time = (iso: string) => formatTimeOfDay(iso, locale, timeZone, true);
    const failing = view.pendingWrites.some((write) => write.state !== 'sending');
    return {
        statusLabel: failing ? labels.statusUnsaved : labels.statusListening,
        statusClass: failing ? 'slds-badge slds-theme_warning' : 'slds-badge slds-theme_success',
        roleLabel: labels.roles[view.role],
        counts: formatLabel(labels.counts, count(view.stats.messages), count(view.stats.accepted), count(view.stats.rejected)),
        agentLabel: view.agent
            ? formatLabel(
                  labels.agent,
                  view.agent.name ?? view.agent.login ?? view.agent.id ?? labels.agentFallback,
                  view.agent.vendor,
                  view.agent.loggedIn ? labels.loggedIn : labels.loggedOut
              )
            : labels.noAgent,
        interactions: view.openInteractions.map((interaction) => interactionRow(interaction, labels)),
        pendingWrites: view.pendingWrites.map((write) => ({
            key: write.key,
            label: formatLabel(
                write.attempts === 1 ? labels.writeAttempt : labels.writeAttempts,
                labels.writeStates[write.state],
                count(write.attempts)
            ),
            detail: write.key,
            time: maskForDisplay(write.error ?? '')
        })),
        recentEvents: view.recentEvents.map((event, index) => ({
            key: `${index}:${event.at}:${event.vendorEvent}`,
            label: event.vendorEvent,
            detail: maskForDisplay(event.subject),
            time: time(event.at)
        })),
        diagnostics: view.diagnostics.map((entry, index) => ({
            key: `${index}:${entry.at}:${entry.code}`,
            code: entry.code,
            label: entry.code,
            detail: maskForDisplay(entry.message),
            time: time(entry.at),
            levelClass: LEVEL_CLASS[entry.level]
        }))
    };
}

function interactionRow(interaction: InteractionView, labels: PanelLabels): InteractionRow {
    const shownNumber = interaction.customerNumber ? maskForDisplay(interaction.customerNumber) : undefined;
    const row: InteractionRow = {
        key: interaction.key,
        label: labels.statuses[interaction.status],
        detail: [shownNumber, interaction.queue ?? interaction.campaign].filter(Boolean).join(' · ') || interaction.key,
        time: interaction.recordId ?? labels.recordNotSaved
    };
    if (interaction.caller) {
        row.callerLabel = formatLabel(labels.caller, interaction.caller.name ?? interaction.caller.recordId);
    }
    if (interaction.candidates) {
        row.candidates = interaction.candidates.map((candidate) => ({
            key: `${interaction.key}:${candidate.recordId}`,
            recordId: candidate.recordId,
            objectApiName: candidate.objectApiName,
            label: `${candidate.name ?? candidate.recordId} (${candidate.objectApiName})`
        }));
    }
    if (interaction.callerOutcome === 'none' && interaction.customerNumber) {
        row.noCallerLabel = formatLabel(labels.noCaller, shownNumber ?? '');
        row.newContactPhone = interaction.customerNumber;
    }
    return row;
}
