/**
 * The bridge's user-facing text, from Custom Labels, so that the org shows it in the user's language
 * (Portuguese in force-app/main/default/translations). Values with `{0}` are filled by formatLabel.
 * A count's words come in plural forms (`_One`, `_Other`), of which Intl.PluralRules picks one.
 */
import ACCEPTED_ONE from '@salesforce/label/c.CC_Bridge_Accepted_One';
import ACCEPTED_OTHER from '@salesforce/label/c.CC_Bridge_Accepted_Other';
import EVENT_AGENT_JOINED from '@salesforce/label/c.CC_Bridge_Event_Agent_Joined';
import EVENT_AGENT_LEFT from '@salesforce/label/c.CC_Bridge_Event_Agent_Left';
import EVENT_ASSIST_STARTED from '@salesforce/label/c.CC_Bridge_Event_Assist_Started';
import EVENT_CALL_ANSWERED from '@salesforce/label/c.CC_Bridge_Event_Call_Answered';
import EVENT_CALL_ENDED from '@salesforce/label/c.CC_Bridge_Event_Call_Ended';
import EVENT_CALL_INCOMING from '@salesforce/label/c.CC_Bridge_Event_Call_Incoming';
import EVENT_CHAT_DISMISSED from '@salesforce/label/c.CC_Bridge_Event_Chat_Dismissed';
import EVENT_CHAT_ENDED from '@salesforce/label/c.CC_Bridge_Event_Chat_Ended';
import EVENT_CHAT_FOCUSED from '@salesforce/label/c.CC_Bridge_Event_Chat_Focused';
import EVENT_CHAT_REQUESTED from '@salesforce/label/c.CC_Bridge_Event_Chat_Requested';
import EVENT_CHAT_STARTED from '@salesforce/label/c.CC_Bridge_Event_Chat_Started';
import EVENT_CUSTOM from '@salesforce/label/c.CC_Bridge_Event_Custom';
import EVENT_LOGGED_IN from '@salesforce/label/c.CC_Bridge_Event_Logged_In';
import EVENT_LOGGED_OUT from '@salesforce/label/c.CC_Bridge_Event_Logged_Out';
import EVENT_MESSAGE_RECEIVED from '@salesforce/label/c.CC_Bridge_Event_Message_Received';
import EVENT_MESSAGE_SENT from '@salesforce/label/c.CC_Bridge_Event_Message_Sent';
import EVENT_PARTY_ADDED from '@salesforce/label/c.CC_Bridge_Event_Party_Added';
import EVENT_PAUSE_CHANGED from '@salesforce/label/c.CC_Bridge_Event_Pause_Changed';
import EVENT_PAUSE_ENDED from '@salesforce/label/c.CC_Bridge_Event_Pause_Ended';
import EVENT_PAUSE_STARTED from '@salesforce/label/c.CC_Bridge_Event_Pause_Started';
import EVENT_RECORD_POP from '@salesforce/label/c.CC_Bridge_Event_Record_Pop';
import EVENT_REDACTION_STARTED from '@salesforce/label/c.CC_Bridge_Event_Redaction_Started';
import EVENT_REDACTION_STOPPED from '@salesforce/label/c.CC_Bridge_Event_Redaction_Stopped';
import EVENT_SCREEN_SHARE_CHANGED from '@salesforce/label/c.CC_Bridge_Event_Screen_Share_Changed';
import EVENT_SCREEN_SHARE_ENDED from '@salesforce/label/c.CC_Bridge_Event_Screen_Share_Ended';
import EVENT_SCREEN_SHARE_STARTED from '@salesforce/label/c.CC_Bridge_Event_Screen_Share_Started';
import EVENT_TRANSFERRED from '@salesforce/label/c.CC_Bridge_Event_Transferred';
import EVENT_TYPING from '@salesforce/label/c.CC_Bridge_Event_Typing';
import MESSAGES_ONE from '@salesforce/label/c.CC_Bridge_Messages_One';
import MESSAGES_OTHER from '@salesforce/label/c.CC_Bridge_Messages_Other';
import REJECTED_ONE from '@salesforce/label/c.CC_Bridge_Rejected_One';
import REJECTED_OTHER from '@salesforce/label/c.CC_Bridge_Rejected_Other';
import WRITE_STATUS from '@salesforce/label/c.CC_Bridge_Write_Status';
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
import TABS_NATIVE from '@salesforce/label/c.CC_Bridge_Tabs_Native';
import TABS_FALLBACK from '@salesforce/label/c.CC_Bridge_Tabs_Fallback';
import type { PanelLabels } from './panelModel';
import type { UtilityLabels } from './utilityModel';

