/**
 * When the history asks again, from the bridge's snapshots (fixtures in the shape the bridge
 * publishes): which interactions are this record's, what counts as a change, when the list is
 * behind the live state, and the bound on asking while a write has not landed.
 */
import { readLiveStateMessage, type LiveSnapshot } from 'c/ccLiveProtocol';
import { sameRecordId } from 'c/ccLiveProtocol';
import { behind, interactionsOfRecord, LiveRefreshPlan, MAX_REFRESHES_PER_CHANGE } from '../liveRefresh';
import liveSnapshots from './data/liveSnapshots.json';

const ANA = '0035g00000AnaSzAAJ';
const PATRICIA = '00Q5g00000PatLeEAJ';
const NEW_CALL = 'a025g0000000201AAA';
const CANDIDATE_CHAT = 'a025g0000000202AAA';

function snapshot(name: keyof typeof liveSnapshots): LiveSnapshot {
    const read = readLiveStateMessage(liveSnapshots[name]);
    if (read?.type !== 'snapshot') {
        throw new Error(`${name} is not a snapshot`);
    }
    return read.snapshot;
}

/** The snapshot with one change to its interaction. */
function changed(name: keyof typeof liveSnapshots, change: Record<string, unknown>): LiveSnapshot {
    const base = snapshot(name);
    return { ...base, interactions: base.interactions.map((interaction) => ({ ...interaction, ...change })) };
}

describe('interactionsOfRecord', () => {
    it('takes a written interaction whose caller is this record as linked, in its 15- or 18-character id', () => {
        expect(interactionsOfRecord(snapshot('ringing'), ANA)).toEqual([{ recordId: NEW_CALL, status: 'Ringing', linked: true }]);
        expect(interactionsOfRecord(snapshot('ringing'), ANA.slice(0, 15))).toHaveLength(1);
    });

    it('takes one that lists this record among its candidates, not linked', () => {
        expect(interactionsOfRecord(snapshot('chatOfCandidate'), ANA)).toEqual([
            { recordId: CANDIDATE_CHAT, status: 'Connected', linked: false }
        ]);
        expect(interactionsOfRecord(snapshot('chatOfCandidate'), PATRICIA)).toHaveLength(1);
    });

    it("leaves out another customer's interactions, ones not written yet, and everything on a page without a record", () => {
        expect(interactionsOfRecord(snapshot('anotherCustomer'), ANA)).toEqual([]);
        expect(interactionsOfRecord(changed('ringing', { recordId: undefined }), ANA)).toEqual([]);
        expect(interactionsOfRecord(snapshot('ringing'), undefined)).toEqual([]);
    });
});

describe('sameRecordId', () => {
    it('matches an id with its other form, and nothing with a short or missing id', () => {
        expect(sameRecordId(ANA, ANA.slice(0, 15))).toBe(true);
        expect(sameRecordId(ANA, PATRICIA)).toBe(false);
        expect(sameRecordId(undefined, ANA)).toBe(false);
        expect(sameRecordId('003', '003')).toBe(false);
    });
});

describe('behind', () => {
    const ringing = { recordId: NEW_CALL, status: 'Ringing' as const, linked: true };

    it('is the linked interactions the list lacks, and those it shows with another status', () => {
        expect(behind([ringing], [])).toEqual([ringing]);
        expect(behind([ringing], [{ recordId: NEW_CALL.slice(0, 15), status: 'Ringing' }])).toEqual([]);
        expect(behind([ringing], [{ recordId: NEW_CALL }])).toEqual([ringing]);
        expect(behind([{ ...ringing, status: 'Ended' }], [{ recordId: NEW_CALL, status: 'Connected' }])).toHaveLength(1);
    });

    it('does not expect a candidate that is not linked in the list', () => {
        expect(behind([{ recordId: CANDIDATE_CHAT, status: 'Connected', linked: false }], [])).toEqual([]);
    });
});

describe('LiveRefreshPlan', () => {
    const ana = (name: keyof typeof liveSnapshots) => interactionsOfRecord(snapshot(name), ANA);
    const listedAs = (status: string) => [{ recordId: NEW_CALL, status }];

    it('waits for the first answer of the list', () => {
        const plan = new LiveRefreshPlan();
        plan.heard(ana('ringing'));
        expect(plan.due(undefined)).toBe(false);
    });

    it('takes the first snapshot as the baseline: it asks only if the list is behind it', () => {
        const plan = new LiveRefreshPlan();
        plan.heard(ana('connected'));
        expect(plan.due(listedAs('Connected'))).toBe(false);
        expect(plan.due(listedAs('Ringing'))).toBe(true);
    });

    it('asks once after a change even when the list already shows it (a candidate may have been linked meanwhile)', () => {
        const plan = new LiveRefreshPlan();
        plan.heard(interactionsOfRecord(snapshot('chatOfCandidate'), ANA));
        plan.heard(interactionsOfRecord(changed('chatOfCandidate', { status: 'Ended' }), ANA));
        expect(plan.due([])).toBe(true);
        plan.started();
        expect(plan.due([])).toBe(false);
    });

    it('asks again while the list is behind, at most 3 times per change, and anew after the next change', () => {
        const plan = new LiveRefreshPlan();
        plan.heard(ana('connected'));
        plan.heard(ana('ended'));
        for (let refresh = 0; refresh < MAX_REFRESHES_PER_CHANGE; refresh += 1) {
            expect(plan.due(listedAs('Connected'))).toBe(true);
            plan.started();
        }
        expect(plan.due(listedAs('Connected'))).toBe(false);

        plan.heard(interactionsOfRecord(changed('ended', { status: 'Missed' }), ANA));
        expect(plan.due(listedAs('Connected'))).toBe(true);
    });

    it("is not moved by what changes no record: a chat's messages, a caller's name, a snapshot heard again", () => {
        const plan = new LiveRefreshPlan();
        plan.heard(ana('connected'));
        plan.heard(ana('connected'));
        plan.heard(interactionsOfRecord(changed('connected', { customerName: 'Ana S.' }), ANA));
        expect(plan.due(listedAs('Connected'))).toBe(false);
    });

    it('is not moved when an interaction of this record leaves the snapshot (another one opened)', () => {
        const plan = new LiveRefreshPlan();
        plan.heard(ana('ended'));
        plan.heard(ana('anotherCustomer'));
        expect(plan.due(listedAs('Ended'))).toBe(false);
    });
});
