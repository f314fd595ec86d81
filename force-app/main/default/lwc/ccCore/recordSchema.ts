/**
 * The package's objects and the limits of the fields the bridge writes: text lengths, which text
 * fields hold identifiers, phone numbers or JSON, and the digits of number fields. fieldLimits.ts
 * fits every value to them before a write, so a value the org would refuse never costs the whole
 * record; a test checks these tables against the object metadata in force-app.
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
        Conversation_Key__c: TEXT,
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

/**
 * Text fields whose value is an identifier or a phone number. A value too long is left out, never
 * cut: a cut key, id or number would look real and be wrong.
 */
export const EXACT_TEXT_FIELDS: ReadonlySet<string> = new Set([
    'External_Key__c',
    'Conversation_Key__c',
    'Customer_Number__c',
    'From_Number__c',
    'To_Number__c',
    'Subscriber_External_Id__c',
    'Recording_Id__c'
]);

/** Long text fields that hold JSON: shortened value by value, so they always stay valid JSON. */
export const JSON_TEXT_FIELDS: ReadonlySet<string> = new Set(['Extra__c', 'Details__c']);

/** Number fields the bridge writes: the digits allowed before the decimal point (precision − scale; all have scale 0). */
export const NUMBER_FIELD_DIGITS: Record<ObjectApiName, Record<string, number>> = {
    CC_Interaction__c: { Wait_Seconds__c: 9, Talk_Seconds__c: 9, Transfer_Count__c: 4 },
    CC_Agent_Pause__c: { Duration_Seconds__c: 9, Max_Duration_Seconds__c: 9 },
    CC_Custom_Event__c: {}
};
