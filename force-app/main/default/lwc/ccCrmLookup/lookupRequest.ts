/**
 * What a CCAI Platform custom CRM URL asks for, read from the page's `c__` parameters
 * (`CurrentPageReference.state`). CCAI fills the URL's `{VARIABLE}`s per session and leaves out empty
 * ones; a variable it could not fill may also stay in the URL as written, so `{EMAIL}` (or
 * `%7BEMAIL%7D`) counts as absent. Every value is bounded and checked here: a parameter is text an
 * attacker can choose, so nothing from it is ever navigated to or written unchecked.
 */
import { ccaipDirection, normalizePhone } from 'c/ccRecordSearch';

/** The parameter each CCAI variable fills, as the README's URLs name them. */
export const LOOKUP_PARAMETERS = {
    phone: 'c__phone', // {CUSTOMER_PHONE_NUMBER}
    ani: 'c__ani', // {ANI}, kept by CCAI for older URLs
    email: 'c__email', // {EMAIL}
    cuid: 'c__cuid', // {CUID}
    channel: 'c__channel', // {CHANNEL}
    type: 'c__type', // {TYPE}
    session: 'c__session', // {SESSION_ID}
    menuPath: 'c__menuPath', // {MENU_PATH}
    menuId: 'c__menuId', // {MENU_ID}
    supportPhone: 'c__supportPhone', // {SUPPORT_PHONE_NUMBER}
    outboundPhone: 'c__outboundPhone', // {OUTBOUND_NUMBER}
    agentId: 'c__agentId', // {CUSTOM_AGENT_ID}
    accountId: 'c__accountId', // {ACCOUNT_ID}, the queue's "Open custom URL" pop
    phoneNumber: 'c__phoneNumber', // {PHONE_NUMBER}, the queue's "Open custom URL" pop
    // The admin's matching settings, as the bridge's properties of the same names.
    matchObjects: 'c__matchObjects',
    defaultCountryCode: 'c__defaultCountryCode',
    cpfField: 'c__cpfField'
} as const;

export type LookupParameter = keyof typeof LOOKUP_PARAMETERS;

/** The longest value read: the longest text field an interaction keeps (Queue__c, 255). */
export const MAX_PARAMETER_LENGTH = 255;
/** The longest email address Salesforce's Email fields hold. */
const MAX_EMAIL_LENGTH = 80;

/**
 * Session types CCAI lists for `{TYPE}` (its documentation, "URL personalizzato"); the direction each
 * means is the bridge's rule for CCAI session types (ccaipDirection). The Italian document's names
 * for voicemail and mobile are listed too.
 */
const CALL_TYPES: ReadonlySet<string> = new Set([
    'Incoming_Call_(app)',
    'Scheduled_Call_(app)',
    'Incoming_Call_(web)',
    'Scheduled_Call_(web)',
    'Outbound_Call',
    'Outbound_Call_(api)',
    'Incoming_Call_(api)',
    'IVR_Call',
    'IVR_Call_(app)',
    'Voicemail',
    'Segreteria'
]);
const CHAT_TYPES: ReadonlySet<string> = new Set(['Mobile', 'Dispositivi mobili', 'Web', 'SMS']);

export type LookupNoteCode = 'tooLong' | 'notEmail' | 'notPhone' | 'notSession' | 'unknownType' | 'unknownChannel';

/** Something in the URL that was not used, and why: shown on the page, never silently dropped. */
export interface LookupNote {
    code: LookupNoteCode;
    parameter: string;
}

export interface SessionRequest {
    channel: 'call' | 'chat';
    /** CCAI's call or chat id: digits only, as the adapter's call_id and chat_id. */
    id: string;
    /** `{TYPE}` when CCAI lists it (unknown types are noted and not stored). */
    type?: string;
    direction?: 'Inbound' | 'Outbound';
}

export interface LookupRequest {
    /** The customer's number, as CCAI formatted it. */
    phone?: string;
    email?: string;
    cuid?: string;
    session?: SessionRequest;
    menuPath?: string;
    menuId?: string;
    supportPhone?: string;
    outboundPhone?: string;
    agentId?: string;
    accountId?: string;
    /** The raw matching settings; readMatchSettings checks them as the bridge's properties. */
    settings: { matchObjects?: string; defaultCountryCode?: string; cpfField?: string };
    notes: LookupNote[];
}

