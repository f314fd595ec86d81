/**
 * The history's user-facing text, from Custom Labels, so that the org shows it in the user's language
 * (Portuguese in force-app/main/default/translations). Values with `{0}` are filled by formatLabel.
 * The status names are the package's shared ones (CC_Status_*), as the live-state card shows them.
 */
import AGENT from '@salesforce/label/c.CC_History_Agent';
import CALL from '@salesforce/label/c.CC_History_Call';
import CAMPAIGN from '@salesforce/label/c.CC_History_Campaign';
import CHAT from '@salesforce/label/c.CC_History_Chat';
import DATE_UNKNOWN from '@salesforce/label/c.CC_History_Date_Unknown';
import DISPOSITION from '@salesforce/label/c.CC_History_Disposition';
import EMPTY from '@salesforce/label/c.CC_History_Empty';
import FAILED from '@salesforce/label/c.CC_History_Failed';
import INBOUND_CALL from '@salesforce/label/c.CC_History_Inbound_Call';
import INBOUND_CHAT from '@salesforce/label/c.CC_History_Inbound_Chat';
import LOADING from '@salesforce/label/c.CC_History_Loading';
import NOTES from '@salesforce/label/c.CC_History_Notes';
import OUTBOUND_CALL from '@salesforce/label/c.CC_History_Outbound_Call';
import OUTBOUND_CHAT from '@salesforce/label/c.CC_History_Outbound_Chat';
import QUEUE from '@salesforce/label/c.CC_History_Queue';
import RETRY from '@salesforce/label/c.CC_History_Retry';
import TALK_TIME from '@salesforce/label/c.CC_History_Talk_Time';
import TITLE from '@salesforce/label/c.CC_History_Title';
import UNKNOWN_ERROR from '@salesforce/label/c.CC_History_Unknown_Error';
import VIEW_ALL from '@salesforce/label/c.CC_History_View_All';
import WAIT_TIME from '@salesforce/label/c.CC_History_Wait_Time';
import STATUS_CONNECTED from '@salesforce/label/c.CC_Status_Connected';
import STATUS_ENDED from '@salesforce/label/c.CC_Status_Ended';
import STATUS_MISSED from '@salesforce/label/c.CC_Status_Missed';
import STATUS_RINGING from '@salesforce/label/c.CC_Status_Ringing';
import type { HistoryLabels } from './historyModel';

export const ROW_LABELS: HistoryLabels = {
    inboundCall: INBOUND_CALL,
    outboundCall: OUTBOUND_CALL,
    call: CALL,
    inboundChat: INBOUND_CHAT,
    outboundChat: OUTBOUND_CHAT,
    chat: CHAT,
    statuses: { Ringing: STATUS_RINGING, Connected: STATUS_CONNECTED, Ended: STATUS_ENDED, Missed: STATUS_MISSED },
    talkTime: TALK_TIME,
    waitTime: WAIT_TIME,
    queue: QUEUE,
    campaign: CAMPAIGN,
    agent: AGENT,
    disposition: DISPOSITION,
    notes: NOTES,
    dateUnknown: DATE_UNKNOWN
};

/** Text the template shows as it is. */
export const TEMPLATE_LABELS = {
    title: TITLE,
    loading: LOADING,
    empty: EMPTY,
    retry: RETRY,
    viewAll: VIEW_ALL
};

/** `{0}`: why the history could not be loaded. */
export const FAILED_LABEL = FAILED;
export const UNKNOWN_ERROR_LABEL = UNKNOWN_ERROR;
