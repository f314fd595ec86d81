/**
 * Google CCAI Platform agent adapters (seed 002): the call and chat adapters post JSON strings
 * `{"type": ..., "data": {...}}` to the parent window. `data` may itself be a JSON string, ids may
 * be numbers or strings, and optional fields may be missing or null. These payloads carry no
 * times: the receive time is the event time.
 */
import { ccaipDirection, ccaipSessionKey } from 'c/ccRecordSearch';
import type { AdaptResult, VendorAdapter } from './adapter';
import { diagnostic, DiagnosticCode } from './diagnostics';
import type { AgentFacts, CanonicalEvent, Instant, InteractionEvent, InteractionFacts, NoteTopic } from './events';
import { withoutUndefined } from './objects';
import { clip } from './text';
import { PayloadReader } from './payloadReader';
import { isJsonObject, readMessageData, type Json, type JsonObject } from './plainJson';
import { toIsoString } from './time';

const VENDOR = 'CCAI Platform';

type Reader = (data: JsonObject, reader: PayloadReader, at: Instant, type: string) => CanonicalEvent | undefined;

const COBROWSE_NOTES: Record<string, { field: string; topic: NoteTopic; fixed?: string }> = {
    Cobrowse_Session_Started: { field: 'cobrowse_session_id', topic: 'cobrowse', fixed: 'on' },
    Cobrowse_Session_Remote_Control_Changed: { field: 'cobrowse_session_remote_control', topic: 'remoteControl' },
    Cobrowse_Session_Full_Device_Changed: { field: 'cobrowse_session_full_device', topic: 'fullDevice' },
    Cobrowse_Session_Ended: { field: 'cobrowse_session_id', topic: 'cobrowse', fixed: 'off' }
};

// A Map, not an object: an event type such as "constructor" or "valueOf" must not find Object.prototype's members.
const READERS = new Map<string, Reader>(
    Object.entries({
        Agent_Login: (data, reader, at, type) => ({
            kind: 'agent.login',
            vendor: VENDOR,
            vendorEvent: type,
            at,
            agent: readAgent(data, reader)
        }),
        Agent_Logout: (data, reader, at, type) => ({
            kind: 'agent.logout',
            vendor: VENDOR,
            vendorEvent: type,
            at,
            agent: readAgent(data, reader)
        }),
        New_Call: lifecycle('interaction.connected', 'call'),
        Agent_Joined_Call: lifecycle('interaction.connected', 'call'),
        End_Call: lifecycle('interaction.ended', 'call'),
        New_Chat: lifecycle('interaction.connected', 'chat'),
        Agent_Joined_Chat: lifecycle('interaction.connected', 'chat'),
        End_Chat: lifecycle('interaction.ended', 'chat'),
        Active_Chat: sessionEvent('interaction.focused', 'chat'),
        Dismissed_Chat: sessionEvent('interaction.dismissed', 'chat'),
        Chat_Inbound_Message: chatMessage('inbound'),
        Chat_Outbound_Message: chatMessage('outbound'),
        Transfer_Call: transfer('call'),
        Transfer_Chat: transfer('chat'),
        Party_Added: partyAdded,
        // The document describes call redaction start and stop without naming their types; these are the names used for them.
        Call_Redaction_Started: redaction('on'),
        Call_Redaction_Stopped: redaction('off'),
        Agent_Assist_Started: (data, reader, at, type) => note(data, reader, at, type, 'assist', 'on'),
        ...Object.fromEntries(
            Object.entries(COBROWSE_NOTES).map(([type, { field, topic, fixed }]) => [
                type,
                (data: JsonObject, reader: PayloadReader, at: Instant) =>
                    note(data, reader, at, type, topic, fixed ?? reader.text(data, field) ?? 'unknown')
            ])
        ),
        CRM_Record_Pop: (data, reader, at, type) => {
            const recordUrl = reader.text(data, 'recordUrl');
            if (!recordUrl) {
                reader.missing('recordUrl');
                return undefined;
            }
            return { kind: 'record.pop', vendor: VENDOR, vendorEvent: type, at, recordUrl };
        }
    }) as [string, Reader][]
);

