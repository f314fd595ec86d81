/**
 * The UI API emulator refuses what the org would refuse, with the org's error codes.
 */
import { UiApiEmulator, NETWORK_ERROR } from '../uiApiEmulator';
import { projectObjects } from '../objectMetadata';
import { isRecordId, to18 } from '../recordIds';

const KEY = 'evolux:8eb4d68e-722a-11eb-914b-d185dd1424c7';

async function rejection(promise: Promise<unknown>): Promise<{
    status: number;
    body: {
        output: { errors: { errorCode: string; message: string }[]; fieldErrors: Record<string, { errorCode: string; message: string }[]> };
    };
}> {
    try {
        await promise;
    } catch (error) {
        return error as never;
    }
    throw new Error('expected the write to be refused');
}

const codesOf = (error: Awaited<ReturnType<typeof rejection>>) => [
    ...error.body.output.errors.map((entry) => entry.errorCode),
    ...Object.values(error.body.output.fieldErrors).flatMap((list) => list.map((entry) => entry.errorCode))
];

describe('UiApiEmulator', () => {
    let api: UiApiEmulator;

    beforeEach(() => {
        api = new UiApiEmulator(projectObjects());
    });

    it('creates a record with an 18-character id of the object key prefix and an auto-number Name', async () => {
        const { id } = await api.createRecord('CC_Interaction__c', { External_Key__c: KEY, Status__c: 'Ringing', Wait_Seconds__c: 9 });
        const again = await api.createRecord('CC_Interaction__c', { External_Key__c: `${KEY}-2` });

        expect(id).toHaveLength(18);
        expect(isRecordId(id)).toBe(true);
        expect(id.slice(0, 3)).toBe(again.id.slice(0, 3));
        const pause = await api.createRecord('CC_Agent_Pause__c', { External_Key__c: 'evolux:1:2021-02-18T20:51:54Z' });
        expect(pause.id.slice(0, 3)).not.toBe(id.slice(0, 3));
        const [row] = api.snapshot().CC_Interaction__c ?? [];
        expect(row).toMatchObject({
            Id: id,
            Name: 'INT-000001',
            External_Key__c: KEY,
            Status__c: 'Ringing',
            Talk_Seconds__c: null,
            Contact__c: null
        });
    });

    it('computes the 18-character suffix the way the platform does', () => {
        expect(to18('001000000000001')).toBe('001000000000001AAA');
        // Each 5-character chunk gives one suffix letter: bit n set when character n is upper case.
        // '00Q5g' → Q at 2 → 4 → 'E'; '00000' → 'A'; 'AbCdE' → 1 + 4 + 16 = 21 → 'V'.
        expect(to18('00Q5g00000AbCdE')).toBe('00Q5g00000AbCdEEAV');
        expect(isRecordId('00Q5g00000AbCdEEAV')).toBe(true);
        expect(isRecordId('00Q5g00000AbCdEAAA')).toBe(false);
    });

    it('refuses a second record with the same External_Key__c and names the first one', async () => {
        const { id } = await api.createRecord('CC_Interaction__c', { External_Key__c: KEY });
        const error = await rejection(api.createRecord('CC_Interaction__c', { External_Key__c: KEY }));
        expect(error.body.output.errors).toEqual([
            { errorCode: 'DUPLICATE_VALUE', message: `duplicate value found: External_Key__c duplicates value on record with id: ${id}` }
        ]);
        expect(api.recordsOf('CC_Interaction__c')).toHaveLength(1);
    });

    it('treats External_Key__c as case-sensitive, as the field is defined', async () => {
        await api.createRecord('CC_Interaction__c', { External_Key__c: 'evolux:ABC' });
        await expect(api.createRecord('CC_Interaction__c', { External_Key__c: 'evolux:abc' })).resolves.toEqual({ id: expect.any(String) });
    });

    it.each([
        ['an unknown field', { Queue_Name__c: 'suporte' }, 'INVALID_FIELD'],
        ['the auto-number Name', { Name: 'INT-1' }, 'INVALID_FIELD_FOR_INSERT_UPDATE'],
        ['text in a number field', { Wait_Seconds__c: '9' }, 'INVALID_TYPE_ON_FIELD_IN_RECORD'],
        ['a number in a text field', { Queue__c: 4000 }, 'INVALID_TYPE_ON_FIELD_IN_RECORD'],
        ['a date that is not ISO 8601', { Offered_At__c: '18/02/2021 20:47' }, 'INVALID_TYPE_ON_FIELD_IN_RECORD'],
        ['text longer than the field', { Queue__c: 'q'.repeat(256) }, 'STRING_TOO_LONG'],
        ['a phone longer than 40', { Customer_Number__c: '1'.repeat(41) }, 'STRING_TOO_LONG'],
        ['a value outside the restricted picklist', { Status__c: 'Done' }, 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST'],
        ['a lookup that is not an id', { Contact__c: 'joao' }, 'MALFORMED_ID'],
        ['a lookup to a record of another object', { Contact__c: '00Q5g00000AbCdEEAV' }, 'FIELD_INTEGRITY_EXCEPTION'],
        ['a number too large for Number(9,0)', { Talk_Seconds__c: 1e10 }, 'NUMBER_OUTSIDE_VALID_RANGE']
    ])('refuses %s', async (_case, fields, code) => {
        const error = await rejection(api.createRecord('CC_Interaction__c', { External_Key__c: KEY, ...fields }));
        expect(error.status).toBe(400);
        expect(codesOf(error)).toEqual([code]);
        expect(api.recordsOf('CC_Interaction__c')).toHaveLength(0);
    });

    it('refuses a checkbox set to null', async () => {
        const error = await rejection(api.createRecord('CC_Agent_Pause__c', { External_Key__c: 'k', Productive__c: null }));
        expect(codesOf(error)).toEqual(['INVALID_TYPE_ON_FIELD_IN_RECORD']);
    });

    it('updates only known records and validates updates too', async () => {
        const { id } = await api.createRecord('CC_Interaction__c', { External_Key__c: KEY, Status__c: 'Ringing' });
        await api.updateRecord(id, { Status__c: 'Connected', Answered_At__c: '2021-02-18T20:47:56.105Z' });
        expect(api.recordsOf('CC_Interaction__c')[0]?.fields).toMatchObject({ Status__c: 'Connected' });

        expect(codesOf(await rejection(api.updateRecord(id, { Status__c: 'Answered' })))).toEqual([
            'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST'
        ]);
        await expect(api.updateRecord('a025g0000000999AAA', { Status__c: 'Ended' })).rejects.toMatchObject({ status: 404 });
    });

    it('fails every call while the network is down, and counts them', async () => {
        api.online = false;
        await expect(api.createRecord('CC_Interaction__c', { External_Key__c: KEY })).rejects.toBe(NETWORK_ERROR);
        api.online = true;
        await api.createRecord('CC_Interaction__c', { External_Key__c: KEY });
        expect(api.counts).toEqual({ createRecord: 2, updateRecord: 0, graphql: 0 });
        expect(api.calls.map((call) => call.ok)).toEqual([false, true]);
    });

    it('keeps seeded standard records with their own ids', () => {
        const [id] = api.seed('Contact', [{ Id: '0035g00000AbCdEAAV', Phone: '(11) 99999-0000' }]);
        expect(id).toBe('0035g00000AbCdEAAV');
        expect(api.recordsOf('Contact')[0]?.fields).toEqual({ Phone: '(11) 99999-0000' });
    });
});
