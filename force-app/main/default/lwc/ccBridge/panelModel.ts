/**
 * What the bridge's utility panel shows, derived from the core's view: rows with the keys and
 * labels the template needs, newest first, in the user's language and locale. Vendor event names
 * become words ("Incoming call", not softphoneCallInvited), counts take their plural form, and long
 * keys are shortened for the narrow panel, with the full value kept for the title and screen readers.
 */
import { maskForDisplay, type BridgeView, type Diagnostic, type InteractionView, type PendingWrite, type RecentEvent } from 'c/ccCore';
import { formatCount, formatLabel, formatTimeOfDay, type Vendor } from 'c/ccLiveProtocol';

/** Longer details (keys, ids, links) are shortened in the middle to this many characters. */
export const MAX_SHOWN_DETAIL = 28;
/** How many characters of the end a shortened detail keeps: the end of an id tells ids apart. */
const SHOWN_DETAIL_TAIL = 10;

export interface PanelRow {
    key: string;
    label: string;
    /** As shown: shortened when the full value is longer than MAX_SHOWN_DETAIL. */
    detail: string;
    /** The whole detail, only when `detail` is shortened (for the title and the assistive text). */
    detailFull?: string;
    time: string;
}

/** A recent event: `label` in words, `title` the vendor's own name for it (what its documents call it). */
export interface EventRow extends PanelRow {
    title: string;
}

/** A record the caller may be, with what the panel's buttons need. */
export interface CandidateRow {
    key: string;
    recordId: string;
    objectApiName: string;
    label: string;
}

export interface InteractionRow extends PanelRow {
    /** "Caller: Maria Souza" when one record matched. */
    callerLabel?: string;
    /** Several records matched: the agent chooses. */
    candidates?: CandidateRow[];
    /** No record matched: the masked number, and the number to prefill a new contact with. */
    noCallerLabel?: string;
    newContactPhone?: string;
}

export interface DiagnosticRow extends PanelRow {
    code: string;
    levelClass: string;
}

export interface PanelModel {
    statusLabel: string;
    statusClass: string;
    /** Which tab writes the records; empty when the bridge is alone. */
    roleLabel: string;
    /** How this tab coordinates with the others (empty when it works alone). */
    tabsLabel: string;
    counts: string;
    agentLabel: string;
    interactions: InteractionRow[];
    pendingWrites: PanelRow[];
    recentEvents: EventRow[];
    diagnostics: DiagnosticRow[];
}

/** A label in each plural form; Intl.PluralRules chooses (see formatCount). */
export interface PluralLabels {
    /** `{0} message` */
    one: string;
    /** `{0} messages` */
    other: string;
}

/** What a vendor's event is, in words. */
export type EventWord =
    | 'callIncoming'
    | 'callAnswered'
    | 'callEnded'
    | 'chatRequested'
    | 'chatStarted'
    | 'chatEnded'
    | 'agentJoined'
    | 'agentLeft'
    | 'chatFocused'
    | 'chatDismissed'
    | 'messageReceived'
    | 'messageSent'
    | 'transferred'
    | 'partyAdded'
    | 'redactionStarted'
    | 'redactionStopped'
    | 'assistStarted'
    | 'screenShareStarted'
    | 'screenShareChanged'
    | 'screenShareEnded'
    | 'typing'
    | 'recordPop'
    | 'pauseStarted'
    | 'pauseChanged'
    | 'pauseEnded'
    | 'loggedIn'
    | 'loggedOut'
    | 'customEvent';

/** The panel's words (Custom Labels in the org, see labels.ts). */
export interface PanelLabels {
    statusListening: string;
    statusUnsaved: string;
    /** `{0} · {1} · {2}`: the messages, accepted and rejected counts below, in the order a language puts them */
    counts: string;
    messages: PluralLabels;
    accepted: PluralLabels;
    rejected: PluralLabels;
    /** `{0} ({1}, {2})`: name, vendor, logged in or out */
    agent: string;
    agentFallback: string;
    loggedIn: string;
    loggedOut: string;
    noAgent: string;
    recordNotSaved: string;
    /** `{0} ({1})`: the write's state, then its attempts */
    writeStatus: string;
    /** `{0} attempt`, `{0} attempts` */
    writeAttempts: PluralLabels;
    writeStates: Record<PendingWrite['state'], string>;
    statuses: Record<BridgeView['openInteractions'][number]['status'], string>;
    roles: Record<BridgeView['role'], string>;
    /** Web Locks and BroadcastChannel, or the storage fallbacks. */
    tabs: { native: string; fallback: string };
    /** `Caller: {0}` */
    caller: string;
    /** `No record has the number {0}` */
    noCaller: string;
    events: Record<EventWord, string>;
}

