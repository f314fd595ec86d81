/**
 * The team board's one GraphQL request: every agent status record the supervisor may read (the
 * Contact Center Supervisor permission set reads all) and today's figures (boardFigures.ts), and the
 * statuses of the answer read into plain values. One request, so one refresh asks for both.
 * Pure, so the query is checked against the UI API GraphQL stand-in (tools/uiGraphql) without a DOM.
 */
import { booleanOf, numberOf, recordNodes, textOf } from 'c/ccLiveProtocol';
import { FIGURES_AGGREGATE } from './boardFigures';

export const STATUS_OBJECT = 'CC_Agent_Status__c';

/**
 * Agents a board shows at most: one query, no paging (a contact center floor, not a directory). The
 * most recently heard come first, so long-gone agents are the ones left out of a larger org.
 */
export const MAX_AGENTS = 200;

export const BOARD_QUERY = `query teamBoard($first: Int, $since: DateTime) {
    uiapi {
        query {
            ${STATUS_OBJECT}(first: $first, orderBy: { Last_Event_At__c: { order: DESC, nulls: LAST } }) {
                edges {
                    node {
                        Id
                        Agent__c { value }
                        Agent_Name__c { value }
                        Agent_Login__c { value }
                        State__c { value }
                        State_Since__c { value }
                        Last_Event_At__c { value }
                        Pause_Reason__c { value }
                        Productive__c { value }
                        Pause_Max_Seconds__c { value }
                        Interaction__c { value }
                        Queue__c { value }
                        Campaign__c { value }
                    }
                }
            }
        }
        ${FIGURES_AGGREGATE}
    }
}`;

/** The request's variables: today's figures count from `since` (boardFigures.ts, startOfDayIso). */
export function boardVariables(since: string): { first: number; since: string } {
    return { first: MAX_AGENTS, since };
}

/** One agent's status record as the board reads it. */
export interface AgentStatusRecord {
    id: string;
    agentId?: string;
    name?: string;
    login?: string;
    state?: string;
    since?: string;
    lastEventAt?: string;
    pauseReason?: string;
    productive?: boolean;
    pauseMaxSeconds?: number;
    interactionId?: string;
    queue?: string;
    campaign?: string;
}

/** The records of an answer; undefined when it is not of the query's shape. */
export function agentStatusRecords(data: unknown): AgentStatusRecord[] | undefined {
    return recordNodes(data, STATUS_OBJECT)?.map((node) => {
        const record: AgentStatusRecord = {
            id: node.Id,
            agentId: textOf(node.Agent__c),
            name: textOf(node.Agent_Name__c),
            login: textOf(node.Agent_Login__c),
            state: textOf(node.State__c),
            since: textOf(node.State_Since__c),
            lastEventAt: textOf(node.Last_Event_At__c),
            pauseReason: textOf(node.Pause_Reason__c),
            productive: booleanOf(node.Productive__c),
            pauseMaxSeconds: numberOf(node.Pause_Max_Seconds__c),
            interactionId: textOf(node.Interaction__c),
            queue: textOf(node.Queue__c),
            campaign: textOf(node.Campaign__c)
        };
        return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as unknown as AgentStatusRecord;
    });
}
