/**
 * A synthetic 8-hour agent shift as a replay log, for the benchmark: several hundred Evolux calls
 * (answered, missed, outbound, campaign), pause segments with reason changes, and a few CCAI Platform
 * chats, every message delivered to three browser tabs as the bridge hears them in the field.
 * Deterministic: the same seed gives the same shift.
 */
import type { ReplayLine } from './replayInput';

export const EVOLUX_ORIGIN = 'https://acme.evolux.net.br';
export const CCAIP_ORIGIN = 'https://acme.ccaiplatform.com';
export const TABS = ['A', 'B', 'C'];

export interface Shift {
    lines: ReplayLine[];
    calls: number;
    chats: number;
    pauseSegments: number;
    /**
     * Changes of the agent's state the shift holds (agentStatus.ts): the login (Available); per call
     * Ringing, On call if answered, Available; per chat In chat and Available; per pause Paused, Paused
     * for the new reason when it changes, Available.
     */
    agentStateChanges: number;
}

/** mulberry32: a small, well-distributed PRNG, so the shift is the same on every run. */
function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const PAUSE_REASONS = [
    ['Lanche', false],
    ['Banheiro', false],
    ['Reunião', true],
    ['Feedback', true]
] as const;

export function syntheticShift(seed = 42, startIso = '2026-03-02T11:00:00.000Z', hours = 8): Shift {
    const next = random(seed);
    const between = (min: number, max: number) => Math.round(min + next() * (max - min));
    const start = Date.parse(startIso);
    const end = start + hours * 3_600_000;
    const agent = { id: 1, name: 'João', extension: 700, login: 'joao', email: '' };
    const events: { at: number; origin: string; data: unknown }[] = [];
    const post = (at: number, origin: string, data: unknown) => events.push({ at, origin, data });
    let calls = 0;
    let chats = 0;
    let pauseSegments = 0;
    let agentStateChanges = 0;

    post(start, EVOLUX_ORIGIN, { eventName: 'agentLogin', payload: { agentId: 1, agent } });
    agentStateChanges += 1;
    let now = start + 60_000;
    while (now < end - 15 * 60_000) {
        const roll = next();
        if (roll < 0.025) {
            // A pause, sometimes changing reason once before it stops.
            const [reason, productive] = PAUSE_REASONS[between(0, PAUSE_REASONS.length - 1)] ?? PAUSE_REASONS[0];
            const pauseStart = new Date(now).toISOString().replace('Z', '913+00:00');
            post(now, EVOLUX_ORIGIN, {
                eventName: 'agentStartPause',
                payload: { agentId: 1, agent, pause: { reason, productive, timeStart: pauseStart, timeEnd: null, maxDuration: 900 } }
            });
            pauseSegments += 1;
            agentStateChanges += 2; // Paused, then Available at the stop
            let segmentStart = pauseStart;
            let segmentReason: string = reason;
            now += between(120, 600) * 1000;
            if (next() < 0.3) {
                segmentStart = new Date(now).toISOString().replace('Z', '000+00:00');
                segmentReason = 'Reunião';
                post(now, EVOLUX_ORIGIN, {
                    eventName: 'agentChangePause',
                    payload: {
                        agentId: 1,
                        agent,
                        pause: { reason: segmentReason, productive: true, timeStart: segmentStart, timeEnd: null, maxDuration: null }
                    }
                });
                pauseSegments += 1;
                agentStateChanges += 1;
                now += between(300, 900) * 1000;
            }
            const stopStart = segmentStart.replace(/\.\d+\+/, '+');
            post(now, EVOLUX_ORIGIN, {
                eventName: 'agentStopPause',
                payload: {
                    agentId: 1,
                    agent,
                    pause: {
                        reason: segmentReason,
                        productive: false,
                        timeStart: stopStart,
                        timeEnd: new Date(now).toISOString().replace('.000Z', '+00:00'),
                        maxDuration: null
                    }
                }
            });
        } else if (roll < 0.04) {
            chats += 1;
            agentStateChanges += 2;
            // Every chat event carries the session's fields, as the CCAI Platform document's examples do
            // (seed 002): the bridge refuses one without its session_type.
            const chat = {
                chat_id: 9000 + chats,
                session_type: 'messaging inbound (web chat)',
                agent_id: 1,
                agent_email: 'joao@acme.com.br',
                queue_id: 7678,
                queue_path: 'Suporte > Chat'
            };
            post(now, CCAIP_ORIGIN, JSON.stringify({ type: 'New_Chat', data: chat }));
            for (let i = 0; i < 4; i++) {
                now += between(5, 40) * 1000;
                const type = i % 2 === 0 ? 'Chat_Inbound_Message' : 'Chat_Outbound_Message';
                post(now, CCAIP_ORIGIN, JSON.stringify({ type, data: { ...chat, message: `mensagem ${i + 1} 😀` } }));
            }
            now += between(10, 60) * 1000;
            post(now, CCAIP_ORIGIN, JSON.stringify({ type: 'End_Chat', data: chat }));
        } else {
            calls += 1;
            const call = postCall(post, now, calls, next, between, agent);
            now = call.end;
            agentStateChanges += call.answered ? 3 : 2;
        }
        now += between(2, 20) * 1000;
    }
    const lines: ReplayLine[] = [];
    events.forEach((event) => {
        for (const tab of TABS) {
            lines.push({ kind: 'message', line: lines.length + 1, at: event.at, origin: event.origin, data: event.data, tab });
        }
    });
    return { lines, calls, chats, pauseSegments, agentStateChanges };
}

