/**
 * Text for the live state, in the user's locale: running timers, times of day, counts, and Custom
 * Label templates with numbered placeholders (`{0}`), since a translated label must be able to move
 * the values around. Shared by the utility item's label and the live-state card.
 */

/** Fills `{0}`, `{1}`… in a label; a placeholder without a value is left as it is. */
export function formatLabel(template: string, ...values: readonly (string | number)[]): string {
    return template.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
        const value = values[Number(index)];
        return value === undefined ? placeholder : String(value);
    });
}

/** Whole seconds from an ISO time to `nowMs`; never negative (clocks of two machines disagree a little). */
export function elapsedSeconds(fromIso: string | undefined, nowMs: number): number | undefined {
    const from = fromIso === undefined ? Number.NaN : Date.parse(fromIso);
    return Number.isNaN(from) ? undefined : Math.max(0, Math.floor((nowMs - from) / 1000));
}

/** A timer: `04:07` under an hour, `1:02:03` from then on, with the locale's digits. */
export function formatDuration(totalSeconds: number, locale: string | undefined): string {
    const seconds = Math.max(0, Math.floor(totalSeconds));
    const twoDigits = numberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
    const hours = Math.floor(seconds / 3600);
    const minutesAndSeconds = `${twoDigits.format(Math.floor(seconds / 60) % 60)}:${twoDigits.format(seconds % 60)}`;
    return hours > 0 ? `${numberFormat(locale, { useGrouping: false }).format(hours)}:${minutesAndSeconds}` : minutesAndSeconds;
}

/** A count, with the locale's digits and grouping. */
export function formatCount(value: number, locale: string | undefined): string {
    return numberFormat(locale, {}).format(value);
}

/** The time of day of an ISO time, short (hours and minutes), in the user's time zone. */
export function formatTimeOfDay(iso: string, locale: string | undefined, timeZone: string | undefined, withSeconds = false): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) {
        return iso;
    }
    const options: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit', ...(withSeconds ? { second: '2-digit' } : {}) };
    try {
        return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(date);
    } catch {
        // An unknown locale or time zone must not break the display: fall back to the browser's.
        return new Intl.DateTimeFormat(undefined, options).format(date);
    }
}

function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
    try {
        return new Intl.NumberFormat(locale, options);
    } catch {
        return new Intl.NumberFormat(undefined, options);
    }
}