export const PANEL_LABELS: PanelLabels = {
    statusListening: STATUS_LISTENING,
    statusUnsaved: STATUS_UNSAVED,
    counts: COUNTS,
    messages: { one: MESSAGES_ONE, other: MESSAGES_OTHER },
    accepted: { one: ACCEPTED_ONE, other: ACCEPTED_OTHER },
    rejected: { one: REJECTED_ONE, other: REJECTED_OTHER },
    agent: AGENT,
    agentFallback: AGENT_FALLBACK,
    loggedIn: LOGGED_IN,
    loggedOut: LOGGED_OUT,
    noAgent: NO_AGENT,
    recordNotSaved: RECORD_NOT_SAVED,
    writeStatus: WRITE_STATUS,
    writeAttempts: { one: WRITE_ATTEMPT, other: WRITE_ATTEMPTS },
    writeStates: { sending: WRITE_SENDING, retrying: WRITE_RETRYING, failed: WRITE_FAILED },
    statuses: { Ringing: STATUS_RINGING, Connected: STATUS_CONNECTED, Ended: STATUS_ENDED, Missed: STATUS_MISSED },
    roles: { leader: ROLE_LEADER, follower: ROLE_FOLLOWER, alone: '' },
    tabs: { native: TABS_NATIVE, fallback: TABS_FALLBACK },
    caller: CALLER,
    noCaller: NO_CALLER,
    events: {
        callIncoming: EVENT_CALL_INCOMING,
        callAnswered: EVENT_CALL_ANSWERED,
        callEnded: EVENT_CALL_ENDED,
        chatRequested: EVENT_CHAT_REQUESTED,
        chatStarted: EVENT_CHAT_STARTED,
        chatEnded: EVENT_CHAT_ENDED,
        agentJoined: EVENT_AGENT_JOINED,
        agentLeft: EVENT_AGENT_LEFT,
        chatFocused: EVENT_CHAT_FOCUSED,
        chatDismissed: EVENT_CHAT_DISMISSED,
        messageReceived: EVENT_MESSAGE_RECEIVED,
        messageSent: EVENT_MESSAGE_SENT,
        transferred: EVENT_TRANSFERRED,
        partyAdded: EVENT_PARTY_ADDED,
        redactionStarted: EVENT_REDACTION_STARTED,
        redactionStopped: EVENT_REDACTION_STOPPED,
        assistStarted: EVENT_ASSIST_STARTED,
        screenShareStarted: EVENT_SCREEN_SHARE_STARTED,
        screenShareChanged: EVENT_SCREEN_SHARE_CHANGED,
        screenShareEnded: EVENT_SCREEN_SHARE_ENDED,
        typing: EVENT_TYPING,
        recordPop: EVENT_RECORD_POP,
        pauseStarted: EVENT_PAUSE_STARTED,
        pauseChanged: EVENT_PAUSE_CHANGED,
        pauseEnded: EVENT_PAUSE_ENDED,
        loggedIn: EVENT_LOGGED_IN,
        loggedOut: EVENT_LOGGED_OUT,
        customEvent: EVENT_CUSTOM
    }
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
