/**
 * The agent pause state machine: one segment per pause reason period. A start opens a segment, a
 * change closes the open one at the new start and opens the next, a stop closes the segment it
 * names. A segment is named by its start to the second, because feeds send the same start with 6,
 * 3 or 0 fractional digits; the most precise reading is kept.
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

    let segment = mergeSegment(segments[key], key, event);
    if (older && open && segment.endedAt === undefined) {
        segment = { ...segment, endedAt: open.startedAt };
    }
    put(segment);
    if (segment.endedAt === undefined) {
        openByAgent[agentKey] = key;
    } else if (openByAgent[agentKey] === key) {
        delete openByAgent[agentKey];
    }
    return { state: { segments: withoutOldSegments(segments, openByAgent), openByAgent }, changed };
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
    return withoutUndefined<PauseSegment>({
        ...known,
        agent: { ...event.agent, ...known.agent },
        reason: known.reason ?? told.reason,
        productive: known.productive ?? told.productive,
        startedAt: morePrecise(known.startedAt, told.startedAt) ?? known.startedAt,
        endedAt,
        maxDurationSeconds: known.maxDurationSeconds ?? told.maxDurationSeconds
    });
}
