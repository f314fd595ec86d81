/**
 * The package's objects, the fields the bridge writes and their limits: text lengths, which text
 * fields hold identifiers, phone numbers or JSON, and the digits of number fields. fieldLimits.ts
 * fits every value to them before a write, so a value the org would refuse never costs the whole
 * record; a test checks these tables against the object metadata in force-app.
 *
 * Every field is imported from @salesforce/schema, so the org knows the package writes it: it refuses
 * to delete the field, and refuses to save the bridge if a field is missing (the preview and the Node
 * tools refuse it too, preview/build/salesforceModules.mjs). GraphQL queries name their fields in the
 * query text, built at run time (ccRecordSearch/callerGraphql.ts; lightning/graphql takes dynamic
 * queries), which the org cannot check on deploy: the package's fields they read are among these, kept by
 * these imports; the caller search reads standard fields and the CPF field the admin names.
 */
import INTERACTION_EXTERNAL_KEY from '@salesforce/schema/CC_Interaction__c.External_Key__c';
import INTERACTION_CONVERSATION_KEY from '@salesforce/schema/CC_Interaction__c.Conversation_Key__c';
import INTERACTION_VENDOR from '@salesforce/schema/CC_Interaction__c.Vendor__c';
import INTERACTION_CHANNEL from '@salesforce/schema/CC_Interaction__c.Channel__c';
import INTERACTION_DIRECTION from '@salesforce/schema/CC_Interaction__c.Direction__c';
import INTERACTION_STATUS from '@salesforce/schema/CC_Interaction__c.Status__c';
import INTERACTION_SESSION_TYPE from '@salesforce/schema/CC_Interaction__c.Session_Type__c';
import INTERACTION_CUSTOMER_NUMBER from '@salesforce/schema/CC_Interaction__c.Customer_Number__c';
import INTERACTION_FROM_NUMBER from '@salesforce/schema/CC_Interaction__c.From_Number__c';
import INTERACTION_FROM_NAME from '@salesforce/schema/CC_Interaction__c.From_Name__c';
import INTERACTION_TO_NUMBER from '@salesforce/schema/CC_Interaction__c.To_Number__c';
import INTERACTION_TO_NAME from '@salesforce/schema/CC_Interaction__c.To_Name__c';
import INTERACTION_QUEUE from '@salesforce/schema/CC_Interaction__c.Queue__c';
import INTERACTION_CAMPAIGN from '@salesforce/schema/CC_Interaction__c.Campaign__c';
import INTERACTION_SUBSCRIBER_NAME from '@salesforce/schema/CC_Interaction__c.Subscriber_Name__c';
import INTERACTION_SUBSCRIBER_EXTERNAL_ID from '@salesforce/schema/CC_Interaction__c.Subscriber_External_Id__c';
import INTERACTION_AGENT from '@salesforce/schema/CC_Interaction__c.Agent__c';
import INTERACTION_AGENT_LOGIN from '@salesforce/schema/CC_Interaction__c.Agent_Login__c';
import INTERACTION_OFFERED_AT from '@salesforce/schema/CC_Interaction__c.Offered_At__c';
import INTERACTION_ANSWERED_AT from '@salesforce/schema/CC_Interaction__c.Answered_At__c';
import INTERACTION_ENDED_AT from '@salesforce/schema/CC_Interaction__c.Ended_At__c';
import INTERACTION_WAIT_SECONDS from '@salesforce/schema/CC_Interaction__c.Wait_Seconds__c';
import INTERACTION_TALK_SECONDS from '@salesforce/schema/CC_Interaction__c.Talk_Seconds__c';
import INTERACTION_HANGUP_CAUSE from '@salesforce/schema/CC_Interaction__c.Hangup_Cause__c';
import INTERACTION_RECORDING_ID from '@salesforce/schema/CC_Interaction__c.Recording_Id__c';
import INTERACTION_TRANSFER_COUNT from '@salesforce/schema/CC_Interaction__c.Transfer_Count__c';
import INTERACTION_TRANSCRIPT from '@salesforce/schema/CC_Interaction__c.Transcript__c';
import INTERACTION_EXTRA from '@salesforce/schema/CC_Interaction__c.Extra__c';
import INTERACTION_DISPOSITION from '@salesforce/schema/CC_Interaction__c.Disposition__c';
import INTERACTION_NOTES from '@salesforce/schema/CC_Interaction__c.Notes__c';
import PAUSE_EXTERNAL_KEY from '@salesforce/schema/CC_Agent_Pause__c.External_Key__c';
import PAUSE_VENDOR from '@salesforce/schema/CC_Agent_Pause__c.Vendor__c';
import PAUSE_AGENT from '@salesforce/schema/CC_Agent_Pause__c.Agent__c';
import PAUSE_AGENT_LOGIN from '@salesforce/schema/CC_Agent_Pause__c.Agent_Login__c';
import PAUSE_REASON from '@salesforce/schema/CC_Agent_Pause__c.Reason__c';
import PAUSE_PRODUCTIVE from '@salesforce/schema/CC_Agent_Pause__c.Productive__c';
import PAUSE_STARTED_AT from '@salesforce/schema/CC_Agent_Pause__c.Started_At__c';
import PAUSE_ENDED_AT from '@salesforce/schema/CC_Agent_Pause__c.Ended_At__c';
import PAUSE_DURATION_SECONDS from '@salesforce/schema/CC_Agent_Pause__c.Duration_Seconds__c';
import PAUSE_MAX_DURATION_SECONDS from '@salesforce/schema/CC_Agent_Pause__c.Max_Duration_Seconds__c';
import EVENT_EXTERNAL_KEY from '@salesforce/schema/CC_Custom_Event__c.External_Key__c';
import EVENT_VENDOR from '@salesforce/schema/CC_Custom_Event__c.Vendor__c';
import EVENT_EVENT_NAME from '@salesforce/schema/CC_Custom_Event__c.Event_Name__c';
import EVENT_DETAILS from '@salesforce/schema/CC_Custom_Event__c.Details__c';
import EVENT_EXTRA1 from '@salesforce/schema/CC_Custom_Event__c.Extra1__c';
import EVENT_EXTRA2 from '@salesforce/schema/CC_Custom_Event__c.Extra2__c';
import EVENT_OCCURRED_AT from '@salesforce/schema/CC_Custom_Event__c.Occurred_At__c';
import EVENT_INTERACTION from '@salesforce/schema/CC_Custom_Event__c.Interaction__c';

