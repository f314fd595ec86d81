/**
 * The replay command itself, run as an admin runs it: a child process on fixture files, with its
 * JSON output and exit status checked.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { seed as evolux, variant } from '../../../force-app/main/default/lwc/ccCore/__tests__/evoluxFixtures';
import { adapterPost, documented, exampleData } from '../../../force-app/main/default/lwc/ccCore/__tests__/ccaipFixtures';
import { example2AsObject, gbm, GBM_KEY, widechatExamples } from '../../../force-app/main/default/lwc/ccCore/__tests__/widechatFixtures';
import { boardState, DEFAULT_SETTINGS } from '../../../force-app/main/default/lwc/ccTeamBoard/boardModel';
import { agentStatusRecords } from '../../../force-app/main/default/lwc/ccTeamBoard/boardQuery';

const ROOT = join(__dirname, '..', '..', '..');
const ORIGIN = 'https://acme.evolux.net.br';
const CALL_KEY = 'evolux:8eb4d68e-722a-11eb-914b-d185dd1424c7';
const USER_ID = '0055g00000AbCdEAAV';

interface ReplayResult {
    status: number | null;
    stderr: string;
    output: {
        records: Record<string, Record<string, unknown>[]>;
        navigations: unknown[];
        published: unknown[];
        diagnostics: { at: string; tab: string | null; level: string; code: string; message: string }[];
        stats: {
            messages: number;
            accepted: number;
            rejected: number;
            apiCalls: { createRecord: number; updateRecord: number; graphql: number };
        };
    };
}

let dir: string;

beforeAll(() => {
    // The command runs the compiled code, so compile the current sources once.
    const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) {
        throw new Error(`npm run build failed: ${build.stdout}${build.stderr}`);
    }
    dir = mkdtempSync(join(tmpdir(), 'cc-replay-test-'));
});

afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: string | Buffer): string {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
}

function jsonl(lines: unknown[]): string {
    return lines.map((line) => JSON.stringify(line)).join('\n') + '\n';
}

function message(at: string, data: unknown, tab?: string, origin = ORIGIN) {
    return { at, origin, data, ...(tab ? { tab } : {}) };
}

function replay(args: string[]): ReplayResult {
    const result = spawnSync(
        process.execPath,
        ['--import', './scripts/lwc-node-loader.mjs', '.tools-build/tools/replay/replayCli.js', ...args],
        {
            cwd: ROOT,
            encoding: 'utf8',
            maxBuffer: 64 * 1024 * 1024
        }
    );
    return { status: result.status, stderr: result.stderr, output: result.stdout ? JSON.parse(result.stdout) : undefined };
}

function replayLines(name: string, lines: unknown[], config: Record<string, unknown> = { userId: USER_ID }) {
    return replay(['--input', file(`${name}.jsonl`, jsonl(lines)), '--config', file(`${name}.config.json`, JSON.stringify(config))]);
}

const interactions = (result: ReplayResult) => result.output.records.CC_Interaction__c ?? [];
const statuses = (result: ReplayResult) => result.output.records.CC_Agent_Status__c ?? [];
const codes = (result: ReplayResult) => result.output.diagnostics.map((entry) => entry.code);
/** One call's writes: the interaction's create and two updates (answer, end), and the same for the agent's status (Ringing, On call, Available). */
const ONE_CALL_WRITES = { createRecord: 2, updateRecord: 4, graphql: 0 };

const CALL = [
    message('2021-02-18T20:47:47.476Z', evolux.softphoneCallInvited),
    message('2021-02-18T20:47:56.105Z', evolux.softphoneCallAccepted),
    message('2021-02-18T20:47:58.470Z', evolux.softphoneCallEnded)
];

