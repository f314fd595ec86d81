/**
 * The lookup page's text, from Custom Labels, so that the org shows it in the user's language
 * (Portuguese in force-app/main/default/translations). Values with `{0}` are filled by formatLabel.
 */
import ACCOUNT from '@salesforce/label/c.CC_Lookup_Account';
import ACCOUNT_IGNORED from '@salesforce/label/c.CC_Lookup_Account_Ignored';
import AGENT_ID from '@salesforce/label/c.CC_Lookup_Agent_Id';
import CONTACT from '@salesforce/label/c.CC_Lookup_Contact';
import CUSTOMER_ID from '@salesforce/label/c.CC_Lookup_Customer_Id';
import EMAIL from '@salesforce/label/c.CC_Lookup_Email';
import FAILED from '@salesforce/label/c.CC_Lookup_Failed';
import LEAD from '@salesforce/label/c.CC_Lookup_Lead';
import MENU_ID from '@salesforce/label/c.CC_Lookup_Menu_Id';
import NAME from '@salesforce/label/c.CC_Lookup_Name';
import NEW_CONTACT from '@salesforce/label/c.CC_Lookup_New_Contact';
import NEW_LEAD from '@salesforce/label/c.CC_Lookup_New_Lead';
import NONE from '@salesforce/label/c.CC_Lookup_None';
import NOTE_NOT_EMAIL from '@salesforce/label/c.CC_Lookup_Note_Not_Email';
import NOTE_NOT_PHONE from '@salesforce/label/c.CC_Lookup_Note_Not_Phone';
import NOTE_NOT_SESSION from '@salesforce/label/c.CC_Lookup_Note_Not_Session';
import NOTE_TOO_LONG from '@salesforce/label/c.CC_Lookup_Note_Too_Long';
import NOTE_UNKNOWN_CHANNEL from '@salesforce/label/c.CC_Lookup_Note_Unknown_Channel';
import NOTE_UNKNOWN_TYPE from '@salesforce/label/c.CC_Lookup_Note_Unknown_Type';
import NOTHING from '@salesforce/label/c.CC_Lookup_Nothing';
import OBJECT from '@salesforce/label/c.CC_Lookup_Object';
import OPEN from '@salesforce/label/c.CC_Lookup_Open';
import OPENING from '@salesforce/label/c.CC_Lookup_Opening';
import PHONE from '@salesforce/label/c.CC_Lookup_Phone';
import QUEUE from '@salesforce/label/c.CC_Lookup_Queue';
import RETRY from '@salesforce/label/c.CC_Lookup_Retry';
import SEARCH from '@salesforce/label/c.CC_Lookup_Search';
import SEARCH_LABEL from '@salesforce/label/c.CC_Lookup_Search_Label';
import SEARCHING from '@salesforce/label/c.CC_Lookup_Searching';
import SESSION from '@salesforce/label/c.CC_Lookup_Session';
import SESSION_FAILED from '@salesforce/label/c.CC_Lookup_Session_Failed';
import SESSION_LINKED from '@salesforce/label/c.CC_Lookup_Session_Linked';
import SESSION_RECORDED from '@salesforce/label/c.CC_Lookup_Session_Recorded';
import SETTING_IGNORED from '@salesforce/label/c.CC_Lookup_Setting_Ignored';
import SEVERAL from '@salesforce/label/c.CC_Lookup_Several';
import TITLE from '@salesforce/label/c.CC_Lookup_Title';
import TYPE from '@salesforce/label/c.CC_Lookup_Type';
import UNKNOWN_ERROR from '@salesforce/label/c.CC_Lookup_Unknown_Error';

export const LOOKUP_LABELS = {
    account: ACCOUNT,
    accountIgnored: ACCOUNT_IGNORED,
    agentId: AGENT_ID,
    contact: CONTACT,
    customerId: CUSTOMER_ID,
    email: EMAIL,
    failed: FAILED,
    lead: LEAD,
    menuId: MENU_ID,
    name: NAME,
    newContact: NEW_CONTACT,
    newLead: NEW_LEAD,
    none: NONE,
    noteNotEmail: NOTE_NOT_EMAIL,
    noteNotPhone: NOTE_NOT_PHONE,
    noteNotSession: NOTE_NOT_SESSION,
    noteTooLong: NOTE_TOO_LONG,
    noteUnknownChannel: NOTE_UNKNOWN_CHANNEL,
    noteUnknownType: NOTE_UNKNOWN_TYPE,
    nothing: NOTHING,
    object: OBJECT,
    openRecord: OPEN,
    opening: OPENING,
    phone: PHONE,
    queue: QUEUE,
    retry: RETRY,
    search: SEARCH,
    searchLabel: SEARCH_LABEL,
    searching: SEARCHING,
    session: SESSION,
    sessionFailed: SESSION_FAILED,
    sessionLinked: SESSION_LINKED,
    sessionRecorded: SESSION_RECORDED,
    settingIgnored: SETTING_IGNORED,
    several: SEVERAL,
    title: TITLE,
    type: TYPE,
    unknownError: UNKNOWN_ERROR
};

export type LookupLabels = typeof LOOKUP_LABELS;
