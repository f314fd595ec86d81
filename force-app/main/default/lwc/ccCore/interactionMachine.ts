/**
 * The interaction state machine: one state per call or chat, built from every event about it in
 * whatever order and however often they arrive. Status only moves forward (Ringing → Connected →
 * Ended/Missed); an event older than the state fills gaps and never rewinds.
 */
import type { InteractionEvent, InteractionFacts, Instant, Vendor } from './events';
import { deepEqual } from './objects';
import { morePrecise } from './time';

export type InteractionStage = 'offered' | 'connected' | 'ended';
export type InteractionStatus = 'Ringing' | 'Connected' | 'Ended' | 'Missed';

export interface InteractionState {
    key: string;
    vendor: Vendor;
    stage: InteractionStage;
    facts: InteractionFacts;
}

export type InteractionChange = 'created' | 'advanced' | 'filled' | 'unchanged';

const STAGE_RANK: Record<InteractionStage, number> = { offered: 0, connected: 1, ended: 2 };
const EVENT_STAGE: Record<InteractionEvent['kind'], InteractionStage> = {
    'interaction.offered': 'offered',
    'interaction.connected': 'connected',
    'interaction.ended': 'ended'
};

// Instants are history: a later event may add one or say it more precisely, never move it.
const INSTANT_FACTS = new Set<keyof InteractionFacts>(['offeredAt', 'answeredAt', 'endedAt']);

export interface InteractionStep {
    state: InteractionState;
    change: InteractionChange;
}

export function applyInteractionEvent(current: InteractionState | undefined, event: InteractionEvent): InteractionStep {
    const eventStage = EVENT_STAGE[event.kind];
    if (!current) {
        return { state: { key: event.key, vendor: event.vendor, stage: eventStage, facts: { ...event.facts } }, change: 'created' };
    }
    const late = STAGE_RANK[eventStage] < STAGE_RANK[current.stage];
    const stage = late ? current.stage : eventStage;
    const facts = mergeFacts(current.facts, event.facts, late);
    const factsChanged = !deepEqual(current.facts, facts);
    if (stage === current.stage && !factsChanged) {
        return { state: current, change: 'unchanged' };
    }
    return { state: { ...current, stage, facts }, change: stage !== current.stage ? 'advanced' : 'filled' };
}

function mergeFacts(known: InteractionFacts, told: InteractionFacts, late: boolean): InteractionFacts {
    const merged: Record<string, unknown> = { ...known };
    for (const [name, value] of Object.entries(told) as [keyof InteractionFacts, unknown][]) {
        const existing = known[name];
        if (existing === undefined) {
            merged[name] = value;
        } else if (INSTANT_FACTS.has(name)) {
            merged[name] = morePrecise(existing as Instant, value as Instant);
        } else if (!late) {
            merged[name] = value;
        }
    }
    return merged as InteractionFacts;
}

/** The Status__c a state shows: an end without an answer is a missed call. */
export function interactionStatus(state: InteractionState): InteractionStatus {
    if (state.stage === 'ended') {
        return state.facts.answeredAt ? 'Ended' : 'Missed';
    }
    return state.stage === 'connected' ? 'Connected' : 'Ringing';
}
