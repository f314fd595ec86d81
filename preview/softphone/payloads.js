// The messages the simulated softphone posts, built from the vendors' real formats: Evolux Phone's
// payloads come from ccCore's seed fixtures (served by the softphone server) with ids and times
// filled in at click time; CCAI Platform's agent adapter posts JSON strings `{"type", "data"}`
// shaped as its documentation's examples. Pure functions: the page keeps the state.

/** Evolux seed fixtures, by name, as /seeds/evolux/<name>.json serves them. */
export const EVOLUX_SEED_NAMES = [
    'agentLogin',
    'agentStartPause',
    'agentChangePause',
    'agentStopPause',
    'softphoneCallInvited',
    'softphoneCallAccepted',
    'softphoneCallEnded',
    'softphoneCallInvitedCampaign'
];

export const PAUSE_REASONS = [
    { reason: 'Lanche', productive: false },
    { reason: 'Reunião', productive: true },
    { reason: 'Treinamento', productive: true }
];

/**
 * A new call: `kind` is `queue` (an inbound queue call) or `campaign` (a dialer call, answered when
 * offered). `callerNumber`, on queue calls: who calls (the seed's caller when empty).
 */
export function newCall(kind, now, ids, callerNumber = '') {
    const call = { kind, id: ids.uuid(), uuid: ids.uuid(), startTime: now, answerTime: kind === 'campaign' ? now : null };
    return kind === 'queue' && callerNumber ? { ...call, callerNumber } : call;
}

/**
 * The Evolux message for `eventName` on `call`: the seed for that event (queue calls) or the
 * campaign seed, with the call's ids and times. `endTime` and `hangupCause` only on softphoneCallEnded.
 */
export function evoluxCallMessage(seeds, eventName, call, { endTime = null, hangupCause = null } = {}) {
    const seedName = call.kind === 'campaign' ? 'softphoneCallInvitedCampaign' : eventName;
    const message = structuredClone(seeds[seedName]);
    const payload = message.payload;
    message.eventName = eventName;
    Object.assign(payload, {
        id: call.id,
        uuid: call.uuid,
        originationLegUuid: call.uuid,
        startTime: isoTime(call.startTime),
        answerTime: call.answerTime === null ? null : isoTime(call.answerTime),
        endTime: endTime === null ? null : isoTime(endTime),
        hangupCause
    });
    if (call.callerNumber) {
        // An outside caller, as Evolux reports one: the number, no name.
        payload.from = { name: '', number: call.callerNumber };
    }
    for (const key of ['evolux_cc_member_session_uuid', 'dialer_subscriber_origination_uuid']) {
        if (payload.extra && key in payload.extra) {
            payload.extra[key] = call.uuid;
        }
    }
    return message;
}

export function agentLoginMessage(seeds) {
    return structuredClone(seeds.agentLogin);
}

/** agentStartPause / agentChangePause: a segment starting now, with the vendor's microsecond times. */
export function pauseStartMessage(seeds, eventName, pause) {
    const message = structuredClone(seeds[eventName]);
    Object.assign(message.payload.pause, {
        reason: pause.reason,
        productive: pause.productive,
        timeStart: pauseTime(pause.timeStart, true),
        timeEnd: null
    });
    return message;
}

/** agentStopPause: the open segment, its start and end to the second, as Evolux sends them. */
export function pauseStopMessage(seeds, pause, now) {
    const message = structuredClone(seeds.agentStopPause);
    Object.assign(message.payload.pause, {
        reason: pause.reason,
        productive: pause.productive,
        timeStart: pauseTime(pause.timeStart, false),
        timeEnd: pauseTime(now, false)
    });
    return message;
}

const CCAI_AGENT = { agent_id: 1, agent_custom_id: '007', agent_email: 'joao@acme.com.br' };
const CCAI_QUEUE = { queue_id: 8469, queue_path: 'Suporte / Voz' };
const CCAI_CHAT_QUEUE = { queue_id: 7678, queue_path: 'Suporte / Chat' };
const CCAI_CHAT_SESSION = 'messaging inbound (web chat)';

/** New_Call or End_Call of a CCAI Platform call. */
export function ccaiCallMessage(type, callId) {
    return ccai(type, { ...CCAI_AGENT, ...CCAI_QUEUE, call_id: callId, session_type: 'Voice Inbound' });
}

/** Transfer_Call: the call moves from this agent and queue to another. */
export function ccaiTransferMessage(callId) {
    return ccai('Transfer_Call', {
        call_id: callId,
        session_type: 'Voice Inbound',
        from_agent_id: CCAI_AGENT.agent_id,
        from_agent_custom_id: CCAI_AGENT.agent_custom_id,
        from_agent_email: CCAI_AGENT.agent_email,
        to_agent_id: 5,
        to_agent_custom_id: '100',
        to_agent_email: 'ariel@example.com',
        from_queue_id: CCAI_QUEUE.queue_id,
        from_queue_path: CCAI_QUEUE.queue_path,
        to_queue_id: 1234,
        to_queue_path: 'Suporte / Nível 2'
    });
}

/** A whole chat: New_Chat, a customer message, the agent's answer, End_Chat. */
export function ccaiChatMessages(chatId) {
    const chat = { chat_id: chatId, session_type: CCAI_CHAT_SESSION, ...CCAI_AGENT, ...CCAI_CHAT_QUEUE };
    return [
        ccai('New_Chat', chat),
        ccai('Chat_Inbound_Message', { ...chat, message: 'Olá, pode me ajudar com o rastreio do meu pedido?' }),
        ccai('Chat_Outbound_Message', { ...chat, message: 'Claro! Um momento enquanto procuro o seu pedido.' }),
        ccai('End_Chat', chat)
    ];
}

/** CRM_Record_Pop: open this record (a Contact of the preview page's org). */
export function ccaiRecordPopMessage(orgOrigin) {
    return ccai('CRM_Record_Pop', { recordUrl: `${orgOrigin}/lightning/r/Contact/0035g00000XyZ12AAB/view` });
}

/**
 * The custom CRM URL CCAI Platform builds for a call (seed 002, "URL personalizzato"), from the
 * README's IVR/PSTN URL: its variables filled with this session's values, empty ones left out, the
 * number in the E.164 format (a Brazilian national number gets +55).
 */
export function ccaiLookupUrl(orgOrigin, callId, callerNumber) {
    const digits = callerNumber.replace(/\D/g, '');
    const values = {
        c__phone: digits === '' ? '' : callerNumber.startsWith('+') ? `+${digits}` : `+55${digits}`,
        c__channel: 'voice_call',
        c__type: 'Incoming_Call_(web)',
        c__session: String(callId),
        c__menuPath: CCAI_QUEUE.queue_path,
        c__menuId: String(CCAI_QUEUE.queue_id),
        c__agentId: CCAI_AGENT.agent_custom_id,
        c__defaultCountryCode: '55'
    };
    const filled = Object.entries(values).filter(([, value]) => value !== '');
    return `${orgOrigin}/lightning/cmp/c__ccCrmLookup?${new URLSearchParams(filled)}`;
}

/** The adapters post strings, not objects. */
function ccai(type, data) {
    return JSON.stringify({ type, data });
}

function isoTime(ms) {
    return new Date(ms).toISOString();
}

/** Evolux pause times: `2021-02-18T20:51:54.866913+00:00`, or to the second on agentStopPause. */
function pauseTime(ms, withFraction) {
    const iso = new Date(ms).toISOString();
    const seconds = iso.slice(0, 19);
    return withFraction ? `${seconds}.${iso.slice(20, 23)}000+00:00` : `${seconds}+00:00`;
}
