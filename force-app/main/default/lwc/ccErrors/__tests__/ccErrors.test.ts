/**
 * The one error reader: what each shape the platform rejects with says, and its codes.
 */
import { errorCodes, errorDetails, errorStatus, errorText } from 'c/ccErrors';
import { UiApiEmulator } from '../../../../../../tools/uiApiEmulator/uiApiEmulator';
import { projectObjects } from '../../../../../../tools/uiApiEmulator/objectMetadata';

describe('the error reader', () => {
    it('reads a UI API write the emulator refuses field by field (body.output.fieldErrors)', async () => {
        const api = new UiApiEmulator(projectObjects());
        const error = await api
            .createRecord('CC_Interaction__c', { External_Key__c: 'evolux:1', Status__c: 'Done' })
            .catch((rejection: unknown) => rejection);

        expect(errorStatus(error)).toBe(400);
        expect(errorCodes(error)).toEqual(['INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST']);
        expect(errorText(error)).toBe('Status: bad value for restricted picklist field: Done');
    });

    it('reads an array body of {errorCode, message} (a duplicate, a 404)', () => {
        const error = {
            status: 404,
            body: [
                { errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' },
                { errorCode: 'ENTITY_IS_DELETED', message: 'entity is deleted' }
            ]
        };
        expect(errorDetails(error)).toEqual([
            { errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' },
            { errorCode: 'ENTITY_IS_DELETED', message: 'entity is deleted' }
        ]);
        expect(errorText(error)).toBe('The requested resource does not exist; entity is deleted');
    });

    it('reads a GraphQL answer’s errors, a body with only a message, an Error and a string', () => {
        expect(errorText([{ message: 'Cannot query field "MobilePhone" on type "Contact".' }, { message: 'second' }])).toBe(
            'Cannot query field "MobilePhone" on type "Contact".; second'
        );
        expect(errorText({ status: 503, body: { message: 'Service Unavailable' } })).toBe('Service Unavailable');
        expect(errorText(new TypeError('Failed to fetch'))).toBe('Failed to fetch');
        expect(errorText('plain words')).toBe('plain words');
    });

    it('says nothing for what carries no words, instead of inventing some', () => {
        expect(errorText(undefined)).toBe('');
        expect(errorText({ status: 500, body: {} })).toBe('');
        expect(errorCodes({ body: [{ message: 'no code' }] })).toEqual([]);
    });
});
