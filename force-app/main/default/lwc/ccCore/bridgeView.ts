/**
 * What a bridge shows about itself: the panel's content, and what the live state is built from.
 */
import type { LiveInteraction } from 'c/ccLiveProtocol';
import type { Diagnostic } from './diagnostics';
import type { AgentFacts, NoteTopic, Vendor } from './events';
import type { PendingWrite } from './recordSync';

export interface RecentEvent {
    at: string;
    vendor: Vendor;
    vendorEvent: string;
    subject: string;
}

export interface PauseView {
    reason?: string;
    productive?: boolean;
    /** ISO time the pause segment started. */
    startedAt: string;
    maxDurationSeconds?: number;
}

export interface AgentView extends AgentFacts {
    vendor: Vendor;
    loggedIn: boolean;
    /** Live notes about the agent: agent assist, screen sharing outside a known session. */
    notes: Partial<Record<NoteTopic, string>>;
    /** The open pause segment, when the agent is paused. */
    pause?: PauseView;
}

/**
 * An interaction as the panel shows it: what the live state publishes of it (the protocol's one
 * live-interaction type), and what only this tab's panel needs.
 */
export interface InteractionView extends LiveInteraction {
    /** Live notes: redaction, screen sharing, typing. */
    notes: Partial<Record<NoteTopic, string>>;
    /** The agent's adapter has this interaction in front. */
    focused: boolean;
    /** How caller matching ended: one record, several (the agent chooses), none (offer a new contact). */
    callerOutcome?: 'single' | 'several' | 'none';
}

/**
 * An entry of a list the panel shows newest first, with its number in the order it was added: the
 * panel keys its rows by it, so a new entry adds one row instead of shifting the key of every row
 * (LWC then rebuilt them all at each render).
 */
export type Listed<T> = T & { seq: number };

export interface BridgeStats {
    messages: number;
    accepted: number;
    rejected: number;
}

/** What the live state is built from: the agent and the interactions a live view shows. */
export interface LiveView {
    agent?: AgentView;
    openInteractions: InteractionView[];
    /** Interactions that ended in the last minutes, newest first, with the status their record holds. */
    recentlyEnded: InteractionView[];
}

/** The panel's content: the live view, and this tab's role, journal and pending writes. */
export interface BridgeView extends LiveView {
    /** leader: this tab writes the records; follower: another tab does; alone: no tabs to share with. */
    role: 'leader' | 'follower' | 'alone';
    /** How this tab coordinates with the user's other tabs; absent when it works alone. */
    tabs?: { leader: 'web-locks' | 'storage-lease'; messages: 'broadcast-channel' | 'storage-polling' };
    stats: BridgeStats;
    recentEvents: Listed<RecentEvent>[];
    diagnostics: Listed<Diagnostic>[];
    pendingWrites: PendingWrite[];
}
