/**
 * One rounding rule for durations: the time the card shows for a finished call ("Lasted 03:28") is
 * the Talk_Seconds__c the record stores, for timestamps with the 0, 3 or 6 fractional digits the
 * vendors send. The record side is ccCore's secondsBetween (what the bridge writes); the card side is
 * the live-state text the card and the utility item use.
 */
import { elapsedSeconds, formatDuration, wholeSeconds } from 'c/ccLiveProtocol';
import { parseInstant, secondsBetween, toIsoString } from '../../ccCore/time';

/** A deterministic series of millisecond offsets (a linear congruential generator), so a failure repeats. */
function offsets(count: number, seedValue = 20210218): number[] {
    const values: number[] = [];
    let state = seedValue;
    for (let index = 0; index < count; index += 1) {
        state = (state * 1103515245 + 12345) % 2147483648;
        values.push(state % 7_200_000); // up to two hours
    }
    return values;
}

describe('one rounding rule for durations', () => {
    it('rounds to the nearest second, a half second up, and never below zero', () => {
        expect([207.4, 207.5, 207.6, 0.49, -0.4, -3].map(wholeSeconds)).toEqual([207, 208, 208, 0, 0, 0]);
    });

    it('shows a call of 3 min 27.6 s as 03:28 and stores 208', () => {
        // Evolux sends answer and end times with microseconds.
        const answered = parseInstant('2021-02-18T20:47:56.105213+00:00');
        const ended = parseInstant('2021-02-18T20:51:23.705402+00:00');
        if (!answered || !ended) {
            throw new Error('the seed timestamps did not parse');
        }
        const stored = secondsBetween(answered, ended);
        const shown = elapsedSeconds(toIsoString(answered), ended.ms);

        expect(stored).toBe(208);
        expect(shown).toBe(stored);
        expect(formatDuration(shown ?? -1, 'en-US')).toBe('03:28');
    });

    it('gives the card and the record the same seconds for 500 answer and end times', () => {
        const answeredAt = Date.parse('2021-02-18T20:47:56.000Z');
        const mismatches = offsets(500)
            .map((offset, index) => ({ answered: { ms: answeredAt + index * 7, precision: 3 }, offset }))
            .map(({ answered, offset }) => {
                const ended = { ms: answered.ms + offset, precision: 3 };
                return { offset, stored: secondsBetween(answered, ended), shown: elapsedSeconds(toIsoString(answered), ended.ms) };
            })
            .filter(({ stored, shown }) => stored !== shown);
        expect(mismatches).toEqual([]);
    });
});
