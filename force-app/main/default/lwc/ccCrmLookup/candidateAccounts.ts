/**
 * The account of each candidate in the "several records match" list: a Contact's Account name, a
 * Lead's Company. Two GraphQL queries (the candidates' AccountId and Company, then those Accounts'
 * names), asked only when the agent has to choose. What this user cannot read stays blank: the
 * account only helps tell candidates apart, the list works without it.
 */
import type { CallerRecord } from 'c/ccRecordSearch';

export type GraphqlAsk = (build: (alias: string) => { text: string; variables: Record<string, unknown> }) => Promise<unknown>;

type Edges = { edges?: { node?: Record<string, unknown> }[] };
type Answer = { query?: Record<string, Edges> } | undefined;

/** Record id → the account to show beside it. */
export async function candidateAccounts(candidates: readonly CallerRecord[], ask: GraphqlAsk): Promise<Map<string, string>> {
    const accounts = new Map<string, string>();
    const contacts = idsOf(candidates, 'Contact');
    const leads = idsOf(candidates, 'Lead');
    if (contacts.length === 0 && leads.length === 0) {
        return accounts;
    }
    const blocks = [
        ...(contacts.length > 0
            ? ['Contact(where: { Id: { in: $contacts } }, first: 200) { edges { node { Id AccountId { value } } } }']
            : []),
        ...(leads.length > 0 ? ['Lead(where: { Id: { in: $leads } }, first: 200) { edges { node { Id Company { value } } } }'] : [])
    ];
    const declarations = [...(contacts.length > 0 ? ['$contacts: [ID]'] : []), ...(leads.length > 0 ? ['$leads: [ID]'] : [])];
    const people = (await ask((alias) => ({
        text: `query candidateAccounts(${declarations.join(', ')}) { ${alias}: uiapi { query { ${blocks.join(' ')} } } }`,
        variables: { ...(contacts.length > 0 ? { contacts } : {}), ...(leads.length > 0 ? { leads } : {}) }
    }))) as Answer;
    for (const node of nodes(people, 'Lead')) {
        const company = valueOf(node, 'Company');
        if (typeof node.Id === 'string' && company) {
            accounts.set(node.Id, company);
        }
    }
    const accountOf = new Map<string, string>();
    for (const node of nodes(people, 'Contact')) {
        const accountId = valueOf(node, 'AccountId');
        if (typeof node.Id === 'string' && accountId) {
            accountOf.set(node.Id, accountId);
        }
    }
    if (accountOf.size === 0) {
        return accounts;
    }
    const names = (await ask((alias) => ({
        text: `query accountNames($ids: [ID]) { ${alias}: uiapi { query { Account(where: { Id: { in: $ids } }, first: 200) { edges { node { Id Name { value } } } } } } }`,
        variables: { ids: [...new Set(accountOf.values())] }
    }))) as Answer;
    const nameOf = new Map(
        nodes(names, 'Account').flatMap((node) => (typeof node.Id === 'string' ? [[node.Id, valueOf(node, 'Name')]] : []))
    );
    for (const [contactId, accountId] of accountOf) {
        const name = nameOf.get(accountId);
        if (name) {
            accounts.set(contactId, name);
        }
    }
    return accounts;
}

function idsOf(candidates: readonly CallerRecord[], objectApiName: string): string[] {
    return candidates.filter((candidate) => candidate.objectApiName === objectApiName).map((candidate) => candidate.recordId);
}

function nodes(answer: Answer, objectApiName: string): Record<string, unknown>[] {
    return (answer?.query?.[objectApiName]?.edges ?? []).flatMap((edge) => (edge.node ? [edge.node] : []));
}

function valueOf(node: Record<string, unknown>, field: string): string | undefined {
    const value = (node[field] as { value?: unknown } | null | undefined)?.value;
    return typeof value === 'string' && value !== '' ? value : undefined;
}
