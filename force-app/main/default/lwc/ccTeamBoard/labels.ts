/**
 * The team board's user-facing text, from Custom Labels, so that the org shows it in the user's
 * language (Portuguese in force-app/main/default/translations). Values with `{0}` are filled by
 * formatLabel. "Try again" and the unknown error are the history card's, the same words.
 */
import ALL from '@salesforce/label/c.CC_Board_All';
import CAMPAIGN from '@salesforce/label/c.CC_Board_Campaign';
import COL_AGENT from '@salesforce/label/c.CC_Board_Col_Agent';
import COL_AVERAGE_TALK from '@salesforce/label/c.CC_Board_Col_Average_Talk';
import COL_AVERAGE_WAIT from '@salesforce/label/c.CC_Board_Col_Average_Wait';
import COL_CALLS from '@salesforce/label/c.CC_Board_Col_Calls';
import COL_MISSED from '@salesforce/label/c.CC_Board_Col_Missed';
import COL_PAUSE_TIME from '@salesforce/label/c.CC_Board_Col_Pause_Time';
import NO_QUEUE from '@salesforce/label/c.CC_Board_No_Queue';
import NO_REASON from '@salesforce/label/c.CC_Board_No_Reason';
import PAUSE_REASON_TIME from '@salesforce/label/c.CC_Board_Pause_Reason_Time';
import TODAY_BY_AGENT from '@salesforce/label/c.CC_Board_Today_By_Agent';
import TODAY_BY_QUEUE from '@salesforce/label/c.CC_Board_Today_By_Queue';
import DATA_FROM from '@salesforce/label/c.CC_Board_Data_From';
import EMPTY from '@salesforce/label/c.CC_Board_Empty';
import FAILED from '@salesforce/label/c.CC_Board_Failed';
import LAST_HEARD from '@salesforce/label/c.CC_Board_Last_Heard';
import LOADING from '@salesforce/label/c.CC_Board_Loading';
import LONG_CALL from '@salesforce/label/c.CC_Board_Long_Call';
import PAUSE_OVER from '@salesforce/label/c.CC_Board_Pause_Over';
import PRODUCTIVE from '@salesforce/label/c.CC_Board_Productive';
import QUEUE from '@salesforce/label/c.CC_Board_Queue';
import RINGING_LONG from '@salesforce/label/c.CC_Board_Ringing_Long';
import AVAILABLE from '@salesforce/label/c.CC_Board_State_Available';
import IN_CHAT from '@salesforce/label/c.CC_Board_State_In_Chat';
import LOGGED_OUT from '@salesforce/label/c.CC_Board_State_Logged_Out';
import ON_CALL from '@salesforce/label/c.CC_Board_State_On_Call';
import PAUSED from '@salesforce/label/c.CC_Board_State_Paused';
import RINGING from '@salesforce/label/c.CC_Board_State_Ringing';
import UNKNOWN from '@salesforce/label/c.CC_Board_State_Unknown';
import TIME_IN_STATE from '@salesforce/label/c.CC_Board_Time_In_State';
import TITLE from '@salesforce/label/c.CC_Board_Title';
import UNNAMED from '@salesforce/label/c.CC_Board_Unnamed';
import RETRY from '@salesforce/label/c.CC_History_Retry';
import UNKNOWN_ERROR from '@salesforce/label/c.CC_History_Unknown_Error';
import type { FigureLabels } from './boardFigures';
import type { BoardLabels } from './boardModel';

export const BOARD_LABELS: BoardLabels = {
    states: {
        Ringing: RINGING,
        'On call': ON_CALL,
        'In chat': IN_CHAT,
        Paused: PAUSED,
        Available: AVAILABLE,
        Unknown: UNKNOWN,
        'Logged out': LOGGED_OUT
    },
    ringingLong: RINGING_LONG,
    pauseOver: PAUSE_OVER,
    longCall: LONG_CALL,
    lastHeard: LAST_HEARD,
    productive: PRODUCTIVE,
    unnamed: UNNAMED
};

/** Text the template shows as it is. */
export const TEMPLATE_LABELS = {
    title: TITLE,
    loading: LOADING,
    empty: EMPTY,
    retry: RETRY,
    queue: QUEUE,
    campaign: CAMPAIGN,
    all: ALL,
    timeInState: TIME_IN_STATE,
    todayByAgent: TODAY_BY_AGENT,
    todayByQueue: TODAY_BY_QUEUE,
    agent: COL_AGENT,
    calls: COL_CALLS,
    missed: COL_MISSED,
    averageWait: COL_AVERAGE_WAIT,
    averageTalk: COL_AVERAGE_TALK,
    pauseTime: COL_PAUSE_TIME
};

export const FIGURE_LABELS: FigureLabels = {
    noQueue: NO_QUEUE,
    unnamed: UNNAMED,
    pauseReason: PAUSE_REASON_TIME,
    noReason: NO_REASON
};

/** `{0}`: why the board could not be loaded. */
export const FAILED_LABEL = FAILED;
export const UNKNOWN_ERROR_LABEL = UNKNOWN_ERROR;
/** `{0}`: the time of day of the last good answer. */
export const DATA_FROM_LABEL = DATA_FROM;