export const ccaipAdapter: VendorAdapter = {
    vendor: VENDOR,

    recognizes(data: Json): boolean {
        return isJsonObject(data) && typeof data.type === 'string' && 'data' in data && !('eventName' in data);
    },

    adapt(message: Json, receivedAt: Instant): AdaptResult {
        const { type, data: raw } = message as JsonObject;
        const eventType = String(type);
        const at = toIsoString(receivedAt);
        const subject = `ccaip ${clip(eventType)}`;
        const read = READERS.get(eventType);
        if (!read) {
            return rejected(
                diagnostic(
                    at,
                    'warn',
                    DiagnosticCode.EventUnknown,
                    `CCAI Platform event "${clip(eventType)}" is not one the bridge handles; ignored.`,
                    subject
                )
            );
        }
        const data = typeof raw === 'string' ? readMessageData(raw) : { ok: true as const, value: raw ?? null };
        if (!data.ok) {
            return rejected(diagnostic(at, 'error', data.code, `CCAI Platform ${eventType} data: ${data.message}`, subject));
        }
        if (!isJsonObject(data.value)) {
            return rejected(
                diagnostic(at, 'error', DiagnosticCode.FieldMissing, `CCAI Platform ${eventType} has no data object; ignored.`, subject)
            );
        }
        const reader = new PayloadReader(at, subject);
        const event = read(data.value, reader, receivedAt, eventType);
        return { events: event ? [event] : [], diagnostics: reader.diagnostics };
    }
};

/** The interaction an event is about: `ccaip:call:<call_id>` or `ccaip:chat:<chat_id>`. */
function sessionKey(
    data: JsonObject,
    reader: PayloadReader,
    channel: 'call' | 'chat' | 'either'
): { key: string; channel: 'call' | 'chat' } | undefined {
    // Every call_id and chat_id in the document is a whole number.
    const callId = channel !== 'chat' ? reader.id(data, 'call_id', 'number') : undefined;
    const chatId = channel !== 'call' ? reader.id(data, 'chat_id', 'number') : undefined;
    if (callId !== undefined) {
        return { key: ccaipSessionKey('call', callId), channel: 'call' };
    }
    if (chatId !== undefined) {
        return { key: ccaipSessionKey('chat', chatId), channel: 'chat' };
    }
    return undefined;
}

function sessionFacts(data: JsonObject, reader: PayloadReader, channel: 'call' | 'chat'): InteractionFacts {
    const sessionType = reader.text(data, 'session_type');
    return withoutUndefined({
        channel: channel === 'call' ? 'Voice' : 'Chat',
        direction: ccaipDirection(sessionType),
        sessionType,
        queue: reader.text(data, 'queue_path'),
        campaign: reader.text(data, 'campaign_name'),
        agentLogin: reader.text(data, 'agent_email')
    });
}

function lifecycle(kind: 'interaction.connected' | 'interaction.ended', channel: 'call' | 'chat'): Reader {
    return (data, reader, at, type) => {
        const session = requireSession(data, reader, channel);
        if (!session) {
            return undefined;
        }
        const facts = sessionFacts(data, reader, channel);
        if (kind === 'interaction.connected') {
            facts.answeredAt = at;
        } else {
            facts.endedAt = at;
        }
        return { kind, vendor: VENDOR, vendorEvent: type, at, key: session.key, facts };
    };
}

function sessionEvent(kind: 'interaction.focused' | 'interaction.dismissed', channel: 'call' | 'chat'): Reader {
    return (data, reader, at, type) => {
        const session = requireSession(data, reader, channel);
        return session && { kind, vendor: VENDOR, vendorEvent: type, at, key: session.key, facts: sessionFacts(data, reader, channel) };
    };
}

function chatMessage(direction: 'inbound' | 'outbound'): Reader {
    return (data, reader, at, type) => {
        const session = requireSession(data, reader, 'chat');
        const text = typeof data.message === 'string' ? data.message : reader.text(data, 'message');
        if (!session) {
            return undefined;
        }
        if (text === undefined || text === '') {
            reader.missing('message');
            return undefined;
        }
        return {
            kind: 'interaction.message',
            vendor: VENDOR,
            vendorEvent: type,
            at,
            key: session.key,
            facts: sessionFacts(data, reader, 'chat'),
            message: { direction, text, at }
        };
    };
}

