/**
 * Custom business events arrive without ids. The same event heard twice — by two browser tabs, or
 * resent — must still be one record, so its key is its content plus the 30-second window it arrived
 * in; and one bridge maps a repeat of the same content within that time to the first key, so a pair
 * that straddles a window boundary is still one event.
 */
import { contentHash } from './contentHash';
import type { CustomEvent, Vendor } from './events';
import { toIsoSecond } from './time';
import { dropOldest } from './objects';

export const SAME_EVENT_WINDOW_MS = 30_000;

export interface CustomEventState {
    key: string;
    event: CustomEvent;
    /** The interaction it belongs to, when one was open. */
    interactionKey?: string;
}

export function customEventContent(event: CustomEvent): string {
    return JSON.stringify([event.eventName, Object.entries(event.details).sort(), event.extra1 ?? null, event.extra2 ?? null]);
}

export function customEventKey(event: CustomEvent): string {
    const window = Math.floor(event.at.ms / SAME_EVENT_WINDOW_MS) * SAME_EVENT_WINDOW_MS;
    return `${vendorPrefix(event.vendor)}:${contentHash(customEventContent(event))}:${toIsoSecond({ ms: window, precision: 0 })}`;
}

function vendorPrefix(vendor: Vendor): string {
    return vendor.toLowerCase().replace(/\s+/g, '');
}

/** Custom events heard by one bridge: which key each gets, and which interaction it belongs to. */
export class CustomEventLog {
    /** Bounded: older entries are forgotten first (their records are long written by then). */
    static readonly MAX_KEPT = 500;
    private readonly byKey = new Map<string, CustomEventState>();
    private readonly lastSeen = new Map<string, { key: string; ms: number }>();

    /** Records an event; `undefined` when the same event was already heard (a duplicate). */
    add(event: CustomEvent, interactionKey: string | undefined): CustomEventState | undefined {
        const content = customEventContent(event);
        const previous = this.lastSeen.get(content);
        if (previous && Math.abs(event.at.ms - previous.ms) < SAME_EVENT_WINDOW_MS) {
            return undefined;
        }
        const key = customEventKey(event);
        if (this.byKey.has(key)) {
            return undefined;
        }
        const state: CustomEventState = interactionKey ? { key, event, interactionKey } : { key, event };
        this.byKey.set(key, state);
        this.lastSeen.set(content, { key, ms: event.at.ms });
        this.trim();
        return state;
    }

    /** The events waiting for this interaction's record id. */
    linkedTo(interactionKey: string): CustomEventState[] {
        return [...this.byKey.values()].filter((state) => state.interactionKey === interactionKey);
    }

    private trim(): void {
        dropOldest(this.byKey, CustomEventLog.MAX_KEPT);
        dropOldest(this.lastSeen, CustomEventLog.MAX_KEPT);
    }
}
