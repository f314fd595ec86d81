/**
 * The view of a bridge, projected from its state: the agent with the open pause, the open
 * interactions and the recently ended ones with the status their record holds, so whoever shows
 * them (the panel, the live state) derives nothing again.
 */
import { openInteractions, type BridgeState } from './bridgeState';
import type { AgentView, BridgeStats, BridgeView, InteractionView, Listed, LiveView, PauseView, RecentEvent } from './bridgeView';
import type { Diagnostic } from './diagnostics';
import { interactionStatus, type InteractionState } from './interactionMachine';
import { withoutUndefined } from './objects';
import type { PauseSegment } from './pauseMachine';
import type { PendingWrite } from './recordSync';
import { toIsoString } from './time';

/** Ended interactions the view lists (for the live state's wrap-up), and for how long after their last event. */
export const MAX_RECENTLY_ENDED = 3;
export const RECENT_END_MS = 15 * 60 * 1000;

/** What the live view needs besides the state. */
export interface LiveViewContext {
    /** The record written for a key, once written. */
    recordId(key: string): string | undefined;
    now: number;
}

/** What the panel's view shows besides the live view: the tab's role, its journal and its pending writes. */
export interface ViewContext extends LiveViewContext {
    role: BridgeView['role'];
    tabs?: BridgeView['tabs'];
    journal: { stats: BridgeStats; recentEvents: Listed<RecentEvent>[]; diagnostics: Listed<Diagnostic>[] };
    pendingWrites: PendingWrite[];
}

/** The agent and the interactions a live view shows: all the live state is built from, and no more. */
export function projectLiveView(state: BridgeState, { recordId, now }: LiveViewContext): LiveView {
    const withRecord = (interaction: InteractionState) => interactionView(interaction, recordId(interaction.key));
    return {
        ...(state.agent ? { agent: agentView(state, state.agent) } : {}),
        openInteractions: openInteractions(state).map(withRecord),
        recentlyEnded: recentlyEnded(state, now).map(withRecord)
    };
}

export function projectView(state: BridgeState, context: ViewContext): BridgeView {
    const { role, tabs, journal } = context;
    return {
        role,
        ...(tabs ? { tabs } : {}),
        stats: journal.stats,
        ...projectLiveView(state, context),
        recentEvents: journal.recentEvents,
        diagnostics: journal.diagnostics,
        pendingWrites: context.pendingWrites
    };
}

/** Ended interactions heard of in the last RECENT_END_MS, newest first (a call heard only at its end included). */
export function recentlyEnded(state: BridgeState, now: number): InteractionState[] {
    return [...state.interactions.values()]
        .filter((interaction) => interaction.stage === 'ended' && now - (state.lastHeard.get(interaction.key) ?? 0) <= RECENT_END_MS)
        .reverse()
        .slice(0, MAX_RECENTLY_ENDED);
}

/** The agent with the open pause segment, if any. */
export function agentView(state: BridgeState, agent: AgentView): AgentView {
    const openKey = agent.id !== undefined ? state.pauses.openByAgent[`${agent.vendor}:${agent.id}`] : undefined;
    const segment = openKey !== undefined ? state.pauses.segments[openKey] : undefined;
    const view: AgentView = { ...agent, notes: { ...agent.notes } };
    delete view.pause;
    return segment ? { ...view, pause: pauseView(segment) } : view;
}

export function interactionView(state: InteractionState, recordId: string | undefined): InteractionView {
    const { facts } = state;
    // The outside party's name: the campaign subscriber, else the caller on inbound or the callee on outbound.
    const customerName = facts.subscriberName ?? (facts.direction === 'Outbound' ? facts.toName : facts.fromName);
    return withoutUndefined<InteractionView>({
        key: state.key,
        vendor: state.vendor,
        status: interactionStatus(state),
        channel: facts.channel,
        direction: facts.direction,
        customerNumber: facts.customerNumber,
        customerName,
        queue: facts.queue,
        campaign: facts.campaign,
        offeredAt: facts.offeredAt && toIsoString(facts.offeredAt),
        answeredAt: facts.answeredAt && toIsoString(facts.answeredAt),
        endedAt: state.stage === 'ended' && facts.endedAt ? toIsoString(facts.endedAt) : undefined,
        recordId,
        notes: { ...state.notes },
        focused: state.focused,
        callerOutcome: state.caller?.outcome,
        caller: state.caller?.outcome === 'single' ? state.caller.record : undefined,
        candidates: state.caller?.outcome === 'several' ? state.caller.candidates : undefined
    });
}

export function pauseView(segment: PauseSegment): PauseView {
    return withoutUndefined<PauseView>({
        reason: segment.reason,
        productive: segment.productive,
        startedAt: toIsoString(segment.startedAt),
        maxDurationSeconds: segment.maxDurationSeconds
    });
}
