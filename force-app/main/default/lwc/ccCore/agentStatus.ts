/**
 * The agent's status record (CC_Agent_Status__c, one per Salesforce user): what the agent is doing
 * now, derived from what the bridge knows, for the supervisors' team board. It is written only when
 * the state changes (another state, another call or chat, another pause reason), never per message:
 * the queue, campaign or login it shows go out with the next change. Pure; BridgeCore hands it to the
 * record sync as any other record.
 */
import type { BridgeConfig } from './config';
import type { Instant, Vendor } from './events';
import type { InteractionState } from './interactionMachine';
import type { PauseSegment } from './pauseMachine';
import type { MappedRecord } from './recordFields';
import { fitToFields } from './fieldLimits';
import { AgentStatusField, ObjectApiName, type RecordFields } from './recordSchema';
import { openInteractions, openPauseKeys, type BridgeState } from './bridgeState';
import { toIsoString } from './time';

/** The picklist values of State__c. */
export type AgentState = 'Logged out' | 'Available' | 'Ringing' | 'On call' | 'In chat' | 'Paused';

/** The status record's key: one per Salesforce user, whichever tab, reload or vendor writes it. */
export function agentStatusKey(userId: string): string {
    return `status:${userId}`;
}

/**
 * The interaction's record id for Interaction__c: a string once created, null when it will have none
 * (not logged, or refused for good), undefined while its create is on its way.
 */
export type InteractionRecordId = (key: string) => string | null | undefined;

interface DerivedStatus {
    state: AgentState;
    vendor: Vendor;
    since?: Instant;
    interaction?: InteractionState;
    pause?: PauseSegment;
}

/**
 * The status record the agent's state asks for, or undefined when there is nothing to write: no
 * Salesforce user, nothing heard of the agent yet, nothing changed since `previous` (the fields the
 * record sync holds for it), or an interaction whose record is still being created (its id comes
 * with the next evaluation, in the same write).
 */
export function agentStatusRecord(
    state: BridgeState,
    previous: RecordFields | undefined,
    heardAt: Instant,
    config: BridgeConfig,
    interactionRecordId: InteractionRecordId
): MappedRecord | undefined {
    const status = deriveStatus(state, previous);
    if (!status || !config.userId) {
        return undefined;
    }
    const interactionId = status.interaction ? interactionRecordId(status.interaction.key) : null;
    if (interactionId === undefined) {
        return undefined;
    }
    const F = AgentStatusField;
    const sameState = previous?.[F.state] === status.state;
    const since = status.since ? toIsoString(status.since) : sameState ? (previous?.[F.stateSince] ?? null) : toIsoString(heardAt);
    const { interaction, pause } = status;
    const login = pause?.agent.login ?? interaction?.facts.agentLogin ?? state.agent?.login ?? previous?.[F.agentLogin] ?? null;
    const fields: RecordFields = {
        [F.externalKey]: agentStatusKey(config.userId),
        [F.agent]: config.userId,
        [F.state]: status.state,
        [F.vendor]: status.vendor,
        [F.agentLogin]: login,
        [F.agentName]: state.agent?.name ?? pause?.agent.name ?? previous?.[F.agentName] ?? login,
        [F.stateSince]: since,
        [F.pauseReason]: pause?.reason ?? null,
        [F.productive]: pause?.productive ?? false,
        [F.pauseMaxSeconds]: pause?.maxDurationSeconds ?? null,
        [F.interaction]: interactionId,
        // The last call's queue and campaign stay after it, so the board's filters keep the agent in their team.
        [F.queue]: interaction?.facts.queue ?? previous?.[F.queue] ?? null,
        [F.campaign]: interaction?.facts.campaign ?? previous?.[F.campaign] ?? null
    };
    const record = fitToFields(ObjectApiName.AgentStatus, { ...fields, [F.lastEventAt]: toIsoString(heardAt) });
    // The state is the same one while these hold (compared as stored, a long reason clipped): a queue or
    // login changing under it waits for the next change.
    const identity = [F.state, F.stateSince, F.interaction, F.pauseReason];
    return previous && identity.every((name) => previous[name] === record.fields[name]) ? undefined : record;
}

/**
 * What the agent is doing. A vendor's logout goes first (a session it never ended is not the
 * agent's any more); then a call or chat before a pause (an agent paused with a call still up is on
 * the call), an answered one before one that rings, a call before a chat, and of several the one
 * open longest, so that messages about the others do not move the state. With nothing open, the
 * agent is available once anything was heard of them; a bridge that has heard nothing yet since a
 * reload keeps what the record says.
 */
function deriveStatus(state: BridgeState, previous: RecordFields | undefined): DerivedStatus | undefined {
    if (state.agent && !state.agent.loggedIn) {
        return { state: 'Logged out', vendor: state.agent.vendor };
    }
    const open = openInteractions(state).sort(longestOpenFirst);
    const answered = open.find((interaction) => interaction.stage === 'connected');
    if (answered) {
        const busy = answered.facts.channel === 'Chat' ? 'In chat' : 'On call';
        return { state: busy, vendor: answered.vendor, since: answered.facts.answeredAt, interaction: answered };
    }
    const ringing = open[0];
    if (ringing) {
        return { state: 'Ringing', vendor: ringing.vendor, since: ringing.facts.offeredAt, interaction: ringing };
    }
    const pause = openPauseKeys(state)
        .map((key) => state.pauses.segments[key])
        .find((segment): segment is PauseSegment => segment !== undefined);
    if (pause) {
        return { state: 'Paused', vendor: pause.vendor, since: pause.startedAt, pause };
    }
    if (state.agent) {
        return { state: 'Available', vendor: state.agent.vendor };
    }
    // Since a reload (the agent's login is not saved): available once a call, chat or pause was heard,
    // unless the record says the agent logged out.
    const lastHeard = [...state.interactions.values()].pop() ?? Object.values(state.pauses.segments).pop();
    if (!lastHeard || previous?.[AgentStatusField.state] === 'Logged out') {
        return undefined;
    }
    return { state: 'Available', vendor: lastHeard.vendor };
}

/** Calls before chats, then the one answered (or offered) first, then by key: the same order whatever changed last. */
function longestOpenFirst(a: InteractionState, b: InteractionState): number {
    const chat = (interaction: InteractionState) => (interaction.facts.channel === 'Chat' ? 1 : 0);
    const started = (interaction: InteractionState) =>
        (interaction.facts.answeredAt ?? interaction.facts.offeredAt)?.ms ?? Number.MAX_SAFE_INTEGER;
    return chat(a) - chat(b) || started(a) - started(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
