/**
 * Timestamps as the feeds send them: ISO 8601 with 0, 3 or 6 fractional digits and a `Z` or
 * `±HH:MM` zone (Evolux pauses use `+00:00` with microseconds, calls use `Z` with milliseconds).
 */
import { wholeSeconds } from 'c/ccLiveProtocol';
import type { Instant } from './events';

// Every message is timed and stamped, so the pipeline reads and writes ISO 8601 with arithmetic, not
// with Date: Lightning Web Security hands a component the page's own Date (@locker/sandbox,
// getESGlobalKeys: "'Date', // Remapped"), and each `new Date`, `Date.UTC` and `toISOString` then
// crosses the sandbox's membrane (a CPU profile of `npm run bench:browser` put a tenth of the
// writing tab's message time there). Date stays the reference: the tests compare against it.

const DAY_MS = 86_400_000;
/** The instants written with four-digit years, 0000-01-01 to 9999-12-31: Date writes others with six. */
const FOUR_DIGIT_YEARS = { from: -62_167_219_200_000, to: 253_402_300_799_999 };

/** Days from 1970-01-01 to a date of the proleptic Gregorian calendar (month 1–12). */
function daysFromCivil(year: number, month: number, day: number): number {
    // Years counted from March, so that the leap day ends a year (H. Hinnant, "chrono-Compatible
    // Low-Level Date Algorithms", days_from_civil).
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
}

/** The date of a day counted from 1970-01-01 (the inverse of daysFromCivil). */
function civilFromDays(days: number): [year: number, month: number, day: number] {
    const z = days + 719_468;
    const era = Math.floor(z / 146_097);
    const dayOfEra = z - era * 146_097;
    const yearOfEra = Math.floor(
        (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365
    );
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
    const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
    const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
    const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

function pad(value: number, width = 2): string {
    return String(value).padStart(width, '0');
}

/** `new Date(ms).toISOString()`, without Date for the years it writes with four digits. */
export function isoFromMillis(ms: number): string {
    if (!(ms >= FOUR_DIGIT_YEARS.from && ms <= FOUR_DIGIT_YEARS.to) || !Number.isInteger(ms)) {
        return new Date(ms).toISOString(); // the rare case, and Date's own RangeError for NaN
    }
    const days = Math.floor(ms / DAY_MS);
    const [year, month, day] = civilFromDays(days);
    const inDay = ms - days * DAY_MS;
    const time = `${pad(Math.floor(inDay / 3_600_000))}:${pad(Math.floor(inDay / 60_000) % 60)}:${pad(Math.floor(inDay / 1000) % 60)}`;
    return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${time}.${pad(inDay % 1000, 3)}Z`;
}

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
    const days = daysFromCivil(y, mo, d);
    if (civilFromDays(days)[2] !== d) {
        return undefined; // 31 February and the like
    }
    const millis = Number((fraction + '000').slice(0, 3));
    const ms = days * DAY_MS + ((h * 60 + mi - zoneOffsetMinutes(zone)) * 60 + s) * 1000 + millis;
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
    return isoFromMillis(instant.ms);
}

/** ISO 8601 UTC to the second, as used in pause keys: `2021-02-18T20:51:54Z`. */
export function toIsoSecond(instant: Instant): string {
    return isoFromMillis(Math.floor(instant.ms / 1000) * 1000).replace('.000Z', 'Z');
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
    return isoFromMillis(clock.now());
}
