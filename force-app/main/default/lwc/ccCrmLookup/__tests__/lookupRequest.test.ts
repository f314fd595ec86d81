/**
 * Reading a CCAI custom CRM URL's parameters: every session type CCAI lists, the channels it has,
 * and the values that are absent, noted or refused.
 */
import { readLookupRequest } from '../lookupRequest';

describe('readLookupRequest', () => {
    it.each([
        ['Incoming_Call_(app)', 'Inbound'],
        ['Scheduled_Call_(app)', 'Inbound'],
        ['Incoming_Call_(web)', 'Inbound'],
        ['Scheduled_Call_(web)', 'Inbound'],
        ['Outbound_Call', 'Outbound'],
        ['Outbound_Call_(api)', 'Outbound'],
        ['Incoming_Call_(api)', 'Inbound'],
        ['IVR_Call', 'Inbound'],
        ['IVR_Call_(app)', 'Inbound'],
        ['Voicemail', 'Inbound']
    ])('reads the call type %s as %s', (type, direction) => {
        const request = readLookupRequest({ c__session: '103646', c__channel: 'voice_call', c__type: type });

        expect(request.session).toEqual({ channel: 'call', id: '103646', type, direction });
        expect(request.notes).toEqual([]);
    });

    it.each(['Mobile', 'Web', 'SMS'])('reads the chat type %s as an inbound chat', (type) => {
        expect(readLookupRequest({ c__session: '52001', c__channel: 'chat', c__type: type }).session).toEqual({
            channel: 'chat',
            id: '52001',
            type,
            direction: 'Inbound'
        });
    });

    it('keeps a session of an unknown type, with no type or direction stored, and notes it', () => {
        const request = readLookupRequest({ c__session: '103646', c__channel: 'voice_call', c__type: 'Web' });

        expect(request.session).toEqual({ channel: 'call', id: '103646' });
        expect(request.notes).toEqual([{ code: 'unknownType', parameter: 'c__type' }]);
    });

    it('records no session for an email session or no channel: the id alone cannot tell a call from a chat', () => {
        expect(readLookupRequest({ c__session: '77', c__channel: 'email' })).toEqual(
            expect.objectContaining({ notes: [{ code: 'unknownChannel', parameter: 'c__channel' }] })
        );
        expect(readLookupRequest({ c__session: '77' }).session).toBeUndefined();
    });

    it('prefers {CUSTOMER_PHONE_NUMBER}, then {ANI}, then the queue pop {PHONE_NUMBER}', () => {
        expect(readLookupRequest({ c__phone: '+1 222 333 4444', c__ani: '+1 999 000 1111' }).phone).toBe('+1 222 333 4444');
        expect(readLookupRequest({ c__phone: '{CUSTOMER_PHONE_NUMBER}', c__ani: '2223334444' }).phone).toBe('2223334444');
        expect(readLookupRequest({ c__phoneNumber: '(222) 333-4444' }).phone).toBe('(222) 333-4444');
    });

    it('reads an extension-length number as a number (the matcher then finds no customer) but refuses text', () => {
        expect(readLookupRequest({ c__phone: '2001' }).phone).toBe('2001');
        expect(readLookupRequest({ c__phone: 'anonymous' })).toEqual(
            expect.objectContaining({ notes: [{ code: 'notPhone', parameter: 'c__phone' }] })
        );
    });

    it('ignores parameters that are not its own, whatever their name', () => {
        const request = readLookupRequest({ __proto__: { c__email: 'x@y.z' }, phone: '2223334444', c__Email: 'a@b.c', constructor: 'x' });

        expect(request).toEqual({ settings: {}, notes: [] });
    });
});
