/**
 * The interaction the wrap-up form follows, as snapshots come: it stays while the bridge reorders its
 * list, and moves only when the next interaction is offered.
 */
import type { LiveInteraction } from 'c/ccLiveProtocol';
import { wrapUpInteraction } from '../wrapUpTarget';

const chat = (key: string, offeredAt: string, status: LiveInteraction['status'] = 'Connected'): LiveInteraction => ({
    key,
    vendor: 'CCAI Platform',
    channel: 'Chat',
    status,
    offeredAt
});
const A = chat('ccaip:chat:1', '2026-12-02T14:00:00.000Z');
const B = chat('ccaip:chat:2', '2026-12-02T14:01:00.000Z');
const C = chat('ccaip:chat:3', '2026-12-02T14:05:00.000Z', 'Ringing');

describe('wrapUpInteraction', () => {
    it('starts on the newest open interaction the card sees first', () => {
        expect(wrapUpInteraction([A, B], undefined, new Set())?.key).toBe(B.key);
    });

    it('stays on the interaction it shows when the bridge lists the other one first (a message in A)', () => {
        const seen = new Set([A.key, B.key]);

        expect(wrapUpInteraction([B, A], A.key, seen)?.key).toBe(A.key);
        expect(wrapUpInteraction([A, B], A.key, seen)?.key).toBe(A.key);
    });

    it('stays on an ended interaction until the next one is offered, then moves to it', () => {
        const endedA = { ...A, status: 'Ended' as const, endedAt: '2026-12-02T14:04:00.000Z' };
        const seen = new Set([A.key]);

        expect(wrapUpInteraction([endedA], A.key, seen)?.key).toBe(A.key);
        expect(wrapUpInteraction([C, endedA], A.key, seen)?.key).toBe(C.key);
    });

    it('falls back to the first interaction when the one it showed is gone', () => {
        expect(wrapUpInteraction([B], A.key, new Set([A.key, B.key]))?.key).toBe(B.key);
        expect(wrapUpInteraction([], A.key, new Set([A.key]))).toBeUndefined();
    });
});
