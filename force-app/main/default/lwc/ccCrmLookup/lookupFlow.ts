/**
 * What a lookup URL leads to, decided with the bridge's own caller matching (c/ccRecordSearch): the
 * record `{ACCOUNT_ID}` names when it is one of this org's, else the records the customer's phone,
 * email or CPF match in the admin's objects: one (open it), several (the agent chooses) or none.
 */
import {
    callerQuery,
    confirmCaller,
    cpfVariants,
    type CallerCandidate,
    type CallerDirectory,
    type CallerRecord,
    type MatchObject,
    type MatchSettings
} from 'c/ccRecordSearch';
import { isRecordIdShaped } from './accountRecord';
import type { LookupRequest } from './lookupRequest';

/** A record the lookup found, with what the agent needs to tell candidates apart. */
export interface FoundCaller extends CallerRecord {
    phone?: string;
    email?: string;
    /** A Contact's Account name, a Lead's Company: shown when the agent chooses among several. */
    account?: string;
}

export type LookupOutcome =
    | { kind: 'open'; record: FoundCaller }
    | { kind: 'choose'; candidates: FoundCaller[] }
    | { kind: 'none' }
    /** Neither a usable phone, email nor CPF: there is nobody to look for. */
    | { kind: 'nothingToSearch' };

export interface LookupPorts {
    directory: CallerDirectory;
    /** The record of these objects with this id that this user can read, if any. */
    recordById(id: string, objects: readonly MatchObject[]): Promise<CallerRecord | undefined>;
    /** Record id → its account (candidateAccounts.ts). */
    accounts(candidates: readonly CallerRecord[]): Promise<Map<string, string>>;
}

export interface LookupResult {
    outcome: LookupOutcome;
    /** `{ACCOUNT_ID}` was given but is not a record of this org: ignored, and the page says so. */
    accountIdIgnored?: true;
}

/** What the customer is looked up by: the URL's phone and email, and the CUID when it is a CPF and a CPF field is set. */
export function searchIdentity(request: Pick<LookupRequest, 'phone' | 'email' | 'cuid'>, settings: MatchSettings) {
    const cpf = settings.cpfField && request.cuid && cpfVariants(request.cuid) ? request.cuid : undefined;
    return {
        ...(request.phone ? { number: request.phone } : {}),
        ...(request.email ? { email: request.email } : {}),
        ...(cpf ? { cpf } : {})
    };
}

export async function lookUp(request: LookupRequest, settings: MatchSettings, ports: LookupPorts): Promise<LookupResult> {
    let accountIdIgnored = false;
    if (request.accountId !== undefined) {
        // A query that fails (an object this user cannot read) finds nothing: the number is looked up instead.
        const record = isRecordIdShaped(request.accountId)
            ? await ports.recordById(request.accountId, settings.matchObjects).catch(() => undefined)
            : undefined;
        if (record) {
            return { outcome: { kind: 'open', record } };
        }
        accountIdIgnored = true;
    }
    const outcome = await searchCaller(searchIdentity(request, settings), settings, ports);
    return accountIdIgnored ? { outcome, accountIdIgnored: true } : { outcome };
}

/** The caller search the bridge runs for a ringing call, on the identity given. */
export async function searchCaller(
    identity: ReturnType<typeof searchIdentity>,
    settings: MatchSettings,
    ports: Pick<LookupPorts, 'directory' | 'accounts'>
): Promise<LookupOutcome> {
    const query = callerQuery(identity, settings.matchObjects, settings.defaultCountryCode, settings.cpfField);
    if (!query) {
        return { kind: 'nothingToSearch' };
    }
    const candidates = await ports.directory.search(query);
    const match = confirmCaller(identity, query, candidates, settings.defaultCountryCode);
    if (match.outcome === 'single' && match.record) {
        return { kind: 'open', record: describe(match.record, candidates) };
    }
    if (match.outcome === 'none') {
        return { kind: 'none' };
    }
    // The accounts only help the agent choose: a list without them beats no list.
    const accounts = await ports.accounts(match.candidates).catch(() => new Map<string, string>());
    return { kind: 'choose', candidates: match.candidates.map((record) => describe(record, candidates, accounts.get(record.recordId))) };
}

function describe(record: CallerRecord, candidates: CallerCandidate[], account?: string): FoundCaller {
    const candidate = candidates.find((each) => each.recordId === record.recordId);
    const phone = candidate?.phones[0];
    return {
        ...record,
        ...(phone ? { phone } : {}),
        ...(candidate?.email ? { email: candidate.email } : {}),
        ...(account ? { account } : {})
    };
}
