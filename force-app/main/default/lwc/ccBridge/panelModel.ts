/**
 * What the bridge's utility panel shows, derived from the core's view: rows with the keys and
 * labels the template needs, newest first.
 */
import type { BridgeView, Diagnostic } from 'c/ccCore';

export interface PanelRow {
    key: string;
    label: string;
    detail: string;
    time: string;
}

export interface DiagnosticRow extends PanelRow {
    code: string;
    levelClass: string;
}

export interface PanelModel {
    statusLabel: string;
    statusClass: string;
    counts: string;
    agentLabel: string;
    interactions: PanelRow[];
    pendingWrites: PanelRow[];
    recentEvents: PanelRow[];
    diagnostics: DiagnosticRow[];
}

const LEVEL_CLASS: Record<Diagnostic['level'], string> = {
    info: 'slds-text-color_weak',
    warn: 'slds-text-color_default',
    error: 'slds-text-color_error'
};

export function panelModel(view: BridgeView): PanelModel {
    const failing = view.pendingWrites.some((write) => write.state !== 'sending');
    return {
        statusLabel: failing ? 'Listening, some records not saved yet' : 'Listening',
        statusClass: failing ? 'slds-badge slds-theme_warning' : 'slds-badge slds-theme_success',
        counts: `${view.stats.messages} messages · ${view.stats.accepted} accepted · ${view.stats.rejected} rejected`,
        agentLabel: view.agent
            ? `${view.agent.name ?? view.agent.login ?? view.agent.id ?? 'Agent'} (${view.agent.vendor}, ${view.agent.loggedIn ? 'logged in' : 'logged out'})`
            : 'No agent event yet',
        interactions: view.openInteractions.map((interaction) => ({
            key: interaction.key,
            label: interaction.status,
            detail: interaction.key,
            time: interaction.recordId ?? 'not saved yet'
        })),
        pendingWrites: view.pendingWrites.map((write) => ({
            key: write.key,
            label: `${write.state} (${write.attempts} ${write.attempts === 1 ? 'attempt' : 'attempts'})`,
            detail: write.key,
            time: write.error ?? ''
        })),
        recentEvents: view.recentEvents.map((event, index) => ({
            key: `${index}:${event.at}:${event.vendorEvent}`,
            label: event.vendorEvent,
            detail: event.subject,
            time: timeOfDay(event.at)
        })),
        diagnostics: view.diagnostics.map((entry, index) => ({
            key: `${index}:${entry.at}:${entry.code}`,
            code: entry.code,
            label: entry.code,
            detail: entry.message,
            time: timeOfDay(entry.at),
            levelClass: LEVEL_CLASS[entry.level]
        }))
    };
}

function timeOfDay(iso: string): string {
    return new Date(iso).toLocaleTimeString();
}
