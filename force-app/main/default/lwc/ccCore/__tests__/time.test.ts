/**
 * Timestamps as the feeds send them.
 */
import { morePrecise, parseInstant, secondsBetween, toIsoSecond, toIsoString } from '../time';

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
