/**
 * The one way the bridge bounds what it remembers: the oldest entries go first.
 */
import { dropOldest } from '../objects';

describe('dropOldest', () => {
    it('forgets the entries added first, in a Map and in a Set, down to the limit', () => {
        const seen = new Map([
            ['evolux:1', 1],
            ['evolux:2', 2],
            ['evolux:3', 3]
        ]);
        seen.delete('evolux:1');
        seen.set('evolux:1', 4); // set again: now the newest

        dropOldest(seen, 2);
        const keys = new Set(['a', 'b', 'c', 'd']);
        dropOldest(keys, 1);

        expect([...seen.keys()]).toEqual(['evolux:3', 'evolux:1']);
        expect([...keys]).toEqual(['d']);
    });

    it('leaves a collection within the limit as it is', () => {
        const keys = new Set(['a']);
        dropOldest(keys, 5);
        expect([...keys]).toEqual(['a']);
    });
});
