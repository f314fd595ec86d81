// Preview stand-in for lightning/uiRecordApi: the same calls as the org's, answered by the preview
// server's UI API emulator (the one the replay command uses), so field checks, unique keys and the
// errors a write gets (DUPLICATE_VALUE, INVALID_FIELD, ...) are the ones the bridge meets in an org.
import { callRecordsApi } from 'preview/orgRecords';
import { dataAdapter, deliverAgainHolding } from 'preview/wire';

export function createRecord(recordInput) {
    const { apiName, fields } = recordInput ?? {};
    return callRecordsApi('POST', undefined, { apiName, fields });
}

export async function updateRecord(recordInput) {
    const { Id, ...fields } = recordInput?.fields ?? {};
    const record = await callRecordsApi('PATCH', Id, { fields });
    deliverAgainHolding(Id);
    return record;
}

/** `@wire(getRecord, {recordId, fields})`: the record with every field (the preview does not trim to `fields`). */
export const getRecord = dataAdapter(({ recordId }) => callRecordsApi('GET', recordId), { skip: ({ recordId }) => !recordId });

export function getFieldValue(record, field) {
    return fieldOf(record, field)?.value;
}

export function getFieldDisplayValue(record, field) {
    return fieldOf(record, field)?.displayValue ?? null;
}

export function notifyRecordUpdateAvailable() {
    return Promise.resolve();
}

function fieldOf(record, field) {
    const name = typeof field === 'string' ? field.split('.').pop() : field?.fieldApiName;
    return name ? record?.fields?.[name] : undefined;
}