function transfer(channel: 'call' | 'chat'): Reader {
    return (data, reader, at, type) => {
        const session = requireSession(data, reader, channel);
        if (!session) {
            return undefined;
        }
        const moved = withoutUndefined({
            fromQueue: reader.text(data, 'from_queue_path'),
            toQueue: reader.text(data, 'to_queue_path'),
            fromAgent: reader.text(data, 'from_agent_email') ?? reader.text(data, 'from_agent_id'),
            toAgent: reader.text(data, 'to_agent_email') ?? reader.text(data, 'to_agent_id')
        });
        const signature = `${type}|${moved.fromQueue ?? ''}|${moved.toQueue ?? ''}|${moved.fromAgent ?? ''}|${moved.toAgent ?? ''}`;
        // The transfer's queue_path is the origin; the queue only moves through the transfer itself.
        const facts = sessionFacts(data, reader, session.channel);
        delete facts.queue;
        return {
            kind: 'interaction.transferred',
            vendor: VENDOR,
            vendorEvent: type,
            at,
            key: session.key,
            facts,
            transfer: { ...moved, signature }
        };
    };
}

function partyAdded(data: JsonObject, reader: PayloadReader, at: Instant, type: string): InteractionEvent | undefined {
    const session = requireSession(data, reader, 'either');
    if (!session) {
        return undefined;
    }
    const toQueue = reader.text(data, 'queue_path');
    const party = `${reader.text(data, 'type') ?? ''}:${reader.text(data, 'agent_email') ?? reader.text(data, 'agent_id') ?? reader.text(data, 'end_user_id') ?? ''}`;
    const facts = sessionFacts(data, reader, session.channel);
    delete facts.queue;
    delete facts.agentLogin; // the added party, not the agent running the bridge
    return {
        kind: 'interaction.transferred',
        vendor: VENDOR,
        vendorEvent: type,
        at,
        key: session.key,
        facts,
        transfer: withoutUndefined({ toQueue, toAgent: party, signature: `${type}|${toQueue ?? ''}|${party}` })
    };
}

function redaction(state: 'on' | 'off'): Reader {
    return (data, reader, at, type) => {
        // The document's redaction data is only the agent and the call: no session_type to require.
        const session = requireSession(data, reader, 'call', false);
        return (
            session && {
                kind: 'interaction.note',
                vendor: VENDOR,
                vendorEvent: type,
                at,
                key: session.key,
                facts: {},
                note: { topic: 'redaction', state }
            }
        );
    };
}

/** A note about the session when the event names one, else about the agent. */
function note(data: JsonObject, reader: PayloadReader, at: Instant, type: string, topic: NoteTopic, state: string): CanonicalEvent {
    const session = sessionKey(data, reader, 'either');
    if (session) {
        return { kind: 'interaction.note', vendor: VENDOR, vendorEvent: type, at, key: session.key, facts: {}, note: { topic, state } };
    }
    return { kind: 'agent.note', vendor: VENDOR, vendorEvent: type, at, agent: readAgent(data, reader), note: { topic, state } };
}

/**
 * The session an event is about. Every session event in the document carries its id and its
 * session_type (seed 002's examples), so one without them is not a real event and writes nothing.
 */
function requireSession(data: JsonObject, reader: PayloadReader, channel: 'call' | 'chat' | 'either', needsSessionType = true) {
    const session = sessionKey(data, reader, channel);
    const missing = [
        session ? undefined : channel === 'either' ? 'call_id or chat_id' : `${channel}_id`,
        needsSessionType && reader.text(data, 'session_type') === undefined ? 'session_type' : undefined
    ].filter((name) => name !== undefined);
    if (missing.length > 0) {
        reader.missing(...missing);
        return undefined;
    }
    return session;
}

function readAgent(data: JsonObject, reader: PayloadReader): AgentFacts {
    return withoutUndefined({ id: reader.id(data, 'agent_id'), login: reader.text(data, 'agent_email') });
}

function rejected(...diagnostics: AdaptResult['diagnostics']): AdaptResult {
    return { events: [], diagnostics };
}
