/**
 * The canonical, vendor-neutral events that every adapter emits and the state machines consume.
 * See DESIGN.md, "Canonical events".
 */

import type { Channel, Direction, Vendor } from 'c/ccLiveProtocol';

// Vendor (the picklist values of Vendor__c), Channel and Direction are the live-state protocol's
// words: what a record stores is what a live view shows.
export type { Channel, Direction, Vendor };

/** An instant read from a payload: epoch milliseconds plus how many fractional digits it was sent with. */
export interface Instant {
    ms: number;
    /** 0, 3 or 6 in the feeds seen so far; more digits mean a more precise reading of the same instant. */
    precision: number;
    /** The bridge's receive time, standing in for a time the payload did not give: a vendor's time wins over it. */
    received?: true;
}

/**
 * What one event tells about an interaction. Every property is optional: `undefined` means the event
 * did not say, `null` is never used here (adapters turn "", null and absent values into undefined).
 */
export interface InteractionFacts {
    channel?: Channel;
    direction?: Direction;
    sessionType?: string;
    customerNumber?: string;
    fromNumber?: string;
    fromName?: string;
    toNumber?: string;
    toName?: string;
    queue?: string;
    campaign?: string;
    subscriberName?: string;
    subscriberExternalId?: string;
    agentLogin?: string;
    offeredAt?: Instant;
    answeredAt?: Instant;
    endedAt?: Instant;
    hangupCause?: string;
    recordingId?: string;
    /** Vendor extra data (IVR answers such as a CPF), kept as received. */
    extra?: Record<string, unknown>;
}

export interface AgentFacts {
    /** The vendor's id for the agent, as text. */
    id?: string;
    name?: string;
    login?: string;
    extension?: string;
}

export interface PauseFacts {
    reason?: string;
    productive?: boolean;
    startedAt: Instant;
    endedAt?: Instant;
    maxDurationSeconds?: number;
}

interface EventBase {
    vendor: Vendor;
    /** Event time: from the payload when it has one, else the receive time. */
    at: Instant;
    /** The vendor's own name for the event, for diagnostics and the panel. */
    vendorEvent: string;
}

/** The lifecycle kinds move an interaction's status forward; the others only add to what is known. */
export type InteractionLifecycleKind = 'interaction.offered' | 'interaction.connected' | 'interaction.ended';
export type InteractionKind =
    | InteractionLifecycleKind
    | 'interaction.transferred'
    | 'interaction.message'
    | 'interaction.focused'
    | 'interaction.dismissed'
    | 'interaction.note';

/** A move between queues or agents (a transfer, or a party added to the session). */
export interface TransferFacts {
    fromQueue?: string;
    toQueue?: string;
    fromAgent?: string;
    toAgent?: string;
    /** Identifies this transfer, so that the same transfer heard twice counts once. */
    signature: string;
}

export interface ChatMessage {
    direction: 'inbound' | 'outbound';
    text: string;
    at: Instant;
}

/** Live-state notes that write no record: redaction, screen sharing, agent assist, typing. */
export type NoteTopic = 'redaction' | 'cobrowse' | 'remoteControl' | 'fullDevice' | 'assist' | 'typing';

export interface InteractionNote {
    topic: NoteTopic;
    /** For example "on" / "off", or a cobrowse state such as "requested". */
    state: string;
}

export interface InteractionEvent extends EventBase {
    kind: InteractionKind;
    /** `<vendor>:<id>`, the External_Key__c of the interaction. */
    key: string;
    facts: InteractionFacts;
    transfer?: TransferFacts;
    message?: ChatMessage;
    note?: InteractionNote;
}

export interface AgentSessionEvent extends EventBase {
    kind: 'agent.login' | 'agent.logout';
    agent: AgentFacts;
}

/** A note about the agent that belongs to no interaction (agent assist, screen sharing without a session id). */
export interface AgentNoteEvent extends EventBase {
    kind: 'agent.note';
    agent: AgentFacts;
    note: InteractionNote;
}

export interface PauseEvent extends EventBase {
    kind: 'agent.pause.started' | 'agent.pause.changed' | 'agent.pause.ended';
    agent: AgentFacts;
    pause: PauseFacts;
    /** When the bridge received it: where a stop ends the open segment when its own end is not plausible. */
    receivedAt?: Instant;
}

/** Open this record: a vendor's screen pop, still to be checked against this org. */
export interface RecordPopEvent extends EventBase {
    kind: 'record.pop';
    recordUrl: string;
}

/** A named business event (Wide Chat custom events), stored as one CC_Custom_Event__c. */
export interface CustomEvent extends EventBase {
    kind: 'custom';
    eventName: string;
    /** The `details` object with every value as text. */
    details: Record<string, string>;
    extra1?: string;
    extra2?: string;
}

export type CanonicalEvent = InteractionEvent | AgentSessionEvent | AgentNoteEvent | PauseEvent | RecordPopEvent | CustomEvent;