/**
 * The user's locale and time zone, and the language the labels are in (`@salesforce/i18n/locale`,
 * `timeZone` and `lang` in the org); plural forms follow the language, which defaults to the locale.
 */
export interface PanelFormat {
    locale?: string;
    timeZone?: string;
    language?: string;
}

/**
 * Each vendor's event names (as its documents spell them, see ccCore's adapters) in words. A Map, so
 * that a name such as "constructor" finds nothing. Wide Chat events are the business's own: all are
 * custom events, shown with their name beside.
 */
const EVENT_WORDS: Record<Vendor, ReadonlyMap<string, EventWord>> = {
    Evolux: new Map<string, EventWord>([
        ['softphoneCallInvited', 'callIncoming'],
        ['softphoneCallAccepted', 'callAnswered'],
        ['softphoneCallEnded', 'callEnded'],
        ['agentStartPause', 'pauseStarted'],
        ['agentChangePause', 'pauseChanged'],
        ['agentStopPause', 'pauseEnded'],
        ['agentLogin', 'loggedIn']
    ]),
    'CCAI Platform': new Map<string, EventWord>([
        ['Agent_Login', 'loggedIn'],
        ['Agent_Logout', 'loggedOut'],
        ['New_Call', 'callAnswered'],
        ['Agent_Joined_Call', 'agentJoined'],
        ['End_Call', 'callEnded'],
        ['New_Chat', 'chatStarted'],
        ['Agent_Joined_Chat', 'agentJoined'],
        ['End_Chat', 'chatEnded'],
        ['Active_Chat', 'chatFocused'],
        ['Dismissed_Chat', 'chatDismissed'],
        ['Chat_Inbound_Message', 'messageReceived'],
        ['Chat_Outbound_Message', 'messageSent'],
        ['Transfer_Call', 'transferred'],
        ['Transfer_Chat', 'transferred'],
        ['Party_Added', 'partyAdded'],
        ['Call_Redaction_Started', 'redactionStarted'],
        ['Call_Redaction_Stopped', 'redactionStopped'],
        ['Agent_Assist_Started', 'assistStarted'],
        ['Cobrowse_Session_Started', 'screenShareStarted'],
        ['Cobrowse_Session_Remote_Control_Changed', 'screenShareChanged'],
        ['Cobrowse_Session_Full_Device_Changed', 'screenShareChanged'],
        ['Cobrowse_Session_Ended', 'screenShareEnded'],
        ['CRM_Record_Pop', 'recordPop']
    ]),
    'Business Messages': new Map<string, EventWord>([
        ['requestedLiveAgent', 'chatRequested'],
        ['isTyping', 'typing'],
        ['TYPING_STARTED', 'typing'],
        ['TYPING_STOPPED', 'typing'],
        ['REPRESENTATIVE_JOINED', 'agentJoined'],
        ['REPRESENTATIVE_LEFT', 'agentLeft']
    ]),
    'Wide Chat': new Map()
};

const LEVEL_CLASS: Record<Diagnostic['level'], string> = {
    info: 'slds-text-color_weak',
    warn: 'slds-text-color_default',
    error: 'slds-text-color_error'
};

