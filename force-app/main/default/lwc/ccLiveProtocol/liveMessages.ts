/**
 * The live-state protocol on the CC_Live_State__c message channel: what the bridge publishes and
 * what a live view asks. Lightning Message Service keeps no history, so the bridge publishes a whole
 * snapshot (the agent and the interactions it follows) after every change a live view would show,
 * and a component that starts later publishes a request that the bridge answers with the current
 * snapshot. This bundle is all a record page needs to show the live state: it imports nothing of
 * the event pipeline (c/ccCore), which builds its snapshots on these types.
 */

export type Vendor = 'Evolux' | 'CCAI Platform' | 'Wide Chat' | 'Business Messages';
export type Channel = 'Voice' | 'Chat';
export type Direction = 'Inbound' | 'Outbound';
/** Ringing and Connected are open; Ended (answered) and Missed (never answered) are over. */
export type InteractionStatus = 'Ringing' | 'Connected' | 'Ended' | 'Missed';

export const LIVE_STATE_VERSION = 1;
/** `source` of the messages the bridge publishes. */
export const LIVE_STATE_BRIDGE_SOURCE = 'ccBridge';
/** Ended interactions a snapshot keeps (most recent first) until another interaction opens. */
export const MAX_ENDED_IN_SNAPSHOT = 3;

/** A Contact, Lead or Account the caller was matched to. */
export interface LiveCallerRecord {
    recordId: string;
    objectApiName: 'Contact' | 'Lead' | 'Account';
    name?: string;
}

export interface LivePause {
    reason?: string;
    productive?: boolean;
    /** ISO time the pause segment started. */
    startedAt: string;
    maxDurationSeconds?: number;
}

export interface LiveAgent {
    vendor: Vendor;
    loggedIn: boolean;
    /** The agent's login at the vendor. */
    login?: string;
    name?: string;
    /** The open pause, when the agent is paused. */
    pause?: LivePause;
}

export interface LiveInteraction {
    key: string;
    vendor: Vendor;
    channel?: Channel;
    direction?: Direction;
    status: InteractionStatus;
    customerNumber?: string;
    customerName?: string;
    queue?: string;
    campaign?: string;
    /** ISO times. */
    offeredAt?: string;
    answeredAt?: string;
    /** When the bridge saw it end (Ended and Missed only). */
    endedAt?: string;
    /** The CC_Interaction__c record, once written. */
    recordId?: string;
    caller?: LiveCallerRecord;
    candidates?: LiveCallerRecord[];
}

export interface LiveSnapshot {
    version: typeof LIVE_STATE_VERSION;
    agent?: LiveAgent;
    /** Open interactions (Ringing, Connected), then the ones that ended since the last one opened (Ended, Missed). */
    interactions: LiveInteraction[];
}

/** The bridge's state, after a change or in answer to a request (which it echoes in `requestId`). */
export interface LiveSnapshotMessage {
    type: 'snapshot';
    source: string;
    snapshot: LiveSnapshot;
    requestId?: string;
}

/** A component that has just started asks for the current snapshot. */
export interface LiveRequestMessage {
    type: 'request';
    source: string;
    requestId: string;
}

export type LiveStateMessage = LiveSnapshotMessage | LiveRequestMessage;

const STATUSES: readonly InteractionStatus[] = ['Ringing', 'Connected', 'Ended', 'Missed'];

export function liveStateRequest(source: string, requestId: string): LiveRequestMessage {
    return { type: 'request', source, requestId };
}

/**
 * Reads a message heard on the channel; undefined for anything that is not one of ours. Only the
 * shape a consumer relies on is checked: a snapshot's interactions need a key and a known status.
 */
export function readLiveStateMessage(value: unknown): LiveStateMessage | undefined {
    if (!isObject(value) || typeof value.source !== 'string') {
        return undefined;
    }
    if (value.type === 'request') {
        return typeof value.requestId === 'string' ? liveStateRequest(value.source, value.requestId) : undefined;
    }
    if (value.type !== 'snapshot' || !isObject(value.snapshot)) {
        return undefined;
    }
    const { snapshot } = value;
    if (snapshot.version !== LIVE_STATE_VERSION || !Array.isArray(snapshot.interactions)) {
        return undefined;
    }
    const interactions = snapshot.interactions.filter(
        (interaction): interaction is LiveInteraction =>
            isObject(interaction) && typeof interaction.key === 'string' && STATUSES.includes(interaction.status as InteractionStatus)
    );
    const agent =
        isObject(snapshot.agent) && typeof snapshot.agent.loggedIn === 'boolean' ? (snapshot.agent as unknown as LiveAgent) : undefined;
    return {
        type: 'snapshot',
        source: value.source,
        snapshot: { version: LIVE_STATE_VERSION, ...(agent ? { agent } : {}), interactions },
        ...(typeof value.requestId === 'string' ? { requestId: value.requestId } : {})
    };
}

/** Whether a snapshot shows something with a running timer: a ringing or connected interaction, or a pause. */
export function hasRunningTimers(snapshot: LiveSnapshot | undefined): boolean {
    return (
        snapshot !== undefined &&
        (snapshot.agent?.pause !== undefined || snapshot.interactions.some((interaction) => isOpenStatus(interaction.status)))
    );
}

export function isOpenStatus(status: InteractionStatus): boolean {
    return status === 'Ringing' || status === 'Connected';
}

/** A JSON-like object (not null, not an array): the one check the package's readers of untrusted values share. */
export function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