/** Reads the page state; anything else than a bounded string of text is absent or noted. */
export function readLookupRequest(state: Readonly<Record<string, unknown>> | undefined): LookupRequest {
    const notes: LookupNote[] = [];
    const value = (name: LookupParameter): string | undefined => {
        const parameter = LOOKUP_PARAMETERS[name];
        const raw = state && Object.prototype.hasOwnProperty.call(state, parameter) ? state[parameter] : undefined;
        if (typeof raw !== 'string') {
            return undefined; // absent, or not one value (a parameter repeated)
        }
        // A decoded `+` is a space: `+1 222 333 4444` sent unencoded arrives as ` 1 222 333 4444`.
        const text = /^\s+\d/.test(raw) && isPhoneParameter(name) ? `+${raw.trim()}` : raw.trim();
        if (text === '' || isUnfilledVariable(text)) {
            return undefined;
        }
        if (text.length > MAX_PARAMETER_LENGTH) {
            notes.push({ code: 'tooLong', parameter });
            return undefined;
        }
        return text;
    };
    const phone = checkedPhone(value('phone') ?? value('ani') ?? value('phoneNumber'), notes);
    const email = value('email');
    const emailOk = email !== undefined && email.length <= MAX_EMAIL_LENGTH && /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(email);
    if (email !== undefined && !emailOk) {
        notes.push({ code: 'notEmail', parameter: LOOKUP_PARAMETERS.email });
    }
    return withoutUndefined({
        phone,
        email: emailOk ? email : undefined,
        cuid: value('cuid'),
        session: readSession(value('session'), value('channel'), value('type'), notes),
        menuPath: value('menuPath'),
        menuId: value('menuId'),
        supportPhone: checkedPhone(value('supportPhone'), notes, LOOKUP_PARAMETERS.supportPhone),
        outboundPhone: checkedPhone(value('outboundPhone'), notes, LOOKUP_PARAMETERS.outboundPhone),
        agentId: value('agentId'),
        accountId: value('accountId'),
        settings: withoutUndefined({
            matchObjects: value('matchObjects'),
            defaultCountryCode: value('defaultCountryCode'),
            cpfField: value('cpfField')
        }),
        notes
    });
}

/** `{EMAIL}` as CCAI leaves a variable it did not fill, decoded or not. */
function isUnfilledVariable(text: string): boolean {
    return /^(?:\{|%7B)[A-Z_]+(?:\}|%7D)$/i.test(text);
}

function isPhoneParameter(name: LookupParameter): boolean {
    return name === 'phone' || name === 'ani' || name === 'phoneNumber' || name === 'supportPhone' || name === 'outboundPhone';
}

/** A number that reads as a phone number (not text, not an extension too short to be one), or noted. */
function checkedPhone(text: string | undefined, notes: LookupNote[], parameter: string = LOOKUP_PARAMETERS.phone): string | undefined {
    if (text === undefined) {
        return undefined;
    }
    // Phone fields hold 40 characters; CCAI's formats (`+1 222 333 4444`, `*222*333*4444`, `(111) 222-3333`) need fewer.
    const kind = normalizePhone(text).kind;
    if (text.length > 40 || kind === 'invalid') {
        notes.push({ code: 'notPhone', parameter });
        return undefined;
    }
    return text;
}

function readSession(
    id: string | undefined,
    channelText: string | undefined,
    type: string | undefined,
    notes: LookupNote[]
): SessionRequest | undefined {
    if (id === undefined) {
        return undefined;
    }
    if (!/^\d{1,18}$/.test(id)) {
        notes.push({ code: 'notSession', parameter: LOOKUP_PARAMETERS.session });
        return undefined;
    }
    const channel: SessionRequest['channel'] | undefined =
        channelText === 'voice_call' ? 'call' : channelText === 'chat' ? 'chat' : undefined;
    if (!channel) {
        // An email session, or no channel: the id alone cannot tell a call from a chat.
        notes.push({ code: 'unknownChannel', parameter: LOOKUP_PARAMETERS.channel });
        return undefined;
    }
    const known = type !== undefined && (channel === 'call' ? CALL_TYPES : CHAT_TYPES).has(type);
    if (type !== undefined && !known) {
        notes.push({ code: 'unknownType', parameter: LOOKUP_PARAMETERS.type });
    }
    return withoutUndefined({ channel, id, type: known ? type : undefined, direction: known ? ccaipDirection(type) : undefined });
}

function withoutUndefined<T extends object>(value: T): T {
    return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
