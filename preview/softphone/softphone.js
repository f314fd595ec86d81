// The simulated softphone: buttons that post the vendors' real messages to the page that embeds
// it (the preview's Lightning page, on another origin), as Evolux Phone and the CCAI Platform
// adapter do from their iframes. A softphone signed in in several browser tabs sends each event to
// every tab; "Post in every tab" does the same through a BroadcastChannel, so the bridges of
// several preview tabs all hear the same call, with the same ids and times.
import {
    EVOLUX_SEED_NAMES,
    PAUSE_REASONS,
    agentLoginMessage,
    ccaiCallMessage,
    ccaiChatMessages,
    ccaiLookupUrl,
    ccaiRecordPopMessage,
    ccaiTransferMessage,
    evoluxCallMessage,
    newCall,
    pauseStartMessage,
    pauseStopMessage
} from './payloads.js';

const MISSED_CALL_RING_MS = 20_000;
const MAX_LOG_ENTRIES = 40;

const parentOrigin = new URLSearchParams(window.location.search).get('parent');
const embedded = window.parent !== window && parentOrigin !== null;
const channel = new BroadcastChannel('cc-preview-softphone');
const ids = { uuid: () => crypto.randomUUID() };

let seeds = {};
let state = { call: null, pause: null, ccaiCallId: null };

/** Each action reads the state at click time and answers the messages to post and the next state. */
const ACTIONS = {
    login: () => ({ messages: [agentLoginMessage(seeds)] }),
    incoming: (now) => ringing(newCall('queue', now, ids, callerNumber())),
    campaign: (now) => ringing(newCall('campaign', now, ids)),
    answer: (now) => {
        const call = { ...state.call, answerTime: state.call.answerTime ?? now, accepted: true };
        return { messages: [evoluxCallMessage(seeds, 'softphoneCallAccepted', call)], state: { call } };
    },
    hangup: (now) => ({ messages: [callEnded(state.call, now)], state: { call: null } }),
    missed: (now) => {
        const call = newCall('queue', now - MISSED_CALL_RING_MS, ids, callerNumber());
        return { messages: [evoluxCallMessage(seeds, 'softphoneCallInvited', call), callEnded(call, now)], state: { call: null } };
    },
    'pause-start': (now) => pauseSegment('agentStartPause', now),
    'pause-change': (now) => pauseSegment('agentChangePause', now),
    'pause-stop': (now) => ({ messages: [pauseStopMessage(seeds, state.pause, now)], state: { pause: null } }),
    'ccai-call': () => {
        const ccaiCallId = randomNumericId();
        return { messages: [ccaiCallMessage('New_Call', ccaiCallId)], state: { ccaiCallId } };
    },
    'ccai-transfer': () => ({ messages: [ccaiTransferMessage(state.ccaiCallId)] }),
    'ccai-end-call': () => ({ messages: [ccaiCallMessage('End_Call', state.ccaiCallId)], state: { ccaiCallId: null } }),
    'ccai-chat': () => ({ messages: ccaiChatMessages(randomNumericId()) }),
    'ccai-record-pop': () => ({ messages: [ccaiRecordPopMessage(parentOrigin ?? window.location.origin)] }),
    // As the CCAI agent adapter's "open in CRM" does in its own tab: the custom CRM URL in a new browser tab.
    'ccai-open-crm': () => {
        window.open(lookupUrl(), '_blank');
        return { messages: [] };
    },
    'ccai-copy-link': () => {
        const url = lookupUrl();
        document.getElementById('ccai-link').value = url;
        navigator.clipboard?.writeText(url).catch(() => undefined);
        return { messages: [] };
    }
};

function lookupUrl() {
    return ccaiLookupUrl(parentOrigin ?? window.location.origin, state.ccaiCallId, callerNumber());
}

/** Whether a button can be used in the current state. */
const ENABLED = {
    incoming: () => !state.call,
    campaign: () => !state.call,
    missed: () => !state.call,
    answer: () => Boolean(state.call) && !state.call.accepted,
    hangup: () => Boolean(state.call),
    'pause-start': () => !state.pause,
    'pause-change': () => Boolean(state.pause),
    'pause-stop': () => Boolean(state.pause),
    'ccai-call': () => state.ccaiCallId === null,
    'ccai-transfer': () => state.ccaiCallId !== null,
    'ccai-end-call': () => state.ccaiCallId !== null,
    'ccai-open-crm': () => state.ccaiCallId !== null,
    'ccai-copy-link': () => state.ccaiCallId !== null
};

