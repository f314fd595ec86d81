/**
 * Which lookup of the interaction holds a caller's record, by the record's object: Contact__c, Lead__c
 * or Account__c. The bridge writes the matched caller there, "Link to this record" writes the page's
 * record there, and the history reads a record's interactions through it. Imported from
 * @salesforce/schema so the org knows the package uses these fields (it then refuses to delete them).
 */
import ACCOUNT_FIELD from '@salesforce/schema/CC_Interaction__c.Account__c';
import CONTACT_FIELD from '@salesforce/schema/CC_Interaction__c.Contact__c';
import LEAD_FIELD from '@salesforce/schema/CC_Interaction__c.Lead__c';

const LINK_FIELDS: Record<string, string> = {
    Contact: CONTACT_FIELD.fieldApiName,
    Lead: LEAD_FIELD.fieldApiName,
    Account: ACCOUNT_FIELD.fieldApiName
};

/** The interaction's lookups to a caller's record, all three. */
export const CALLER_LOOKUP_FIELDS: readonly string[] = Object.values(LINK_FIELDS);

/** The interaction's lookup to a record of this object, or undefined when it has none. */
export function linkFieldFor(objectApiName: string | undefined): string | undefined {
    return objectApiName !== undefined && Object.prototype.hasOwnProperty.call(LINK_FIELDS, objectApiName)
        ? LINK_FIELDS[objectApiName]
        : undefined;
}
