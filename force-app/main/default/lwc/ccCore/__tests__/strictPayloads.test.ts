/**
 * Junk must not become records. A call event needs what every real one carries (Evolux: a usable
 * id, the direction, the start time; CCAI Platform: a numeric session id and the session type), and
 * a phone field holds a phone number or nothing, never a cut one.
 */
import { DiagnosticCode } from 'c/ccCore';
import { setupBridge } from './bridgeHarness';
import { EVOLUX_ORIGIN, seed, variant } from './evoluxFixtures';
import { adapterPost, CCAIP_ORIGIN, exampleData } from './ccaipFixtures';

const setup = () => setupBridge({}, EVOLUX_ORIGIN);

describe('an Evolux call event without what a real one carries', () => {
    it.each([
        ['null', null],
        ['the text "null"', 'null'],
        ['the text "undefined"', 'undefined'],
        ['an object', { id: 1 }],
        ['a list', ['8eb4d68e']],
        ['a boolean', true],
        ['a fraction', 0.3815],
        ['a negative number', -7],
        ['5,000 characters', 'x'.repeat(5_000)],
        ['text with spaces', 'call 42']
    ])('writes nothing when the id is %s', async (_case, id) => {
        const { writer, post } = setup();
        const outcome = await post(variant(seed.softphoneCallInvited, { id }));

        expect(outcome.accepted).toBe(false);
        expect(outcome.diagnostics.map((entry) => entry.code)).toEqual(
            expect.arrayContaining([id === null ? DiagnosticCode.FieldMissing : DiagnosticCode.FieldInvalid])
        );
        expect(writer.calls).toEqual([]);
    });

    it('names everything missing in one diagnostic when only the event name and an id are sent', async () => {
        const { writer, post } = setup();
        const outcome = await post({ eventName: 'softphoneCallInvited', payload: { id: '8eb4d68e-722a-11eb-914b-d185dd1424c7' } });

        expect(outcome.diagnostics).toEqual([
            expect.objectContaining({ code: DiagnosticCode.FieldMissing, message: expect.stringContaining('has no direction, startTime') })
        ]);
        expect(writer.calls).toEqual([]);
    });

    it.each([
        ['sideways', DiagnosticCode.FieldInvalid],
        [null, DiagnosticCode.FieldMissing]
    ])('writes nothing when the direction is %s', async (direction, code) => {
        const { writer, post } = setup();
        const outcome = await post(variant(seed.softphoneCallInvited, { direction }));
        expect(outcome.diagnostics.map((entry) => entry.code)).toEqual([code]);
        expect(writer.calls).toEqual([]);
    });

    it.each([
        ['"yesterday"', 'yesterday', DiagnosticCode.FieldInvalid],
        ['missing', undefined, DiagnosticCode.FieldMissing]
    ])('writes nothing when the startTime is %s', async (_case, startTime, code) => {
        const { writer, post } = setup();
        const payload: Record<string, unknown> = { ...seed.softphoneCallInvited.payload, startTime };
        if (startTime === undefined) {
            delete payload.startTime;
        }
        const outcome = await post({ eventName: 'softphoneCallInvited', payload });
        expect(outcome.diagnostics.map((entry) => entry.code)).toEqual([code]);
        expect(writer.calls).toEqual([]);
    });

    it('reads "INBOUND" and "Outbound " as directions, whatever their case and spaces', async () => {
        const { writer, post } = setup();
        await post(variant(seed.softphoneCallInvited, { id: 'upper', direction: 'INBOUND' }));
        await post(variant(seed.softphoneCallInvited, { id: 'spaced', direction: ' Outbound ' }));

        expect(writer.recordsOf('CC_Interaction__c').map(({ fields }) => [fields.External_Key__c, fields.Direction__c])).toEqual([
            ['evolux:upper', 'Inbound'],
            ['evolux:spaced', 'Outbound']
        ]);
    });
});

describe('phone numbers', () => {
    it.each([
        ['5,000 digits', '9'.repeat(5_000)],
        ['16 digits', '+55 11 98765-4321-999'],
        ['letters', 'ANONYMOUS'],
        ['a SIP address', 'sip:601@pbx.acme.com.br']
    ])('leaves the caller number empty, with FIELD_INVALID, when it is %s; the call is still logged', async (_case, number) => {
        const { writer, post } = setup();
        const outcome = await post(variant(seed.softphoneCallInvited, { from: { name: 'Cliente', number } }));

        expect(outcome.accepted).toBe(true);
        expect(outcome.diagnostics).toEqual([
            expect.objectContaining({ code: DiagnosticCode.FieldInvalid, message: expect.stringContaining('is not a phone number') })
        ]);
        const [record] = writer.recordsOf('CC_Interaction__c');
        expect(record?.fields).toMatchObject({ From_Name__c: 'Cliente' });
        expect(record?.fields).not.toHaveProperty('Customer_Number__c');
        expect(record?.fields).not.toHaveProperty('From_Number__c');
    });

    it.each(['+1 (222) 333-4444 ext. 12', '(11) 98765-4321 ramal 200', '*222*333*4444', '+55 11 98765-4321'])(
        'stores %s as the vendor wrote it',
        async (number) => {
            const { writer, post } = setup();
            const outcome = await post(variant(seed.softphoneCallInvited, { from: { name: '', number } }));
            expect(outcome.diagnostics).toEqual([]);
            expect(writer.recordsOf('CC_Interaction__c')[0]?.fields.Customer_Number__c).toBe(number);
        }
    );
});

describe('a CCAI Platform session event without what a real one carries', () => {
    it.each([
        ['no session_type', { session_type: undefined }, DiagnosticCode.FieldMissing],
        ['a call_id that is text', { call_id: 'abc' }, DiagnosticCode.FieldInvalid],
        ['a call_id of "null"', { call_id: 'null' }, DiagnosticCode.FieldInvalid]
    ])('writes nothing for a New_Call with %s', async (_case, changes, code) => {
        const { writer, post } = setupBridge({ allowedOrigins: 'https://*.ccaiplatform.com' }, CCAIP_ORIGIN);
        const outcome = await post(adapterPost('New_Call', { ...exampleData('New_Call'), ...changes }));
        expect(outcome.diagnostics.map((entry) => entry.code)).toContain(code);
        expect(writer.calls).toEqual([]);
    });
});

describe('phone extensions written every way', () => {
    it.each(['555-1234 x12', '555-1234x12', '(11) 3333-4444 ext12', '+1 222 333 4444 #12', '+1 222 333 4444;ext=12'])(
        'stores %s as a phone number',
        async (number) => {
            const { writer, post } = setup();
            const outcome = await post(variant(seed.softphoneCallInvited, { from: { name: '', number } }));
            expect(outcome.diagnostics).toEqual([]);
            expect(writer.recordsOf('CC_Interaction__c')[0]?.fields.From_Number__c).toBe(number);
        }
    );
});
