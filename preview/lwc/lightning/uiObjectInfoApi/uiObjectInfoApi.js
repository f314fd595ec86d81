// Preview stand-in for lightning/uiObjectInfoApi: an object's default record type (the master
// record type, as in an org with no record types) and a picklist's values, answered by the preview
// server from the package's field metadata (the values admins would see in Setup).
import { dataAdapter } from 'preview/wire';

/** The id UI API gives the master record type. */
const MASTER_RECORD_TYPE_ID = '012000000000000AAA';

const objectNameOf = (value) => (typeof value === 'string' ? value : value?.objectApiName);

/** `@wire(getObjectInfo, { objectApiName })`: the fields a component reads here, the default record type. */
export const getObjectInfo = dataAdapter(
    ({ objectApiName }) => Promise.resolve({ apiName: objectNameOf(objectApiName), defaultRecordTypeId: MASTER_RECORD_TYPE_ID }),
    { skip: ({ objectApiName }) => !objectNameOf(objectApiName) }
);

/** `@wire(getPicklistValues, { recordTypeId, fieldApiName })`: `{ values: [{ label, value }] }`. */
export const getPicklistValues = dataAdapter(
    async ({ recordTypeId, fieldApiName }) => {
        const objectApiName = fieldApiName?.objectApiName;
        const field = fieldApiName?.fieldApiName;
        const response = await fetch(
            `/api/ui-api/object-info/${encodeURIComponent(objectApiName)}/picklist-values/${encodeURIComponent(recordTypeId)}/${encodeURIComponent(field)}`
        );
        if (!response.ok) {
            throw { status: response.status, ok: false, statusText: response.statusText, body: { message: await response.text() } };
        }
        return response.json();
    },
    { skip: ({ recordTypeId, fieldApiName }) => !recordTypeId || !fieldApiName?.fieldApiName }
);
