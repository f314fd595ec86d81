/**
 * What the admin sees: the record field values for an interaction or a pause segment. Every
 * field the bridge owns is always present (null when unknown), so a diff between two mappings
 * is exactly the update to send.
 */
import { linkFieldFor } from 'c/ccLiveProtocol';
import type { BridgeConfig } from './config';
import { interactionStatus, type InteractionState } from './interactionMachine';
import type { CustomEventState } from './customEvents';
import type { PauseSegment } from './pauseMachine';
import { fitToFields, type FieldProblem } from './fieldLimits';
import { CustomEventField, InteractionField, ObjectApiName, PauseField, TEXT_FIELD_LENGTHS, type RecordFields } from './recordSchema';
import { secondsBetween, toIsoString } from './time';
import type { Instant } from './events';

export interface MappedRecord {
    fields: RecordFields;
    /** Values that did not fit their field as they were: cut, shortened or left out (fieldLimits.ts). */
    problems: FieldProblem[];
    /** Fields whose change alone may wait a little to go out with others (the transcript of a busy chat). */
    lazy?: string[];
    /**
     * Fields this bridge may know too little about to overwrite a record it did not create: an
     * interaction it heard of only through a message or a note (it may have forgotten the rest).
     */
    tentative?: string[];
}

export function interactionRecord(state: InteractionState, config: BridgeConfig): MappedRecord {
    const facts = state.facts;
    const status = interactionStatus(state);
    const { offeredAt, answeredAt, endedAt } = facts;
    let waitSeconds: number | null = null;
    if (offeredAt && answeredAt) {
        waitSeconds = secondsBetween(offeredAt, answeredAt);
    } else if (offeredAt && endedAt && status === 'Missed') {
        waitSeconds = secondsBetween(offeredAt, endedAt);
    }
    const talkSeconds = answeredAt && endedAt ? secondsBetween(answeredAt, endedAt) : null;
    const mapped = fitToFields(ObjectApiName.Interaction, {
        [InteractionField.externalKey]: state.key,
        // The same on every agent's record of a transferred call or chat (recordSync.ts: agent legs).
        [InteractionField.conversationKey]: state.key,
        [InteractionField.vendor]: state.vendor,
        [InteractionField.channel]: facts.channel ?? null,
        [InteractionField.direction]: facts.direction ?? null,
        [InteractionField.status]: status,
        [InteractionField.sessionType]: facts.sessionType ?? null,
        [InteractionField.customerNumber]: facts.customerNumber ?? null,
        [InteractionField.fromNumber]: facts.fromNumber ?? null,
        [InteractionField.fromName]: facts.fromName ?? null,
        [InteractionField.toNumber]: facts.toNumber ?? null,
        [InteractionField.toName]: facts.toName ?? null,
        [InteractionField.queue]: facts.queue ?? null,
        [InteractionField.campaign]: facts.campaign ?? null,
        [InteractionField.subscriberName]: facts.subscriberName ?? null,
        [InteractionField.subscriberExternalId]: facts.subscriberExternalId ?? null,
        [InteractionField.agent]: config.userId,
        [InteractionField.agentLogin]: facts.agentLogin ?? null,
        ...callerLookups(state),
        [InteractionField.offeredAt]: isoOrNull(offeredAt),
        [InteractionField.answeredAt]: isoOrNull(answeredAt),
        [InteractionField.endedAt]: isoOrNull(endedAt),
        [InteractionField.waitSeconds]: waitSeconds,
        [InteractionField.talkSeconds]: talkSeconds,
        [InteractionField.hangupCause]: facts.hangupCause ?? null,
        [InteractionField.recordingId]: facts.recordingId ?? null,
        // Empty until a transfer is heard: a vendor that reports no transfers does not claim zero.
        [InteractionField.transferCount]: state.transferCount > 0 ? state.transferCount : null,
        [InteractionField.transcript]: config.storeTranscript ? transcript(state) : null,
        [InteractionField.extra]: config.storeExtra && facts.extra ? JSON.stringify(facts.extra) : null
    });
    const withLazy = { ...mapped, lazy: [InteractionField.transcript] };
    return state.lifecycleSeen
        ? withLazy
        : { ...withLazy, tentative: [InteractionField.status, InteractionField.transcript, InteractionField.transferCount] };
}