describe('replay of the Evolux seed scenarios', () => {
    it('prints the records of the example shift: an answered call, a campaign call, a missed call and two pauses', () => {
        const result = replay([
            '--input',
            'examples/evolux-shift.jsonl',
            '--config',
            'examples/config.json',
            '--seed',
            'examples/seed.json'
        ]);

        expect(result.status).toBe(0);
        expect(result.output.diagnostics).toEqual([]);
        expect(result.output.stats).toEqual({
            messages: 11,
            accepted: 11,
            rejected: 0,
            // One caller lookup: the other calls come from the extension 601. Interactions and pauses: 5
            // creates and 7 updates. The agent's status: one create and one update per change of state
            // (Ringing, On call, Available; Ringing, On call, Available; Ringing, Available; Paused,
            // Paused for another reason, Available): 1 and 10.
            apiCalls: { createRecord: 6, updateRecord: 17, graphql: 1 }
        });
        // The agent's own status, and the colleague's the seed holds (examples/seed.json), untouched.
        expect(statuses(result)).toEqual([
            expect.objectContaining({
                External_Key__c: 'status:0055g00000PauLaAAJ',
                State__c: 'Paused',
                Last_Event_At__c: '2026-03-02T14:10:00.000Z'
            }),
            expect.objectContaining({
                External_Key__c: `status:${USER_ID}`,
                Agent__c: USER_ID,
                State__c: 'Available',
                Interaction__c: null
            })
        ]);
        const [answered, campaign, missed] = interactions(result);
        expect(answered).toEqual({
            Id: expect.stringMatching(/^a02[a-zA-Z0-9]{15}$/),
            Name: 'INT-000001',
            External_Key__c: CALL_KEY,
            Conversation_Key__c: CALL_KEY,
            Vendor__c: 'Evolux',
            Channel__c: 'Voice',
            Direction__c: 'Inbound',
            Status__c: 'Ended',
            Session_Type__c: null,
            Customer_Number__c: '601',
            From_Number__c: '601',
            From_Name__c: 'Suporte 601',
            To_Number__c: null,
            To_Name__c: '700',
            Queue__c: 'suporte',
            Campaign__c: null,
            Subscriber_Name__c: null,
            Subscriber_External_Id__c: null,
            Agent__c: USER_ID,
            Agent_Login__c: 'joao',
            Contact__c: null,
            Lead__c: null,
            Account__c: null,
            Offered_At__c: '2021-02-18T20:47:47.476Z',
            Answered_At__c: '2021-02-18T20:47:56.105Z',
            Ended_At__c: '2021-02-18T20:47:58.470Z',
            Wait_Seconds__c: 9,
            Talk_Seconds__c: 2,
            Hangup_Cause__c: 'NORMAL CLEARING',
            Disposition__c: null,
            Notes__c: null,
            Task_Id__c: null,
            Recording_Id__c: null,
            Transfer_Count__c: null,
            Transcript__c: null,
            Extra__c: JSON.stringify(evolux.softphoneCallEnded.payload.extra)
        });
        expect(campaign).toMatchObject({
            Campaign__c: 'campanha_de_cobranca_anual',
            Subscriber_Name__c: 'Maria',
            Subscriber_External_Id__c: '000120',
            Status__c: 'Ended',
            Talk_Seconds__c: 88
        });
        expect(missed).toMatchObject({
            Status__c: 'Missed',
            Customer_Number__c: '11987654321',
            Wait_Seconds__c: 22,
            Talk_Seconds__c: null,
            Answered_At__c: null,
            // The seed's Contact, whose phone is typed "(11) 98765-4321".
            Contact__c: '0035g00000XyZaBAAV'
        });
        expect(result.output.records.CC_Agent_Pause__c).toEqual([
            expect.objectContaining({
                External_Key__c: 'evolux:1:2021-02-18T20:51:54Z',
                Reason__c: 'Lanche',
                Productive__c: false,
                Duration_Seconds__c: 41
            }),
            expect.objectContaining({
                External_Key__c: 'evolux:1:2021-02-18T20:52:35Z',
                Reason__c: 'Reunião',
                Productive__c: true,
                Duration_Seconds__c: 65
            })
        ]);
        expect(result.output.records.CC_Custom_Event__c).toEqual([]);
        expect(result.output.navigations).toEqual([
            {
                tab: 'A',
                pageReference: {
                    type: 'standard__recordPage',
                    attributes: { recordId: '0035g00000XyZaBAAV', objectApiName: 'Contact', actionName: 'view' }
                }
            }
        ]);
        // Live state: the first snapshot when the bridge starts, then one per change, the missed call last.
        const published = result.output.published as { tab: string; message: { type: string; snapshot: { interactions: unknown[] } } }[];
        expect(published.every((entry) => entry.tab === 'A' && entry.message.type === 'snapshot')).toBe(true);
        expect(published[0]?.message).toEqual({ type: 'snapshot', source: 'ccBridge', snapshot: { version: 1, interactions: [] } });
        expect(published.at(-1)?.message.snapshot.interactions).toEqual([
            expect.objectContaining({ status: 'Missed', customerNumber: '11987654321' })
        ]);
    });

    it('gives one record when three tabs hear the same call', () => {
        const lines = CALL.flatMap((line) => ['A', 'B', 'C'].map((tab) => ({ ...line, tab })));
        const result = replayLines('three-tabs', lines);

        expect(interactions(result)).toHaveLength(1);
        expect(interactions(result)[0]).toMatchObject({ Status__c: 'Ended', Talk_Seconds__c: 2, Wait_Seconds__c: 9 });
        expect(result.output.stats.messages).toBe(9);
        // One tab writes for all three: one create and one update per change, no racing creates.
        expect(result.output.stats.apiCalls).toEqual(ONE_CALL_WRITES);
        expect(codes(result)).not.toContain('WRITE_REJECTED');
    });

    it('ends the record created before a reload when the end arrives after it', () => {
        const result = replayLines('reload', [CALL[0], CALL[1], { control: 'reload', tab: 'A' }, CALL[2]]);

        expect(interactions(result)).toHaveLength(1);
        expect(interactions(result)[0]).toMatchObject({
            Status__c: 'Ended',
            Answered_At__c: '2021-02-18T20:47:56.105Z',
            Talk_Seconds__c: 2
        });
        // The reloaded page found the records in browser storage: no second create.
        expect(result.output.stats.apiCalls).toEqual(ONE_CALL_WRITES);
        expect(statuses(result)).toEqual([expect.objectContaining({ State__c: 'Available' })]);
    });

    it('hands over to another tab when the writing tab closes mid-call', () => {
        const result = replayLines('handover', [
            { ...CALL[0], tab: 'A' },
            { ...CALL[0], tab: 'B' },
            { control: 'close', tab: 'A' },
            { ...CALL[1], tab: 'B' },
            { ...CALL[2], tab: 'B' }
        ]);

        expect(interactions(result)).toEqual([expect.objectContaining({ Status__c: 'Ended', Talk_Seconds__c: 2, Wait_Seconds__c: 9 })]);
        expect(result.output.stats.apiCalls).toEqual(ONE_CALL_WRITES);
        expect(result.output.diagnostics).toContainEqual(expect.objectContaining({ tab: 'B', code: 'LEADER_TAKEOVER' }));
    });

    it('resumes the writes an outage held back after a reload, once the network is back', () => {
        const result = replayLines('outage-reload', [
            { control: 'network-down' },
            CALL[0],
            CALL[1],
            { control: 'reload', tab: 'A' },
            CALL[2],
            { control: 'network-up' },
            { control: 'advance', ms: 120_000 }
        ]);
        expect(interactions(result)).toEqual([
            expect.objectContaining({ Status__c: 'Ended', Talk_Seconds__c: 2, Hangup_Cause__c: 'NORMAL CLEARING' })
        ]);
    });

    it('keeps what the writing tab knows when another tab hears only the end', () => {
        const WIDGET = 'https://chat.acme.com.br';
        const left = { ...gbm.representativeJoined, eventType: 'REPRESENTATIVE_LEFT' };
        const result = replayLines(
            'partial-tab',
            [
                message('2026-03-02T14:05:12.000Z', gbm.requestedLiveAgent, 'A', WIDGET),
                message('2026-03-02T14:05:30.000Z', gbm.representativeJoined, 'A', WIDGET),
                message('2026-03-02T14:07:05.000Z', left, 'B', WIDGET)
            ],
            { userId: USER_ID, allowedOrigins: WIDGET }
        );
        expect(interactions(result)).toEqual([
            expect.objectContaining({
                Status__c: 'Ended',
                Offered_At__c: '2026-03-02T14:05:12.310Z',
                Answered_At__c: '2026-03-02T14:05:30.000Z',
                Talk_Seconds__c: 95
            })
        ]);
    });

    it('loses nothing to a network outage during a call once the network is back', () => {
        const result = replayLines('outage', [
            CALL[0],
            { control: 'network-down' },
            CALL[1],
            CALL[2],
            { control: 'network-up' },
            { control: 'advance', ms: 120_000 }
        ]);

        expect(interactions(result)).toHaveLength(1);
        expect(interactions(result)[0]).toMatchObject({ Status__c: 'Ended', Talk_Seconds__c: 2, Hangup_Cause__c: 'NORMAL CLEARING' });
        expect(codes(result)).toContain('WRITE_RETRYING');
    });

    it('lets a closed tab be opened again by a later message', () => {
        const result = replayLines('close', [CALL[0], { control: 'close', tab: 'A' }, CALL[2]]);
        expect(codes(result)).toContain('REPLAY_TAB_REOPENED');
        expect(interactions(result)[0]).toMatchObject({ Status__c: 'Ended' });
    });

    it('rejects a message from an origin outside the config and counts it', () => {
        const result = replayLines('origin', [
            message('2021-02-18T20:47:47.476Z', evolux.softphoneCallInvited, 'A', 'https://evil.example.com')
        ]);
        expect(result.output.stats).toMatchObject({ messages: 1, accepted: 0, rejected: 1 });
        expect(result.output.diagnostics).toEqual([
            {
                at: '2021-02-18T20:47:47.476Z',
                tab: 'A',
                level: 'warn',
                code: 'ORIGIN_NOT_ALLOWED',
                message: expect.stringContaining('https://evil.example.com')
            }
        ]);
        expect(interactions(result)).toEqual([]);
    });

    it('reports config problems and unknown config properties without stopping', () => {
        const result = replayLines('config', CALL, { userId: USER_ID, allowedOrigins: '*,https://acme.evolux.net.br', logCall: false });
        expect(result.status).toBe(0);
        expect(result.output.diagnostics.filter((entry) => entry.code === 'CONFIG_INVALID').map((entry) => entry.message)).toEqual([
            expect.stringContaining('logCall'),
            expect.stringContaining('"*"')
        ]);
        expect(interactions(result)).toHaveLength(1);
    });
});

