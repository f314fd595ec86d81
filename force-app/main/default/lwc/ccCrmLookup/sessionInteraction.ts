/**
 * Records the CCAI session a lookup URL names as this agent's Interaction, under the key the bridge
 * uses for it (`ccaip:call:<id>`, `ccaip:chat:<id>`): links the matched record to the Interaction
 * when the bridge (or an earlier lookup) created it, and creates it otherwise with what the URL
 * carries. A bridge that hears the adapter later gets DUPLICATE_VALUE on that key, finds this
 * agent's record and updates it (ccCore/recordSync.ts, findExisting); it never sends the fields it
 * does not know (null) nor the caller links, so what the lookup wrote stays. When another agent's
 * record holds the key (a transferred session), this agent's own leg is used, as the bridge does.
 */
import INTERACTION_OBJECT from '@salesforce/schema/CC_Interaction__c';
import EXTERNAL_KEY_FIELD from '@salesforce/schema/CC_Interaction__c.External_Key__c';
import CONVERSATION_KEY_FIELD from '@salesforce/schema/CC_Interaction__c.Conversation_Key__c';
import VENDOR_FIELD from '@salesforce/schema/CC_Interaction__c.Vendor__c';
import CHANNEL_FIELD from '@salesforce/schema/CC_Interaction__c.Channel__c';
import DIRECTION_FIELD from '@salesforce/schema/CC_Interaction__c.Direction__c';
import SESSION_TYPE_FIELD from '@salesforce/schema/CC_Interaction__c.Session_Type__c';
import CUSTOMER_NUMBER_FIELD from '@salesforce/schema/CC_Interaction__c.Customer_Number__c';
import FROM_NUMBER_FIELD from '@salesforce/schema/CC_Interaction__c.From_Number__c';
import TO_NUMBER_FIELD from '@salesforce/schema/CC_Interaction__c.To_Number__c';
import QUEUE_FIELD from '@salesforce/schema/CC_Interaction__c.Queue__c';
import AGENT_FIELD from '@salesforce/schema/CC_Interaction__c.Agent__c';
import { agentLegKey, ccaipSessionKey, sameUser, type FoundRecord } from 'c/ccRecordSearch';
import { duplicateOf, isAccessRefusal } from 'c/ccErrors';
import type { LookupRequest, SessionRequest } from './lookupRequest';

const INTERACTION = INTERACTION_OBJECT.objectApiName;

/** The org, as the recorder needs it: the bridge's record finder, and UI API writes. */
export interface SessionInteractionPorts {
    findByKey(objectApiName: string, key: string): Promise<FoundRecord | undefined>;
    createRecord(objectApiName: string, fields: Record<string, string | null>): Promise<{ id: string }>;
    updateRecord(recordId: string, fields: Record<string, string | null>): Promise<void>;
    /** The Salesforce user running the page (Agent__c). */
    userId: string;
}

/** The caller to link: the Interaction's Contact__c, Lead__c or Account__c. */
export interface CallerLink {
    field: string;
    recordId: string;
}

export interface RecordedSession {
    outcome: 'linked' | 'created' | 'found';
    recordId: string;
    /** The External_Key__c the record has: the session key, or this agent's leg of it. */
    key: string;
}

