/**
 * The board's GraphQL request, run against the UI API GraphQL stand-in built from the package's
 * object metadata (tools/uiGraphql): the schema accepts it, and the answer reads back as the records
 * the bridge wrote. A supervisor who may not read a field gets the org's refusal, not a half board.
 */
import { UiApiEmulator } from '../../../../../../tools/uiApiEmulator/uiApiEmulator';
import { projectObjects } from '../../../../../../tools/uiApiEmulator/objectMetadata';
import { agentStatusRecords, BOARD_QUERY, boardVariables, MAX_AGENTS } from '../boardQuery';

const SINCE = '2026-03-02T03:00:00.000Z';
import floor from './data/agentStatuses.json';

function orgWith(options: { unreadableFields?: string[] } = {}): UiApiEmulator {
    const org = new UiApiEmulator(projectObjects(), options);
    org.seedAll(floor.records);
    return org;
}

describe('the team board query', () => {
    it('is accepted by the schema and reads every agent status with its fields', async () => {
        const answer = await orgWith().graphql(BOARD_QUERY, boardVariables(SINCE));

        expect(answer.errors).toBeUndefined();
        const records = agentStatusRecords(answer.data) ?? [];
        expect(records).toHaveLength(floor.records.CC_Agent_Status__c.length);
        expect(records.find((record) => record.name === 'Daniel Reis')).toEqual({
            id: 'a035g0000000204AAA',
            agentId: '0055g00000DaniAgAAV',
            name: 'Daniel Reis',
            login: 'daniel',
            state: 'Paused',
            since: '2026-03-02T14:10:00.000Z',
            lastEventAt: '2026-03-02T14:10:00.000Z',
            pauseReason: 'Lanche',
            productive: false,
            pauseMaxSeconds: 900,
            queue: 'suporte'
        });
        // The most recently heard first, so a larger org leaves out the agents gone longest.
        expect(records[0]?.name).toBe('Carla Dias');
        expect(records[records.length - 1]?.name).toBe('Hugo Alves');
    });

    it('asks for at most MAX_AGENTS records', async () => {
        const answer = await orgWith().graphql(BOARD_QUERY, { first: 2, since: SINCE });
        expect(agentStatusRecords(answer.data)).toHaveLength(2);
        expect(boardVariables(SINCE)).toEqual({ first: MAX_AGENTS, since: SINCE });
    });

    it("is refused naming the field a supervisor may not read, as the org's field-level security does", async () => {
        const answer = await orgWith({ unreadableFields: ['CC_Agent_Status__c.Pause_Reason__c'] }).graphql(
            BOARD_QUERY,
            boardVariables(SINCE)
        );
        expect(JSON.stringify(answer.errors)).toContain('Pause_Reason__c');
    });

    it('reads an answer of another shape as nothing, and skips a node without an Id', () => {
        expect(agentStatusRecords(undefined)).toBeUndefined();
        expect(agentStatusRecords({ uiapi: { query: {} } })).toBeUndefined();
        expect(
            agentStatusRecords({ uiapi: { query: { CC_Agent_Status__c: { edges: [{ node: { State__c: { value: 'Available' } } }] } } } })
        ).toEqual([]);
        expect(
            agentStatusRecords({
                uiapi: {
                    query: {
                        CC_Agent_Status__c: { edges: [{ node: { Id: 'a', State__c: { value: 42 }, Productive__c: { value: 'yes' } } }] }
                    }
                }
            })
        ).toEqual([{ id: 'a' }]);
    });
});