describe('replay of CCAI Platform adapter events', () => {
    const CCAIP = 'https://acme.ccaiplatform.com';
    const at = (second: number) => new Date(Date.parse('2026-03-02T11:00:00.000Z') + second * 1000).toISOString();
    const chat = exampleData('New_Chat');
    const inbound = exampleData('Chat_Inbound_Message');
    const transfer = (from: string, to: string) =>
        adapterPost('Transfer_Chat', {
            chat_id: 73522,
            session_type: 'messaging inbound (web chat)',
            from_queue_path: from,
            to_queue_path: to
        });

    it('logs a chat heard before New_Chat, with messages both ways, three queues and End_Chat twice, as one record', () => {
        const result = replayLines(
            'ccaip-chat',
            [
                message(at(0), adapterPost('Chat_Inbound_Message', inbound), 'A', CCAIP),
                message(at(2), adapterPost('New_Chat', chat), 'A', CCAIP),
                message(at(5), documented.Chat_Outbound_Message, 'A', CCAIP),
                message(at(9), transfer('HB TEAM / Ariel', 'Billing'), 'A', CCAIP),
                message(at(12), transfer('Billing', 'Schemes / Auric'), 'A', CCAIP),
                message(at(30), documented.End_Chat, 'A', CCAIP),
                message(at(31), documented.End_Chat, 'A', CCAIP)
            ],
            { userId: USER_ID, storeTranscript: true }
        );

        expect(interactions(result)).toEqual([
            expect.objectContaining({
                External_Key__c: 'ccaip:chat:73522',
                Vendor__c: 'CCAI Platform',
                Channel__c: 'Chat',
                Direction__c: 'Inbound',
                Status__c: 'Ended',
                Queue__c: 'Schemes / Auric',
                Transfer_Count__c: 2,
                Answered_At__c: at(2),
                Ended_At__c: at(30),
                Talk_Seconds__c: 28,
                Transcript__c: [
                    '2026-03-02T11:00:00Z Customer: Can you help me with my order tracking number?',
                    '2026-03-02T11:00:05Z Agent: Please give me a moment to look up your account information'
                ].join('\n')
            })
        ]);
        expect(codes(result)).toContain('EVENT_DUPLICATE');
    });

    it("reports the document's malformed examples and a pop to a foreign URL, and writes nothing", () => {
        const result = replayLines('ccaip-bad', [
            message(at(0), documented.Agent_Login, 'A', CCAIP),
            message(at(1), documented.Transfer_Chat, 'A', CCAIP),
            message(
                at(2),
                adapterPost('CRM_Record_Pop', { recordUrl: 'https://evil.example.com/lightning/r/Contact/0035g00000AbCdEAAV/view' }),
                'A',
                CCAIP
            )
        ]);
        expect(codes(result)).toEqual(['JSON_INVALID', 'JSON_INVALID', 'RECORD_POP_REJECTED']);
        expect(result.output.navigations).toEqual([]);
        expect(result.output.stats.apiCalls).toEqual({ createRecord: 0, updateRecord: 0, graphql: 0 });
    });

    it('opens a popped record in the tab the agent is looking at only', () => {
        const pop = adapterPost('CRM_Record_Pop', { recordUrl: '/lightning/r/Contact/0035g00000AbCdEAAV/view' });
        const result = replayLines('ccaip-pop', [
            message(at(0), pop, 'A', CCAIP),
            message(at(0), pop, 'B', CCAIP),
            { control: 'focus', tab: 'B' },
            message(at(5), pop, 'A', CCAIP),
            message(at(5), pop, 'B', CCAIP)
        ]);
        const page = {
            type: 'standard__recordPage',
            attributes: { recordId: '0035g00000AbCdEAAV', objectApiName: 'Contact', actionName: 'view' }
        };
        expect(result.output.navigations).toEqual([
            { tab: 'A', pageReference: page },
            { tab: 'B', pageReference: page }
        ]);
    });
});

