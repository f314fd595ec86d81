/**
 * The caller-directory port in the org: one GraphQL query (lightning/graphql) per lookup, asking
 * each match object for records whose phone ends with the caller's last four digits, or whose email
 * or CPF is the caller's. The query is built for the criteria at hand (a blank criterion would match
 * every blank field), and the wire is driven by a reactive query and variables, since the wire has
 * no imperative call. Lookups queue: one query at a time.
 */
import type { CallerCandidate, CallerDirectory, CallerQuery } from 'c/ccCore';

export const CANDIDATES_PER_OBJECT = 50;
const OBJECT_PHONE_FIELDS: Record<string, string[]> = {
    Contact: ['Phone', 'MobilePhone'],
    Lead: ['Phone', 'MobilePhone'],
    Account: ['Phone']
};
const OBJECT_HAS_EMAIL: Record<string, boolean> = { Contact: true, Lead: true, Account: false };

export interface CallerGraphqlRequest {
    text: string;
    variables: Record<string, unknown>;
}

/** The query text and variables for one lookup. */
export function callerGraphqlRequest(query: CallerQuery): CallerGraphqlRequest {
    const variables: Record<string, unknown> = { first: CANDIDATES_PER_OBJECT };
    const declarations = ['$first: Int'];
    if (query.phoneSuffix) {
        variables.phone = `%${query.phoneSuffix}`;
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
        return `${objectApiName}(${where}first: $first) { edges { node { ${fields.join(' ')} } } }`;
    });
    return { text: `query callerCandidates(${declarations.join(', ')}) { uiapi { query { ${blocks.join(' ')} } } }`, variables };
}

type FieldNode = { value?: unknown } | null | undefined;
type GraphqlNode = Record<string, FieldNode | string>;

/** The candidates in a GraphQL answer, in the shape the core confirms. */
export function callerCandidatesFrom(data: unknown, query: CallerQuery): CallerCandidate[] {
    const queryResult =
        (data as { uiapi?: { query?: Record<string, { edges?: { node?: GraphqlNode }[] }> } } | undefined)?.uiapi?.query ?? {};
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
}

/**
 * Queues lookups and hands them to the wire one at a time: `run` sets the component's reactive
 * query and variables; the component passes each wire result to `deliver`.
 */
export class GraphqlCallerDirectory implements CallerDirectory {
    private readonly queue: Pending[] = [];
    private readonly run: (request: CallerGraphqlRequest) => void;
    private lastRun?: string;

    constructor(run: (request: CallerGraphqlRequest) => void) {
        this.run = run;
    }

    search(query: CallerQuery): Promise<CallerCandidate[]> {
        return new Promise((resolve, reject) => {
            this.queue.push({ query, request: callerGraphqlRequest(query), resolve, reject });
            if (this.queue.length === 1) {
                this.start();
            }
        });
    }

    private start(): void {
        const next = this.queue[0];
        if (!next) {
            return;
        }
        // A wire whose query and variables did not change does not run again: the same lookup
        // twice in a row (after the cache time) asks for one record fewer to be a new request.
        const key = JSON.stringify(next.request);
        if (key === this.lastRun) {
            next.request = { ...next.request, variables: { ...next.request.variables, first: CANDIDATES_PER_OBJECT - 1 } };
        }
        this.lastRun = JSON.stringify(next.request);
        this.run(next.request);
    }

    /** A wire result for the query in front of the queue. Results with no data and no errors (loading) wait. */
    deliver(result: { data?: unknown; errors?: unknown } | undefined): void {
        const current = this.queue[0];
        if (!current || !result || (result.data === undefined && result.errors === undefined)) {
            return;
        }
        this.queue.shift();
        if (result.errors !== undefined && result.errors !== null && (!Array.isArray(result.errors) || result.errors.length > 0)) {
            current.reject({ body: { message: graphqlErrorText(result.errors) } });
        } else {
            current.resolve(callerCandidatesFrom(result.data, current.query));
        }
        this.start();
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
