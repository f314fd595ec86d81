/**
 * The bridge's admin properties (App Builder, or the replay command's --config) with their
 * defaults, read once into a typed, validated config.
 */
import { readMatchSettings, type MatchObject } from 'c/ccRecordSearch';
import { diagnostic, DiagnosticCode, type Diagnostic } from './diagnostics';
import { DEFAULT_ALLOWED_ORIGINS, parseAllowedOrigins, type OriginRule } from './origins';

export type ScreenPopMode = 'off' | 'single';

/** Property values as they arrive: App Builder gives strings and booleans, JSON may give anything. */
export interface BridgeProperties {
    allowedOrigins?: unknown;
    logCalls?: unknown;
    logChats?: unknown;
    logPauses?: unknown;
    logCustomEvents?: unknown;
    keepAgentStatus?: unknown;
    storeTranscript?: unknown;
    storeExtra?: unknown;
    screenPop?: unknown;
    matchObjects?: unknown;
    defaultCountryCode?: unknown;
    /** The field on Contact, Lead and Account that holds the CPF (e.g. CPF__c); empty: no CPF matching. */
    cpfField?: unknown;
    /** The key of the CPF in the softphone's IVR extra data (default "cpf"). */
    cpfExtraKey?: unknown;
    /** CCAI Platform tenant whose agent adapters the bridge hosts, e.g. https://acme.loc.ccaiplatform.com. */
    ccaipTenantUrl?: unknown;
    /** Which hosted adapters to show: "call", "chat" or "call,chat". */
    ccaipAdapters?: unknown;
    /** Hours without an event after which an open call or chat is closed as stale (default 4). */
    staleInteractionHours?: unknown;
    /** Hours without an event after which an open pause is closed as stale (default 12). */
    stalePauseHours?: unknown;
    userId?: unknown;
    /** The Salesforce page's own origin (the org supplies it), to tell this org's record URLs apart. */
    orgOrigin?: unknown;
}

/** Every admin property the bridge reads, as named in App Builder and in the replay config. */
export const BRIDGE_PROPERTY_NAMES: readonly (keyof BridgeProperties)[] = [
    'allowedOrigins',
    'logCalls',
    'logChats',
    'logPauses',
    'logCustomEvents',
    'keepAgentStatus',
    'storeTranscript',
    'storeExtra',
    'screenPop',
    'matchObjects',
    'defaultCountryCode',
    'cpfField',
    'cpfExtraKey',
    'ccaipTenantUrl',
    'ccaipAdapters',
    'staleInteractionHours',
    'stalePauseHours',
    'userId',
    'orgOrigin'
];

export interface BridgeConfig {
    allowedOrigins: OriginRule[];
    logCalls: boolean;
    logChats: boolean;
    logPauses: boolean;
    logCustomEvents: boolean;
    /** Keep the agent's status record (CC_Agent_Status__c) for the team board. */
    keepAgentStatus: boolean;
    storeTranscript: boolean;
    storeExtra: boolean;
    screenPop: ScreenPopMode;
    matchObjects: MatchObject[];
    defaultCountryCode: string;
    /** The Salesforce user running the bridge (Agent__c); null when unknown. */
    userId: string | null;
    orgOrigin?: string;
    cpfField?: string;
    cpfExtraKey: string;
    /** Set when the bridge hosts CCAI Platform adapters: their origin and iframe URLs. */
    hostedAdapter?: HostedAdapter;
    /** An open call or chat, or an open pause, with no event for this long is closed as stale (ms). */
    staleInteractionMs: number;
    stalePauseMs: number;
}

export const DEFAULT_STALE_INTERACTION_HOURS = 4;
export const DEFAULT_STALE_PAUSE_HOURS = 12;
const HOUR_MS = 60 * 60 * 1000;

export interface HostedAdapter {
    origin: string;
    callUrl?: string;
    chatUrl?: string;
}

