/**
 * The UI API GraphQL stand-in answers aggregate queries (`uiapi { aggregate { … } }`) as the org does,
 * for the team board's questions: interactions per agent and status, per queue, pause time per agent
 * and reason, since a moment. Counts, sums and averages ignore nulls as SQL does, a null grouped value
 * forms its own group, and the org's refusals (an unknown field, a function the field's type lacks, a
 * groupBy on a field that cannot be grouped, a field the user cannot read) come from graphql-js validation.
 */
import { UiApiEmulator } from '../../uiApiEmulator/uiApiEmulator';
import { projectObjects } from '../../uiApiEmulator/objectMetadata';

const ANA = '0055g00000ArIeLAAA';
const BRUNO = '0055g00000BrUnOAAA';
const SINCE = '2026-12-02T00:00:00.000Z';

/** A morning of the contact center, and one call from the day before that `since` leaves out. */
function org(options: { unreadableFields?: string[] } = {}) {
    const api = new UiApiEmulator(projectObjects(), { unreadableFields: options.unreadableFields ?? [] });
    const call = (
        agent: string | null,
        status: string,
        queue: string | null,
        offeredAt: string,
        wait: number | null,
        talk: number | null
    ) => ({
        Agent__c: agent,
        Status__c: status,
        Queue__c: queue,
        Offered_At__c: offeredAt,
        Wait_Seconds__c: wait,
        Talk_Seconds__c: talk
    });
    api.seed('CC_Interaction__c', [
        call(ANA, 'Ended', 'Vendas', '2026-12-02T12:00:00.000Z', 10, 100),
        call(ANA, 'Ended', 'Vendas', '2026-12-02T12:10:00.000Z', 20, 200),
        call(ANA, 'Missed', 'Vendas', '2026-12-02T12:20:00.000Z', 40, null),
        call(BRUNO, 'Ended', 'Suporte', '2026-12-02T12:30:00.000Z', 5, 300),
        // Nobody answered, and it never reached a queue.
        call(null, 'Missed', null, '2026-12-02T12:50:00.000Z', 30, null),
        call(BRUNO, 'Ringing', 'Suporte', '2026-12-02T12:55:00.000Z', null, null),
        call(ANA, 'Ended', 'Vendas', '2026-12-01T09:00:00.000Z', 99, 999)
    ]);
    const pause = (agent: string, reason: string, startedAt: string, duration: number | null) => ({
        Agent__c: agent,
        Reason__c: reason,
        Started_At__c: startedAt,
        Duration_Seconds__c: duration
    });
    api.seed('CC_Agent_Pause__c', [
        pause(ANA, 'Almoço', '2026-12-02T11:00:00.000Z', 1800),
        pause(ANA, 'Banheiro', '2026-12-02T13:00:00.000Z', 300),
        pause(ANA, 'Almoço', '2026-12-02T15:00:00.000Z', 600),
        // Still paused: no duration yet.
        pause(BRUNO, 'Almoço', '2026-12-02T12:00:00.000Z', null),
        pause(BRUNO, 'Almoço', '2026-12-01T12:00:00.000Z', 3600)
    ]);
    return api;
}

const PER_AGENT = `query teamByAgent($since: DateTime) {
    uiapi {
        aggregate {
            CC_Interaction__c(
                where: { Offered_At__c: { gte: { value: $since } } }
                groupBy: { Agent__c: { group: true }, Status__c: { group: true } }
            ) {
                edges { node { aggregate {
                    Agent__c { value }
                    Status__c { value }
                    Id { count { value } }
                    Wait_Seconds__c { avg { value } }
                    Talk_Seconds__c { avg { value } sum { value } }
                } } }
                totalCount
            }
        }
    }
}`;

const PER_QUEUE = `query teamByQueue($since: DateTime) {
    uiapi {
        aggregate {
            CC_Interaction__c(where: { Offered_At__c: { gte: { value: $since } } }, groupBy: { Queue__c: { group: true } }) {
                edges { node { aggregate {
                    Queue__c { value }
                    Id { count { value } }
                    Wait_Seconds__c { avg { value } }
                    Talk_Seconds__c { avg { value } sum { value } }
                } } }
                totalCount
            }
        }
    }
}`;