import STATUS_EXTERNAL_KEY from '@salesforce/schema/CC_Agent_Status__c.External_Key__c';
import STATUS_AGENT from '@salesforce/schema/CC_Agent_Status__c.Agent__c';
import STATUS_STATE from '@salesforce/schema/CC_Agent_Status__c.State__c';
import STATUS_VENDOR from '@salesforce/schema/CC_Agent_Status__c.Vendor__c';
import STATUS_AGENT_LOGIN from '@salesforce/schema/CC_Agent_Status__c.Agent_Login__c';
import STATUS_AGENT_NAME from '@salesforce/schema/CC_Agent_Status__c.Agent_Name__c';
import STATUS_STATE_SINCE from '@salesforce/schema/CC_Agent_Status__c.State_Since__c';
import STATUS_LAST_EVENT_AT from '@salesforce/schema/CC_Agent_Status__c.Last_Event_At__c';
import STATUS_PAUSE_REASON from '@salesforce/schema/CC_Agent_Status__c.Pause_Reason__c';
import STATUS_PRODUCTIVE from '@salesforce/schema/CC_Agent_Status__c.Productive__c';
import STATUS_PAUSE_MAX_SECONDS from '@salesforce/schema/CC_Agent_Status__c.Pause_Max_Seconds__c';
import STATUS_INTERACTION from '@salesforce/schema/CC_Agent_Status__c.Interaction__c';
import STATUS_QUEUE from '@salesforce/schema/CC_Agent_Status__c.Queue__c';
import STATUS_CAMPAIGN from '@salesforce/schema/CC_Agent_Status__c.Campaign__c';
/** The package's objects (their literal names are the type the record sync keys its entries by). */
export const ObjectApiName = {
    Interaction: 'CC_Interaction__c',
    AgentPause: 'CC_Agent_Pause__c',
    CustomEvent: 'CC_Custom_Event__c',
    AgentStatus: 'CC_Agent_Status__c'
} as const;

export type ObjectApiName = (typeof ObjectApiName)[keyof typeof ObjectApiName];