describe('replay of Wide Chat custom events and Business Messages events', () => {
    const WIDGET = 'https://chat.acme.com.br';
    const config = { userId: USER_ID, allowedOrigins: WIDGET };
    const at = (second: number) => new Date(Date.parse('2026-03-02T14:05:00.000Z') + second * 1000).toISOString();
    const customEvents = (result: ReplayResult) => result.output.records.CC_Custom_Event__c ?? [];

    it('stores both examples of the document, each heard by two tabs, once each, tied to the open conversation', () => {
        const lines = [
            message(at(12), gbm.requestedLiveAgent, 'A', WIDGET),
            message(at(12), gbm.requestedLiveAgent, 'B', WIDGET),
            message(at(20), widechatExamples.example1, 'A', WIDGET),
            message(at(20), widechatExamples.example1, 'B', WIDGET),
            message(at(25), example2AsObject(), 'A', WIDGET),
            message(at(25), example2AsObject(), 'B', WIDGET)
        ];
        const result = replayLines('widechat', lines, config);

        const [conversation] = interactions(result);
        expect(customEvents(result)).toEqual([
            expect.objectContaining({
                Event_Name__c: 'aceite_termo',
                Extra1__c: 'source_whatsapp',
                Occurred_At__c: at(20),
                Interaction__c: conversation?.Id
            }),
            expect.objectContaining({
                Event_Name__c: 'assunto_escolhido',
                Extra1__c: '<? $menu_assunto_escolhido ?>',
                Interaction__c: conversation?.Id
            })
        ]);
        // The tab that reads a message first reports the templates it still holds; the other skips its copy.
        expect(codes(result).filter((code) => code === 'TEMPLATE_UNRESOLVED')).toHaveLength(4);
    });

    it('writes the good events of a list with a bad element and reports the bad one', () => {
        const result = replayLines(
            'widechat-bad',
            [message(at(0), [{ event_name: 'a' }, { extra1: 'no name' }, { event_name: 'b' }], 'A', WIDGET)],
            config
        );
        expect(customEvents(result).map((record) => record.Event_Name__c)).toEqual(['a', 'b']);
        expect(result.output.diagnostics).toEqual([
            expect.objectContaining({ code: 'FIELD_MISSING', message: expect.stringContaining('event 2 of 3') })
        ]);
    });

    it('follows a Business Messages conversation through both shapes to one ended record', () => {
        const left = { ...gbm.representativeJoined, eventType: 'REPRESENTATIVE_LEFT' };
        const result = replayLines(
            'gbm',
            [
                message(at(12), gbm.requestedLiveAgent, 'A', WIDGET),
                message(at(30), gbm.representativeJoined, 'A', WIDGET),
                message(at(40), gbm.isTyping, 'A', WIDGET),
                message(at(125), left, 'A', WIDGET)
            ],
            config
        );
        expect(interactions(result)).toEqual([
            expect.objectContaining({
                External_Key__c: GBM_KEY,
                Vendor__c: 'Business Messages',
                Status__c: 'Ended',
                Offered_At__c: '2026-03-02T14:05:12.310Z',
                Answered_At__c: at(30),
                Ended_At__c: at(125),
                Talk_Seconds__c: 95
            })
        ]);
    });
});

