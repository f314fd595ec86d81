/**
 * The benchmark's synthetic shift is what the benchmark says it is, and the product turns it into
 * exactly one record per call, chat and pause segment, and one status write per change of state.
 */
import { UiApiEmulator } from '../../uiApiEmulator/uiApiEmulator';
import { projectObjects } from '../../uiApiEmulator/objectMetadata';
import { ReplaySession } from '../replaySession';
import { syntheticShift, TABS } from '../syntheticShift';

describe('syntheticShift', () => {
    it('is the same shift on every run, with several hundred calls delivered to every tab', () => {
        const first = syntheticShift();
        const again = syntheticShift();
        expect(JSON.stringify(again.lines)).toBe(JSON.stringify(first.lines));
        expect(first.calls).toBeGreaterThanOrEqual(200);
        expect(first.pauseSegments).toBeGreaterThan(0);
        expect(first.chats).toBeGreaterThan(0);
        expect(new Set(first.lines.map((line) => (line.kind === 'message' ? line.tab : '')))).toEqual(new Set(TABS));
    });

    it('becomes one record per call and per pause segment through the replay pipeline', async () => {
        const shift = syntheticShift(7, '2026-03-02T11:00:00.000Z', 0.5);
        const session = new ReplaySession({ properties: { userId: '0055g00000AbCdEAAV', allowedOrigins: 'https://*.evolux.net.br' } });
        await session.play(shift.lines);
        session.close();
        const { records, diagnostics } = session.output();

        expect(records.CC_Interaction__c).toHaveLength(shift.calls);
        expect(records.CC_Agent_Pause__c).toHaveLength(shift.pauseSegments);
        // Every call of the shift has ended by its last line.
        expect(records.CC_Interaction__c?.filter((record) => record.Status__c !== 'Ended' && record.Status__c !== 'Missed')).toEqual([]);
        expect(diagnostics.filter((entry) => entry.level === 'error')).toEqual([]);
    });

    it("is accepted whole, chats included, and gives exactly one agent status write per change of the agent's state", async () => {
        const shift = syntheticShift();
        const api = new UiApiEmulator(projectObjects());
        const session = new ReplaySession({
            properties: { userId: '0055g00000AbCdEAAV', allowedOrigins: 'https://*.evolux.net.br,https://*.ccaiplatform.com' },
            api
        });
        await session.play(shift.lines);
        session.close();
        const { records, diagnostics, stats } = session.output();

        expect(diagnostics.filter((entry) => entry.code !== 'EVENT_DUPLICATE')).toEqual([]);
        expect(stats.rejected).toBe(0);
        expect(shift.chats).toBeGreaterThan(0);
        expect(records.CC_Interaction__c).toHaveLength(shift.calls + shift.chats);
        expect(records.CC_Interaction__c?.filter((record) => record.Status__c !== 'Ended' && record.Status__c !== 'Missed')).toEqual([]);
        expect(records.CC_Agent_Status__c).toEqual([expect.objectContaining({ State__c: 'Available', Interaction__c: null })]);
        expect(api.calls.filter((call) => call.objectApiName === 'CC_Agent_Status__c')).toHaveLength(shift.agentStateChanges);
    }, 60_000); // the whole 8-hour shift, about 2,900 messages
});
