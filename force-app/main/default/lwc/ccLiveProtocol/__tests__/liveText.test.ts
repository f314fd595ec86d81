/**
 * Live-state text: timers, counts and times of day in the user's locale, and label templates.
 */
import { elapsedSeconds, formatCount, formatDuration, formatLabel, formatTimeOfDay, Ticker, type IntervalTimer } from 'c/ccLiveProtocol';

describe('formatLabel', () => {
    it('fills numbered placeholders in any order a translation puts them', () => {
        expect(formatLabel('{0} messages · {1} accepted', 3, 2)).toBe('3 messages · 2 accepted');
        expect(formatLabel('{1}: {0}', 'a', 'b')).toBe('b: a');
        expect(formatLabel('{0} de {1}', '03:10')).toBe('03:10 de {1}');
    });
});

describe('formatDuration', () => {
    it('shows minutes and seconds under an hour, and hours from then on', () => {
        expect(formatDuration(0, 'en-US')).toBe('00:00');
        expect(formatDuration(65, 'en-US')).toBe('01:05');
        expect(formatDuration(3599.4, 'en-US')).toBe('59:59');
        expect(formatDuration(3599.5, 'en-US')).toBe('1:00:00');
        expect(formatDuration(3723, 'pt-BR')).toBe('1:02:03');
    });

    it("uses the locale's digits and survives a locale the browser does not know", () => {
        expect(formatDuration(65, 'ar-EG')).toBe('٠١:٠٥');
        expect(formatDuration(65, 'not a locale!')).toBe('01:05');
    });
});

describe('elapsedSeconds', () => {
    it('counts seconds since an ISO time rounded to the nearest, as records store them, never below zero', () => {
        const now = Date.parse('2021-02-18T20:48:00.000Z');
        expect(elapsedSeconds('2021-02-18T20:47:47.476Z', now)).toBe(13);
        expect(elapsedSeconds('2021-02-18T20:47:47.600Z', now)).toBe(12);
        expect(elapsedSeconds('2021-02-18T20:48:05.000Z', now)).toBe(0);
        expect(elapsedSeconds(undefined, now)).toBeUndefined();
        expect(elapsedSeconds('soon', now)).toBeUndefined();
    });
});

describe('formatCount and formatTimeOfDay', () => {
    it('follow the locale and the time zone', () => {
        expect(formatCount(1234, 'en-US')).toBe('1,234');
        expect(formatCount(1234, 'pt-BR')).toBe('1.234');
        expect(formatTimeOfDay('2021-02-18T20:47:47.476Z', 'pt-BR', 'America/Sao_Paulo')).toBe('17:47');
        expect(formatTimeOfDay('2021-02-18T20:47:47.476Z', 'en-US', 'America/Los_Angeles', true)).toBe('12:47:47 PM');
        expect(formatTimeOfDay('2021-02-18T20:47:47.476Z', 'en-US', 'Not/AZone')).toMatch(/\d/);
    });

    it('formats a time once per locale and time zone, and keeps each apart (the panel shows the same times at every render)', () => {
        // `format` is a getter (ECMA-402) that hands out the bound formatting function: each read is one formatting.
        const proto = Intl.DateTimeFormat.prototype;
        const original = Object.getOwnPropertyDescriptor(proto, 'format') as PropertyDescriptor;
        let formattings = 0;
        Object.defineProperty(proto, 'format', {
            configurable: true,
            get(this: Intl.DateTimeFormat) {
                formattings += 1;
                return original.get?.call(this);
            }
        });
        try {
            const iso = '2021-02-18T21:05:00.000Z';

            expect(formatTimeOfDay(iso, 'pt-BR', 'America/Sao_Paulo')).toBe('18:05');
            expect(formatTimeOfDay(iso, 'pt-BR', 'America/Sao_Paulo')).toBe('18:05');
            expect(formatTimeOfDay(iso, 'pt-BR', 'America/Manaus')).toBe('17:05');
            expect(formatTimeOfDay(iso, 'en-US', 'America/Sao_Paulo', true)).toBe('6:05:00 PM');
            expect(formatTimeOfDay('not a time', 'pt-BR', 'America/Sao_Paulo')).toBe('not a time');
        } finally {
            Object.defineProperty(proto, 'format', original);
        }
        expect(formattings).toBe(3);
    });
});

describe('Ticker', () => {
    function fakeTimer() {
        const live = new Map<number, () => void>();
        let next = 1;
        const timer: IntervalTimer = {
            setInterval: (callback) => {
                live.set(next, callback);
                return next++;
            },
            clearInterval: (handle) => live.delete(handle as number)
        };
        return { timer, live };
    }

    it('holds an interval only while something is live, and one at most', () => {
        const { timer, live } = fakeTimer();
        const ticks: number[] = [];
        const ticker = new Ticker(timer, () => ticks.push(1));

        ticker.runWhile(false);
        expect(live.size).toBe(0);
        ticker.runWhile(true);
        ticker.runWhile(true);
        expect(live.size).toBe(1);
        [...live.values()][0]?.();
        expect(ticks).toHaveLength(1);
        ticker.runWhile(false);
        expect(live.size).toBe(0);
        expect(ticker.running).toBe(false);
    });

    it('stops for good on stop()', () => {
        const { timer, live } = fakeTimer();
        const ticker = new Ticker(timer, () => undefined);
        ticker.runWhile(true);
        ticker.stop();
        ticker.stop();
        expect(live.size).toBe(0);
    });
});
