/**
 * The caller-directory port in the org: one GraphQL query (lightning/graphql) per lookup, asking
 * each match object for records whose phone holds the caller's last four digits (at the end, or
 * before an extension such as `ext. 12`), or whose email or CPF is the caller's. The query is built
 * for the criteria at hand (a blank criterion would match every blank field), and the wire is driven
 * by a reactive query and variables, since the wire has no imperative call. Lookups queue: one query
 * at a time, each under its own alias, so a late or repeated wire emission is never taken for the
 * answer to the next lookup; one that gets no answer in LOOKUP_TIMEOUT_MS fails.
 */
import type { CallerCandidate, CallerDirectory, CallerQuery } from 'c/ccCore';

/** Records per object and page; a lookup pages through the rest rather than decide from a cut-off list. */
export const CANDIDATES_PER_OBJECT = 200;
/** Pages per object at most: past this many candidates the lookup fails rather than answer "nobody". */
export const MAX_PAGES = 10;
export const LOOKUP_TIMEOUT_MS = 15_000;
const OBJECT_PHONE_FIELDS: Record<string, string[]> = {
    Contact: ['Phone', 'MobilePhone'],
    Lead: ['Phone', 'MobilePhone'],
    Account: ['Phone']
};
const OBJECT_HAS_EMAIL: Record<string, boolean> = { Contact: true, Lead: true, Account: false };

export interface CallerGraphqlRequest {
    text: string;
    variables: Record<string, unknown>;
    /** The alias the answer comes under (`data[alias].query`), unique per lookup. */
    alias: string;
}

/**
 * The query text and variables for one lookup; `alias` names its answer. `after` asks for the page
 * after that cursor (a follow-up for a single object whose first page was full).
 */
export function callerGraphqlRequest(query: CallerQuery, alias = 'lookup1', after?: string): CallerGraphqlRequest {
    const variables: Record<string, unknown> = { first: CANDIDATES_PER_OBJECT, ...(after !== undefined ? { after } : {}) };
    const declarations = ['$first: Int', ...(after !== undefined ? ['$after: String'] : [])];
    if (query.phoneSuffix) {
        // Contains, not ends with: a stored `(11) 98765-4321 ramal 200` is a candidate too.
        variables.phone = `%${query.phoneSuffix}%`;
        declarations.push('$phone: String');
    }
    if (query.email) {
        variables.email = query.email;
        declarations.push('$email: Email');
    }
    if (query.cpfField && query.cpfValues) {
        variables.cpfs = query.cpfValues;
        declarations.push('$cpfs: [String]');
    }
    const blocks = query.objects.map((objectApiName) => {
        const phones = OBJECT_PHONE_FIELDS[objectApiName] ?? [];
        const criteria = [
            ...(query.phoneSuffix ? phones.map((field) => `{ ${field}: { like: $phone } }`) : []),
            ...(query.email && OBJECT_HAS_EMAIL[objectApiName] ? ['{ Email: { eq: $email } }'] : []),
            ...(query.cpfField && query.cpfValues ? [`{ ${query.cpfField}: { in: $cpfs } }`] : [])
        ];
        const fields = ['Id', 'Name { value }', ...phones.map((field) => `${field} { value }`)];
        if (OBJECT_HAS_EMAIL[objectApiName]) {
            fields.push('Email { value }');
        }
        if (query.cpfField) {
            fields.push(`${query.cpfField} { value }`);
        }
        const where = criteria.length > 0 ? `where: { or: [${criteria.join(', ')}] }, ` : '';
        const page = after !== undefined ? 'first: $first, after: $after' : 'first: $first';
        return `${objectApiName}(${where}${page}) { edges { node { ${fields.join(' ')} } } pageInfo { hasNextPage endCursor } }`;
    });
    return {
        text: `query callerCandidates(${declarations.join(', ')}) { ${alias}: uiapi { query { ${blocks.join(' ')} } } }`,
        variables,
        alias
    };
}

type FieldNode = { value?: unknown } | null | undefined;
type GraphqlNode = Record<string, FieldNode | string>;

type ObjectAnswer = { edges?: { node?: GraphqlNode }[]; pageInfo?: { hasNextPage?: unknown; endCursor?: unknown } };
type GraphqlAnswer = Record<string, { query?: Record<string, ObjectAnswer> } | undefined>;

/** The objects whose answer under `alias` has more pages, with the cursor to ask from. */
export function morePagesIn(
    data: unknown,
    query: CallerQuery,
    alias: string
): { objectApiName: CallerQuery['objects'][number]; after: string }[] {
    const queryResult = (data as GraphqlAnswer | undefined)?.[alias]?.query ?? {};
    return query.objects.flatMap((objectApiName) => {
        const pageInfo = queryResult[objectApiName]?.pageInfo;
        return pageInfo?.hasNextPage === true && typeof pageInfo.endCursor === 'string'
            ? [{ objectApiName, after: pageInfo.endCursor }]
            : [];
    });
}

/** Whether a wire result answers the lookup under `alias` (a result for an earlier lookup does not). */
export function answersLookup(data: unknown, alias: string): boolean {
    return typeof data === 'object' && data !== null && alias in data;
}

