/**
 * Text for the live state, in the user's locale: running timers, times of day, counts, and Custom
 * Label templates with numbered placeholders (`{0}`), since a translated label must be able to move
 * the values around. Shared by the utility item's label, the bridge's panel, the live-state card and the records.
 */

/**
 * The one rounding rule for every duration the package stores or shows (Talk_Seconds__c, the card's
 * "Lasted", the running timers): whole seconds, to the nearest second (half a second up), never
 * negative. One rule, so that what an agent sees is what a supervisor's report says.
 */
export function wholeSeconds(seconds: number): number {
    return Math.max(0, Math.round(seconds));
}

/** Fills `{0}`, `{1}`… in a label; a placeholder without a value is left as it is. */
export function formatLabel(template: string, ...values: readonly (string | number)[]): string {
    return template.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
        const value = values[Number(index)];
        return value === undefined ? placeholder : String(value);
    });
}

/**
 * Seconds from an ISO time to `nowMs`, rounded as the records round them (see wholeSeconds), so that a
 * timer stopped at the end shows what Talk_Seconds__c stores; never negative (clocks of two machines
 * disagree a little).
 */
export function elapsedSeconds(fromIso: string | undefined, nowMs: number): number | undefined {
    const from = fromIso === undefined ? Number.NaN : Date.parse(fromIso);
    return Number.isNaN(from) ? undefined : wholeSeconds((nowMs - from) / 1000);
}

/** A timer: `04:07` under an hour, `1:02:03` from then on, with the locale's digits. */
export function formatDuration(totalSeconds: number, locale: string | undefined): string {
    const seconds = wholeSeconds(totalSeconds);
    const twoDigits = numberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
    const hours = Math.floor(seconds / 3600);
    const minutesAndSeconds = `${twoDigits.format(Math.floor(seconds / 60) % 60)}:${twoDigits.format(seconds % 60)}`;
    return hours > 0 ? `${numberFormat(locale, { useGrouping: false }).format(hours)}:${minutesAndSeconds}` : minutesAndSeconds;
}

/**
 * A label in the plural forms the package's languages need (Custom Labels have no plural syntax, so
 * each form is a label of its own): `one` for "{0} message", `other` for "{0} messages".
 */
export interface PluralLabels {
    one: string;
    other: string;
}

/**
 * A count, with the locale's digits and grouping. Given a label's plural forms, the count in the form
 * that the text's language uses for that number, chosen by Intl.PluralRules (`language`, the language
 * the labels are in, defaults to the locale): "1 message", "2 messages"; in Portuguese also
 * "0 mensagem", as the Unicode plural rules for Portuguese say. A category the labels have no form
 * for (`many`, `few`…) takes `other`.
 */
export function formatCount(
    value: number,
    locale: string | undefined,
    forms?: PluralLabels,
    language: string | undefined = locale
): string {
    const digits = numberFormat(locale, {}).format(value);
    return forms ? formatLabel(pluralRules(language).select(value) === 'one' ? forms.one : forms.other, digits) : digits;
}

/**
 * The times of day already formatted: the panel shows the same event times again at every render,
 * and under LWS each Intl call crosses the sandbox boundary (most of formatTimeOfDay's time in a CPU
 * profile of `npm run bench:browser`). Cleared when full: a page shows a few dozen at a time.
 */
const timeTexts = new Map<string, string>();
const MAX_TIME_TEXTS = 500;

/** The time of day of an ISO time, short (hours and minutes), in the user's time zone. */
export function formatTimeOfDay(iso: string, locale: string | undefined, timeZone: string | undefined, withSeconds = false): string {
    const key = `time|${locale}|${timeZone}|${withSeconds}`;
    const textKey = `${key}|${iso}`;
    const known = timeTexts.get(textKey);
    if (known !== undefined) {
        return known;
    }
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) {
        return iso;
    }
    const options: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit', ...(withSeconds ? { second: '2-digit' } : {}) };
    const text = formatter(key, () => {
        try {
            return new Intl.DateTimeFormat(locale, { ...options, timeZone });
        } catch {
            // An unknown locale or time zone must not break the display: fall back to the browser's.
            return new Intl.DateTimeFormat(undefined, options);
        }
    }).format(date);
    if (timeTexts.size >= MAX_TIME_TEXTS) {
        timeTexts.clear();
    }
    timeTexts.set(textKey, text);
    return text;
}

function pluralRules(language: string | undefined): Intl.PluralRules {
    return formatter(`plural|${language}`, () => {
        try {
            return new Intl.PluralRules(language);
        } catch {
            return new Intl.PluralRules(undefined);
        }
    });
}

function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
    return formatter(`number|${locale}|${JSON.stringify(options)}`, () => {
        try {
            return new Intl.NumberFormat(locale, options);
        } catch {
            return new Intl.NumberFormat(undefined, options);
        }
    });
}

/**
 * Intl formatters, made once per locale and options: building one costs far more than using it (a
 * CPU profile of the card under LWS put formatTimeOfDay at 6% of a tab's time when it built one per
 * call). A page uses a handful, so the cache stays small.
 */
const formatters = new Map<string, unknown>();

function formatter<T>(key: string, make: () => T): T {
    let made = formatters.get(key) as T | undefined;
    if (made === undefined) {
        made = make();
        formatters.set(key, made);
    }
    return made;
}
