/**
 * Timestamps as the feeds send them.
 */
import { isoFromMillis, morePrecise, parseInstant, secondsBetween, toIsoSecond, toIsoString } from '../time';

describe('parseInstant', () => {
    it.each([
        ['2021-02-18T20:51:54.866913+00:00', '2021-02-18T20:51:54.866Z', 6],
        ['2021-02-18T20:51:54.866+00:00', '2021-02-18T20:51:54.866Z', 3],
        ['2021-02-18T20:51:54+00:00', '2021-02-18T20:51:54.000Z', 0],
        ['2021-02-18T20:47:47.476Z', '2021-02-18T20:47:47.476Z', 3],
        ['2021-02-18T17:51:54-03:00', '2021-02-18T20:51:54.000Z', 0],
        ['2021-02-18 20:51:54', '2021-02-18T20:51:54.000Z', 0]
    ])('reads %s as %s with %i fractional digits', (text, iso, precision) => {
        const instant = parseInstant(text);
        expect(instant && toIsoString(instant)).toBe(iso);
        expect(instant?.precision).toBe(precision);
    });

    it.each(['', 'yesterday', '2021-02-31T10:00:00Z', '2021-13-01T10:00:00Z', '1613681514866', '2021-02-18T25:00:00Z'])(
        'refuses %j',
        (text) => {
            expect(parseInstant(text)).toBeUndefined();
        }
    );
});

describe('helpers', () => {
    it('names an instant to the second, whatever its precision', () => {
        const precise = parseInstant('2021-02-18T20:51:54.866913+00:00');
        const coarse = parseInstant('2021-02-18T20:51:54+00:00');
        expect(precise && toIsoSecond(precise)).toBe('2021-02-18T20:51:54Z');
        expect(coarse && toIsoSecond(coarse)).toBe('2021-02-18T20:51:54Z');
        expect(morePrecise(coarse, precise)).toBe(precise);
        expect(morePrecise(precise, coarse)).toBe(precise);
    });

    it('rounds durations to the nearest second and never goes negative', () => {
        const at = (text: string) => parseInstant(text) ?? { ms: 0, precision: 0 };
        expect(secondsBetween(at('2021-02-18T20:47:56.105Z'), at('2021-02-18T20:47:58.470Z'))).toBe(2);
        expect(secondsBetween(at('2021-02-18T20:47:47.476Z'), at('2021-02-18T20:47:56.105Z'))).toBe(9);
        expect(secondsBetween(at('2021-02-18T20:48:00Z'), at('2021-02-18T20:47:00Z'))).toBe(0);
    });
});

// time.ts does calendar arithmetic instead of calling Date (Date crosses the LWS membrane); Date,
// the engine's own, is the reference it must agree with.
describe('ISO 8601 without Date', () => {
    /** A deterministic spread of instants: every day boundary and leap rule is crossed many times. */
    function* instants(): Generator<number> {
        let seed = 7;
        for (let index = 0; index < 5_000; index += 1) {
            seed = (seed * 48_271) % 2_147_483_647;
            // -62,167,219,200,000 is 0000-01-01; 253,402,300,799,999 is 9999-12-31T23:59:59.999
            yield Math.floor(-62_167_219_200_000 + (seed / 2_147_483_647) * 315_569_519_999_999);
        }
    }
    const edges = [
        0,
        -1,
        1,
        951_782_400_000, // 2000-02-29
        4_107_542_399_999, // 2100-02-28T23:59:59.999
        4_107_542_400_000, // 2100-03-01
        -62_167_219_200_000, // 0000-01-01
        253_402_300_799_999 // 9999-12-31T23:59:59.999
    ];

    it('writes what Date.prototype.toISOString writes', () => {
        for (const ms of [...edges, ...instants()]) {
            expect(isoFromMillis(ms)).toBe(new Date(ms).toISOString());
        }
    });

    it('leaves six-digit years, fractions of a millisecond and NaN to Date, refusal included', () => {
        for (const ms of [-62_167_219_200_001, 253_402_300_800_000, 1.5, -0.5]) {
            expect(isoFromMillis(ms)).toBe(new Date(ms).toISOString());
        }
        expect(() => isoFromMillis(Number.NaN)).toThrow(RangeError);
    });

    it('reads what it writes, and what Date.UTC computes from the same fields', () => {
        for (const ms of [...edges, ...instants()]) {
            const iso = new Date(ms).toISOString();
            const year = Number(iso.slice(0, 4));
            if (year < 100) {
                continue; // Date.UTC reads the years 0–99 as 1900–1999; see the next test
            }
            expect(parseInstant(iso)).toEqual({ ms, precision: 3 });
            const fields = iso.match(/\d+/g)?.map(Number) ?? [];
            const [, month = 0, day = 0, hour = 0, minute = 0, second = 0, millis = 0] = fields;
            expect(parseInstant(iso)?.ms).toBe(Date.UTC(year, month - 1, day, hour, minute, second, millis));
        }
    });

    it('reads a four-digit year as written, where Date.UTC would add 1900', () => {
        expect(parseInstant('0099-06-01T00:00:00Z')?.ms).toBe(new Date('0099-06-01T00:00:00Z').getTime());
    });

    it('knows the leap days of the Gregorian calendar, and rolls a leap second into the next minute as Date does', () => {
        expect(parseInstant('2024-02-29T12:00:00Z')).toBeDefined();
        expect(parseInstant('2000-02-29T12:00:00Z')).toBeDefined();
        expect(parseInstant('2023-02-29T12:00:00Z')).toBeUndefined();
        expect(parseInstant('2100-02-29T12:00:00Z')).toBeUndefined();
        expect(parseInstant('2021-04-31T12:00:00Z')).toBeUndefined();
        expect(parseInstant('2016-12-31T23:59:60Z')?.ms).toBe(Date.UTC(2016, 11, 31, 23, 59, 60));
        expect(parseInstant('2021-02-18T23:30:00-03:00')?.ms).toBe(Date.UTC(2021, 1, 19, 2, 30));
    });
});
