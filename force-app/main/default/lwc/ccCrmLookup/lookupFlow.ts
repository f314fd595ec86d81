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
    type MatchSettings
} from 'c/ccRecordSearch';
import { isRecordIdShaped } from './accountRecord';
import type { LookupRequest } from './lookupRequest';

/** A record the lookup found, with what the agent needs to tell candidates apart. */
export interface FoundCaller extends CallerRecord {
    phone?: string;
    email?: string;
}

export type LookupOutcome =
    | { kind: 'open'; record: FoundCaller }
    | { kind: 'choose'; candidates: FoundCaller[] }
    | { kind: 'none' }
    /** Neither a usable phone, email nor CPF: there is nobody to look for. */
    | { kind: 'nothingToSearch' };

export interface LookupPorts {
    directory: CallerDirectory;
    /** The Contact, Lead or Account with this id that this user can read, if any. */
    recordById(id: string): Promise<CallerRecord | undefined>;
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
        const record = isRecordIdShaped(request.accountId) ? await ports.recordById(request.accountId) : undefined;
        if (record) {
            return { outcome: { kind: 'open', record } };
        }
        accountIdIgnored = true;
    }
    const outcome = await searchCaller(searchIdentity(request, settings), settings, ports.directory);
    return accountIdIgnored ? { outcome, accountIdIgnored: true } : { outcome };
}

/** The caller search the bridge runs for a ringing call, on the identity given. */
export async function searchCaller(
    identity: ReturnType<typeof searchIdentity>,
    settings: MatchSettings,
    directory: CallerDirectory
): Promise<LookupOutcome> {
    const query = callerQuery(identity, settings.matchObjects, settings.defaultCountryCode, settings.cpfField);
    if (!query) {
        return { kind: 'nothingToSearch' };
    }
    const candidates = await directory.search(query);
    const match = confirmCaller(identity, query, candidates, settings.defaultCountryCode);
    const found = match.candidates.map((record) => describe(record, candidates));
    if (match.outcome === 'single' && found[0]) {
        return { kind: 'open', record: found[0] };
    }
    return match.outcome === 'several' ? { kind: 'choose', candidates: found } : { kind: 'none' };
}

function describe(record: CallerRecord, candidates: CallerCandidate[]): FoundCaller {
    const candidate = candidates.find((each) => each.recordId === record.recordId);
    const phone = candidate?.phones[0];
    return {
        ...record,
        ...(phone ? { phone } : {}),
        ...(candidate?.email ? { email: candidate.email } : {})
    };
}