const PAUSES = `query teamPauses($since: DateTime) {
    uiapi {
        aggregate {
            CC_Agent_Pause__c(
                where: { Started_At__c: { gte: { value: $since } } }
                groupBy: { Agent__c: { group: true }, Reason__c: { group: true } }
            ) {
                edges { node { aggregate {
                    Agent__c { value }
                    Reason__c { value }
                    Duration_Seconds__c { sum { value } }
                } } }
            }
        }
    }
}`;

type Aggregate = Record<string, Record<string, unknown>>;
interface AggregateConnection {
    edges: { node: { aggregate: Aggregate } }[];
    totalCount?: number;
    pageInfo?: { hasNextPage: boolean; endCursor: string | null };
}

/** Runs an aggregate query that must be accepted, and gives its one object's connection. */
async function aggregateOf(api: UiApiEmulator, objectApiName: string, text: string, variables: Record<string, unknown> = {}) {
    const result = await api.graphql(text, variables);
    expect(result.errors).toBeUndefined();
    return (result.data as { uiapi: { aggregate: Record<string, AggregateConnection> } }).uiapi.aggregate[
        objectApiName
    ] as AggregateConnection;
}

/** The messages of a query the org would refuse: refused before anything is read, so no data. */
async function refusalOf(api: UiApiEmulator, text: string): Promise<string[]> {
    const result = await api.graphql(text);
    expect(result.data).toBeUndefined();
    return (result.errors ?? []).map((error) => error.message);
}

const interactions = (body: string, args = '') => `{ uiapi { aggregate { CC_Interaction__c${args} { ${body} } } } }`;

describe('the team board’s aggregate queries', () => {
    it('counts interactions per agent and status since a moment, with the average wait and the average and total talk', async () => {
        const api = org();

        const connection = await aggregateOf(api, 'CC_Interaction__c', PER_AGENT, { since: SINCE });

        expect(connection.edges.map((edge) => edge.node.aggregate)).toEqual([
            {
                Agent__c: { value: ANA },
                Status__c: { value: 'Ended' },
                Id: { count: { value: 2 } },
                Wait_Seconds__c: { avg: { value: 15 } },
                Talk_Seconds__c: { avg: { value: 150 }, sum: { value: 300 } }
            },
            {
                // A missed call has no talk: avg and sum of nothing but nulls are null, as in SQL.
                Agent__c: { value: ANA },
                Status__c: { value: 'Missed' },
                Id: { count: { value: 1 } },
                Wait_Seconds__c: { avg: { value: 40 } },
                Talk_Seconds__c: { avg: { value: null }, sum: { value: null } }
            },
            {
                Agent__c: { value: BRUNO },
                Status__c: { value: 'Ended' },
                Id: { count: { value: 1 } },
                Wait_Seconds__c: { avg: { value: 5 } },
                Talk_Seconds__c: { avg: { value: 300 }, sum: { value: 300 } }
            },
            {
                // The call nobody took: its null agent is a group of its own.
                Agent__c: { value: null },
                Status__c: { value: 'Missed' },
                Id: { count: { value: 1 } },
                Wait_Seconds__c: { avg: { value: 30 } },
                Talk_Seconds__c: { avg: { value: null }, sum: { value: null } }
            },
            {
                Agent__c: { value: BRUNO },
                Status__c: { value: 'Ringing' },
                Id: { count: { value: 1 } },
                Wait_Seconds__c: { avg: { value: null } },
                Talk_Seconds__c: { avg: { value: null }, sum: { value: null } }
            }
        ]);
        expect(connection.totalCount).toBe(5);
    });

    it('groups by queue, the nulls left out of the averages and sums, an interaction without a queue in a group of its own', async () => {
        const api = org();

        const connection = await aggregateOf(api, 'CC_Interaction__c', PER_QUEUE, { since: SINCE });

        expect(connection.edges.map((edge) => edge.node.aggregate)).toEqual([
            {
                Queue__c: { value: 'Vendas' },
                Id: { count: { value: 3 } },
                Wait_Seconds__c: { avg: { value: 70 / 3 } },
                Talk_Seconds__c: { avg: { value: 150 }, sum: { value: 300 } }
            },
            {
                Queue__c: { value: 'Suporte' },
                Id: { count: { value: 2 } },
                Wait_Seconds__c: { avg: { value: 5 } },
                Talk_Seconds__c: { avg: { value: 300 }, sum: { value: 300 } }
            },
            {
                Queue__c: { value: null },
                Id: { count: { value: 1 } },
                Wait_Seconds__c: { avg: { value: 30 } },
                Talk_Seconds__c: { avg: { value: null }, sum: { value: null } }
            }
        ]);
        expect(connection.totalCount).toBe(3);
    });

    it('sums pause time per agent and reason; yesterday’s pause is left out by where, a running pause adds nothing', async () => {
        const api = org();

        const connection = await aggregateOf(api, 'CC_Agent_Pause__c', PAUSES, { since: SINCE });

        expect(connection.edges.map((edge) => edge.node.aggregate)).toEqual([
            { Agent__c: { value: ANA }, Reason__c: { value: 'Almoço' }, Duration_Seconds__c: { sum: { value: 2400 } } },
            { Agent__c: { value: ANA }, Reason__c: { value: 'Banheiro' }, Duration_Seconds__c: { sum: { value: 300 } } },
            { Agent__c: { value: BRUNO }, Reason__c: { value: 'Almoço' }, Duration_Seconds__c: { sum: { value: null } } }
        ]);
    });
});

