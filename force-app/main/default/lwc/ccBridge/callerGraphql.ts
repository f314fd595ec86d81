/**
 * The caller-directory port in the org: GraphQL queries (through the bridge's GraphqlQueue) asking
 * each match object for records whose phone holds the caller's last seven digits as people type them
 * (at the end, or before an extension such as `ext. 12`), or whose email or CPF is the caller's. The query is built
 * for the criteria at hand (a blank criterion would match every blank field). A full page is followed
 * by the next, so "nobody" is never decided from a cut-off list.
 */
import type { CallerCandidate, CallerDirectory, CallerQuery } from 'c/ccCore';
import type { GraphqlQueue } from './graphqlQueue';

/** Records per object and page; a lookup pages through the rest rather than decide from a cut-off list. */
export const CANDIDATES_PER_OBJECT = 200;
/** Pages per object at most: past this many candidates the lookup fails rather than answer "nobody". */
export const MAX_PAGES = 10;
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

/**
 * The query text and variables for one lookup; `alias` names its answer. `after` asks for the page
 * after that cursor (a follow-up for a single object whose first page was full).
 */
export function callerGraphqlRequest(query: CallerQuery, alias = 'lookup1', after?: string): CallerGraphqlRequest {
    const variables: Record<string, unknown> = { first: CANDIDATES_PER_OBJECT, ...(after !== undefined ? { after } : {}) };
    const declarations = ['$first: Int', ...(after !== undefined ? ['$after: String'] : [])];
    const fragments = query.phoneFragments ?? [];
    // Contains, not ends with: a stored `(11) 98765-4321 ramal 200` is a candidate too.
    fragments.forEach((fragment, index) => {
        variables[`phone${index}`] = `%${fragment}%`;
        declarations.push(`$phone${index}: String`);
    });
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
            ...phones.flatMap((field) => fragments.map((_, index) => `{ ${field}: { like: $phone${index} } }`)),
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
    return { text: `query callerCandidates(${declarations.join(', ')}) { ${alias}: uiapi { query { ${blocks.join(' ')} } } }`, variables };
}

type FieldNode = { value?: unknown } | null | undefined;
type GraphqlNode = Record<string, FieldNode | string>;

type ObjectAnswer = { edges?: { node?: GraphqlNode }[]; pageInfo?: { hasNextPage?: unknown; endCursor?: unknown } };
/** What came under the request's alias: `{ query: { Contact: {...}, ... } }`. */
type UiapiAnswer = { query?: Record<string, ObjectAnswer> } | undefined;

/** The objects whose answer has more pages, with the cursor to ask from. */
export function morePagesIn(answer: unknown, query: CallerQuery): { objectApiName: CallerQuery['objects'][number]; after: string }[] {
    const queryResult = (answer as UiapiAnswer)?.query ?? {};
    return query.objects.flatMap((objectApiName) => {
        const pageInfo = queryResult[objectApiName]?.pageInfo;
        return pageInfo?.hasNextPage === true && typeof pageInfo.endCursor === 'string'
            ? [{ objectApiName, after: pageInfo.endCursor }]
            : [];
    });
}

/** The candidates in a GraphQL answer, in the shape the core confirms. */
export function callerCandidatesFrom(answer: unknown, query: CallerQuery): CallerCandidate[] {
    const queryResult = (answer as UiapiAnswer)?.query ?? {};
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

/** Caller lookups over the bridge's GraphQL queue: each object's pages, in turn, until none is full. */
export class GraphqlCallerDirectory implements CallerDirectory {
    private readonly queue: GraphqlQueue;

    constructor(queue: GraphqlQueue) {
        this.queue = queue;
    }

    async search(query: CallerQuery): Promise<CallerCandidate[]> {
        const answer = await this.queue.ask((alias) => callerGraphqlRequest(query, alias));
        const rest = await Promise.all(
            morePagesIn(answer, query).map(({ objectApiName, after }) => this.pagesFrom({ ...query, objects: [objectApiName] }, after, 2))
        );
        return [...callerCandidatesFrom(answer, query), ...rest.flat()];
    }

    /** Page `page` of one object, from its cursor on, and the pages after it. */
    private async pagesFrom(objectQuery: CallerQuery, after: string, page: number): Promise<CallerCandidate[]> {
        if (page > MAX_PAGES) {
            // Never "nobody" from a cut-off list: the lookup fails and says why.
            throw new Error(`more than ${MAX_PAGES * CANDIDATES_PER_OBJECT} ${objectQuery.objects[0]} records share these digits`);
        }
        const answer = await this.queue.ask((alias) => callerGraphqlRequest(objectQuery, alias, after));
        const next = morePagesIn(answer, objectQuery)[0];
        const later = next ? await this.pagesFrom(objectQuery, next.after, page + 1) : [];
        return [...callerCandidatesFrom(answer, objectQuery), ...later];
    }
}
