/**
 * What one bridge knows now: the interactions, the agent's pause segments, the agent, and when each
 * open item was last heard of. The core changes it; tab coordination saves and restores it, caller
 * linking adds callers to it, and the projection reads it.
 */
import type { AgentView } from './bridgeView';
import type { AgentFacts, InteractionNote, Vendor } from './events';
import { isLive, type InteractionState } from './interactionMachine';
import { EMPTY_PAUSE_STATE, type PauseState, type PauseStep } from './pauseMachine';

/** Ended interactions are forgotten past this many, oldest first, to keep memory bounded. */
export const MAX_ENDED_INTERACTIONS = 200;

export interface BridgeState {
    /** In Map order "least recently changed first": a changed interaction is deleted and set again. */
    readonly interactions: Map<string, InteractionState>;
    pauses: PauseState;
    agent?: AgentView;
    /** When this bridge last heard of each open interaction and pause segment (clock ms), to close stale ones. */
    readonly lastHeard: Map<string, number>;
}

export function emptyBridgeState(): BridgeState {
    return { interactions: new Map(), pauses: EMPTY_PAUSE_STATE, lastHeard: new Map() };
}

export function openInteractions(state: BridgeState): InteractionState[] {
    return [...state.interactions.values()].filter(isLive);
}

/** The keys of the open pause segments, one per agent at most. */
export function openPauseKeys(state: BridgeState): string[] {
    return Object.values(state.pauses.openByAgent);
}

/** An open interaction's or pause segment's record. */
export function isOpenRecord(state: BridgeState, key: string): boolean {
    const interaction = state.interactions.get(key);
    return (interaction !== undefined && isLive(interaction)) || openPauseKeys(state).includes(key);
}

/** Keeps an interaction that changed: last in Map order, heard of now, and so no longer stale. */
export function interactionChanged(state: BridgeState, interaction: InteractionState, now: number): InteractionState {
    state.interactions.delete(interaction.key);
    const heard: InteractionState = { ...interaction };
    delete heard.stale;
    state.interactions.set(heard.key, heard);
    state.lastHeard.set(heard.key, now);
    return heard;
}

/** Keeps the pause state after an event: its changed open segments were heard of now, and a closed one can no longer turn stale. */
export function pausesChanged(state: BridgeState, step: PauseStep, now: number): void {
    state.pauses = step.state;
    for (const key of step.changed) {
        if (step.state.segments[key]?.endedAt === undefined) {
            state.lastHeard.set(key, now);
        } else {
            state.lastHeard.delete(key);
        }
    }
}

/** Forgets the oldest ended interactions past MAX_ENDED_INTERACTIONS, each once its record needs nothing more (`forget`). */
export function evictEndedInteractions(state: BridgeState, forget: (key: string) => boolean): void {
    let ended = 0;
    for (const interaction of state.interactions.values()) {
        ended += isLive(interaction) ? 0 : 1;
    }
    for (const [key, interaction] of state.interactions) {
        if (ended <= MAX_ENDED_INTERACTIONS) {
            break;
        }
        if (!isLive(interaction) && forget(key)) {
            state.interactions.delete(key);
            state.lastHeard.delete(key);
            ended -= 1;
        }
    }
}

/** What an agent event says of the agent: who they are, and whether they are logged in. */
export function agentHeard(state: BridgeState, vendor: Vendor, agent: AgentFacts, loggedIn: boolean): void {
    state.agent = { notes: {}, ...state.agent, ...agent, vendor, loggedIn };
}

/** A note about the agent rather than a session: agent assist, screen sharing outside a known session. */
export function noteOnAgent(state: BridgeState, vendor: Vendor, note: InteractionNote): void {
    const agent = state.agent ?? { vendor, loggedIn: true, notes: {} };
    state.agent = { ...agent, notes: { ...agent.notes, [note.topic]: note.state } };
}