describe('aggregates answer as the org does', () => {
    it('without groupBy gives one node over every matching record, and totalCount counts those records', async () => {
        const api = org();

        const connection = await aggregateOf(
            api,
            'CC_Interaction__c',
            `query today($since: DateTime) { uiapi { aggregate { CC_Interaction__c(where: { Offered_At__c: { gte: { value: $since } } }) {
                edges { node { aggregate {
                    Id { count { value } }
                    Agent__c { countDistinct { value } }
                    Talk_Seconds__c { count { value } sum { value } avg { value } min { value } max { value } }
                    Wait_Seconds__c { avg { value } }
                    Status__c { countDistinct { value } min { value } max { value } }
                    Queue__c { min { value } max { value } }
                } } }
                totalCount
            } } } }`,
            { since: SINCE }
        );

        expect(connection.edges).toHaveLength(1);
        expect(connection.edges[0]?.node.aggregate).toEqual({
            // COUNT(Id) counts every record; COUNT(field) and COUNT_DISTINCT leave the nulls out.
            Id: { count: { value: 6 } },
            Agent__c: { countDistinct: { value: 2 } },
            Talk_Seconds__c: { count: { value: 3 }, sum: { value: 600 }, avg: { value: 200 }, min: { value: 100 }, max: { value: 300 } },
            Wait_Seconds__c: { avg: { value: 21 } },
            // A picklist's MIN and MAX follow its values' order (Ringing, Connected, Ended, Missed), not the alphabet.
            Status__c: { countDistinct: { value: 3 }, min: { value: 'Ringing' }, max: { value: 'Missed' } },
            Queue__c: { min: { value: 'Suporte' }, max: { value: 'Vendas' } }
        });
        expect(connection.totalCount).toBe(6);
    });

    it('filters with the record query’s where: operators, and/or/not, text ignoring case', async () => {
        const api = org();
        const count = async (where: string) => {
            const connection = await aggregateOf(
                api,
                'CC_Interaction__c',
                interactions('edges { node { aggregate { Id { count { value } } } } } totalCount', `(where: ${where})`)
            );
            return connection.edges[0]?.node.aggregate.Id?.count;
        };

        await expect(count('{ Queue__c: { eq: "vendas" } }')).resolves.toEqual({ value: 4 });
        await expect(count('{ Status__c: { in: ["Missed", "Ringing"] } }')).resolves.toEqual({ value: 3 });
        await expect(
            count(`{ and: [{ Agent__c: { eq: "${ANA.slice(0, 15)}" } }, { not: { Status__c: { eq: "Missed" } } }] }`)
        ).resolves.toEqual({
            value: 3
        });
        await expect(count('{ Talk_Seconds__c: { gt: 150 } }')).resolves.toEqual({ value: 3 });
    });

    it('orders groups by a grouped field and pages them with first and after', async () => {
        const api = org();
        const page = async (after?: string) =>
            aggregateOf(
                api,
                'CC_Interaction__c',
                `query byQueue($after: String) { uiapi { aggregate { CC_Interaction__c(
                    first: 2, after: $after, groupBy: { Queue__c: { group: true } }, orderBy: { Queue__c: { order: DESC, nulls: LAST } }
                ) { edges { node { aggregate { Queue__c { value } Id { count { value } } } } } pageInfo { hasNextPage endCursor } totalCount } } } }`,
                after === undefined ? {} : { after }
            );

        const first = await page();
        expect(first.edges.map((edge) => edge.node.aggregate.Queue__c)).toEqual([{ value: 'Vendas' }, { value: 'Suporte' }]);
        expect(first.pageInfo?.hasNextPage).toBe(true);
        expect(first.totalCount).toBe(3);
        const second = await page(first.pageInfo?.endCursor ?? '');
        expect(second.edges.map((edge) => edge.node.aggregate)).toEqual([{ Queue__c: { value: null }, Id: { count: { value: 1 } } }]);
        expect(second.pageInfo?.hasNextPage).toBe(false);
    });

    it('refuses the value of a field that is neither grouped nor aggregated, and ordering by it, as SOQL does', async () => {
        const api = org();
        const ungrouped = await api.graphql(interactions('edges { node { aggregate { Queue__c { value } } } }'));
        expect(ungrouped.errors?.map((error) => error.message)).toEqual(['Field must be grouped or aggregated: Queue__c']);
        const ordered = await api.graphql(
            interactions(
                'edges { node { aggregate { Id { count { value } } } } }',
                '(groupBy: { Queue__c: { group: true } }, orderBy: { Status__c: { order: ASC } })'
            )
        );
        expect(ordered.errors?.map((error) => error.message)).toEqual(['Field must be grouped or aggregated: Status__c']);
    });
});

