/**
 * Recording a CCAI session as the agent's Interaction when the org's answers lag behind its writes:
 * a GraphQL answer from Lightning Data Service's cache, made before another writer created the
 * record, must not lead to a second record for the same session.
 */
import { recordSession, type SessionInteractionPorts } from '../sessionInteraction';
import { readLookupRequest, type LookupRequest, type SessionRequest } from '../lookupRequest';
import { UiApiEmulator } from '../../../../../../tools/uiApiEmulator/uiApiEmulator';
import { projectObjects } from '../../../../../../tools/uiApiEmulator/objectMetadata';
import lookupUrls from './data/lookupUrls.json';

const AGENT = '0055g00000AgntA';
const OTHER_AGENT = '0055g00000OthrA';
const KEY = 'ccaip:call:103646';
const ANA = '0035g00000AnaSzAAJ';
const request = readLookupRequest(lookupUrls.ivrCall) as LookupRequest & { session: SessionRequest };

/** This agent's ports over the org, with a finder that answers "none" as a stale cache would. */
function stalePorts(org: UiApiEmulator): SessionInteractionPorts {
    const agent = org.asUser(AGENT);
    return {
        findByKey: async () => undefined,
        createRecord: (objectApiName, fields) => agent.createRecord(objectApiName, fields),
        updateRecord: (recordId, fields) => agent.updateRecord(recordId, fields),
        userId: AGENT
    };
}

describe('recordSession with stale GraphQL answers', () => {
    it("links this agent's record the refusal names, and creates no leg", async () => {
        const org = new UiApiEmulator(projectObjects());
        // The bridge created the session's record between the lookup's query and its create.
        const { id: bridgeRecord } = await org.asUser(AGENT).createRecord('CC_Interaction__c', { External_Key__c: KEY, Agent__c: AGENT });

        const recorded = await recordSession(request, { field: 'Contact__c', recordId: ANA }, stalePorts(org));

        expect(recorded).toEqual({ outcome: 'linked', recordId: bridgeRecord, key: KEY });
        expect(
            org.recordsOf('CC_Interaction__c').map((record) => [record.fields.External_Key__c, record.fields.Contact__c ?? null])
        ).toEqual([[KEY, ANA]]);
    });

    it("starts this agent's own leg when the record the refusal names is another agent's (the update is refused)", async () => {
        const org = new UiApiEmulator(projectObjects());
        await org.asUser(OTHER_AGENT).createRecord('CC_Interaction__c', { External_Key__c: KEY, Agent__c: OTHER_AGENT });

        const recorded = await recordSession(request, { field: 'Contact__c', recordId: ANA }, stalePorts(org));

        expect(recorded).toEqual(expect.objectContaining({ outcome: 'created', key: `${KEY}@${AGENT}` }));
        expect(
            org.recordsOf('CC_Interaction__c').map((record) => [record.fields.External_Key__c, record.fields.Contact__c ?? null])
        ).toEqual([
            [KEY, null],
            [`${KEY}@${AGENT}`, ANA]
        ]);
    });

    it("finds this agent's leg by the id its refusal names when the leg exists already", async () => {
        const org = new UiApiEmulator(projectObjects());
        await org.asUser(OTHER_AGENT).createRecord('CC_Interaction__c', { External_Key__c: KEY, Agent__c: OTHER_AGENT });
        const { id: leg } = await org
            .asUser(AGENT)
            .createRecord('CC_Interaction__c', { External_Key__c: `${KEY}@${AGENT}`, Agent__c: AGENT });

        const recorded = await recordSession(request, { field: 'Contact__c', recordId: ANA }, stalePorts(org));

        expect(recorded).toEqual({ outcome: 'linked', recordId: leg, key: `${KEY}@${AGENT}` });
        expect(org.recordsOf('CC_Interaction__c')).toHaveLength(2);
    });
});
