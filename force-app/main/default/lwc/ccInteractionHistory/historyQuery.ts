/**
 * The GraphQL request of a record's Contact Center history: the record's Interactions, through the
 * Interaction's lookup to records of the page's object, newest first, as many as the page shows.
 * Pure, so the query is checked against the UI API GraphQL stand-in (tools/uiGraphql) without a DOM.
 */
import { linkFieldFor } from 'c/ccLiveProtocol';

export const INTERACTION_OBJECT = 'CC_Interaction__c';

/**
 * The related list "View All" opens: the `<relationshipName>` of the three lookups
 * (objects/CC_Interaction__c/fields/{Contact,Lead,Account}__c.field-meta.xml) with the `__r` of a
 * custom relationship. The three lookups share it, each on its own parent object.
 */
export const RELATED_LIST = 'CC_Interactions__r';

export const DEFAULT_ROW_COUNT = 5;
export const MIN_ROW_COUNT = 1;
export const MAX_ROW_COUNT = 50;

export interface HistoryVariables {
    recordId: string;
    first: number;
}

export interface HistoryRequest {
    /** The query text (the component hands it to `gql`). */
    text: string;
    variables: HistoryVariables;
}

/**
 * The rows to show, from App Builder's "Rows" (an Integer property, which can still arrive as text):
 * whole, from 1 to 50; anything else shows the default.
 */
export function rowCountOf(value: unknown): number {
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isFinite(number)) {
        return DEFAULT_ROW_COUNT;
    }
    return Math.min(MAX_ROW_COUNT, Math.max(MIN_ROW_COUNT, Math.trunc(number)));
}

/**
 * The request for a record page, or undefined where there is nothing to ask (no record yet, or an
 * object the Interaction has no lookup to). The lookup is the one caller matching and "Link to this
 * record" write (c/ccLiveProtocol's linkFieldFor).
 *
 * Order: Offered_At__c newest first, with the Interactions that have none last (`nulls: LAST`, said
 * rather than left to the default, which the GraphQL and SOQL docs describe differently). Only the
 * customer lookup page writes an Interaction without its times (sessionInteraction.ts: a URL does
 * not say when the session rang), and the bridge fills them in when it hears the session; one it
 * never hears keeps no time, and is not put above the calls whose time is known.
 *
 * Not read: the agent's name (`Agent__r { Name { value } }`): the offline GraphQL stand-in models no
 * relationship fields, so a query with it could not be checked here; the history shows the vendor
 * login the bridge writes (Agent_Login__c) instead.
 */
export function historyRequest(
    objectApiName: string | undefined,
    recordId: string | undefined,
    rowCount: number
): HistoryRequest | undefined {
    const lookupField = linkFieldFor(objectApiName);
    if (!lookupField || !recordId) {
        return undefined;
    }
    return { text: historyQueryText(lookupField), variables: { recordId, first: rowCount } };
}

/** The query text for one lookup field: the only part of the query that differs between objects. */
export function historyQueryText(lookupField: string): string {
    return `query interactionHistory($recordId: ID, $first: Int) {
    uiapi {
        query {
            ${INTERACTION_OBJECT}(
                where: { ${lookupField}: { eq: $recordId } }
                orderBy: { Offered_At__c: { order: DESC, nulls: LAST } }
                first: $first
            ) {
                edges {
                    node {
                        Id
                        Name { value }
                        Channel__c { value }
                        Direction__c { value }
                        Status__c { value }
                        Offered_At__c { value }
                        Answered_At__c { value }
                        Ended_At__c { value }
                        Talk_Seconds__c { value }
                        Wait_Seconds__c { value }
                        Queue__c { value }
                        Campaign__c { value }
                        Agent_Login__c { value }
                        Customer_Number__c { value }
                        Disposition__c { value displayValue }
                        Notes__c { value }
                    }
                }
            }
        }
    }
}`;
}
