/**
 * Evolux Phone: window messages `{eventName, payload}` (seed 004). Call events carry the whole call
 * each time; pause events carry the agent and the pause segment they are about.
 */
import type { AdaptResult, VendorAdapter } from './adapter';
import { DiagnosticCode, diagnostic } from './diagnostics';
import type { AgentFacts, CanonicalEvent, Direction, Instant, InteractionEvent, InteractionFacts, PauseEvent } from './events';
import { PayloadReader } from './payloadReader';
import { isJsonObject, type Json, type JsonObject } from './plainJson';
import { withoutUndefined } from './objects';
import { clip } from './text';
import { toIsoString } from './time';

const VENDOR = 'Evolux';
export const EVOLUX_KEY_PREFIX = 'evolux:';

// Maps, not objects: an event name such as "constructor" must not find Object.prototype's members.
const CALL_EVENTS = new Map<string, InteractionEvent['kind']>([
    ['softphoneCallInvited', 'interaction.offered'],
    ['softphoneCallAccepted', 'interaction.connected'],
    ['softphoneCallEnded', 'interaction.ended']
]);

const PAUSE_EVENTS = new Map<string, PauseEvent['kind']>([
    ['agentStartPause', 'agent.pause.started'],
    ['agentChangePause', 'agent.pause.changed'],
    ['agentStopPause', 'agent.pause.ended']
]);

const LOGIN_EVENT = 'agentLogin';

export const evoluxAdapter: VendorAdapter = {
    vendor: VENDOR,

    recognizes(data: Json): boolean {
        return isJsonObject(data) && typeof data.eventName === 'string' && 'payload' in data;
    },

    adapt(data: Json, receivedAt: Instant): AdaptResult {
        const message = data as JsonObject;
        const eventName = String(message.eventName);
        const at = toIsoString(receivedAt);
        const payload = message.payload;
        const known = CALL_EVENTS.has(eventName) || PAUSE_EVENTS.has(eventName) || eventName === LOGIN_EVENT;
        if (!known) {
            return rejected(
                diagnostic(
                    at,
                    'warn',
                    DiagnosticCode.EventUnknown,
                    `Evolux event "${clip(eventName)}" is not one the bridge handles; ignored.`,
                    `evolux ${clip(eventName)}`
                )
            );
        }
        if (!isJsonObject(payload)) {
            return rejected(
                diagnostic(
                    at,
                    'error',
                    DiagnosticCode.FieldMissing,
                    `Evolux ${eventName} has no payload object; ignored.`,
                    `evolux ${eventName}`
                )
            );
        }
        const reader = new PayloadReader(at, `evolux ${eventName}`);
        const event = readEvent(eventName, payload, reader, receivedAt);
        return { events: event ? [event] : [], diagnostics: reader.diagnostics };
    }
};

function readEvent(eventName: string, payload: JsonObject, reader: PayloadReader, receivedAt: Instant): CanonicalEvent | undefined {
    const callKind = CALL_EVENTS.get(eventName);
    if (callKind) {
        return readCall(callKind, eventName, payload, reader, receivedAt);
    }
    const pauseKind = PAUSE_EVENTS.get(eventName);
    if (pauseKind) {
        return readPause(pauseKind, eventName, payload, reader, receivedAt);
    }
    const agent = readAgent(payload, reader);
    if (!agent.id) {
        reader.missing('agentId');
        return undefined;
    }
    return { kind: 'agent.login', vendor: VENDOR, vendorEvent: eventName, at: receivedAt, agent };
}

