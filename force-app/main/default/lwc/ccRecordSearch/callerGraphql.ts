/**
 * The caller-directory port in the org: GraphQL queries (through the bridge's GraphqlQueue) asking
 * each match object for records whose phone holds the caller's last seven digits as people type them
 * (at the end, or before an extension such as `ext. 12`), or whose email or CPF is the caller's. The query is built
 * for the criteria at hand (a blank criterion would match every blank field). A full page is followed
 * by the next, so "nobody" is never decided from a cut-off list.
 */
import { errorText } from 'c/ccErrors';
import type { CallerCandidate, CallerDirectory, CallerQuery } from './callerMatch';
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
    /** No object has a criterion left on fields this user can read: there is nothing to ask. */
    asksNothing?: true;
}

/**
 * The query text and variables for one lookup; `alias` names its answer. `after` asks for the page
 * after that cursor (a follow-up for a single object whose first page was full). `unreadable` holds
 * `Object.Field` names this user cannot read (left out of the filter and the selection; a variable
 * no criterion uses is not declared, as GraphQL refuses unused variables).
 */
export function callerGraphqlRequest(
    query: CallerQuery,
    alias = 'lookup1',
    after?: string,
    unreadable: ReadonlySet<string> = new Set()
): CallerGraphqlRequest {
    const readable = (objectApiName: string, field: string) => !unreadable.has(`${objectApiName}.${field}`);
    const fragments = query.phoneFragments ?? [];
    const used = new Set<string>();
    const blocks = query.objects.map((objectApiName) => {
        const phones = (OBJECT_PHONE_FIELDS[objectApiName] ?? []).filter((field) => readable(objectApiName, field));
        const email = OBJECT_HAS_EMAIL[objectApiName] === true && readable(objectApiName, 'Email');
        const cpf = query.cpfField !== undefined && readable(objectApiName, query.cpfField) ? query.cpfField : undefined;
        // Contains, not ends with: a stored `(11) 98765-4321 ramal 200` is a candidate too.
        const criteria = [
            ...phones.flatMap((field) => fragments.map((_, index) => `{ ${field}: { like: $phone${index} } }`)),
            ...(query.email && email ? ['{ Email: { eq: $email } }'] : []),
            ...(cpf && query.cpfValues ? [`{ ${cpf}: { in: $cpfs } }`] : [])
        ];
        for (const criterion of criteria) {
            const variable = /\$(\w+)/.exec(criterion)?.[1];
            if (variable) {
                used.add(variable);
            }
        }
        const fields = ['Id', 'Name { value }', ...phones.map((field) => `${field} { value }`)];
        if (email) {
            fields.push('Email { value }');
        }
        if (cpf) {
            fields.push(`${cpf} { value }`);
        }
        // An object with no readable criterion is not asked at all: "no match on those fields".
        if (criteria.length === 0) {
            return '';
        }
        const page = after !== undefined ? 'first: $first, after: $after' : 'first: $first';
        return `${objectApiName}(where: { or: [${criteria.join(', ')}] }, ${page}) { edges { node { ${fields.join(' ')} } } pageInfo { hasNextPage endCursor } }`;
    });
    const values: Record<string, unknown> = {
        ...Object.fromEntries(fragments.map((fragment, index) => [`phone${index}`, `%${fragment}%`])),
        ...(query.email ? { email: query.email } : {}),
        ...(query.cpfValues ? { cpfs: query.cpfValues } : {})
    };
    // Each variable has the type of the operator it fills (a query whose types differ is refused whole):
    // Phone fields filter with PhoneNumberOperators (`like: PhoneNumber`), Email with EmailOperators
    // (`eq: Email`), a Text field (the CPF field) with StringOperators (`in: [String]`).
    const types: Record<string, string> = { email: 'Email', cpfs: '[String]' };
    const variables: Record<string, unknown> = { first: CANDIDATES_PER_OBJECT, ...(after !== undefined ? { after } : {}) };
    const declarations = ['$first: Int', ...(after !== undefined ? ['$after: String'] : [])];
    for (const name of Object.keys(values).filter((key) => used.has(key))) {
        variables[name] = values[name];
        declarations.push(`$${name}: ${types[name] ?? 'PhoneNumber'}`); // $phone<n>
    }
    const asked = blocks.filter((block) => block !== '').join(' ');
    return {
        text: `query callerCandidates(${declarations.join(', ')}) { ${alias}: uiapi { query { ${asked} } } }`,
        variables,
        ...(asked === '' ? { asksNothing: true as const } : {})
    };
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

/** The `Object.Field` names of the query that a GraphQL error message names (what this user cannot read). */
function fieldsNamedIn(message: string, query: CallerQuery): string[] {
    const named = (name: string) => new RegExp(`\\b${name}\\b`).test(message);
    // An object is named by its own type or its filter's (`Contact`, `Contact_Filter`).
    const objectNamed = (name: string) => new RegExp(`\\b${name}(?:_Filter)?\\b`).test(message);
    return query.objects.flatMap((objectApiName) => {
        const fields = [...(OBJECT_PHONE_FIELDS[objectApiName] ?? []), ...(OBJECT_HAS_EMAIL[objectApiName] ? ['Email'] : [])];
        if (query.cpfField) {
            fields.push(query.cpfField);
        }
        // An error that names the object too is about that object's field only.
        const aboutObject = objectNamed(objectApiName) || !query.objects.some(objectNamed);
        return aboutObject ? fields.filter(named).map((field) => `${objectApiName}.${field}`) : [];
    });
}

/**
 * Caller lookups over the bridge's GraphQL queue: each object's pages, in turn, until none is full.
 * A field this user cannot read (field-level security: the GraphQL schema then lacks it, and the
 * query is refused naming it) is left out from then on, and counts as "no match on that field".
 */
export class GraphqlCallerDirectory implements CallerDirectory {
    private readonly queue: Pick<GraphqlQueue, 'ask'>;
    private readonly unreadable = new Set<string>();

    constructor(queue: Pick<GraphqlQueue, 'ask'>) {
        this.queue = queue;
    }

    async search(query: CallerQuery): Promise<CallerCandidate[]> {
        if (callerGraphqlRequest(query, 'probe', undefined, this.unreadable).asksNothing) {
            return []; // every field to search is one this user cannot read: no match on them
        }
        let answer: unknown;
        try {
            answer = await this.queue.ask((alias) => callerGraphqlRequest(query, alias, undefined, this.unreadable));
        } catch (error) {
            const named = fieldsNamedIn(errorText(error), query).filter((field) => !this.unreadable.has(field));
            if (named.length === 0) {
                throw error;
            }
            named.forEach((field) => this.unreadable.add(field));
            return this.search(query);
        }
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
        const answer = await this.queue.ask((alias) => callerGraphqlRequest(objectQuery, alias, after, this.unreadable));
        const next = morePagesIn(answer, objectQuery)[0];
        const later = next ? await this.pagesFrom(objectQuery, next.after, page + 1) : [];
        return [...callerCandidatesFrom(answer, objectQuery), ...later];
    }
}
