/**
 * Interactions by their key (External_Key__c): the keys the CCAI Platform adapters' sessions get,
 * an agent's own leg of an interaction another agent's record holds, and the record-finder port
 * that finds a record by its key. Object names are plain strings here: the pipeline's ObjectApiName
 * union fits them, and a page can ask without loading the pipeline.
 */
import type { Direction } from 'c/ccLiveProtocol';

export const CCAIP_CALL_KEY_PREFIX = 'ccaip:call:';
export const CCAIP_CHAT_KEY_PREFIX = 'ccaip:chat:';

/** The key of a CCAI Platform session: `ccaip:call:<call_id>` or `ccaip:chat:<chat_id>`. */
export function ccaipSessionKey(channel: 'call' | 'chat', id: string): string {
    return (channel === 'call' ? CCAIP_CALL_KEY_PREFIX : CCAIP_CHAT_KEY_PREFIX) + id;
}

/** Outbound when the session type says outbound or campaign (a dialer call), inbound otherwise. */
export function ccaipDirection(sessionType: string | undefined): Direction | undefined {
    if (sessionType === undefined) {
        return undefined;
    }
    return /outbound|campaign/i.test(sessionType) ? 'Outbound' : 'Inbound';
}

/** A record found by its key: its id, and the user it was written for (Agent__c) where the object has one. */
export interface FoundRecord {
    id: string;
    agentId?: string | null;
}

/** Finds a record by its External_Key__c (GraphQL in the org), after a DUPLICATE_VALUE. Undefined: this user cannot see one. */
export interface RecordFinder {
    findByKey(objectApiName: string, key: string): Promise<FoundRecord | undefined>;
}

/**
 * Objects where each agent who handles the same vendor interaction (a transferred call or chat) keeps
 * a record of their own: the key is per interaction, but the objects are Private, so the second
 * agent can neither see nor update the first agent's record.
 */
export const OBJECTS_WITH_AGENT_LEGS: readonly string[] = ['CC_Interaction__c'];

/** External_Key__c of an agent's own leg of an interaction another agent's record holds under `key`. */
export function agentLegKey(key: string, userId: string): string {
    return `${key}@${userId}`;
}

/** Whether a record's Agent__c is this user (ids compared on their 15 case-sensitive characters). */
export function sameUser(agentId: string | null | undefined, userId: string | null | undefined): boolean {
    return typeof agentId === 'string' && typeof userId === 'string' && agentId.slice(0, 15) === userId.slice(0, 15);
}
