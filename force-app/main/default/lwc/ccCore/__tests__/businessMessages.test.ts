/**
 * Business Messages events relayed by a chat widget, through the core pipeline.
 */
import { DiagnosticCode, type BridgeProperties } from 'c/ccCore';
import { setupBridge } from './bridgeHarness';
import { gbm, GBM_KEY, WIDGET_ORIGIN } from './widechatFixtures';

const setup = (properties: BridgeProperties = {}) => setupBridge({ allowedOrigins: WIDGET_ORIGIN, ...properties }, WIDGET_ORIGIN);
const interactions = (writer: ReturnType<typeof setup>['writer']) => writer.recordsOf('CC_Interaction__c').map((record) => record.fields);
const representative = (eventType: string, representativeType = 'HUMAN') => ({
    ...gbm.representativeJoined,
    eventType,
    representative: { ...gbm.representativeJoined.representative, representativeType }
});

describe('Business Messages', () => {
    it('offers the conversation when the user asks for a live agent', async () => {
        const { post, writer } = setup();
        await post(gbm.requestedLiveAgent);
        expect(interactions(writer)).toEqual([
            {
                External_Key__c: GBM_KEY,
                Conversation_Key__c: GBM_KEY,
                Vendor__c: 'Business Messages',
                Channel__c: 'Chat',
                Direction__c: 'Inbound',
                Status__c: 'Ringing',
                Agent__c: '005000000000001AAA',
                Offered_At__c: '2026-03-02T14:05:12.310Z',
                Name: 'INT-000001'
            }
        ]);
    });

    it('connects it when a human representative joins and ends it when they leave', async () => {
        const { post, writer, clock } = setup();
        await clock.advanceTo(Date.parse('2026-03-02T14:05:13.000Z')); // the conversation's own day
        await post(gbm.requestedLiveAgent);
        await clock.advanceTo(Date.parse('2026-03-02T14:05:30.000Z'));
        await post(gbm.representativeJoined);
        await clock.advance(95_000);
        await post(representative('REPRESENTATIVE_LEFT'));

        expect(interactions(writer)[0]).toMatchObject({
            Status__c: 'Ended',
            Answered_At__c: '2026-03-02T14:05:30.000Z',
            Ended_At__c: '2026-03-02T14:07:05.000Z',
            Wait_Seconds__c: 18,
            Talk_Seconds__c: 95
        });
    });

    it('ignores a bot joining or leaving, and says so', async () => {
        const { post, writer, codes } = setup();
        await post(gbm.requestedLiveAgent);
        await post(representative('REPRESENTATIVE_JOINED', 'BOT'));
        expect(interactions(writer)[0]?.Status__c).toBe('Ringing');
        expect(codes()).toContain(DiagnosticCode.EventIgnored);
    });

    it('shows typing in the live state and writes nothing for it', async () => {
        const { post, writer, bridge } = setup();
        await post(gbm.requestedLiveAgent);
        const written = writer.calls.length;
        await post(gbm.isTyping);
        expect(bridge.view().openInteractions[0]?.notes).toEqual({ typing: 'customer' });
        await post(representative('TYPING_STARTED'));
        expect(bridge.view().openInteractions[0]?.notes).toEqual({ typing: 'representative' });
        await post(representative('TYPING_STOPPED'));
        expect(bridge.view().openInteractions[0]?.notes).toEqual({ typing: 'off' });
        expect(writer.calls).toHaveLength(written);
    });

    it('reads the documented template, whose placeholders are not values, without writing', async () => {
        const { post, writer } = setup();
        const outcome = await post(gbm.userStatusTemplate);
        // The template's trailing comma makes it invalid JSON text.
        expect(outcome.diagnostics.map((entry) => entry.code)).toEqual([DiagnosticCode.JsonInvalid]);
        const asObject = await post({
            conversationId: 'CONVERSATION_ID ',
            userStatus: { isTyping: 'BOOLEAN ', requestedLiveAgent: 'BOOLEAN ', createTime: 'CREATION_TIME ' }
        });
        expect(asObject.diagnostics.map((entry) => entry.code)).toEqual([
            DiagnosticCode.FieldInvalid,
            DiagnosticCode.FieldInvalid,
            DiagnosticCode.FieldInvalid,
            DiagnosticCode.EventIgnored
        ]);
        expect(writer.calls).toEqual([]);
    });

    it('refuses an unknown event type and a message without conversationId', async () => {
        const { post, writer } = setup();
        expect((await post({ ...gbm.representativeJoined, eventType: 'SURVEY_RESPONSE' })).diagnostics.map((entry) => entry.code)).toEqual([
            DiagnosticCode.EventUnknown
        ]);
        expect((await post({ ...gbm.requestedLiveAgent, conversationId: '' })).diagnostics.map((entry) => entry.code)).toEqual([
            DiagnosticCode.FieldMissing
        ]);
        expect(writer.calls).toEqual([]);
    });
});