function readCall(
    kind: InteractionEvent['kind'],
    eventName: string,
    payload: JsonObject,
    reader: PayloadReader,
    receivedAt: Instant
): InteractionEvent | undefined {
    // What every real call event carries (seed 004): a usable id, the direction and the start time.
    // A field that is there but unusable has its own FIELD_INVALID; one that is absent is listed once.
    const missing: string[] = [];
    const required = <T>(name: string, read: () => T | undefined): T | undefined => {
        const before = reader.diagnostics.length;
        const value = read();
        if (value === undefined && reader.diagnostics.length === before) {
            missing.push(name);
        }
        return value;
    };
    const id = required('id', () => reader.id(payload, 'id'));
    const direction = required('direction', () => readDirection(payload, reader));
    const offeredAt = required('startTime', () => reader.instant(payload, 'startTime', 'error'));
    if (missing.length > 0) {
        reader.missing(...missing);
    }
    if (!id || !direction || !offeredAt) {
        return undefined;
    }
    const from = reader.object(payload, 'from');
    const to = reader.object(payload, 'to');
    const agent = reader.object(payload, 'agent');
    const extra = reader.object(payload, 'extra');
    const queue = reader.object(payload, 'queue');
    const campaign = reader.object(payload, 'campaign');
    const subscriber = reader.object(payload, 'subscriber');

    const outsideParty = direction === 'Outbound' ? to : from;
    const campaignName = reader.text(campaign, 'slug') ?? reader.text(extra, 'campaign_slug');
    const subscriberNumber = reader.phone(subscriber, 'number') ?? reader.phone(extra, 'subscriber_number');
    // The agent's side of a call often holds a SIP endpoint id rather than a number: no warning for that.
    const fromNumber = reader.phone(from, 'number', direction === 'Inbound' ? 'warn' : 'silent');
    const toNumber = reader.phone(to, 'number', direction === 'Outbound' ? 'warn' : 'silent');

    const facts: InteractionFacts = {
        channel: 'Voice',
        direction,
        // On a campaign call the agent is connected to the dialled subscriber.
        customerNumber: (campaignName !== undefined ? subscriberNumber : undefined) ?? (outsideParty === to ? toNumber : fromNumber),
        fromNumber,
        fromName: reader.text(from, 'name'),
        toNumber,
        toName: reader.text(to, 'name'),
        // The queue object is the routing truth; extra.evolux_cc_queue_slug can disagree with it.
        queue: reader.text(queue, 'slug') ?? reader.text(extra, 'evolux_cc_queue_slug'),
        campaign: campaignName,
        subscriberName: reader.text(subscriber, 'name') ?? reader.text(extra, 'subscriber_name'),
        subscriberExternalId: reader.text(subscriber, 'externalId') ?? reader.text(extra, 'subscriber_external_id'),
        agentLogin: reader.text(agent, 'login') ?? reader.text(agent, 'email'),
        offeredAt,
        answeredAt: reader.instant(payload, 'answerTime'),
        endedAt: reader.instant(payload, 'endTime'),
        hangupCause: reader.text(payload, 'hangupCause'),
        recordingId: reader.text(payload, 'recordingUUID'),
        extra
    };
    // Each event stands for its own moment when the payload leaves that moment out.
    let at: Instant;
    if (kind === 'interaction.offered') {
        at = facts.offeredAt ??= receivedAt;
    } else if (kind === 'interaction.connected') {
        at = facts.answeredAt ??= receivedAt;
    } else {
        at = facts.endedAt ??= receivedAt;
    }
    return { kind, vendor: VENDOR, vendorEvent: eventName, at, key: EVOLUX_KEY_PREFIX + id, facts: withoutUndefined(facts) };
}

/** "inbound" or "outbound", in any case and with any spaces around; anything else refuses the event. */
function readDirection(payload: JsonObject, reader: PayloadReader): Direction | undefined {
    const text = reader.text(payload, 'direction')?.toLowerCase();
    if (text === 'inbound') {
        return 'Inbound';
    }
    if (text === 'outbound') {
        return 'Outbound';
    }
    if (text !== undefined) {
        reader.report(
            'error',
            DiagnosticCode.FieldInvalid,
            `direction should be "inbound" or "outbound", got "${clip(text)}"; the event is ignored.`
        );
    }
    return undefined;
}

function readPause(
    kind: PauseEvent['kind'],
    eventName: string,
    payload: JsonObject,
    reader: PayloadReader,
    receivedAt: Instant
): PauseEvent | undefined {
    const agent = readAgent(payload, reader);
    const pause = reader.object(payload, 'pause');
    const startedAt = reader.instant(pause, 'timeStart');
    if (!agent.id) {
        reader.missing('agentId');
        return undefined;
    }
    if (!pause) {
        reader.missing('pause');
        return undefined;
    }
    if (!startedAt) {
        reader.missing('pause.timeStart');
        return undefined;
    }
    let endedAt = reader.instant(pause, 'timeEnd');
    if (kind === 'agent.pause.ended') {
        endedAt ??= receivedAt;
    }
    return {
        kind,
        vendor: VENDOR,
        vendorEvent: eventName,
        at: kind === 'agent.pause.ended' ? (endedAt ?? receivedAt) : startedAt,
        receivedAt,
        agent,
        pause: withoutUndefined({
            reason: reader.text(pause, 'reason'),
            productive: reader.flag(pause, 'productive'),
            startedAt,
            endedAt,
            maxDurationSeconds: reader.count(pause, 'maxDuration')
        })
    };
}

function readAgent(payload: JsonObject, reader: PayloadReader): AgentFacts {
    const agent = reader.object(payload, 'agent');
    return withoutUndefined({
        id: reader.id(payload, 'agentId') ?? reader.id(agent, 'id'),
        name: reader.text(agent, 'name'),
        login: reader.text(agent, 'login') ?? reader.text(agent, 'email'),
        extension: reader.text(agent, 'extension')
    });
}

function rejected(...diagnostics: AdaptResult['diagnostics']): AdaptResult {
    return { events: [], diagnostics };
}