describe('a corrupted log', () => {
    it('never crashes and never writes a record, whatever the lines hold', () => {
        let deep = '1';
        for (let i = 0; i < 100_000; i++) {
            deep = `[${deep}]`;
        }
        const junk = Buffer.concat([
            Buffer.from([0x00, 0xff, 0xfe, 0x80, 0x0a]),
            Buffer.from(
                '{"at": "2021-02-18T20:47:47.476Z", "origin": "https://acme.evolux.net.br", "data": {"eventName": "softphoneCallInvited", "payl\n'
            ),
            Buffer.from(`{"origin": "${ORIGIN}", "data": ${deep}}\n`),
            Buffer.from(`${deep}\n`),
            Buffer.from(
                `{"origin": "${ORIGIN}", "data": {"eventName": "softphoneCallInvited", "payload": {"id": "${'x'.repeat(10 * 1024 * 1024)}"}}}\n`
            ),
            Buffer.from(`{"origin": "${ORIGIN}", "data": "${'y'.repeat(10 * 1024 * 1024)}"}\n`),
            Buffer.from(`{"__proto__": {"data": 1}, "origin": "${ORIGIN}"}\n`),
            Buffer.from(`{"origin": "${ORIGIN}", "data": {"__proto__": {"eventName": "softphoneCallInvited"}, "payload": {}}}\n`),
            Buffer.from(
                `{"origin": "${ORIGIN}", "data": {"eventName": "softphoneCallInvited", "payload": {"__proto__": {"id": "polluted"}}}}\n`
            ),
            Buffer.from('{"control": "explode"}\n{"control": "advance"}\n[1, 2, 3]\n"just a string"\nnull\n'),
            Buffer.from(`{"at": "not a time", "origin": "${ORIGIN}", "data": {}}\n`),
            Buffer.from('\u{1F4DE}\u{1F4DE}\u{1F4DE} ☎ ligação perdida\n')
        ]);
        const result = replay(['--input', file('junk.jsonl', junk)]);

        expect(result.status).toBe(0);
        expect(Object.values(result.output.records).flat()).toEqual([]);
        expect(result.output.stats.apiCalls).toEqual({ createRecord: 0, updateRecord: 0, graphql: 0 });
        expect(new Set(codes(result))).toEqual(
            new Set([
                'REPLAY_LINE_NOT_JSON',
                'REPLAY_LINE_UNKNOWN',
                'MESSAGE_TOO_DEEP',
                'MESSAGE_TOO_LARGE',
                'SHAPE_UNKNOWN',
                'FIELD_MISSING'
            ])
        );
        // Every line of junk is accounted for by exactly one diagnostic.
        expect(result.output.diagnostics).toHaveLength(16);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
});

describe('caller matching and screen pop', () => {
    const CONTACT = '0035g00000XyZaBAAV';
    const seed = (records: Record<string, unknown[]>) =>
        file(`seed-${Object.keys(records).join('-')}-${Math.random()}.json`, JSON.stringify(records));
    const callFrom = (id: string, number: string, at: string) =>
        message(at, variant(evolux.softphoneCallInvited, { id, startTime: at, from: { name: '', number } }));
    const run = (name: string, lines: unknown[], records: Record<string, unknown[]>, extra: Record<string, unknown> = {}) =>
        replay([
            '--input',
            file(`${name}.jsonl`, jsonl(lines)),
            '--config',
            file(`${name}.config.json`, JSON.stringify({ userId: USER_ID, defaultCountryCode: '55', ...extra })),
            '--seed',
            seed(records)
        ]);
    const page = (recordId: string, objectApiName: string) => ({
        type: 'standard__recordPage',
        attributes: { recordId, objectApiName, actionName: 'view' }
    });

    it('links and pops the Contact whose formatted phone is the national number calling', () => {
        const result = run('match-contact', [callFrom('m1', '11987654321', '2026-03-02T11:00:00.000Z')], {
            Contact: [{ Id: CONTACT, FirstName: 'Maria', LastName: 'Souza', Phone: '(11) 98765-4321' }]
        });
        expect(interactions(result)[0]).toMatchObject({ Contact__c: CONTACT, Lead__c: null, Account__c: null });
        expect(result.output.navigations).toEqual([{ tab: 'A', pageReference: page(CONTACT, 'Contact') }]);
        expect(result.output.stats.apiCalls.graphql).toBe(1);
    });

    it('finds a Lead when no Contact matches', () => {
        const result = run('match-lead', [callFrom('m2', '+55 11 98765-4321', '2026-03-02T11:00:00.000Z')], {
            Contact: [{ Id: CONTACT, Phone: '(11) 98765-0000' }],
            Lead: [{ Id: '00Q5g00000AbCdEEAV', FirstName: 'Ana', LastName: 'Lima', MobilePhone: '11 98765 4321' }]
        });
        expect(interactions(result)[0]).toMatchObject({ Contact__c: null, Lead__c: '00Q5g00000AbCdEEAV' });
        expect(result.output.navigations).toEqual([{ tab: 'A', pageReference: page('00Q5g00000AbCdEEAV', 'Lead') }]);
    });

    it('neither links nor pops when two Contacts have the number', () => {
        const result = run('match-two', [callFrom('m3', '11987654321', '2026-03-02T11:00:00.000Z')], {
            Contact: [
                { Id: CONTACT, Phone: '(11) 98765-4321' },
                { Id: '0035g00000XyZaCAAV', MobilePhone: '+55 11 98765-4321' }
            ]
        });
        expect(interactions(result)[0]).toMatchObject({ Contact__c: null, Lead__c: null, Account__c: null });
        expect(result.output.navigations).toEqual([]);
    });

    it('does not look an extension up', () => {
        const result = run('match-extension', [callFrom('m4', '601', '2026-03-02T11:00:00.000Z')], {
            Contact: [{ Id: CONTACT, Phone: '601' }]
        });
        expect(result.output.stats.apiCalls.graphql).toBe(0);
        expect(interactions(result)[0]).toMatchObject({ Contact__c: null });
    });

    it('looks a number called twice within a few minutes up once, and again after', () => {
        const records = { Contact: [{ Id: CONTACT, Phone: '(11) 98765-4321' }] };
        const twice = run(
            'match-cache',
            [callFrom('m5', '11987654321', '2026-03-02T11:00:00.000Z'), callFrom('m6', '011987654321', '2026-03-02T11:03:00.000Z')],
            records
        );
        expect(twice.output.stats.apiCalls.graphql).toBe(1);
        expect(interactions(twice).map((record) => record.Contact__c)).toEqual([CONTACT, CONTACT]);

        const later = run(
            'match-cache-later',
            [callFrom('m7', '11987654321', '2026-03-02T11:00:00.000Z'), callFrom('m8', '11987654321', '2026-03-02T11:20:00.000Z')],
            records
        );
        expect(later.output.stats.apiCalls.graphql).toBe(2);
    });

    it('pops in the tab the agent looks at only, with one lookup for three tabs', () => {
        const call = callFrom('m9', '11987654321', '2026-03-02T11:00:00.000Z');
        const result = run(
            'match-tabs',
            [
                // The agent has three Salesforce tabs open before the call, and looks at the third.
                ...['A', 'B', 'C'].map((tab) => ({ ...message('2026-03-02T10:59:00.000Z', evolux.agentLogin), tab })),
                { control: 'focus', tab: 'C' },
                { ...call, tab: 'A' },
                { ...call, tab: 'B' },
                { ...call, tab: 'C' }
            ],
            {
                Contact: [{ Id: CONTACT, Phone: '(11) 98765-4321' }]
            }
        );
        expect(result.output.navigations).toEqual([{ tab: 'C', pageReference: page(CONTACT, 'Contact') }]);
        expect(result.output.stats.apiCalls.graphql).toBe(1);
    });

    it('matches by the CPF in the IVR data when the admin names the CPF field', () => {
        const call = message(
            '2026-03-02T11:00:00.000Z',
            variant(evolux.softphoneCallInvited, { id: 'm10', from: { name: '', number: '601' }, extra: { cpf: '12345678909' } })
        );
        const result = run('match-cpf', [call], { Contact: [{ Id: CONTACT, CPF__c: '123.456.789-09' }] }, { cpfField: 'CPF__c' });
        expect(interactions(result)[0]).toMatchObject({ Contact__c: CONTACT });
    });
});

describe('found in review', () => {
    const at = (second: number) => new Date(Date.parse('2026-03-02T11:00:00.000Z') + second * 1000).toISOString();
    const call = (id: string, second: number, tab: string) => [
        { ...message(at(second), variant(evolux.softphoneCallInvited, { id, startTime: at(second) })), tab },
        {
            ...message(
                at(second + 5),
                variant(evolux.softphoneCallEnded, { id, startTime: at(second), answerTime: at(second + 2), endTime: at(second + 5) })
            ),
            tab
        }
    ];

    it('does not create again what the previous writer wrote when a tab takes over after a long shift', () => {
        const shift = Array.from({ length: 30 }, (_, i) => [...call(`shift-${i}`, i * 60, 'A'), ...call(`shift-${i}`, i * 60, 'B')]).flat();
        const result = replayLines('takeover-long', [...shift, { control: 'close', tab: 'A' }, ...call('after', 1900, 'B')]);

        expect(interactions(result)).toHaveLength(31);
        // The 31 interactions and the one agent status, which the new writer updates.
        expect(result.output.stats.apiCalls.createRecord).toBe(32);
        expect(statuses(result)).toHaveLength(1);
        expect(codes(result)).not.toContain('WRITE_MERGED_DUPLICATE');
    });

    it('never moves a forgotten chat back to Ringing when a late event about it arrives', () => {
        const CCAIP = 'https://acme.ccaiplatform.com';
        const chat = exampleData('New_Chat');
        const calls = Array.from({ length: 12 }, (_, i) => call(`filler-${i}`, 100 + i * 60, 'A')).flat();
        const result = replayLines('forgotten-chat', [
            message(at(0), adapterPost('New_Chat', chat), 'A', CCAIP),
            message(at(30), adapterPost('End_Chat', chat), 'A', CCAIP),
            ...calls,
            { control: 'reload', tab: 'A' },
            message(at(2000), adapterPost('Dismissed_Chat', chat), 'A', CCAIP)
        ]);
        expect(interactions(result).find((record) => record.External_Key__c === 'ccaip:chat:73522')).toMatchObject({
            Status__c: 'Ended',
            Ended_At__c: at(30)
        });
    });
});

describe('random junk', () => {
    it('gives no record, no crash and one diagnostic for each of 1,000 junk messages', () => {
        let seed = 20260302;
        const next = () => {
            seed = (seed * 1103515245 + 12345) % 2147483648;
            return seed / 2147483648;
        };
        const junkValue = (depth: number): unknown => {
            const pick = Math.floor(next() * 9);
            if (depth > 3 || pick < 3) {
                return [null, true, 42, -0.5, 'texto ☎', '', '{"eventName":', '<? $x ?>', '\u0000'][Math.floor(next() * 9)];
            }
            if (pick < 5) {
                return Array.from({ length: Math.floor(next() * 4) }, () => junkValue(depth + 1));
            }
            const keys = ['eventName', 'payload', 'type', 'data', 'event_name', 'conversationId', 'x', '__proto__'];
            return Object.fromEntries(
                Array.from({ length: Math.floor(next() * 4) }, () => [keys[Math.floor(next() * keys.length)], junkValue(depth + 1)])
            );
        };
        // Junk in each vendor's shape, so the adapters themselves are exercised; by construction none is
        // a valid event (unknown or prototype event names, no event_name, no conversation id).
        const badNames = ['constructor', '__proto__', 'valueOf', 'toString', 'softphoneCallTransferred', 'New_Caller', '', 42];
        const vendorShapedJunk = (i: number): unknown => {
            const name = badNames[Math.floor(next() * badNames.length)];
            switch (i % 5) {
                case 0:
                    return { eventName: name, payload: junkValue(0) };
                case 1:
                    return JSON.stringify({ type: name, data: junkValue(0) });
                case 2:
                    return [{ event_name: [null, ''][i % 2], details: junkValue(1) }];
                case 3:
                    return { conversationId: '', userStatus: junkValue(1) };
                default:
                    return { junk: junkValue(0) };
            }
        };
        const origins = [ORIGIN, 'https://acme.ccaiplatform.com', 'https://evil.example.com', 'null'];
        const lines = Array.from({ length: 1000 }, (_, i) => ({
            at: new Date(Date.parse('2026-03-02T11:00:00.000Z') + i * 1000).toISOString(),
            origin: origins[i % origins.length],
            data: vendorShapedJunk(i),
            tab: ['A', 'B', 'C'][i % 3]
        }));
        const result = replay(['--input', file('random-junk.jsonl', jsonl(lines))]);

        expect(result.status).toBe(0);
        expect(Object.values(result.output.records).flat()).toEqual([]);
        expect(result.output.stats).toMatchObject({ messages: 1000, accepted: 0, rejected: 1000 });
        expect(result.output.diagnostics).toHaveLength(1000);
    });
});

describe('unusable arguments and files', () => {
    it.each([
        ['no --input', [], '--input is required'],
        ['an unknown argument', ['--input', 'examples/evolux-shift.jsonl', '--verbose'], 'unknown argument "--verbose"'],
        ['a missing input file', ['--input', 'no/such/file.jsonl'], 'cannot read the input file no/such/file.jsonl (ENOENT)'],
        ['a flag without a value', ['--input'], '--input needs a file path']
    ])('exits 2 with a clear message for %s', (_case, args, text) => {
        const result = replay(args);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain(`replay: ${text}`);
        expect(result.stderr).toContain('usage: npm run --silent replay');
        expect(result.output).toBeUndefined();
    });

    it('exits 2 for a config file that is not a JSON object, and for a malformed seed', () => {
        const input = file('ok.jsonl', jsonl(CALL));
        const badConfig = replay(['--input', input, '--config', file('bad-config.json', '{"userId": ')]);
        expect(badConfig.status).toBe(2);
        expect(badConfig.stderr).toContain('is not valid JSON');

        const listConfig = replay(['--input', input, '--config', file('list-config.json', '[]')]);
        expect(listConfig.stderr).toContain('must hold one JSON object');

        const badSeed = replay(['--input', input, '--seed', file('bad-seed.json', '{"Contact": {"Phone": "1"}}')]);
        expect(badSeed.status).toBe(2);
        expect(badSeed.stderr).toContain('"Contact" must be a list of records');
    });

    it('runs an empty log to an empty document', () => {
        const result = replay(['--input', file('empty.jsonl', '')]);
        expect(result.status).toBe(0);
        expect(result.output.stats).toEqual({
            messages: 0,
            accepted: 0,
            rejected: 0,
            apiCalls: { createRecord: 0, updateRecord: 0, graphql: 0 }
        });
    });
});

describe('the replay of the same call with the seed variant helpers', () => {
    it('prints Missed with null talk time for a call that ends unanswered', () => {
        const result = replayLines('missed', [
            CALL[0],
            message(
                '2021-02-18T20:48:05.476Z',
                variant(evolux.softphoneCallEnded, { answerTime: null, endTime: '2021-02-18T20:48:05.476Z' })
            )
        ]);
        expect(interactions(result)[0]).toMatchObject({
            Status__c: 'Missed',
            Wait_Seconds__c: 18,
            Talk_Seconds__c: null,
            Answered_At__c: null
        });
    });
});

describe("the agent's status through a replay", () => {
    const CCAIP = 'https://acme.ccaiplatform.com';
    const config = { userId: USER_ID, allowedOrigins: 'https://*.ccaiplatform.com' };
    const at = (minute: number) => new Date(Date.parse('2026-03-02T11:00:00.000Z') + minute * 60_000).toISOString();
    const login = adapterPost('Agent_Login', { agent_id: 1, agent_custom_id: '007', agent_email: 'Kim@example.com' });
    const logout = adapterPost('Agent_Logout', { agent_id: 1, agent_email: 'Kim@example.com' });
    /** The status record as the team board reads it back, through the GraphQL answer shape. */
    const asBoardReads = (record: Record<string, unknown>) =>
        agentStatusRecords({
            uiapi: {
                query: {
                    CC_Agent_Status__c: {
                        edges: [
                            {
                                node: Object.fromEntries(
                                    Object.entries(record).map(([name, value]) => [name, name === 'Id' ? value : { value }])
                                )
                            }
                        ]
                    }
                }
            }
        })?.[0];

    it('ends Logged out at the adapter logout, written once however many tabs hear it', () => {
        const lines = [
            login,
            adapterPost('New_Chat', exampleData('New_Chat')),
            adapterPost('End_Chat', exampleData('End_Chat')),
            logout
        ].flatMap((data, index) => ['A', 'B'].map((tab) => message(at(index), data, tab, CCAIP)));
        const result = replayLines('status-logout', lines, config);

        expect(statuses(result)).toEqual([
            expect.objectContaining({ State__c: 'Logged out', Last_Event_At__c: at(3), State_Since__c: at(3) })
        ]);
        // The chat: a create and its end. The status: a create (Available) and three updates (In chat, Available, Logged out).
        expect(result.output.stats.apiCalls).toEqual({ createRecord: 2, updateRecord: 4, graphql: 0 });
    });

    it('leaves the status of a bridge that stopped as it was, and the board shows it as Unknown once it is old', () => {
        const result = replayLines(
            'status-stale',
            [
                message(at(0), login, 'A', CCAIP),
                message(at(1), adapterPost('New_Chat', exampleData('New_Chat')), 'A', CCAIP),
                { control: 'close', tab: 'A' }
            ],
            config
        );

        const [status] = statuses(result);
        expect(status).toMatchObject({ State__c: 'In chat', Last_Event_At__c: at(1) });
        const record = status && asBoardReads(status);
        expect(record && boardState(record, Date.parse(at(60)), DEFAULT_SETTINGS)).toBe('In chat');
        expect(record && boardState(record, Date.parse(at(1 + DEFAULT_SETTINGS.unknownAfterMinutes + 1)), DEFAULT_SETTINGS)).toBe(
            'Unknown'
        );
    });
});