/** UI API JSON field values: text, numbers, booleans, ISO DateTime strings, or null for empty. */
export type FieldValue = string | number | boolean | null;
export type RecordFields = Record<string, FieldValue>;

/** The fields of CC_Interaction__c the bridge writes. */
export const InteractionField = {
    externalKey: INTERACTION_EXTERNAL_KEY.fieldApiName,
    conversationKey: INTERACTION_CONVERSATION_KEY.fieldApiName,
    vendor: INTERACTION_VENDOR.fieldApiName,
    channel: INTERACTION_CHANNEL.fieldApiName,
    direction: INTERACTION_DIRECTION.fieldApiName,
    status: INTERACTION_STATUS.fieldApiName,
    sessionType: INTERACTION_SESSION_TYPE.fieldApiName,
    customerNumber: INTERACTION_CUSTOMER_NUMBER.fieldApiName,
    fromNumber: INTERACTION_FROM_NUMBER.fieldApiName,
    fromName: INTERACTION_FROM_NAME.fieldApiName,
    toNumber: INTERACTION_TO_NUMBER.fieldApiName,
    toName: INTERACTION_TO_NAME.fieldApiName,
    queue: INTERACTION_QUEUE.fieldApiName,
    campaign: INTERACTION_CAMPAIGN.fieldApiName,
    subscriberName: INTERACTION_SUBSCRIBER_NAME.fieldApiName,
    subscriberExternalId: INTERACTION_SUBSCRIBER_EXTERNAL_ID.fieldApiName,
    agent: INTERACTION_AGENT.fieldApiName,
    agentLogin: INTERACTION_AGENT_LOGIN.fieldApiName,
    offeredAt: INTERACTION_OFFERED_AT.fieldApiName,
    answeredAt: INTERACTION_ANSWERED_AT.fieldApiName,
    endedAt: INTERACTION_ENDED_AT.fieldApiName,
    waitSeconds: INTERACTION_WAIT_SECONDS.fieldApiName,
    talkSeconds: INTERACTION_TALK_SECONDS.fieldApiName,
    hangupCause: INTERACTION_HANGUP_CAUSE.fieldApiName,
    recordingId: INTERACTION_RECORDING_ID.fieldApiName,
    transferCount: INTERACTION_TRANSFER_COUNT.fieldApiName,
    transcript: INTERACTION_TRANSCRIPT.fieldApiName,
    extra: INTERACTION_EXTRA.fieldApiName,
    disposition: INTERACTION_DISPOSITION.fieldApiName,
    notes: INTERACTION_NOTES.fieldApiName
};

/** The fields of CC_Agent_Pause__c the bridge writes. */
export const PauseField = {
    externalKey: PAUSE_EXTERNAL_KEY.fieldApiName,
    vendor: PAUSE_VENDOR.fieldApiName,
    agent: PAUSE_AGENT.fieldApiName,
    agentLogin: PAUSE_AGENT_LOGIN.fieldApiName,
    reason: PAUSE_REASON.fieldApiName,
    productive: PAUSE_PRODUCTIVE.fieldApiName,
    startedAt: PAUSE_STARTED_AT.fieldApiName,
    endedAt: PAUSE_ENDED_AT.fieldApiName,
    durationSeconds: PAUSE_DURATION_SECONDS.fieldApiName,
    maxDurationSeconds: PAUSE_MAX_DURATION_SECONDS.fieldApiName
};

/** The fields of CC_Custom_Event__c the bridge writes. */
export const CustomEventField = {
    externalKey: EVENT_EXTERNAL_KEY.fieldApiName,
    vendor: EVENT_VENDOR.fieldApiName,
    eventName: EVENT_EVENT_NAME.fieldApiName,
    details: EVENT_DETAILS.fieldApiName,
    extra1: EVENT_EXTRA1.fieldApiName,
    extra2: EVENT_EXTRA2.fieldApiName,
    occurredAt: EVENT_OCCURRED_AT.fieldApiName,
    interaction: EVENT_INTERACTION.fieldApiName
};

