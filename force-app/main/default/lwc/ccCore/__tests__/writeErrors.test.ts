/**
 * What the bridge does with each kind of UI API write error.
 */
import { DiagnosticCode } from 'c/ccCore';
import { classifyWriteError } from '../writeErrors';
import { MAX_UNKNOWN_ATTEMPTS } from '../recordSync';
import { setupBridge } from './bridgeHarness';
import { EVOLUX_ORIGIN, seed } from './evoluxFixtures';
import { NETWORK_ERROR, UiApiEmulator } from '../../../../../../tools/uiApiEmulator/uiApiEmulator';
import { projectObjects } from '../../../../../../tools/uiApiEmulator/objectMetadata';

describe('classifyWriteError', () => {
    it('finds the existing record in a DUPLICATE_VALUE error', async () => {
        const api = new UiApiEmulator(projectObjects());
        const { id } = await api.createRecord('CC_Interaction__c', { External_Key__c: 'evolux:1' });
        const error = await api.createRecord('CC_Interaction__c', { External_Key__c: 'evolux:1' }).catch((rejection: unknown) => rejection);
        expect(classifyWriteError(error)).toEqual({
            kind: 'duplicate',
            existingId: id,
            message: expect.stringContaining('duplicate value found')
        });
    });

    it('gives up on a write the emulator refuses for a bad picklist value', async () => {
        const api = new UiApiEmulator(projectObjects());
        const error = await api
            .createRecord('CC_Interaction__c', { External_Key__c: 'evolux:1', Status__c: 'Done' })
            .catch((rejection: unknown) => rejection);
        expect(classifyWriteError(error)).toMatchObject({ kind: 'permanent', codes: ['INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST'] });
    });

    it.each([
        ['a network failure', NETWORK_ERROR],
        ['a server error', { status: 503, body: { message: 'Service Unavailable' } }],
        [
            'a locked row',
            {
                status: 400,
                body: {
                    message: 'x',
                    output: { errors: [{ errorCode: 'UNABLE_TO_LOCK_ROW', message: 'unable to obtain exclusive access' }] }
                }
            }
        ],
        ['a fetch that never reached the server (Chromium)', new TypeError('Failed to fetch')],
        ['a fetch that never reached the server (Firefox)', new TypeError('NetworkError when attempting to fetch resource.')],
        ['a fetch that never reached the server (Safari)', new TypeError('Load failed')]
    ])('retries %s', (_case, error) => {
        expect(classifyWriteError(error).kind).toBe('transient');
    });

    it.each([
        ['a 401', { status: 401, body: { message: 'Unauthorized' } }],
        ['INVALID_SESSION_ID', { status: 400, body: [{ errorCode: 'INVALID_SESSION_ID', message: 'Session expired or invalid' }] }]
    ])('tells an expired session (%s) apart, for a "log in again" diagnostic', (_case, error) => {
        expect(classifyWriteError(error).kind).toBe('session');
    });

    it.each([
        ['a TypeError of a bug', new TypeError("Cannot read properties of undefined (reading 'id')"), 'TypeError: Cannot read'],
        ['an Error with no answer', new Error('the writer broke'), 'Error: the writer broke']
    ])('calls %s unknown: tried a few times, then refused', (_case, error, message) => {
        expect(classifyWriteError(error)).toEqual({ kind: 'unknown', message: expect.stringContaining(message) });
    });

    it.each([
        ['a restricted picklist value', 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', 'Status: bad value for restricted picklist field: Done'],
        ['a missing field permission', 'INVALID_FIELD_FOR_INSERT_UPDATE', 'Unable to create/update fields: Queue__c.'],
        ['a validation rule', 'FIELD_CUSTOM_VALIDATION_EXCEPTION', 'Queue is required']
    ])('gives up on %s and keeps the message', (_case, errorCode, message) => {
        const error = {
            status: 400,
            body: { message: 'An error occurred', output: { errors: [], fieldErrors: { Status__c: [{ errorCode, message }] } } }
        };
        expect(classifyWriteError(error)).toEqual({ kind: 'permanent', codes: [errorCode], message });
    });
});

describe('a record this user may not write', () => {
    it('is "no access" when another user\'s Private record is updated (the emulator answers 404, as UI API does for a record sharing hides)', async () => {
        const org = new UiApiEmulator(projectObjects());
        const { id } = await org.asUser('0055g00000IrAaaAAA').createRecord('CC_Interaction__c', { External_Key__c: 'evolux:1' });
        const error = await org
            .asUser('0055g00000ArIeLAAA')
            .updateRecord(id, { Status__c: 'Ended' })
            .catch((rejection: unknown) => rejection);
        expect(classifyWriteError(error)).toMatchObject({ kind: 'noAccess', codes: ['NOT_FOUND'] });
    });

    it.each([
        [
            'a read-only record (403)',
            { status: 403, body: [{ errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY', message: 'insufficient access rights on object id' }] }
        ],
        ['a 403 with no code', { status: 403, body: { message: 'Forbidden' } }],
        ['a deleted record', { status: 400, body: [{ errorCode: 'ENTITY_IS_DELETED', message: 'entity is deleted' }] }]
    ])('is "no access" for %s', (_case, error) => {
        expect(classifyWriteError(error).kind).toBe('noAccess');
    });

    it('is not "no access" when a 404 carries another code as well: that error is what it says', () => {
        const error = { status: 404, body: [{ errorCode: 'INVALID_TYPE', message: "sObject type 'X' is not supported." }] };
        expect(classifyWriteError(error).kind).toBe('permanent');
    });
});

describe('retries through the record sync', () => {
    it('stops retrying an error with no answer and no code after a few attempts, with the data, and tries again when the record changes', async () => {
        const { bridge, writer, post, clock } = setupBridge({}, EVOLUX_ORIGIN);
        const create = jest
            .spyOn(writer, 'createRecord')
            .mockRejectedValue(new TypeError("Cannot read properties of undefined (reading 'id')"));
        await post(seed.softphoneCallInvited);
        await clock.advance(10 * 60_000);

        expect(create).toHaveBeenCalledTimes(MAX_UNKNOWN_ATTEMPTS);
        expect(bridge.view().diagnostics[0]).toMatchObject({
            code: DiagnosticCode.WriteRejected,
            message: expect.stringContaining('"External_Key__c":"evolux:8eb4d68e-722a-11eb-914b-d185dd1424c7"')
        });

        create.mockRestore();
        await post(seed.softphoneCallAccepted);
        expect(writer.recordsOf('CC_Interaction__c').map((record) => record.fields.Status__c)).toEqual(['Connected']);
    });

    it('keeps retrying while the session is expired, asks the agent to log in again, and saves once it is renewed', async () => {
        const { bridge, writer, post, clock } = setupBridge({}, EVOLUX_ORIGIN);
        const expired = { status: 401, body: [{ errorCode: 'INVALID_SESSION_ID', message: 'Session expired or invalid' }] };
        const create = jest.spyOn(writer, 'createRecord').mockRejectedValue(expired);
        await post(seed.softphoneCallInvited);
        await clock.advance(30 * 60_000);

        expect(create.mock.calls.length).toBeGreaterThan(MAX_UNKNOWN_ATTEMPTS);
        expect(bridge.view().diagnostics[0]).toMatchObject({
            code: DiagnosticCode.SessionExpired,
            message: expect.stringContaining('log in again')
        });

        create.mockRestore(); // the agent logged in again
        await clock.advance(60_000);
        expect(writer.recordsOf('CC_Interaction__c')).toHaveLength(1);
    });

    it('counts errors with no answer apart: network errors before them do not use up their attempts', async () => {
        const { bridge, writer, post, clock } = setupBridge({}, EVOLUX_ORIGIN);
        const unavailable = { status: 503, body: { message: 'Service Unavailable' } };
        const create = jest.spyOn(writer, 'createRecord');
        for (let attempt = 0; attempt < MAX_UNKNOWN_ATTEMPTS; attempt++) {
            create.mockRejectedValueOnce(unavailable);
        }
        create.mockRejectedValueOnce(new TypeError('Cannot read properties of undefined'));
        await post(seed.softphoneCallInvited);
        await clock.advance(10 * 60_000);

        expect(bridge.view().diagnostics.map((entry) => entry.code)).not.toContain(DiagnosticCode.WriteRejected);
        expect(writer.recordsOf('CC_Interaction__c')).toHaveLength(1);
    });
});
