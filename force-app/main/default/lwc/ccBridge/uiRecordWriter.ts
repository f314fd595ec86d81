/**
 * The record-writer port in the org: UI API through Lightning Data Service, no Apex.
 */
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import type { RecordWriter } from 'c/ccCore';

export const uiRecordWriter: RecordWriter = {
    async createRecord(objectApiName, fields) {
        const record = await createRecord({ apiName: objectApiName, fields });
        return { id: record.id };
    },
    async updateRecord(recordId, fields) {
        await updateRecord({ fields: { ...fields, Id: recordId } });
    }
};
