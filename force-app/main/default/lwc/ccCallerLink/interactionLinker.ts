/**
 * "Link to this record": sets the interaction's Contact__c, Lead__c or Account__c to the record on
 * the page, through UI API (Lightning Data Service), as the bridge writes everything else.
 */
import { updateRecord } from 'lightning/uiRecordApi';
import { errorText } from 'c/ccErrors';
import { linkFieldFor } from 'c/ccLiveProtocol';

export async function linkInteraction(interactionRecordId: string, objectApiName: string | undefined, recordId: string): Promise<void> {
    const field = linkFieldFor(objectApiName);
    if (!field) {
        throw new Error(`An interaction cannot be linked to a ${objectApiName ?? 'record without an object'}.`);
    }
    await updateRecord({ fields: { Id: interactionRecordId, [field]: recordId } });
}

/** The reason UI API gives for a refused write (or the error's own message), for the user to read. */
export function failureReason(error: unknown): string | undefined {
    return errorText(error) || undefined;
}
