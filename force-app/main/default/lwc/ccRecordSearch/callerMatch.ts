/**
 * Who is calling: candidates come from the org (a GraphQL query for records whose phone ends with the
 * same four digits, or whose CPF or email is the caller's), and the match is confirmed here on
 * normalized numbers, because phone fields hold whatever users typed. Objects are searched in the
 * admin's order; the first object with a confirmed match decides.
 */
import { normalizePhone, phoneSearchFragments, samePhone } from './phoneNumber';

/** The objects a caller is searched on, in the admin's order (the bridge's matchObjects property). */
export type MatchObject = 'Contact' | 'Lead' | 'Account';

/** A record that may be the caller, as the directory returns it. */
export interface CallerCandidate {
    objectApiName: MatchObject;
    recordId: string;
    name?: string;
    phones: string[];
    email?: string;
    cpf?: string;
}

export interface CallerQuery {
    objects: MatchObject[];
    /**
     * A stored phone must hold one of these (`like '%765-4321%'` in GraphQL): the caller's last seven
     * digits as users type them, plain or split before the last four by `-`, a space or `.`.
     */
    phoneFragments?: string[];
    email?: string;
    /** The CPF as digits and as usually typed (`12345678909`, `123.456.789-09`). */
    cpfValues?: string[];
    /** The field on the match objects that holds the CPF. */
    cpfField?: string;
}

/** The caller-directory port: the lightning/graphql wire in the org, seed records in the replay. */
export interface CallerDirectory {
    search(query: CallerQuery): Promise<CallerCandidate[]>;
}

export interface CallerRecord {
    objectApiName: MatchObject;
    recordId: string;
    name?: string;
}

/** single: one record, linked and popped; several: the agent chooses; none: offer a new contact. */
export interface CallerMatch {
    outcome: 'single' | 'several' | 'none';
    record?: CallerRecord;
    candidates: CallerRecord[];
    /** The number that was looked up, as the softphone sent it. */
    number?: string;
}

/** What identifies the caller of an interaction: the number, and the CPF or email when known. */
export interface CallerIdentity {
    number?: string;
    email?: string;
    cpf?: string;
}

/** The query for a caller, or nothing when there is nothing to search (no number, an extension). */
export function callerQuery(
    identity: CallerIdentity,
    objects: MatchObject[],
    defaultCountryCode: string,
    cpfField: string | undefined
): CallerQuery | undefined {
    const phone = identity.number ? normalizePhone(identity.number, defaultCountryCode) : undefined;
    const phoneFragments = phone ? phoneSearchFragments(phone) : undefined;
    const cpfValues = cpfField && identity.cpf ? cpfVariants(identity.cpf) : undefined;
    if (!phoneFragments && !identity.email && !cpfValues) {
        return undefined;
    }
    return {
        objects,
        ...(phoneFragments ? { phoneFragments } : {}),
        ...(identity.email ? { email: identity.email } : {}),
        ...(cpfValues ? { cpfValues, cpfField } : {})
    };
}

/** The key a lookup is cached under: the same caller within a few minutes is not looked up again. */
export function callerCacheKey(query: CallerQuery, identity: CallerIdentity, defaultCountryCode: string): string {
    const phone = identity.number ? normalizePhone(identity.number, defaultCountryCode) : undefined;
    return JSON.stringify([query.objects, phone?.e164 ?? phone?.digits ?? null, query.email ?? null, query.cpfValues?.[0] ?? null]);
}

export function confirmCaller(
    identity: CallerIdentity,
    query: CallerQuery,
    candidates: CallerCandidate[],
    defaultCountryCode: string
): CallerMatch {
    const phone = identity.number ? normalizePhone(identity.number, defaultCountryCode) : undefined;
    const cpf = identity.cpf?.replace(/\D/g, '');
    const isCaller = (candidate: CallerCandidate) =>
        (phone !== undefined &&
            candidate.phones.some((stored) => samePhone(phone, normalizePhone(stored, defaultCountryCode), defaultCountryCode !== ''))) ||
        (cpf !== undefined && cpf.length === 11 && candidate.cpf?.replace(/\D/g, '') === cpf) ||
        (identity.email !== undefined && candidate.email?.toLowerCase() === identity.email.toLowerCase());
    for (const objectApiName of query.objects) {
        const confirmed = unique(candidates.filter((candidate) => candidate.objectApiName === objectApiName && isCaller(candidate)));
        if (confirmed.length > 0) {
            const records = confirmed.map(callerRecord);
            return {
                outcome: records.length === 1 ? 'single' : 'several',
                ...(records.length === 1 ? { record: records[0] } : {}),
                candidates: records,
                ...numberOf(identity)
            };
        }
    }
    return { outcome: 'none', candidates: [], ...numberOf(identity) };
}

function callerRecord({ objectApiName, recordId, name }: CallerCandidate): CallerRecord {
    return name ? { objectApiName, recordId, name } : { objectApiName, recordId };
}

function numberOf(identity: CallerIdentity): { number?: string } {
    return identity.number ? { number: identity.number } : {};
}

function unique(candidates: CallerCandidate[]): CallerCandidate[] {
    const seen = new Set<string>();
    return candidates.filter((candidate) => !seen.has(candidate.recordId) && seen.add(candidate.recordId) !== undefined);
}

/** A CPF as stored by most orgs: digits only, or formatted 000.000.000-00. */
export function cpfVariants(cpf: string): string[] | undefined {
    const digits = cpf.replace(/\D/g, '');
    if (digits.length !== 11) {
        return undefined;
    }
    return [digits, `${digits.slice(0, 3)}.${digits.slice(3, 6)}.${digits.slice(6, 9)}-${digits.slice(9)}`];
}
