/**
 * The package's objects and the text limits of the fields the bridge writes. Values are cut to
 * these lengths before a write so that a long vendor value never costs a record; a test checks
 * this table against the object metadata in force-app.
 */

export const ObjectApiName = {
    Interaction: 'CC_Interaction__c',
    AgentPause: 'CC_Agent_Pause__c',
    CustomEvent: 'CC_Custom_Event__c'
} as const;

export type ObjectApiName = (typeof ObjectApiName)[keyof typeof ObjectApiName];

/** UI API JSON field values: text, numbers, booleans, ISO DateTime strings, or null for empty. */
export type FieldValue = string | number | boolean | null;
export type RecordFields = Record<string, FieldValue>;

const TEXT = 255;
const PHONE = 40;

/** Maximum length of each text, phone and long text field the bridge writes, per object. */
export const TEXT_FIELD_LENGTHS: Record<ObjectApiName, Record<string, number>> = {
    CC_Interaction__c: {
        External_Key__c: TEXT,
        Session_Type__c: 80,
        Customer_Number__c: PHONE,
        From_Number__c: PHONE,
        From_Name__c: TEXT,
        To_Number__c: PHONE,
        To_Name__c: TEXT,
        Queue__c: TEXT,
        Campaign__c: TEXT,
        Subscriber_Name__c: TEXT,
        Subscriber_External_Id__c: TEXT,
        Agent_Login__c: TEXT,
        Hangup_Cause__c: TEXT,
        Disposition__c: TEXT,
        Recording_Id__c: TEXT,
        Transcript__c: 131072,
        Extra__c: 32768
    },
    CC_Agent_Pause__c: {
        External_Key__c: TEXT,
        Agent_Login__c: TEXT,
        Reason__c: TEXT
    },
    CC_Custom_Event__c: {
        External_Key__c: TEXT,
        Event_Name__c: TEXT,
        Details__c: 32768,
        Extra1__c: TEXT,
        Extra2__c: TEXT
    }
};
