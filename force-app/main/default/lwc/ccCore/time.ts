/**
 * Timestamps as the feeds send them: ISO 8601 with 0, 3 or 6 fractional digits and a `Z` or
 * `±HH:MM` zone (Evolux pauses use `+00:00` with microseconds, calls use `Z` with milliseconds).
 */
import { wholeSeconds } from 'c/ccLiveProtocol';
import type { Instant } from './events';

// Date.parse is lenient in engine-specific ways, so the accepted form is spelled out.
const ISO_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?(Z|z|[+-]\d{2}:?\d{2})?$/;

/** Reads an ISO 8601 timestamp; returns undefined when the text is not one. A missing zone means UTC. */
export function parseInstant(text: string): Instant | undefined {
    const match = ISO_TIMESTAMP.exec(text.trim());
    if (!match) {
        return undefined;
    }
    const [, year, month, day, hour, minute, second, fraction = '', zone = 'Z'] = match;
    const fields = [year, month, day, hour, minute, second].map(Number) as [number, number, number, number, number, number];
    const [y, mo, d, h, mi, s] = fields;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) {
        return undefined;
    }
    const millis = Number((fraction + '000').slice(0, 3));
    let ms = Date.UTC(y, mo - 1, d, h, mi, s, millis);
    if (new Date(ms).getUTCDate() !== d) {
        return undefined; // 31 February and the like
    }
    ms -= zoneOffsetMinutes(zone) * 60_000;
    return { ms, precision: fraction.length };
}

function zoneOffsetMinutes(zone: string): number {
    if (zone === 'Z' || zone === 'z') {
        return 0;
    }
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

/** An instant from the receive clock (milliseconds precision). */
export function instantFromMillis(ms: number): Instant {
    return { ms, precision: 3 };
}

/** UI API DateTime value: ISO 8601 UTC with milliseconds. */
export function toIsoString(instant: Instant): string {
    return new Date(instant.ms).toISOString();
}

/** ISO 8601 UTC to the second, as used in pause keys: `2021-02-18T20:51:54Z`. */
export function toIsoSecond(instant: Instant): string {
    return new Date(Math.floor(instant.ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Whole seconds from one instant to a later one (see wholeSeconds). */
export function secondsBetween(from: Instant, to: Instant): number {
    return wholeSeconds((to.ms - from.ms) / 1000);
}

/** Of two readings of the same instant, the one sent with more fractional digits. */
export function morePrecise(a: Instant | undefined, b: Instant | undefined): Instant | undefined {
    if (!a) {
        return b;
    }
    if (!b) {
        return a;
    }
    // The vendor's own time beats the bridge's receive time, whatever the order they arrive in.
    if (a.received !== b.received) {
        return a.received ? b : a;
    }
    return b.precision > a.precision ? b : a;
}

/** A clock's current time as an ISO string (when a diagnostic was raised). */
export function nowIso(clock: { now(): number }): string {
    return new Date(clock.now()).toISOString();
}