export function customEventRecord(state: CustomEventState, interactionRecordId: string | undefined): MappedRecord {
    const { event } = state;
    return fitToFields(ObjectApiName.CustomEvent, {
        [CustomEventField.externalKey]: state.key,
        [CustomEventField.vendor]: event.vendor,
        [CustomEventField.eventName]: event.eventName,
        [CustomEventField.details]: Object.keys(event.details).length > 0 ? JSON.stringify(event.details) : null,
        [CustomEventField.extra1]: event.extra1 ?? null,
        [CustomEventField.extra2]: event.extra2 ?? null,
        [CustomEventField.occurredAt]: toIsoString(event.at),
        [CustomEventField.interaction]: interactionRecordId ?? null
    });
}

export function pauseRecord(segment: PauseSegment, config: BridgeConfig): MappedRecord {
    return fitToFields(ObjectApiName.AgentPause, {
        [PauseField.externalKey]: segment.key,
        [PauseField.vendor]: segment.vendor,
        [PauseField.agent]: config.userId,
        [PauseField.agentLogin]: segment.agent.login ?? null,
        [PauseField.reason]: segment.reason ?? null,
        [PauseField.productive]: segment.productive ?? false,
        [PauseField.startedAt]: toIsoString(segment.startedAt),
        [PauseField.endedAt]: isoOrNull(segment.endedAt),
        [PauseField.durationSeconds]: segment.endedAt ? secondsBetween(segment.startedAt, segment.endedAt) : null,
        [PauseField.maxDurationSeconds]: segment.maxDurationSeconds ?? null
    });
}

export const TRANSCRIPT_LENGTH = TEXT_FIELD_LENGTHS.CC_Interaction__c[InteractionField.transcript] ?? 131072;
const SPEAKER = { inbound: 'Customer', outbound: 'Agent' } as const;

/**
 * The chat as text, one line per message: `2026-03-02T11:01:05Z Customer: text`. When it does not
 * fit Transcript__c, the oldest lines go first and a marker line says how many are missing.
 */
export function transcript(state: InteractionState): string | null {
    if (state.messages.length === 0) {
        return null;
    }
    const lines = state.messages.map(
        (message) => `${toIsoString(message.at).replace(/\.\d{3}Z$/, 'Z')} ${SPEAKER[message.direction]}: ${oneLine(message.text)}`
    );
    let dropped = state.droppedMessages;
    let kept = lines.length;
    let length = lines.join('\n').length;
    const marker = () => `[${dropped} earlier messages not kept]`;
    while (kept > 1 && length + (dropped > 0 ? marker().length + 1 : 0) > TRANSCRIPT_LENGTH) {
        length -= (lines[lines.length - kept]?.length ?? 0) + 1;
        kept -= 1;
        dropped += 1;
    }
    const text = [...(dropped > 0 ? [marker()] : []), ...lines.slice(lines.length - kept)].join('\n');
    // A single message longer than the field is cut by fitToFields like any other text.
    return text;
}

/**
 * A message as one transcript line: line breaks become `\n` and backslashes `\\`, so no message can
 * start a line of its own and pass for the agent's (or the customer's) words.
 */
function oneLine(text: string): string {
    return text.replace(/\\/g, '\\\\').replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, '\\n');
}

/** Contact__c, Lead__c or Account__c when exactly one record is the caller; only that field is written. */
function callerLookups(state: InteractionState): RecordFields {
    const record = state.caller?.outcome === 'single' ? state.caller.record : undefined;
    const field = record ? linkFieldFor(record.objectApiName) : undefined;
    return record && field ? { [field]: record.recordId } : {};
}

function isoOrNull(instant: Instant | undefined): string | null {
    return instant ? toIsoString(instant) : null;
}

/** The fields of `next` that differ from `previous`: the body of an update. */
export function changedFields(previous: RecordFields, next: RecordFields): RecordFields {
    const changes: RecordFields = {};
    for (const [name, value] of Object.entries(next)) {
        if (previous[name] !== value) {
            changes[name] = value;
        }
    }
    return changes;
}
