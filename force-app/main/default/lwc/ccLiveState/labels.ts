/**
 * The card's user-facing text, from Custom Labels, so that the org shows it in the user's language
 * (Portuguese in force-app/main/default/translations). Values with `{0}` are filled by formatLabel.
 */
import ANNOUNCE_CALL from '@salesforce/label/c.CC_Live_Announce_Call';
import ANNOUNCE_CHAT from '@salesforce/label/c.CC_Live_Announce_Chat';
import ANNOUNCE_PAUSE_OVER from '@salesforce/label/c.CC_Live_Announce_Pause_Over';
import CALL from '@salesforce/label/c.CC_Live_Call';
import CALLER_IS_RECORD from '@salesforce/label/c.CC_Live_Caller_Is_Record';
import CAMPAIGN from '@salesforce/label/c.CC_Live_Campaign';
import CANDIDATE_RECORD from '@salesforce/label/c.CC_Live_Candidate_Record';
import CHAT from '@salesforce/label/c.CC_Live_Chat';
import COUNT from '@salesforce/label/c.CC_Live_Count';
import DURATION from '@salesforce/label/c.CC_Live_Duration';
import ELAPSED from '@salesforce/label/c.CC_Live_Elapsed';
import IDLE from '@salesforce/label/c.CC_Live_Idle';
import INBOUND_CALL from '@salesforce/label/c.CC_Live_Inbound_Call';
import LINK from '@salesforce/label/c.CC_Live_Link';
import LINK_FAILED from '@salesforce/label/c.CC_Live_Link_Failed';
import LINKED from '@salesforce/label/c.CC_Live_Linked';
import LINKING from '@salesforce/label/c.CC_Live_Linking';
import LOGGED_OUT from '@salesforce/label/c.CC_Live_Logged_Out';
import MISSED_AT from '@salesforce/label/c.CC_Live_Missed_At';
import NOT_PRODUCTIVE from '@salesforce/label/c.CC_Live_Not_Productive';
import OUTBOUND_CALL from '@salesforce/label/c.CC_Live_Outbound_Call';
import PAUSE_OF_MAX from '@salesforce/label/c.CC_Live_Pause_Of_Max';
import PAUSE_OVER_MAX from '@salesforce/label/c.CC_Live_Pause_Over_Max';
import PAUSE_REASON from '@salesforce/label/c.CC_Live_Pause_Reason';
import PAUSED from '@salesforce/label/c.CC_Live_Paused';
import PRODUCTIVE from '@salesforce/label/c.CC_Live_Productive';
import QUEUE from '@salesforce/label/c.CC_Live_Queue';
import SINCE from '@salesforce/label/c.CC_Live_Since';
import TITLE from '@salesforce/label/c.CC_Live_Title';
import UNKNOWN_ERROR from '@salesforce/label/c.CC_Live_Unknown_Error';
import UNKNOWN_NUMBER from '@salesforce/label/c.CC_Live_Unknown_Number';
import WAITING_BRIDGE from '@salesforce/label/c.CC_Live_Waiting_Bridge';
import STATUS_CONNECTED from '@salesforce/label/c.CC_Status_Connected';
import STATUS_ENDED from '@salesforce/label/c.CC_Status_Ended';
import STATUS_MISSED from '@salesforce/label/c.CC_Status_Missed';
import STATUS_RINGING from '@salesforce/label/c.CC_Status_Ringing';
import type { AnnouncementLabels } from './announcer';
import type { LiveLabels } from './liveStateModel';

export const LIVE_LABELS: LiveLabels = {
    waitingBridge: WAITING_BRIDGE,
    idle: IDLE,
    loggedOut: LOGGED_OUT,
    count: COUNT,
    inboundCall: INBOUND_CALL,
    outboundCall: OUTBOUND_CALL,
    call: CALL,
    chat: CHAT,
    unknownNumber: UNKNOWN_NUMBER,
    queue: QUEUE,
    campaign: CAMPAIGN,
    since: SINCE,
    duration: DURATION,
    missedAt: MISSED_AT,
    paused: PAUSED,
    pauseReason: PAUSE_REASON,
    productive: PRODUCTIVE,
    notProductive: NOT_PRODUCTIVE,
    pauseOfMax: PAUSE_OF_MAX,
    pauseOverMax: PAUSE_OVER_MAX,
    callerIsRecord: CALLER_IS_RECORD,
    candidateRecord: CANDIDATE_RECORD,
    link: LINK,
    linking: LINKING,
    linked: LINKED,
    linkFailed: LINK_FAILED,
    statuses: { Ringing: STATUS_RINGING, Connected: STATUS_CONNECTED, Ended: STATUS_ENDED, Missed: STATUS_MISSED }
};

export const ANNOUNCEMENT_LABELS: AnnouncementLabels = {
    call: ANNOUNCE_CALL,
    chat: ANNOUNCE_CHAT,
    pauseOverMax: ANNOUNCE_PAUSE_OVER,
    unknownNumber: UNKNOWN_NUMBER
};

/** Text the template shows as it is. */
export const TEMPLATE_LABELS = {
    title: TITLE,
    elapsed: ELAPSED,
    waitingBridge: WAITING_BRIDGE,
    idle: IDLE,
    paused: PAUSED,
    callerIsRecord: CALLER_IS_RECORD,
    candidateRecord: CANDIDATE_RECORD,
    linked: LINKED
};

export const UNKNOWN_ERROR_LABEL = UNKNOWN_ERROR;
