/**
 * "Needs wrap-up": this agent's calls and chats that ended in the last hours with no disposition,
 * asked of the org (lightning/graphql), so the list is the same after a reload, in every tab and on
 * every page. Notes alone do not count as a wrap-up: a long text field cannot be filtered on.
 */
import { formatTimeOfDay } from 'c/ccLiveProtocol';

/** How far back the list looks: one shift. */
export const NEEDS_WRAP_UP_HOURS = 12;
/** Rows the list shows at most. */
export const NEEDS_WRAP_UP_ROWS = 5;

export interface WrapUpTarget {
    recordId: string;
    /** What the agent reads: the number and the time it ended (`11987654321 · 14:05`). */
    label: string;
}

/** The query for this agent's unwrapped interactions that ended since `sinceIso`. */
export function needsWrapUpQuery(userId: string, sinceIso: string): { text: string; variables: Record<string, unknown> } {
    return {
        text: `query needsWrapUp($agent: ID, $since: DateTime, $first: Int) { uiapi { query { CC_Interaction__c(where: { and: [{ Agent__c: { eq: $agent } }, { Status__c: { in: ["Ended", "Missed"] } }, { Disposition__c: { eq: null } }, { Ended_At__c: { gte: { value: $since } } }] }, orderBy: { Ended_At__c: { order: DESC } }, first: $first) { edges { node { Id Customer_Number__c { value } Channel__c { value } Ended_At__c { value } } } } } } }`,
        variables: { agent: userId, since: sinceIso, first: NEEDS_WRAP_UP_ROWS + 1 }
    };
}

type FieldNode = { value?: unknown } | null | undefined;
type InteractionNode = { Id?: unknown; Customer_Number__c?: FieldNode; Channel__c?: FieldNode; Ended_At__c?: FieldNode };

/** The rows of an answer, newest first, without the interaction the form shows already. */
export function needsWrapUpRows(
    data: unknown,
    shownRecordId: string | undefined,
    format: { locale?: string; timeZone?: string; chat: string }
): WrapUpTarget[] {
    const edges =
        (data as { uiapi?: { query?: { CC_Interaction__c?: { edges?: { node?: InteractionNode }[] } } } } | undefined)?.uiapi?.query
            ?.CC_Interaction__c?.edges ?? [];
    return edges
        .flatMap(({ node }) => (node && typeof node.Id === 'string' && node.Id !== shownRecordId ? [node] : []))
        .slice(0, NEEDS_WRAP_UP_ROWS)
        .map((node) => ({ recordId: node.Id as string, label: targetLabel(node, format) }));
}

function targetLabel(node: InteractionNode, format: { locale?: string; timeZone?: string; chat: string }): string {
    const text = (field: FieldNode) => (typeof field?.value === 'string' && field.value !== '' ? field.value : undefined);
    const who = text(node.Customer_Number__c) ?? (text(node.Channel__c) === 'Chat' ? format.chat : '');
    const ended = text(node.Ended_At__c);
    return [who, ended ? formatTimeOfDay(ended, format.locale, format.timeZone) : undefined].filter(Boolean).join(' · ');
}
