/**
 * An end that never comes: a call, chat or pause with no event for the admin's stale time stops
 * being live (view, saved state, custom-event attachment) and its record keeps its last values.
 */
import { DiagnosticCode } from 'c/ccCore';
import { setupBridge } from './bridgeHarness';
import { CALL_KEY, EVOLUX_ORIGIN, seed } from './evoluxFixtures';
import { widechatExamples, WIDGET_ORIGIN } from './widechatFixtures';
import { adapterPost, CCAIP_ORIGIN, exampleData } from './ccaipFixtures';

const HOUR = 60 * 60 * 1000;

describe('a call whose end never arrives', () => {
    it('stops being live after 4 hours without an event, with a diagnostic, and its record stays as it was', async () => {
        const { bridge, writer, post, clock } = setupBridge({ allowedOrigins: `${EVOLUX_ORIGIN},${WIDGET_ORIGIN}` }, EVOLUX_ORIGIN);
        await post(seed.softphoneCallInvited);
        await post(seed.softphoneCallAccepted);
        const writesBefore = writer.calls.length;

        await clock.advance(4 * HOUR - 1_000);
        expect(bridge.view().openInteractions.map((view) => view.key)).toEqual([CALL_KEY]);
        await clock.advance(2_000);

        expect(bridge.view().openInteractions).toEqual([]);
        expect(bridge.view().diagnostics[0]).toMatchObject({ code: DiagnosticCode.StaleClosed, subject: CALL_KEY });
        expect(writer.calls).toHaveLength(writesBefore);
        expect(writer.recordsOf('CC_Interaction__c')[0]?.fields.Status__c).toBe('Connected');

        // A custom event now has no open interaction to attach to.
        await post(widechatExamples.example1, WIDGET_ORIGIN);
        expect(writer.recordsOf('CC_Custom_Event__c').map((record) => record.fields.Interaction__c ?? null)).not.toContain(
            writer.recordsOf('CC_Interaction__c')[0]?.Id
        );
    });

    it('counts from the last event: a call that keeps sending events stays live', async () => {
        const { bridge, post, clock } = setupBridge({ staleInteractionHours: 1 }, EVOLUX_ORIGIN);
        await post(seed.softphoneCallInvited);
        await clock.advance(50 * 60_000);
        await post(seed.softphoneCallAccepted);
        await clock.advance(50 * 60_000);
        expect(bridge.view().openInteractions).toHaveLength(1);
        await clock.advance(11 * 60_000);
        expect(bridge.view().openInteractions).toHaveLength(0);
    });
});

describe('the stale timer', () => {
    it('is set once for a call, however many events keep it live: a message sets no timer of its own', async () => {
        const { bridge, post, clock } = setupBridge({ staleInteractionHours: 1 }, EVOLUX_ORIGIN);
        const timers = jest.spyOn(clock, 'setTimeout');
        const cleared = jest.spyOn(clock, 'clearTimeout');
        await post(seed.softphoneCallInvited);
        const staleTimers = () => timers.mock.calls.filter(([, ms]) => ms === 60 * 60_000).length;
        expect(staleTimers()).toBe(1);

        // A resent accept and a late invite, each heard 10 minutes after the last event.
        for (const message of [seed.softphoneCallAccepted, seed.softphoneCallAccepted, seed.softphoneCallInvited]) {
            await clock.advance(10 * 60_000);
            await post(message);
        }
        expect(staleTimers()).toBe(1);
        expect(cleared).not.toHaveBeenCalled();

        // The timer wakes at the first deadline, finds the call heard of since, and sleeps until its new one.
        await clock.advance(30 * 60_000);
        expect(bridge.view().openInteractions).toHaveLength(1);
        await clock.advance(30 * 60_000);
        expect(bridge.view().openInteractions).toHaveLength(0);
    });
});

describe('a pause whose stop never arrives', () => {
    it('stops showing the agent as paused after 12 hours, and the segment keeps no invented end', async () => {
        const { bridge, writer, post, clock } = setupBridge({}, EVOLUX_ORIGIN);
        await post(seed.agentStartPause);
        await clock.advance(12 * HOUR + 1_000);

        expect(bridge.view().agent?.pause).toBeUndefined();
        expect(writer.recordsOf('CC_Agent_Pause__c')[0]?.fields).not.toHaveProperty('Ended_At__c');
        expect(bridge.view().diagnostics[0]).toMatchObject({ code: DiagnosticCode.StaleClosed });
    });
});

describe('the stale times', () => {
    it.each([
        ['0', 'staleInteractionHours'],
        ['soon', 'stalePauseHours'],
        ['100', 'staleInteractionHours']
    ])('refuses %s hours with CONFIG_INVALID and keeps the default', (value, property) => {
        const { bridge } = setupBridge({ [property]: value }, EVOLUX_ORIGIN);
        expect(bridge.config).toMatchObject({ staleInteractionMs: 4 * HOUR, stalePauseMs: 12 * HOUR });
        expect(bridge.view().diagnostics).toContainEqual(
            expect.objectContaining({ code: DiagnosticCode.ConfigInvalid, subject: property })
        );
    });
});

describe('an event about an interaction closed as stale', () => {
    it('moves it on from what its record holds: a late End_Call keeps the answer, and the call is Ended, not Missed', async () => {
        const { writer, post, clock } = setupBridge({ allowedOrigins: 'https://*.ccaiplatform.com' }, CCAIP_ORIGIN);
        await post(adapterPost('New_Call', exampleData('New_Call')));
        await clock.advance(4 * HOUR + 1_000);
        await post(adapterPost('End_Call', exampleData('End_Call')));

        const [record] = writer.recordsOf('CC_Interaction__c');
        expect(record?.fields.Status__c).toBe('Ended');
        expect(record?.fields.Answered_At__c).toBeTruthy();
        expect(writer.calls.filter((call) => call.op === 'update').flatMap((call) => Object.entries(call.fields))).not.toContainEqual([
            'Answered_At__c',
            null
        ]);
    });
});