/** The candidates in a GraphQL answer, in the shape the core confirms. */
export function callerCandidatesFrom(data: unknown, query: CallerQuery, alias = 'lookup1'): CallerCandidate[] {
    const queryResult = (data as GraphqlAnswer | undefined)?.[alias]?.query ?? {};
    const candidates: CallerCandidate[] = [];
    for (const objectApiName of query.objects) {
        for (const edge of queryResult[objectApiName]?.edges ?? []) {
            const node = edge.node ?? {};
            const text = (field: string) => {
                const value = (node[field] as FieldNode)?.value;
                return typeof value === 'string' && value !== '' ? value : undefined;
            };
            const recordId = typeof node.Id === 'string' ? node.Id : undefined;
            if (!recordId) {
                continue;
            }
            const name = text('Name');
            const email = text('Email');
            const cpf = query.cpfField ? text(query.cpfField) : undefined;
            candidates.push({
                objectApiName,
                recordId,
                ...(name ? { name } : {}),
                phones: (OBJECT_PHONE_FIELDS[objectApiName] ?? []).map(text).filter((phone): phone is string => phone !== undefined),
                ...(email ? { email } : {}),
                ...(cpf ? { cpf } : {})
            });
        }
    }
    return candidates;
}

interface Pending {
    query: CallerQuery;
    request: CallerGraphqlRequest;
    resolve: (candidates: CallerCandidate[]) => void;
    reject: (error: unknown) => void;
    /** Candidates of the pages answered so far. */
    found: CallerCandidate[];
    /** Follow-up pages still to ask for, and how many pages were asked for. */
    morePages: { query: CallerQuery; after: string }[];
    pages: number;
}

/** The timer the directory gives up on a lookup with (the bridge's clock port). */
export interface LookupTimer {
    setTimeout(callback: () => void, ms: number): unknown;
    clearTimeout(handle: unknown): void;
}

/**
 * Queues lookups and hands them to the wire one at a time: `run` sets the component's reactive
 * query and variables; the component passes each wire result to `deliver`. A lookup whose first
 * page is full pages through the rest of that object before it answers.
 */
export class GraphqlCallerDirectory implements CallerDirectory {
    private readonly queue: Pending[] = [];
    private readonly run: (request: CallerGraphqlRequest) => void;
    private readonly timer: LookupTimer;
    private sequence = 0;
    private timeout?: unknown;

    constructor(run: (request: CallerGraphqlRequest) => void, timer: LookupTimer) {
        this.run = run;
        this.timer = timer;
    }

    search(query: CallerQuery): Promise<CallerCandidate[]> {
        return new Promise((resolve, reject) => {
            this.queue.push({ query, request: this.request(query), resolve, reject, found: [], morePages: [], pages: 1 });
            if (this.queue.length === 1) {
                this.ask();
            }
        });
    }

    /** A new alias each time: answers cannot be mixed up, and the wire runs again for the same criteria. */
    private request(query: CallerQuery, after?: string): CallerGraphqlRequest {
        this.sequence += 1;
        return callerGraphqlRequest(query, `lookup${this.sequence}`, after);
    }

    private ask(): void {
        const current = this.queue[0];
        if (!current) {
            return;
        }
        this.timeout = this.timer.setTimeout(() => {
            this.timeout = undefined;
            this.finish((lookup) => lookup.reject(new Error(`no answer from GraphQL in ${LOOKUP_TIMEOUT_MS / 1000} s`)));
        }, LOOKUP_TIMEOUT_MS);
        this.run(current.request);
    }

    /**
     * A wire result. Loading results (no data, no errors) and data for another request (an earlier
     * one's late or repeated emission) are not answers; errors are the current request's.
     */
    deliver(result: { data?: unknown; errors?: unknown } | undefined): void {
        const current = this.queue[0];
        if (!current || !result) {
            return;
        }
        const failed = result.errors !== undefined && result.errors !== null && (!Array.isArray(result.errors) || result.errors.length > 0);
        if (failed) {
            this.finish((lookup) => lookup.reject({ body: { message: graphqlErrorText(result.errors) } }));
            return;
        }
        const { alias } = current.request;
        if (!answersLookup(result.data, alias)) {
            return;
        }
        current.found.push(...callerCandidatesFrom(result.data, current.query, alias));
        current.morePages.push(
            ...morePagesIn(result.data, current.query, alias).map(({ objectApiName, after }) => ({
                query: { ...current.query, objects: [objectApiName] },
                after
            }))
        );
        const next = current.morePages.shift();
        if (!next) {
            this.finish((lookup) => lookup.resolve(lookup.found));
        } else if (current.pages >= MAX_PAGES * current.query.objects.length) {
            // Never "nobody" from a cut-off list: the lookup fails and says why.
            this.finish((lookup) =>
                lookup.reject(
                    new Error(`more than ${MAX_PAGES * CANDIDATES_PER_OBJECT} ${next.query.objects[0]} records share these digits`)
                )
            );
        } else {
            this.clearTimeout();
            current.pages += 1;
            current.request = this.request(next.query, next.after);
            this.ask();
        }
    }

    private finish(settle: (lookup: Pending) => void): void {
        const current = this.queue.shift();
        this.clearTimeout();
        if (current) {
            settle(current);
        }
        this.ask();
    }

    private clearTimeout(): void {
        if (this.timeout !== undefined) {
            this.timer.clearTimeout(this.timeout);
            this.timeout = undefined;
        }
    }
}

function graphqlErrorText(errors: unknown): string {
    const list = Array.isArray(errors) ? errors : [errors];
    return list.map(errorMessage).join('; ');
}

function errorMessage(error: unknown): string {
    const message = (error as { message?: unknown } | null)?.message;
    return typeof message === 'string' ? message : String(error);
}
