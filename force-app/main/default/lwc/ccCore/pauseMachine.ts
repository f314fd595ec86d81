/**
 * The agent pause state machine: one segment per pause reason period. A start opens a segment, a
 * change closes the open one at the new start and opens the next, a stop closes the segment it
 * names and always ends the agent's pause. A segment is named by its start to the second, because
 * feeds send the same start with 6, 3 or 0 fractional digits; the most precise reading is kept.
 */
import type { AgentFacts, Instant, PauseEvent, Vendor } from './events';
import { morePrecise, toIsoSecond } from './time';
import { deepEqual, withoutUndefined } from './objects';

export interface PauseSegment {
    key: string;
    vendor: Vendor;
    agent: AgentFacts;
    reason?: string;
    productive?: boolean;
    startedAt: Instant;
    endedAt?: Instant;
    maxDurationSeconds?: number;
}

export interface PauseState {
    segments: Record<string, PauseSegment>;
    /** The open segment's key per agent (`<vendor>:<agent id>`). */
    openByAgent: Record<string, string>;
}

export const EMPTY_PAUSE_STATE: PauseState = { segments: {}, openByAgent: {} };

/** Closed segments kept (newest first): enough for a late stop or a resend, bounded for a long shift. */
export const MAX_CLOSED_SEGMENTS = 50;
/** A stop's own end later than its receive time by more than this is a wrong clock, not an end. */
const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

export interface PauseStep {
    state: PauseState;
    /** Keys of the segments whose content changed, in the order to write them. */
    changed: string[];
}

export function pauseSegmentKey(vendor: Vendor, agentId: string, startedAt: Instant): string {
    return `${vendorKeyPrefix(vendor)}:${agentId}:${toIsoSecond(startedAt)}`;
}

function vendorKeyPrefix(vendor: Vendor): string {
    return vendor === 'Evolux' ? 'evolux' : vendor.toLowerCase().replace(/\s+/g, '');
}

export function applyPauseEvent(state: PauseState, event: PauseEvent): PauseStep {
    const agentId = event.agent.id ?? '';
    const agentKey = `${event.vendor}:${agentId}`;
    const key = pauseSegmentKey(event.vendor, agentId, event.pause.startedAt);
    const segments = { ...state.segments };
    const openByAgent = { ...state.openByAgent };
    const changed: string[] = [];
    const put = (segment: PauseSegment) => {
        if (!deepEqual(segments[segment.key], segment)) {
            segments[segment.key] = segment;
            changed.push(segment.key);
        }
    };

    const openKey = openByAgent[agentKey];
    const open = openKey !== undefined ? segments[openKey] : undefined;
    const starts = event.kind !== 'agent.pause.ended';
    // A start or change older than the open segment is a resend or a late event: it may fill gaps of
    // its own (earlier) segment, which ended when the open one began, but never touches the open one.
    const older = starts && open !== undefined && openKey !== key && event.pause.startedAt.ms < open.startedAt.ms;
    if (starts && open && openKey !== key && !older) {
        // A new segment starts: the open one ends where the new one begins (a start while a
        // segment is open means its stop was lost, which ends it at the same moment).
        put({ ...open, endedAt: open.endedAt ?? event.pause.startedAt });
        delete openByAgent[agentKey];
    }

    const known = segments[key];
    let segment = mergeSegment(known, key, event);
    if (older && open && segment.endedAt === undefined) {
        segment = { ...segment, endedAt: open.startedAt };
    }
    if (!starts && open && openKey !== key && !isResentStop(known, event)) {
        // A stop names an earlier segment than the open one (Evolux does after a change of reason):
        // the agent is no longer paused, so the open segment ends too.
        put({ ...open, endedAt: plausibleEnd(open, event) });
        delete openByAgent[agentKey];
    }
    put(segment);
    if (segment.endedAt === undefined) {
        openByAgent[agentKey] = key;
    } else if (openByAgent[agentKey] === key) {
        delete openByAgent[agentKey];
    }
    return { state: { segments: withoutOldSegments(segments, openByAgent), openByAgent }, changed };
}

/** A stop this segment already ended with (a resend): it says nothing about the open segment. */
function isResentStop(known: PauseSegment | undefined, event: PauseEvent): boolean {
    const end = event.pause.endedAt;
    return known?.endedAt !== undefined && end !== undefined && Math.abs(known.endedAt.ms - end.ms) < 1000;
}

/** Where a stop ends the open segment: the stop's own end when it falls within the segment, else its receive time. */
function plausibleEnd(open: PauseSegment, event: PauseEvent): Instant {
    const received = event.receivedAt ?? event.at;
    const end = event.pause.endedAt;
    const plausible = end !== undefined && end.ms >= open.startedAt.ms && end.ms <= received.ms + MAX_CLOCK_SKEW_MS;
    return plausible ? end : received.ms >= open.startedAt.ms ? received : open.startedAt;
}

function withoutOldSegments(segments: Record<string, PauseSegment>, openByAgent: Record<string, string>): Record<string, PauseSegment> {
    const open = new Set(Object.values(openByAgent));
    const closed = Object.values(segments)
        .filter((segment) => !open.has(segment.key))
        .sort((a, b) => b.startedAt.ms - a.startedAt.ms);
    if (closed.length <= MAX_CLOSED_SEGMENTS) {
        return segments;
    }
    const kept = { ...segments };
    closed.slice(MAX_CLOSED_SEGMENTS).forEach((segment) => delete kept[segment.key]);
    return kept;
}

function mergeSegment(known: PauseSegment | undefined, key: string, event: PauseEvent): PauseSegment {
    const told = event.pause;
    if (!known) {
        return withoutUndefined<PauseSegment>({
            key,
            vendor: event.vendor,
            agent: event.agent,
            reason: told.reason,
            productive: told.productive,
            startedAt: told.startedAt,
            endedAt: event.kind === 'agent.pause.ended' ? told.endedAt : undefined,
            maxDurationSeconds: told.maxDurationSeconds
        });
    }
    // A closed segment stays closed at its first end; other gaps are filled.
    const endedAt = known.endedAt ?? (event.kind === 'agent.pause.ended' ? told.endedAt : undefined);
    // A change of reason in the same second as the segment's start shares its key: the reason the
    // agent changed to is the one the segment is about (the first lasted under a second).
    const changedWithinTheSecond = event.kind === 'agent.pause.changed' && told.reason !== undefined && told.reason !== known.reason;
    return withoutUndefined<PauseSegment>({
        ...known,
        agent: { ...event.agent, ...known.agent },
        reason: changedWithinTheSecond ? told.reason : (known.reason ?? told.reason),
        productive: changedWithinTheSecond ? told.productive : (known.productive ?? told.productive),
        maxDurationSeconds: changedWithinTheSecond ? told.maxDurationSeconds : (known.maxDurationSeconds ?? told.maxDurationSeconds),
        startedAt: morePrecise(known.startedAt, told.startedAt) ?? known.startedAt,
        endedAt
    });
}
