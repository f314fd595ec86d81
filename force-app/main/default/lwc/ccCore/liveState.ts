/**
 * The live-state protocol on the CC_Live_State__c message channel, and the publisher behind it.
 *
 * Lightning Message Service keeps no history, so the bridge publishes a whole snapshot (the agent and
 * the interactions it follows) after every change a live view would show, and a component that starts
 * later publishes a request that the bridge answers with the current snapshot. The publisher is pure
 * (the caller supplies the view and the time), so the utility item and the replay command publish
 * exactly the same messages.
 */
import type { AgentView, BridgeView, InteractionView } from './bridgeView';
import type { Channel, Direction, Vendor } from './events';
import type { InteractionStatus } from './interactionMachine';
import { withoutUndefined } from './objects';

export const LIVE_STATE_VERSION = 1;
/** `source` of the messages the bridge publishes. */
export const LIVE_STATE_BRIDGE_SOURCE = 'ccBridge';
/** Ended interactions a snapshot keeps (most recent first) until another interaction opens. */
export const MAX_ENDED_IN_SNAPSHOT = 3;

/** A Contact, Lead or Account the caller was matched to. */
export type LiveCallerRecord = NonNullable<InteractionView['caller']>;

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
    return withoutUndefined<LiveSnapshotMessage>({
        type: 'snapshot',
        source: value.source,
        snapshot: withoutUndefined<LiveSnapshot>({ version: LIVE_STATE_VERSION, agent, interactions }),
        requestId: typeof value.requestId === 'string' ? value.requestId : undefined
    });
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

/**
 * Turns a bridge's successive views into the snapshot messages to publish. One per bridge: it
 * remembers what it published last and the interactions that ended, which a view no longer lists.
 */
export class LiveStatePublisher {
    private readonly source: string;
    /** The open interactions of the last view followed, by key. */
    private openByKey = new Map<string, LiveInteraction>();
    /** Interactions that ended since the last one opened, most recent first. */
    private ended: LiveInteraction[] = [];
    /** Keys of the ended interactions the last view listed: an ended one not among them has just ended. */
    private shownEnded = new Set<string>();
    private lastPublished?: { snapshot: LiveSnapshot; text: string };

    constructor(source: string = LIVE_STATE_BRIDGE_SOURCE) {
        this.source = source;
    }

    /** The last snapshot published, if any. */
    get current(): LiveSnapshot | undefined {
        return this.lastPublished?.snapshot;
    }

    /**
     * After a change in the bridge: the message to publish, or undefined when nothing a live view
     * shows has changed since the last publish (a diagnostic, a retry, a duplicate event). The first
     * call always publishes, so components that started before the bridge get its state.
     */
    changed(view: BridgeView): LiveSnapshotMessage | undefined {
        const snapshot = this.follow(view);
        const text = JSON.stringify(snapshot);
        return text === this.lastPublished?.text ? undefined : this.publish(snapshot, text);
    }

    /** For a message heard on the channel: the current snapshot when it is a request (its id echoed), else undefined. */
    answer(message: unknown, view: BridgeView): LiveSnapshotMessage | undefined {
        const request = readLiveStateMessage(message);
        if (request?.type !== 'request') {
            return undefined;
        }
        const snapshot = this.follow(view);
        return { ...this.publish(snapshot, JSON.stringify(snapshot)), requestId: request.requestId };
    }

    private publish(snapshot: LiveSnapshot, text: string): LiveSnapshotMessage {
        this.lastPublished = { snapshot, text };
        return { type: 'snapshot', source: this.source, snapshot };
    }

    /**
     * The snapshot of a view: its open interactions, then those that ended since the last one opened,
     * as the core says they ended (the status and end time their record holds). A call heard only at
     * its end is among them too.
     */
    private follow(view: BridgeView): LiveSnapshot {
        const open = new Map(view.openInteractions.map((interaction) => [interaction.key, liveInteraction(interaction)]));
        const opened = [...open.keys()].some((key) => !this.openByKey.has(key));
        const ended = new Map(view.recentlyEnded.map((interaction) => [interaction.key, liveInteraction(interaction)]));
        const endedNow = [...ended.values()].filter((interaction) => !this.shownEnded.has(interaction.key));
        // What was shown stays, refreshed from the core, until another interaction opens.
        const kept = (opened ? [] : this.ended)
            .filter((interaction) => !open.has(interaction.key))
            .map((interaction) => ended.get(interaction.key) ?? interaction);
        this.ended = [...endedNow, ...kept.filter((interaction) => !endedNow.some((now) => now.key === interaction.key))].slice(
            0,
            MAX_ENDED_IN_SNAPSHOT
        );
        this.shownEnded = new Set(ended.keys());
        this.openByKey = open;
        return withoutUndefined<LiveSnapshot>({
            version: LIVE_STATE_VERSION,
            agent: view.agent && liveAgent(view.agent),
            interactions: [...open.values(), ...this.ended]
        });
    }
}

function liveAgent(agent: AgentView): LiveAgent {
    return withoutUndefined<LiveAgent>({
        vendor: agent.vendor,
        loggedIn: agent.loggedIn,
        login: agent.login,
        name: agent.name,
        pause:
            agent.pause &&
            withoutUndefined<LivePause>({
                reason: agent.pause.reason,
                productive: agent.pause.productive,
                startedAt: agent.pause.startedAt,
                maxDurationSeconds: agent.pause.maxDurationSeconds
            })
    });
}

function liveInteraction(interaction: InteractionView): LiveInteraction {
    return withoutUndefined<LiveInteraction>({
        key: interaction.key,
        vendor: interaction.vendor,
        channel: interaction.channel,
        direction: interaction.direction,
        status: interaction.status,
        customerNumber: interaction.customerNumber,
        customerName: interaction.customerName,
        queue: interaction.queue,
        campaign: interaction.campaign,
        offeredAt: interaction.offeredAt,
        answeredAt: interaction.answeredAt,
        endedAt: interaction.endedAt,
        recordId: interaction.recordId,
        caller: interaction.caller && { ...interaction.caller },
        candidates: interaction.candidates?.map((candidate) => ({ ...candidate }))
    });
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
