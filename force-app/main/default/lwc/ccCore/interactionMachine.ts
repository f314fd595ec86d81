/**
 * The interaction state machine: one state per call or chat, built from every event about it in
 * whatever order and however often they arrive. Status only moves forward (Ringing → Connected →
 * Ended/Missed); an event older than the state fills gaps and never rewinds. Transfers, chat
 * messages and live-state notes add to the state without moving the status.
 */
import type { ChatMessage, InteractionEvent, InteractionFacts, InteractionLifecycleKind, Instant, NoteTopic, Vendor } from './events';
import type { CallerMatch } from 'c/ccRecordSearch';
import { deepEqual } from './objects';
import { morePrecise } from './time';
import type { InteractionStatus } from 'c/ccLiveProtocol';

export type { InteractionStatus };
export type InteractionStage = 'offered' | 'connected' | 'ended';

/** Chat messages kept per interaction; older ones are counted, not kept (the transcript says so). */
export const MAX_KEPT_MESSAGES = 500;
/** The same message text in the same direction within this time is the same message heard twice. */
const DUPLICATE_MESSAGE_WINDOW_MS = 2_000;

export interface InteractionState {
    key: string;
    vendor: Vendor;
    stage: InteractionStage;
    facts: InteractionFacts;
    transferCount: number;
    lastTransfer?: string;
    messages: ChatMessage[];
    droppedMessages: number;
    notes: Partial<Record<NoteTopic, string>>;
    /** The agent's adapter shows this interaction (Active_Chat) / closed its tab (Dismissed_Chat). */
    focused: boolean;
    dismissed: boolean;
    /** Who the caller is, once looked up. */
    caller?: CallerMatch;
    /** A lifecycle event (offered, connected, ended) was heard: the status is known, not assumed. */
    lifecycleSeen?: boolean;
    /** Nothing was heard of it for the stale time: no longer live, its record as it was (until it is heard of again). */
    stale?: boolean;
}

/** Live: not ended, and not closed as stale. */
export function isLive(state: InteractionState): boolean {
    return state.stage !== 'ended' && state.stale !== true;
}

export type InteractionChange = 'created' | 'advanced' | 'filled' | 'unchanged';

export interface InteractionStep {
    state: InteractionState;
    change: InteractionChange;
    /** A lifecycle event older than the state: it could only fill gaps. */
    late: boolean;
}

const STAGE_RANK: Record<InteractionStage, number> = { offered: 0, connected: 1, ended: 2 };
const LIFECYCLE_STAGE: Record<InteractionLifecycleKind, InteractionStage> = {
    'interaction.offered': 'offered',
    'interaction.connected': 'connected',
    'interaction.ended': 'ended'
};

// Instants are history: a later event may add one or say it more precisely, never move it.
const INSTANT_FACTS = new Set<keyof InteractionFacts>(['offeredAt', 'answeredAt', 'endedAt']);

export function applyInteractionEvent(current: InteractionState | undefined, event: InteractionEvent): InteractionStep {
    const known = current ?? emptyInteraction(event.key, event.vendor);
    const lifecycleStage = LIFECYCLE_STAGE[event.kind as InteractionLifecycleKind] as InteractionStage | undefined;
    const late = lifecycleStage !== undefined && current !== undefined && STAGE_RANK[lifecycleStage] < STAGE_RANK[current.stage];
    const stage = lifecycleStage !== undefined && !late ? lifecycleStage : known.stage;
    // Only a lifecycle event in order may replace what is known; anything else fills gaps.
    let next: InteractionState = {
        ...known,
        stage,
        facts: inOrder(mergeFacts(known.facts, event.facts, lifecycleStage === undefined || late))
    };
    if (lifecycleStage !== undefined) {
        next.lifecycleSeen = true;
    }
    next = applyDetail(next, event);
    if (!current) {
        return { state: next, change: 'created', late: false };
    }
    if (deepEqual(current, next)) {
        return { state: current, change: 'unchanged', late };
    }
    return { state: next, change: stage !== current.stage ? 'advanced' : 'filled', late };
}

/** An interaction nothing is known about yet. */
export function emptyInteraction(key: string, vendor: Vendor): InteractionState {
    return {
        key,
        vendor,
        stage: 'offered',
        facts: {},
        transferCount: 0,
        messages: [],
        droppedMessages: 0,
        notes: {},
        focused: false,
        dismissed: false
    };
}

function applyDetail(state: InteractionState, event: InteractionEvent): InteractionState {
    switch (event.kind) {
        case 'interaction.transferred': {
            const transfer = event.transfer;
            if (!transfer || transfer.signature === state.lastTransfer) {
                return state;
            }
            const facts = transfer.toQueue ? { ...state.facts, queue: transfer.toQueue } : state.facts;
            return { ...state, facts, transferCount: state.transferCount + 1, lastTransfer: transfer.signature };
        }
        case 'interaction.message':
            return event.message ? addMessage(state, event.message) : state;
        case 'interaction.note':
            return event.note ? { ...state, notes: { ...state.notes, [event.note.topic]: event.note.state } } : state;
        case 'interaction.focused':
            return { ...state, focused: true, dismissed: false };
        case 'interaction.dismissed':
            return { ...state, focused: false, dismissed: true };
        default:
            return state;
    }
}

function addMessage(state: InteractionState, message: ChatMessage): InteractionState {
    const heardBefore = state.messages.some(
        (kept) =>
            kept.direction === message.direction &&
            kept.text === message.text &&
            Math.abs(kept.at.ms - message.at.ms) <= DUPLICATE_MESSAGE_WINDOW_MS
    );
    if (heardBefore) {
        return state;
    }
    const messages = [...state.messages, message];
    const dropped = Math.max(0, messages.length - MAX_KEPT_MESSAGES);
    return { ...state, messages: messages.slice(dropped), droppedMessages: state.droppedMessages + dropped };
}

function mergeFacts(known: InteractionFacts, told: InteractionFacts, fillOnly: boolean): InteractionFacts {
    const merged: Record<string, unknown> = { ...known };
    for (const [name, value] of Object.entries(told) as [keyof InteractionFacts, unknown][]) {
        const existing = known[name];
        if (existing === undefined) {
            merged[name] = value;
        } else if (INSTANT_FACTS.has(name)) {
            merged[name] = morePrecise(existing as Instant, value as Instant);
        } else if (!fillOnly) {
            merged[name] = value;
        }
    }
    return merged as InteractionFacts;
}

/**
 * An answer is never after the end. Only receive times can disagree so (a New_Chat heard after its
 * End_Chat): the answer is then put at the end, a receive time too, so the talk time is zero, not negative.
 */
function inOrder(facts: InteractionFacts): InteractionFacts {
    const { answeredAt, endedAt } = facts;
    return answeredAt && endedAt && answeredAt.ms > endedAt.ms ? { ...facts, answeredAt: { ...endedAt, received: true } } : facts;
}

/** The Status__c a state shows: an end without an answer is a missed call. */
export function interactionStatus(state: InteractionState): InteractionStatus {
    if (state.stage === 'ended') {
        return state.facts.answeredAt ? 'Ended' : 'Missed';
    }
    return state.stage === 'connected' ? 'Connected' : 'Ringing';
}