/** The fields of CC_Agent_Status__c the bridge writes. */
export const AgentStatusField = {
    externalKey: STATUS_EXTERNAL_KEY.fieldApiName,
    agent: STATUS_AGENT.fieldApiName,
    state: STATUS_STATE.fieldApiName,
    vendor: STATUS_VENDOR.fieldApiName,
    agentLogin: STATUS_AGENT_LOGIN.fieldApiName,
    agentName: STATUS_AGENT_NAME.fieldApiName,
    stateSince: STATUS_STATE_SINCE.fieldApiName,
    lastEventAt: STATUS_LAST_EVENT_AT.fieldApiName,
    pauseReason: STATUS_PAUSE_REASON.fieldApiName,
    productive: STATUS_PRODUCTIVE.fieldApiName,
    pauseMaxSeconds: STATUS_PAUSE_MAX_SECONDS.fieldApiName,
    interaction: STATUS_INTERACTION.fieldApiName,
    queue: STATUS_QUEUE.fieldApiName,
    campaign: STATUS_CAMPAIGN.fieldApiName
};

const TEXT = 255;
const PHONE = 40;

/** Maximum length of each text, phone and long text field the bridge writes, per object. */
export const TEXT_FIELD_LENGTHS: Record<ObjectApiName, Record<string, number>> = {
    CC_Interaction__c: {
        [InteractionField.externalKey]: TEXT,
        [InteractionField.conversationKey]: TEXT,
        [InteractionField.sessionType]: 80,
        [InteractionField.customerNumber]: PHONE,
        [InteractionField.fromNumber]: PHONE,
        [InteractionField.fromName]: TEXT,
        [InteractionField.toNumber]: PHONE,
        [InteractionField.toName]: TEXT,
        [InteractionField.queue]: TEXT,
        [InteractionField.campaign]: TEXT,
        [InteractionField.subscriberName]: TEXT,
        [InteractionField.subscriberExternalId]: TEXT,
        [InteractionField.agentLogin]: TEXT,
        [InteractionField.hangupCause]: TEXT,
        [InteractionField.recordingId]: TEXT,
        [InteractionField.transcript]: 131072,
        [InteractionField.extra]: 32768
    },
    CC_Agent_Pause__c: {
        [PauseField.externalKey]: TEXT,
        [PauseField.agentLogin]: TEXT,
        [PauseField.reason]: TEXT
    },
    CC_Custom_Event__c: {
        [CustomEventField.externalKey]: TEXT,
        [CustomEventField.eventName]: TEXT,
        [CustomEventField.details]: 32768,
        [CustomEventField.extra1]: TEXT,
        [CustomEventField.extra2]: TEXT
    },
    CC_Agent_Status__c: {
        [AgentStatusField.externalKey]: TEXT,
        [AgentStatusField.agentLogin]: TEXT,
        [AgentStatusField.agentName]: TEXT,
        [AgentStatusField.pauseReason]: TEXT,
        [AgentStatusField.queue]: TEXT,
        [AgentStatusField.campaign]: TEXT
    }
};

/**
 * Text fields whose value is an identifier or a phone number. A value too long is left out, never
 * cut: a cut key, id or number would look real and be wrong.
 */
export const EXACT_TEXT_FIELDS: ReadonlySet<string> = new Set([
    // External_Key__c: the same name on every object.
    InteractionField.externalKey,
    InteractionField.conversationKey,
    InteractionField.customerNumber,
    InteractionField.fromNumber,
    InteractionField.toNumber,
    InteractionField.subscriberExternalId,
    InteractionField.recordingId
]);

/** Long text fields that hold JSON: shortened value by value, so they always stay valid JSON. */
export const JSON_TEXT_FIELDS: ReadonlySet<string> = new Set([InteractionField.extra, CustomEventField.details]);

/** Number fields the bridge writes: the digits allowed before the decimal point (precision − scale; all have scale 0). */
export const NUMBER_FIELD_DIGITS: Record<ObjectApiName, Record<string, number>> = {
    CC_Interaction__c: { [InteractionField.waitSeconds]: 9, [InteractionField.talkSeconds]: 9, [InteractionField.transferCount]: 4 },
    CC_Agent_Pause__c: { [PauseField.durationSeconds]: 9, [PauseField.maxDurationSeconds]: 9 },
    CC_Custom_Event__c: {},
    CC_Agent_Status__c: { [AgentStatusField.pauseMaxSeconds]: 9 }
};
