/**
 * What a bridge shows about itself: the panel's content, and what the live state is built from.
 */
import type { Diagnostic } from './diagnostics';
import type { AgentFacts, NoteTopic, Vendor } from './events';
import type { InteractionStatus } from './interactionMachine';
import type { PendingWrite } from './recordSync';

export interface RecentEvent {
    at: string;
    vendor: Vendor;
    vendorEvent: string;
    subject: string;
}

export interface AgentView extends AgentFacts {
    vendor: Vendor;
    loggedIn: boolean;
    /** Live notes about the agent: agent assist, screen sharing outside a known session. */
    notes: Partial<Record<NoteTopic, string>>;
}

export interface InteractionView {
    key: string;
    vendor: Vendor;
    status: InteractionStatus;
    recordId?: string;
    /** Live notes: redaction, screen sharing, typing. */
    notes: Partial<Record<NoteTopic, string>>;
    /** The agent's adapter has this interaction in front. */
    focused: boolean;
}

export interface BridgeStats {
    messages: number;
    accepted: number;
    rejected: number;
}

export interface BridgeView {
    stats: BridgeStats;
    agent?: AgentView;
    openInteractions: InteractionView[];
    recentEvents: RecentEvent[];
    diagnostics: Diagnostic[];
    pendingWrites: PendingWrite[];
}