export function panelModel(view: BridgeView, labels: PanelLabels, format: PanelFormat = {}): PanelModel {
    const { locale, timeZone, language = locale } = format;
    const count = (value: number, forms: PluralLabels) => formatCount(value, locale, forms, language);
    const time = (iso: string) => formatTimeOfDay(iso, locale, timeZone, true);
    const failing = view.pendingWrites.some((write) => write.state !== 'sending');
    return {
        statusLabel: failing ? labels.statusUnsaved : labels.statusListening,
        statusClass: failing ? 'slds-badge slds-theme_warning' : 'slds-badge slds-theme_success',
        roleLabel: labels.roles[view.role],
        tabsLabel: tabsLabel(view.tabs, labels.tabs),
        counts: formatLabel(
            labels.counts,
            count(view.stats.messages, labels.messages),
            count(view.stats.accepted, labels.accepted),
            count(view.stats.rejected, labels.rejected)
        ),
        agentLabel: view.agent
            ? formatLabel(
                  labels.agent,
                  view.agent.name ?? view.agent.login ?? view.agent.id ?? labels.agentFallback,
                  view.agent.vendor,
                  view.agent.loggedIn ? labels.loggedIn : labels.loggedOut
              )
            : labels.noAgent,
        interactions: view.openInteractions.map((interaction) => interactionRow(interaction, labels)),
        pendingWrites: view.pendingWrites.map((write) => ({
            key: write.key,
            label: formatLabel(labels.writeStatus, labels.writeStates[write.state], count(write.attempts, labels.writeAttempts)),
            ...shortened(write.key),
            time: maskForDisplay(write.error ?? '')
        })),
        recentEvents: view.recentEvents.map((event) => ({
            key: `event-${event.seq}`,
            label: eventLabel(event, labels),
            title: event.vendorEvent,
            ...shortened(maskForDisplay(event.subject)),
            time: time(event.at)
        })),
        diagnostics: view.diagnostics.map((entry) => ({
            key: `diagnostic-${entry.seq}`,
            code: entry.code,
            label: entry.code,
            detail: maskForDisplay(entry.message),
            time: time(entry.at),
            levelClass: LEVEL_CLASS[entry.level]
        }))
    };
}

/**
 * A detail as the panel shows it: as it is when it fits, else its start and its end around an
 * ellipsis (`ccaip:chat:8f3c2d…5e6f7a8b9c`), with the whole value in `detailFull`.
 */
export function shortened(text: string, max = MAX_SHOWN_DETAIL): { detail: string; detailFull?: string } {
    const characters = [...text]; // by code point, so that no emoji or accented letter is cut in half
    if (characters.length <= max) {
        return { detail: text };
    }
    const tail = Math.min(SHOWN_DETAIL_TAIL, max - 2);
    const head = max - tail - 1;
    return { detail: `${characters.slice(0, head).join('')}…${characters.slice(-tail).join('')}`, detailFull: text };
}

/** "Incoming call" for softphoneCallInvited; a vendor event the panel has no words for keeps its name. */
function eventLabel(event: RecentEvent, labels: PanelLabels): string {
    const word = event.vendor === 'Wide Chat' ? 'customEvent' : EVENT_WORDS[event.vendor]?.get(event.vendorEvent);
    return word ? labels.events[word] : event.vendorEvent;
}

function interactionRow(interaction: InteractionView, labels: PanelLabels): InteractionRow {
    const shownNumber = interaction.customerNumber ? maskForDisplay(interaction.customerNumber) : undefined;
    const row: InteractionRow = {
        key: interaction.key,
        label: labels.statuses[interaction.status],
        ...shortened([shownNumber, interaction.queue ?? interaction.campaign].filter(Boolean).join(' · ') || interaction.key),
        time: interaction.recordId ?? labels.recordNotSaved
    };
    if (interaction.caller) {
        row.callerLabel = formatLabel(labels.caller, interaction.caller.name ?? interaction.caller.recordId);
    }
    if (interaction.candidates) {
        row.candidates = interaction.candidates.map((candidate) => ({
            key: `${interaction.key}:${candidate.recordId}`,
            recordId: candidate.recordId,
            objectApiName: candidate.objectApiName,
            label: `${candidate.name ?? candidate.recordId} (${candidate.objectApiName})`
        }));
    }
    if (interaction.callerOutcome === 'none' && interaction.customerNumber) {
        row.noCallerLabel = formatLabel(labels.noCaller, shownNumber ?? '');
        row.newContactPhone = interaction.customerNumber;
    }
    return row;
}

function tabsLabel(tabs: BridgeView['tabs'], labels: PanelLabels['tabs']): string {
    if (!tabs) {
        return '';
    }
    return tabs.leader === 'web-locks' && tabs.messages === 'broadcast-channel' ? labels.native : labels.fallback;
}