const SALESFORCE_USER_ID = /^005[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/;

export interface ConfigResult {
    config: BridgeConfig;
    diagnostics: Diagnostic[];
}

/** Reads admin properties; unusable values fall back to the default with a CONFIG_INVALID diagnostic. */
export function readConfig(properties: BridgeProperties, at: string): ConfigResult {
    const diagnostics: Diagnostic[] = [];
    const invalid = (property: string, message: string) =>
        diagnostics.push(diagnostic(at, 'error', DiagnosticCode.ConfigInvalid, message, property));

    const originsText = textOr(properties.allowedOrigins, DEFAULT_ALLOWED_ORIGINS);
    const origins = parseAllowedOrigins(originsText);
    // Named with the App Builder label, as the admin sees the property.
    for (const { entry, reason } of origins.invalid) {
        invalid('allowedOrigins', `Allowed origins: "${entry}" is ignored (${reason}); the other entries apply.`);
    }
    for (const { entry, origin } of origins.assumedHttps) {
        diagnostics.push(
            diagnostic(
                at,
                'info',
                DiagnosticCode.ConfigAdjusted,
                `Allowed origins: "${entry}" has no scheme; read as ${origin}.`,
                'allowedOrigins'
            )
        );
    }
    if (origins.rules.length === 0) {
        invalid('allowedOrigins', 'Allowed origins has no usable entry: every message is rejected until it is corrected.');
    }

    const flag = (property: keyof BridgeProperties, fallback: boolean): boolean => {
        const value = properties[property];
        if (value === undefined || value === null || value === '') {
            return fallback;
        }
        if (typeof value === 'boolean') {
            return value;
        }
        if (value === 'true' || value === 'false') {
            return value === 'true';
        }
        invalid(property, `${property} must be true or false; using ${fallback}.`);
        return fallback;
    };

    let screenPop: ScreenPopMode = 'single';
    const screenPopText = textOr(properties.screenPop, 'single').toLowerCase();
    if (screenPopText === 'off' || screenPopText === 'single') {
        screenPop = screenPopText;
    } else {
        invalid('screenPop', `screenPop must be "off" or "single"; using "single".`);
    }

    const { matchObjects, defaultCountryCode, cpfField } = readMatchSettings(properties, invalid);

    let userId: string | null = null;
    const userText = textOr(properties.userId, '');
    if (SALESFORCE_USER_ID.test(userText)) {
        userId = userText;
    } else if (userText !== '') {
        invalid('userId', `userId "${userText}" is not a Salesforce user id; Agent__c stays empty.`);
    }

    const hostedAdapter = readHostedAdapter(properties, invalid);
    const orgOrigin = textOr(properties.orgOrigin, '');
    const hours = (property: 'staleInteractionHours' | 'stalePauseHours', fallback: number): number => {
        const value = properties[property];
        if (value === undefined || value === null || value === '') {
            return fallback;
        }
        const number = typeof value === 'number' ? value : Number(String(value).trim());
        if (Number.isFinite(number) && number >= 1 && number <= 72) {
            return number;
        }
        invalid(property, `${property} must be a number of hours from 1 to 72; using ${fallback}.`);
        return fallback;
    };

    return {
        config: {
            allowedOrigins: origins.rules,
            logCalls: flag('logCalls', true),
            logChats: flag('logChats', true),
            logPauses: flag('logPauses', true),
            logCustomEvents: flag('logCustomEvents', true),
            keepAgentStatus: flag('keepAgentStatus', true),
            storeTranscript: flag('storeTranscript', false),
            storeExtra: flag('storeExtra', true),
            screenPop,
            matchObjects,
            defaultCountryCode,
            userId,
            ...(orgOrigin ? { orgOrigin } : {}),
            ...(cpfField ? { cpfField } : {}),
            cpfExtraKey: textOr(properties.cpfExtraKey, 'cpf'),
            ...(hostedAdapter ? { hostedAdapter } : {}),
            staleInteractionMs: hours('staleInteractionHours', DEFAULT_STALE_INTERACTION_HOURS) * HOUR_MS,
            stalePauseMs: hours('stalePauseHours', DEFAULT_STALE_PAUSE_HOURS) * HOUR_MS
        },
        diagnostics
    };
}

function textOr(value: unknown, fallback: string): string {
    if (typeof value === 'string' && value.trim() !== '') {
        return value.trim();
    }
    return fallback;
}

/** The hosted CCAI Platform adapters: `<tenant>/agent/?type=call|chat&from=custom` (seed 002, "iFrame"). */
function readHostedAdapter(properties: BridgeProperties, invalid: (property: string, message: string) => void): HostedAdapter | undefined {
    const tenant = textOr(properties.ccaipTenantUrl, '');
    if (tenant === '') {
        return undefined;
    }
    let url: URL;
    try {
        url = new URL(tenant);
    } catch {
        invalid('ccaipTenantUrl', `ccaipTenantUrl "${tenant}" is not a URL; no adapter is hosted.`);
        return undefined;
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(url.hostname))) {
        invalid('ccaipTenantUrl', `ccaipTenantUrl must use https; no adapter is hosted.`);
        return undefined;
    }
    const wanted = textOr(properties.ccaipAdapters, 'call,chat')
        .toLowerCase()
        .split(/[\s,]+/);
    const adapterUrl = (type: 'call' | 'chat') => `${url.origin}/agent/?type=${type}&from=custom`;
    const hosted: HostedAdapter = {
        origin: url.origin,
        ...(wanted.includes('call') ? { callUrl: adapterUrl('call') } : {}),
        ...(wanted.includes('chat') ? { chatUrl: adapterUrl('chat') } : {})
    };
    if (!hosted.callUrl && !hosted.chatUrl) {
        invalid('ccaipAdapters', `ccaipAdapters must name call, chat or both; hosting both.`);
        return { origin: url.origin, callUrl: adapterUrl('call'), chatUrl: adapterUrl('chat') };
    }
    return hosted;
}