function callerNumber() {
    return document.getElementById('caller-number').value.trim();
}

function ringing(call) {
    return { messages: [evoluxCallMessage(seeds, 'softphoneCallInvited', call)], state: { call } };
}

function callEnded(call, now) {
    const hangupCause = call.answerTime === null ? 'ORIGINATOR_CANCEL' : 'NORMAL_CLEARING';
    return evoluxCallMessage(seeds, 'softphoneCallEnded', call, { endTime: now, hangupCause });
}

function pauseSegment(eventName, now) {
    const selected = PAUSE_REASONS.find((option) => option.reason === document.getElementById('pause-reason').value) ?? PAUSE_REASONS[0];
    const pause = { ...selected, timeStart: now };
    return { messages: [pauseStartMessage(seeds, eventName, pause)], state: { pause } };
}

function randomNumericId() {
    return 100000 + Math.floor(Math.random() * 900000);
}

/** Applies a delivery (from a click here or in another tab): the new state, then each message posted to the page. */
function deliver(delivery, from) {
    state = { ...state, ...delivery.state };
    for (const message of delivery.messages) {
        if (embedded) {
            window.parent.postMessage(message, parentOrigin);
        }
        addLogEntry(message, from);
    }
    render();
}

function perform(action) {
    const result = ACTIONS[action](Date.now());
    const delivery = { messages: result.messages, state: result.state ?? {} };
    deliver(delivery, 'this tab');
    if (document.getElementById('mirror').checked) {
        channel.postMessage({ kind: 'delivery', delivery });
    }
}

channel.onmessage = ({ data }) => {
    if (data.kind === 'delivery') {
        deliver(data.delivery, 'another tab');
    } else if (data.kind === 'hello') {
        channel.postMessage({ kind: 'state', state });
    } else if (data.kind === 'state' && !state.call && !state.pause && state.ccaiCallId === null) {
        // A softphone opened in a new tab takes over the call and pause the others know of.
        state = { ...state, ...data.state };
        render();
    }
};

function addLogEntry(message, from) {
    const entry = document.createElement('li');
    const parsed = typeof message === 'string' ? JSON.parse(message) : message;
    const name = parsed.eventName ?? parsed.type;
    entry.dataset.event = name;
    entry.title = typeof message === 'string' ? message : JSON.stringify(message, null, 2);
    entry.textContent = `${new Date().toLocaleTimeString()} ${name} (${typeof message === 'string' ? 'CCAI, JSON string' : 'Evolux'}) · ${from}`;
    const log = document.getElementById('log');
    log.prepend(entry);
    while (log.children.length > MAX_LOG_ENTRIES) {
        log.lastElementChild.remove();
    }
}

function render() {
    for (const button of document.querySelectorAll('button[data-action]')) {
        button.disabled = !(ENABLED[button.dataset.action]?.() ?? true);
    }
    const call = document.getElementById('current-call');
    call.dataset.callId = state.call?.id ?? '';
    call.textContent = state.call
        ? `${state.call.kind === 'campaign' ? 'Campaign call' : 'Queue call'} ${state.call.id} · ${state.call.accepted ? 'connected' : 'ringing'}`
        : 'No call';
    document.getElementById('current-pause').textContent = state.pause ? `Paused: ${state.pause.reason}` : 'Available';
    document.getElementById('current-ccai').textContent = state.ccaiCallId === null ? 'No CCAI call' : `CCAI call ${state.ccaiCallId}`;
}

async function loadSeeds() {
    const entries = await Promise.all(
        EVOLUX_SEED_NAMES.map(async (name) => {
            const response = await fetch(`/seeds/evolux/${name}.json`);
            if (!response.ok) {
                throw new Error(`seed ${name}: HTTP ${response.status}`);
            }
            return [name, await response.json()];
        })
    );
    return Object.fromEntries(entries);
}

function start() {
    const select = document.getElementById('pause-reason');
    for (const option of PAUSE_REASONS) {
        select.append(new Option(`${option.reason}${option.productive ? ' (productive)' : ''}`, option.reason));
    }
    document.getElementById('target').textContent = embedded
        ? `Posting to ${parentOrigin}`
        : 'Not embedded: open the preview page, which shows this softphone in its Phone utility.';
    for (const button of document.querySelectorAll('button[data-action]')) {
        button.addEventListener('click', () => perform(button.dataset.action));
    }
    render();
    channel.postMessage({ kind: 'hello' });
    document.body.dataset.ready = 'true';
}

loadSeeds().then((loaded) => {
    seeds = loaded;
    start();
});
