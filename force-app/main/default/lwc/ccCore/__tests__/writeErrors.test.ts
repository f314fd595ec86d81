/**
 * What the bridge does with each kind of UI API write error.
 */
import { classifyWriteError } from '../writeErrors';
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
        ['an expired session', { status: 401, body: [{ errorCode: 'INVALID_SESSION_ID', message: 'Session expired or invalid' }] }],
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
        ['a thrown TypeError from a failed fetch', new TypeError('Failed to fetch')]
    ])('retries %s', (_case, error) => {
        expect(classifyWriteError(error).kind).toBe('transient');
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