/** Links (or creates) the session's Interaction; `link` absent: only make sure it exists. */
export async function recordSession(
    request: LookupRequest & { session: SessionRequest },
    link: CallerLink | undefined,
    ports: SessionInteractionPorts
): Promise<RecordedSession> {
    const key = ccaipSessionKey(request.session.channel, request.session.id);
    const holder = await ports.findByKey(INTERACTION, key);
    if (holder && sameUser(holder.agentId, ports.userId)) {
        return linkExisting(holder.id, key, link, ports);
    }
    if (!holder) {
        const created = await createUnlessTaken(key, key, request, link, ports);
        if ('recordId' in created) {
            return created;
        }
        // Taken meanwhile: a bridge created it, or a record this user cannot see holds it.
        const taken = await ports.findByKey(INTERACTION, key);
        if (taken && sameUser(taken.agentId, ports.userId)) {
            return linkExisting(taken.id, key, link, ports);
        }
        // A GraphQL answer can come from Lightning Data Service's cache, made before that record
        // existed: the record the refusal names is this agent's if this agent may write it.
        const named = !taken && created.existingId ? await linkIfWritable(created.existingId, key, link, ports) : undefined;
        if (named) {
            return named;
        }
    }
    // Another agent's record (or one this user cannot see) holds the key: this agent's own leg.
    const legKey = agentLegKey(key, ports.userId);
    const leg = await ports.findByKey(INTERACTION, legKey);
    if (leg) {
        return linkExisting(leg.id, legKey, link, ports);
    }
    const created = await createUnlessTaken(legKey, key, request, link, ports);
    if ('recordId' in created) {
        return created;
    }
    const takenLeg = (await ports.findByKey(INTERACTION, legKey))?.id ?? created.existingId;
    if (!takenLeg) {
        throw new Error(`an interaction with the key ${legKey} exists, but this user cannot see it`);
    }
    return linkExisting(takenLeg, legKey, link, ports);
}

async function linkExisting(
    recordId: string,
    key: string,
    link: CallerLink | undefined,
    ports: SessionInteractionPorts
): Promise<RecordedSession> {
    if (!link) {
        return { outcome: 'found', recordId, key };
    }
    await ports.updateRecord(recordId, { [link.field]: link.recordId });
    return { outcome: 'linked', recordId, key };
}

/** Links a record known only by the id a refusal named; undefined when this user may not write it (another agent's). */
async function linkIfWritable(
    recordId: string,
    key: string,
    link: CallerLink | undefined,
    ports: SessionInteractionPorts
): Promise<RecordedSession | undefined> {
    try {
        return await linkExisting(recordId, key, link, ports);
    } catch (error) {
        if (isAccessRefusal(error)) {
            return undefined;
        }
        throw error;
    }
}

/** Creates the Interaction; `{existingId}` when a record with that key exists already (DUPLICATE_VALUE). */
async function createUnlessTaken(
    externalKey: string,
    conversationKey: string,
    request: LookupRequest & { session: SessionRequest },
    link: CallerLink | undefined,
    ports: SessionInteractionPorts
): Promise<RecordedSession | { existingId?: string }> {
    try {
        const { id } = await ports.createRecord(INTERACTION, {
            ...sessionFields(request, ports.userId),
            [EXTERNAL_KEY_FIELD.fieldApiName]: externalKey,
            [CONVERSATION_KEY_FIELD.fieldApiName]: conversationKey,
            ...(link ? { [link.field]: link.recordId } : {})
        });
        return { outcome: 'created', recordId: id, key: externalKey };
    } catch (error) {
        const duplicate = duplicateOf(error);
        if (duplicate) {
            return duplicate;
        }
        throw error;
    }
}

/**
 * What the URL tells of the session, in the fields the bridge writes for a CCAI session. Status and
 * times stay empty: a URL opened during a session does not say whether it rings, talks or ended, and
 * the bridge (when it hears the adapter) fills them in.
 */
export function sessionFields(request: LookupRequest & { session: SessionRequest }, userId: string): Record<string, string | null> {
    const { session } = request;
    const outbound = session.direction === 'Outbound';
    const customer = request.phone ?? null;
    return {
        [VENDOR_FIELD.fieldApiName]: 'CCAI Platform',
        [CHANNEL_FIELD.fieldApiName]: session.channel === 'call' ? 'Voice' : 'Chat',
        [DIRECTION_FIELD.fieldApiName]: session.direction ?? null,
        [SESSION_TYPE_FIELD.fieldApiName]: session.type ?? null,
        [CUSTOMER_NUMBER_FIELD.fieldApiName]: customer,
        [FROM_NUMBER_FIELD.fieldApiName]: outbound ? (request.outboundPhone ?? null) : customer,
        [TO_NUMBER_FIELD.fieldApiName]: outbound ? customer : (request.supportPhone ?? null),
        [QUEUE_FIELD.fieldApiName]: request.menuPath ?? null,
        [AGENT_FIELD.fieldApiName]: userId
    };
}
