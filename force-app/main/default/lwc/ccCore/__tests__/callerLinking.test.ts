/**
 * The callers the writing tab stores for tabs that open later: only a tab that writes stores one, as
 * only the writing tab clears them (callerLinking.ts keepStoredOnly). A lookup answered after its
 * tab stepped down still links the call in that tab, and stores nothing.
 */
import type { CallerCandidate } from 'c/ccRecordSearch';
import { readConfig } from '../config';
import { emptyBridgeState } from '../bridgeState';
import { CallerLinking } from '../callerLinking';
import { emptyInteraction, type InteractionState } from '../interactionMachine';
import { MemoryStorage } from '../../../../../../tools/replay/memoryStorage';
import { VirtualClock, flushPromises } from '../../../../../../tools/replay/virtualClock';

const CALL_KEY = 'evolux:8eb4d68e-722a-11eb-914b-d185dd1424c7';
const MARIA: CallerCandidate = {
    objectApiName: 'Contact',
    recordId: '0035g00000XyZaBAAV',
    name: 'Maria Souza',
    phones: ['(11) 98765-4321']
};

function linkingTab() {
    const storage = new MemoryStorage();
    const state = emptyBridgeState();
    const ringing: InteractionState = {
        ...emptyInteraction(CALL_KEY, 'Evolux'),
        stage: 'offered',
        facts: { channel: 'Voice', direction: 'Inbound', customerNumber: '11987654321' }
    };
    state.interactions.set(CALL_KEY, ringing);
    let answer!: (candidates: CallerCandidate[]) => void;
    const search = jest.fn(() => new Promise<CallerCandidate[]>((resolve) => (answer = resolve)));
    const role = { follower: false };
    const written: InteractionState[] = [];
    const { config } = readConfig({ defaultCountryCode: '55', userId: '0055g00000AbCdEAAV' }, '2021-02-18T20:47:48.000Z');
    const linking = new CallerLinking(
        state,
        config,
        { clock: new VirtualClock(0), directory: { search }, shared: { storage: storage.forTab('A') } },
        {
            isFollower: () => role.follower,
            write: (updated) => written.push(updated),
            openRecord: () => undefined,
            report: () => undefined,
            save: () => undefined,
            changed: () => undefined
        }
    );
    const storedCallers = () => storage.forTab('A').keys('ccBridge.caller.');
    return { linking, ringing, answer: (candidates: CallerCandidate[]) => answer(candidates), search, role, written, storedCallers };
}

describe('CallerLinking: the callers stored for other tabs', () => {
    it('stores the caller the writing tab found', async () => {
        const tab = linkingTab();

        tab.linking.lookUp(tab.ringing);
        tab.answer([MARIA]);
        await flushPromises();

        expect(tab.written.at(-1)?.caller).toMatchObject({ outcome: 'single', record: { recordId: MARIA.recordId } });
        expect(tab.storedCallers()).toEqual([`ccBridge.caller.${CALL_KEY}`]);
    });

    it('links, but stores nothing, when the answer comes after the tab stepped down (the writer it gave way to clears only its own)', async () => {
        const tab = linkingTab();

        tab.linking.lookUp(tab.ringing);
        expect(tab.search).toHaveBeenCalledTimes(1);
        tab.role.follower = true;
        tab.answer([MARIA]);
        await flushPromises();

        expect(tab.written.at(-1)?.caller).toMatchObject({ outcome: 'single', record: { recordId: MARIA.recordId } });
        expect(tab.storedCallers()).toEqual([]);
    });
});
