/**
 * Routes the lightning/uiRecordApi mocks of a component test to a fresh UI API emulator, so that
 * components write through the same field checks, ids and unique keys as the org. Returns the
 * emulator to assert the records on (or the session given: `new UiApiEmulator(...).asUser(USER_ID)`).
 */
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { UiApiEmulator } from '../../../tools/uiApiEmulator/uiApiEmulator';
import { projectObjects } from '../../../tools/uiApiEmulator/objectMetadata';

export function emulateUiRecordApi(emulator: UiApiEmulator = new UiApiEmulator(projectObjects())): UiApiEmulator {
    (createRecord as jest.Mock).mockImplementation(async ({ apiName, fields }) => {
        const { id } = await emulator.createRecord(apiName, fields);
        return { id, apiName, fields: {} };
    });
    (updateRecord as jest.Mock).mockImplementation(async ({ fields: { Id, ...fields } }) => {
        await emulator.updateRecord(Id, fields);
        const updated = emulator.calls[emulator.calls.length - 1];
        return { id: Id, apiName: updated?.op === 'update' ? updated.objectApiName : undefined, fields: {} };
    });
    return emulator;
}
