/**
 * A stop always ends the agent's pause, and a change of reason is never lost: the vendor's own
 * sequence (start Lanche, change to Reunião, a stop that names the Lanche segment) and the cases
 * around it, through the whole core with the seed's payloads.
 */
import { DiagnosticCode } from 'c/ccCore';
import { setupBridge } from './bridgeHarness';
import { EVOLUX_ORIGIN, seed, variant } from './evoluxFixtures';

const setup = () => setupBridge({}, EVOLUX_ORIGIN);
const pauses = (writer: ReturnType<typeof setup>['writer']) =>
    writer.recordsOf('CC_Agent_Pause__c').map(({ fields }) => ({
        key: fields.External_Key__c,
        reason: fields.Reason__c,
        productive: fields.Productive__c,
        endedAt: fields.Ended_At__c ?? null
    }));

describe('a stop that names an earlier segment than the open one', () => {
    it('ends the open segment at the receive time when the stop’s own end is before it began (the seed sequence)', async () => {
        const { writer, post, bridge, clock } = setup();
        await post(seed.agentStartPause);
        await post(seed.agentChangePause);
        await clock.advanceTo(Date.parse('2021-02-18T21:10:00.000Z'));
        await post(seed.agentStopPause); // names Lanche (20:51:54), ends 20:52:09: before Reunião began

        expect(pauses(writer)).toEqual([
            { key: 'evolux:1:2021-02-18T20:51:54Z', reason: 'Lanche', productive: false, endedAt: '2021-02-18T20:52:35.366Z' },
            { key: 'evolux:1:2021-02-18T20:52:35Z', reason: 'Reunião', productive: true, endedAt: '2021-02-18T21:10:00.000Z' }
        ]);
        expect(bridge.view().agent?.pause).toBeUndefined();
    });

    it('ends the open segment at the stop’s own end when that falls within it', async () => {
        const { writer, post, bridge, clock } = setup();
        await post(seed.agentStartPause);
        await post(seed.agentChangePause);
        await clock.advanceTo(Date.parse('2021-02-18T20:58:01.000Z'));
        await post(variant(seed.agentStopPause, { pause: { ...seed.agentStopPause.payload.pause, timeEnd: '2021-02-18T20:58:00+00:00' } }));

        expect(pauses(writer)[1]).toMatchObject({ reason: 'Reunião', endedAt: '2021-02-18T20:58:00.000Z' });
        expect(writer.recordsOf('CC_Agent_Pause__c')[1]?.fields.Duration_Seconds__c).toBe(325);
        expect(bridge.view().agent?.pause).toBeUndefined();
    });

    it('leaves the open segment alone when the stop is a resend of one already applied', async () => {
        const { writer, post, bridge } = setup();
        await post(seed.agentStartPause);
        await post(seed.agentStopPause); // Lanche ends at 20:52:09
        await post(
            variant(seed.agentStartPause, { pause: { ...seed.agentChangePause.payload.pause, timeStart: '2021-02-18T20:53:00+00:00' } })
        );
        await post(seed.agentStopPause); // the same stop again

        expect(pauses(writer)).toEqual([
            expect.objectContaining({ reason: 'Lanche', endedAt: '2021-02-18T20:52:09.000Z' }),
            expect.objectContaining({ reason: 'Reunião', endedAt: null })
        ]);
        expect(bridge.view().agent?.pause).toMatchObject({ reason: 'Reunião' });
    });
});

describe('a change of reason within the second the pause started', () => {
    it('records the reason the agent changed to, whatever order the two events arrive in', async () => {
        const change = variant(seed.agentChangePause, {
            pause: { ...seed.agentChangePause.payload.pause, timeStart: '2021-02-18T20:51:54.950000+00:00' }
        });
        for (const order of [
            [seed.agentStartPause, change],
            [change, seed.agentStartPause]
        ]) {
            const { writer, post, bridge } = setup();
            for (const message of order) {
                await post(message);
            }
            expect(pauses(writer)).toEqual([{ key: 'evolux:1:2021-02-18T20:51:54Z', reason: 'Reunião', productive: true, endedAt: null }]);
            expect(bridge.view().diagnostics.map((entry) => entry.code)).not.toContain(DiagnosticCode.WriteRejected);
        }
    });
});
