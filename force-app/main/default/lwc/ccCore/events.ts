/**
 * The canonical, vendor-neutral events that every adapter emits and the state machines consume.
 * See DESIGN.md, "Canonical events".
 */

/** Picklist values of Vendor__c. */
export type Vendor = 'Evolux' | 'CCAI Platform' | 'Wide Chat' | 'Business Messages';
export type Channel = 'Voice' | 'Chat';
export type Direction = 'Inbound' | 'Outbound';

/** An instant read from a payload: epoch milliseconds plus how many fractional digits it was sent with. */
export interface Instant {
    ms: number;
    /** 0, 3 or 6 in the feeds seen so far; more digits mean a more precise reading of the same instant. */
    precision: number;
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

export interface InteractionEvent extends EventBase {
    kind: 'interaction.offered' | 'interaction.connected' | 'interaction.ended';
    /** `<vendor>:<id>`, the External_Key__c of the interaction. */
    key: string;
    facts: InteractionFacts;
}

export interface AgentSessionEvent extends EventBase {
    kind: 'agent.login' | 'agent.logout';
    agent: AgentFacts;
}

export interface PauseEvent extends EventBase {
    kind: 'agent.pause.started' | 'agent.pause.changed' | 'agent.pause.ended';
    agent: AgentFacts;
    pause: PauseFacts;
}

export type CanonicalEvent = InteractionEvent | AgentSessionEvent | PauseEvent;
