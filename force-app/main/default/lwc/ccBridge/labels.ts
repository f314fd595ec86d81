/**
 * The bridge's user-facing text, from Custom Labels, so that the org shows it in the user's language
 * (Portuguese in force-app/main/default/translations). Values with `{0}` are filled by formatLabel.
 */
import AGENT from '@salesforce/label/c.CC_Bridge_Agent';
import AGENT_FALLBACK from '@salesforce/label/c.CC_Bridge_Agent_Fallback';
import CALL_ADAPTER from '@salesforce/label/c.CC_Bridge_Call_Adapter';
import CHAT_ADAPTER from '@salesforce/label/c.CC_Bridge_Chat_Adapter';
import COUNTS from '@salesforce/label/c.CC_Bridge_Counts';
import DIAGNOSTICS from '@salesforce/label/c.CC_Bridge_Diagnostics';
import LAST_EVENTS from '@salesforce/label/c.CC_Bridge_Last_Events';
import LOGGED_IN from '@salesforce/label/c.CC_Bridge_Logged_In';
import LOGGED_OUT from '@salesforce/label/c.CC_Bridge_Logged_Out';
import NO_AGENT from '@salesforce/label/c.CC_Bridge_No_Agent';
import NOT_SAVED_HEADING from '@salesforce/label/c.CC_Bridge_Not_Saved_Heading';
import OPEN_INTERACTIONS from '@salesforce/label/c.CC_Bridge_Open_Interactions';
import RECORD_NOT_SAVED from '@salesforce/label/c.CC_Bridge_Record_Not_Saved';
import STATUS_LISTENING from '@salesforce/label/c.CC_Bridge_Status_Listening';
import STATUS_UNSAVED from '@salesforce/label/c.CC_Bridge_Status_Unsaved';
import UTILITY_LABEL from '@salesforce/label/c.CC_Bridge_Utility_Label';
import WAITING_EVENTS from '@salesforce/label/c.CC_Bridge_Waiting_Events';
import WRITE_ATTEMPT from '@salesforce/label/c.CC_Bridge_Write_Attempt';
import WRITE_ATTEMPTS from '@salesforce/label/c.CC_Bridge_Write_Attempts';
import WRITE_FAILED from '@salesforce/label/c.CC_Bridge_Write_Failed';
import WRITE_RETRYING from '@salesforce/label/c.CC_Bridge_Write_Retrying';
import WRITE_SENDING from '@salesforce/label/c.CC_Bridge_Write_Sending';
import STATUS_CONNECTED from '@salesforce/label/c.CC_Status_Connected';
import STATUS_ENDED from '@salesforce/label/c.CC_Status_Ended';
import STATUS_MISSED from '@salesforce/label/c.CC_Status_Missed';
import STATUS_RINGING from '@salesforce/label/c.CC_Status_Ringing';
import CALL_RINGING from '@salesforce/label/c.CC_Utility_Call_Ringing';
import CHAT_WAITING from '@salesforce/label/c.CC_Utility_Chat_Waiting';
import IN_CHAT from '@salesforce/label/c.CC_Utility_In_Chat';
import ON_CALL from '@salesforce/label/c.CC_Utility_On_Call';
import PAUSED from '@salesforce/label/c.CC_Utility_Paused';
import PAUSED_REASON from '@salesforce/label/c.CC_Utility_Paused_Reason';
import POPOUT_DISABLED from '@salesforce/label/c.CC_Utility_Popout_Disabled';
import CALLER from '@salesforce/label/c.CC_Bridge_Caller';
import EXPORT_LOG from '@salesforce/label/c.CC_Bridge_Export_Log';
import NEW_CONTACT from '@salesforce/label/c.CC_Bridge_New_Contact';
import NO_CALLER from '@salesforce/label/c.CC_Bridge_No_Caller';
import OPEN_RECORD from '@salesforce/label/c.CC_Bridge_Open_Record';
import POSSIBLE_CALLERS from '@salesforce/label/c.CC_Bridge_Possible_Callers';
import ROLE_FOLLOWER from '@salesforce/label/c.CC_Bridge_Role_Follower';
import ROLE_LEADER from '@salesforce/label/c.CC_Bridge_Role_Leader';
import type { PanelLabels } from './panelModel';
import type { UtilityLabels } from './utilityModel';

export const PANEL_LABELS: PanelLabels = {
    statusListening: STATUS_LISTENING,
    statusUnsaved: STATUS_UNSAVED,
    counts: COUNTS,
    agent: AGENT,
    agentFallback: AGENT_FALLBACK,
    loggedIn: LOGGED_IN,
    loggedOut: LOGGED_OUT,
    noAgent: NO_AGENT,
    recordNotSaved: RECORD_NOT_SAVED,
    writeAttempt: WRITE_ATTEMPT,
    writeAttempts: WRITE_ATTEMPTS,
    writeStates: { sending: WRITE_SENDING, retrying: WRITE_RETRYING, failed: WRITE_FAILED },
    statuses: { Ringing: STATUS_RINGING, Connected: STATUS_CONNECTED, Ended: STATUS_ENDED, Missed: STATUS_MISSED },
    roles: { leader: ROLE_LEADER, follower: ROLE_FOLLOWER, alone: '' },
    caller: CALLER,
    noCaller: NO_CALLER
};

/** Headings and titles the template shows as they are. */
export const TEMPLATE_LABELS = {
    openInteractions: OPEN_INTERACTIONS,
    notSavedHeading: NOT_SAVED_HEADING,
    lastEvents: LAST_EVENTS,
    waitingEvents: WAITING_EVENTS,
    diagnostics: DIAGNOSTICS,
    callAdapter: CALL_ADAPTER,
    chatAdapter: CHAT_ADAPTER,
    possibleCallers: POSSIBLE_CALLERS,
    openRecord: OPEN_RECORD,
    newContact: NEW_CONTACT,
    exportLog: EXPORT_LOG
};

export const UTILITY_LABELS: UtilityLabels = {
    callRinging: CALL_RINGING,
    chatWaiting: CHAT_WAITING,
    onCall: ON_CALL,
    inChat: IN_CHAT,
    paused: PAUSED,
    pausedReason: PAUSED_REASON
};

/** The utility item's label when nothing is live and the utility bar did not say its own. */
export const UTILITY_FALLBACK_LABEL = UTILITY_LABEL;
export const POPOUT_DISABLED_TEXT = POPOUT_DISABLED;
