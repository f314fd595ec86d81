/**
 * Google Business Messages events (seed 003) as a chat widget relays them: the user-status shape
 * `{conversationId, userStatus: {isTyping, requestedLiveAgent, createTime}, …}` and the
 * representative-event shape `{conversationId, eventType, representative: {…}}`. A request for a
 * live agent offers the conversation, a human representative joining connects it and leaving ends it;
 * typing only changes the live state.
 */
import type { AdaptResult, VendorAdapter } from './adapter';
import { diagnostic, DiagnosticCode } from './diagnostics';
import type { Instant, InteractionEvent, InteractionFacts } from './events';
import { PayloadReader } from './payloadReader';
import { isJsonObject, type Json, type JsonObject } from './plainJson';
import { clip } from './text';
import { toIsoString } from './time';

const VENDOR = 'Business Messages';
export const GBM_KEY_PREFIX = 'gbm:';
const REPRESENTATIVE_EVENTS = ['REPRESENTATIVE_JOINED', 'REPRESENTATIVE_LEFT', 'TYPING_STARTED', 'TYPING_STOPPED'];

export const businessMessagesAdapter: VendorAdapter = {
    vendor: VENDOR,

    recognizes(data: Json): boolean {
        return isJsonObject(data) && 'conversationId' in data && ('userStatus' in data || 'eventType' in data);
    },

    adapt(data: Json, receivedAt: Instant): AdaptResult {
        const message = data as JsonObject;
        const at = toIsoString(receivedAt);
        const subject = 'userStatus' in message ? 'gbm userStatus' : `gbm ${clip(String(message.eventType))}`;
        const reader = new PayloadReader(at, subject);
        const conversationId = reader.id(message, 'conversationId');
        if (!conversationId) {
            reader.missing('conversationId');
            return { events: [], diagnostics: reader.diagnostics };
        }
        const key = GBM_KEY_PREFIX + conversationId;
        const facts: InteractionFacts = { channel: 'Chat', direction: 'Inbound' };
        const base = { vendor: VENDOR, key, facts } as const;
        const events: InteractionEvent[] = [];

        if ('userStatus' in message) {
            const status = reader.object(message, 'userStatus');
            const time = reader.instant(status, 'createTime') ?? reader.instant(message, 'sendTime') ?? receivedAt;
            const requested = reader.flag(status, 'requestedLiveAgent');
            const typing = reader.flag(status, 'isTyping');
            if (requested) {
                events.push({
                    ...base,
                    kind: 'interaction.offered',
                    vendorEvent: 'requestedLiveAgent',
                    at: time,
                    facts: { ...facts, offeredAt: time }
                });
            }
            if (typing !== undefined) {
                events.push({
                    ...base,
                    kind: 'interaction.note',
                    vendorEvent: 'isTyping',
                    at: time,
                    facts: {},
                    note: { topic: 'typing', state: typing ? 'customer' : 'off' }
                });
            }
            if (events.length === 0 && requested === undefined) {
                reader.report(
                    'info',
                    DiagnosticCode.EventIgnored,
                    `gbm ${conversationId}: a user status without requestedLiveAgent or isTyping changes nothing.`
                );
            }
            return { events, diagnostics: reader.diagnostics };
        }

        const eventType = String(message.eventType);
        if (!REPRESENTATIVE_EVENTS.includes(eventType)) {
            return {
                events,
                diagnostics: [
                    diagnostic(
                        at,
                        'warn',
                        DiagnosticCode.EventUnknown,
                        `Business Messages event "${clip(eventType)}" is not one the bridge handles; ignored.`,
                        subject
                    )
                ]
            };
        }
        if (eventType === 'TYPING_STARTED' || eventType === 'TYPING_STOPPED') {
            events.push({
                ...base,
                kind: 'interaction.note',
                vendorEvent: eventType,
                at: receivedAt,
                facts: {},
                note: { topic: 'typing', state: eventType === 'TYPING_STARTED' ? 'representative' : 'off' }
            });
            return { events, diagnostics: reader.diagnostics };
        }
        const representative = reader.object(message, 'representative');
        const representativeType = reader.text(representative, 'representativeType')?.toUpperCase();
        if (representativeType !== 'HUMAN') {
            reader.report(
                'info',
                DiagnosticCode.EventIgnored,
                `${eventType} of a ${representativeType === undefined ? 'representative of unknown type' : representativeType.toLowerCase()} in ${key}: only a human representative connects or ends a conversation.`
            );
            return { events, diagnostics: reader.diagnostics };
        }
        const time = reader.instant(message, 'sendTime') ?? receivedAt;
        const joined = eventType === 'REPRESENTATIVE_JOINED';
        events.push({
            ...base,
            kind: joined ? 'interaction.connected' : 'interaction.ended',
            vendorEvent: eventType,
            at: time,
            facts: { ...facts, ...(joined ? { answeredAt: time } : { endedAt: time }) }
        });
        return { events, diagnostics: reader.diagnostics };
    }
};