describe('the aggregate schema refuses what the org refuses', () => {
    it('refuses a field the object does not have', async () => {
        await expect(refusalOf(org(), interactions('edges { node { aggregate { Supervisor__c { value } } } }'))).resolves.toEqual([
            'Cannot query field "Supervisor__c" on type "CC_Interaction__cAggregateResult".'
        ]);
    });

    it('refuses avg and sum on text and picklist fields, and every function on a long text area', async () => {
        await expect(
            refusalOf(
                org(),
                interactions(
                    'edges { node { aggregate { Queue__c { avg { value } } Status__c { sum { value } } Notes__c { count { value } } } } }'
                )
            )
        ).resolves.toEqual([
            'Cannot query field "avg" on type "StringAggregate".',
            'Cannot query field "sum" on type "PicklistAggregate".',
            'Cannot query field "count" on type "LongTextAreaAggregate".'
        ]);
    });

    it('refuses a groupBy on a field that cannot be grouped: a long text area, a number, a date/time', async () => {
        for (const field of ['Notes__c', 'Talk_Seconds__c', 'Offered_At__c']) {
            const messages = await refusalOf(org(), interactions('totalCount', `(groupBy: { ${field}: { group: true } })`));
            expect(messages).toEqual([
                expect.stringMatching(
                    new RegExp(`^Expected value of type "CC_Interaction__c_GroupBy" not to include unknown field "${field}"`)
                )
            ]);
        }
    });

    it('leaves out a field the user cannot read: naming it in the selection, groupBy or where is refused', async () => {
        const api = org({ unreadableFields: ['CC_Interaction__c.Talk_Seconds__c', 'CC_Interaction__c.Queue__c'] });

        await expect(refusalOf(api, interactions('edges { node { aggregate { Talk_Seconds__c { sum { value } } } } }'))).resolves.toEqual([
            // graphql-js adds its suggestions ("Did you mean …?"), the readable fields only.
            expect.stringMatching(/^Cannot query field "Talk_Seconds__c" on type "CC_Interaction__cAggregateResult"\./)
        ]);
        await expect(refusalOf(api, interactions('totalCount', '(groupBy: { Queue__c: { group: true } })'))).resolves.toEqual([
            expect.stringMatching(/^Expected value of type "CC_Interaction__c_GroupBy" not to include unknown field "Queue__c"/)
        ]);
        await expect(refusalOf(api, interactions('totalCount', '(where: { Queue__c: { eq: "Vendas" } })'))).resolves.toEqual([
            expect.stringMatching(/^Expected value of type "CC_Interaction__c_Filter" not to include unknown field "Queue__c"/)
        ]);
        // The fields the user can read still answer.
        const readable = await aggregateOf(
            api,
            'CC_Interaction__c',
            interactions('edges { node { aggregate { Wait_Seconds__c { sum { value } } } } }')
        );
        expect(readable.edges[0]?.node.aggregate).toEqual({ Wait_Seconds__c: { sum: { value: 204 } } });
    });

    it('refuses a since variable declared String where the DateTime filter takes DateTime', async () => {
        const messages = await refusalOf(org(), PER_AGENT.replace('$since: DateTime', '$since: String'));
        expect(messages).toEqual(['Variable "$since" of type "String" used in position expecting type "DateTime".']);
    });
});