function postCall(
    post: (at: number, origin: string, data: unknown) => void,
    start: number,
    sequence: number,
    next: () => number,
    between: (min: number, max: number) => number,
    agent: object
): { end: number; answered: boolean } {
    const kind = next();
    const outbound = kind < 0.1;
    const campaign = kind >= 0.1 && kind < 0.15;
    const missed = !outbound && next() < 0.1;
    const customer = `119${String(87_000_000 + sequence * 7919).slice(0, 8)}`;
    const iso = (ms: number) => new Date(ms).toISOString();
    const answerAt = start + between(3, 20) * 1000;
    const endAt = missed ? answerAt : answerAt + between(15, 100) * 1000;
    const base = {
        id: `call-${String(sequence).padStart(5, '0')}-8eb4d68e`,
        uuid: `leg-${sequence}`,
        direction: outbound ? 'outbound' : 'inbound',
        hangupCause: null as string | null,
        startTime: iso(start),
        answerTime: null as string | null,
        endTime: null as string | null,
        from: outbound ? { name: 'João', number: '700' } : { name: '', number: customer },
        to: outbound ? { name: '', number: customer } : { name: '700', number: '60916f51-c6f5-a853-3651-a8a456064080' },
        agent,
        extra: campaign
            ? { campaign_slug: 'cobranca', subscriber_number: customer }
            : { evolux_cc_queue_slug: 'suporte', cpf: '123.456.789-09' },
        ...(campaign
            ? { campaign: { id: '1', slug: 'cobranca' }, subscriber: { number: customer, name: 'Maria', externalId: `S${sequence}` } }
            : { queue: { slug: 'suporte', number: '4000' } })
    };
    post(start, EVOLUX_ORIGIN, { eventName: 'softphoneCallInvited', payload: base });
    if (!missed) {
        post(answerAt, EVOLUX_ORIGIN, { eventName: 'softphoneCallAccepted', payload: { ...base, answerTime: iso(answerAt) } });
    }
    post(endAt, EVOLUX_ORIGIN, {
        eventName: 'softphoneCallEnded',
        payload: {
            ...base,
            answerTime: missed ? null : iso(answerAt),
            endTime: iso(endAt),
            hangupCause: missed ? 'ORIGINATOR_CANCEL' : 'NORMAL_CLEARING'
        }
    });
    return { end: endAt, answered: !missed };
}
