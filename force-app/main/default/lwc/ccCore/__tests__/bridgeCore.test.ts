/**
 * The whole core pipeline with the seed's Evolux payloads: messages in, UI API writes out.
 */
import { BridgeCore, DiagnosticCode, MAX_DIAGNOSTICS, type BridgeProperties } from 'c/ccCore';
import { setupBridge, USER_ID } from './bridgeHarness';
import { CALL_KEY, EVOLUX_ORIGIN, seed, variant, type EvoluxMessage } from './evoluxFixtures';

const setup = (properties: BridgeProperties = {}) => setupBridge(properties, EVOLUX_ORIGIN);

/** The stop of the Reunião segment that agentChangePause opens, at 20:55. */
const STOP_REUNIAO = variant(seed.agentStopPause, {
    pause: {
        ...seed.agentStopPause.payload.pause,
        reason: 'Reunião',
        timeStart: '2021-02-18T20:52:35+00:00',
        timeEnd: '2021-02-18T20:55:00+00:00'
    }
});

const codes = (bridge: BridgeCore) => bridge.view().diagnostics.map((entry) => entry.code);

describe('an inbound queue call from the seed, ring to hang-up', () => {
    it('creates the interaction once when it rings, with every field the admin sees', async () => {
        const { writer, post } = setup();

        const outcome = await post(seed.softphoneCallInvited);

        expect(outcome.accepted).toBe(true);
        expect(writer.calls).toHaveLength(1);
        expect(writer.calls[0]).toEqual({
            op: 'create',
            ok: true,
            objectApiName: 'CC_Interaction__c',
            fields: {
                External_Key__c: CALL_KEY,
                Conversation_Key__c: CALL_KEY,
                Vendor__c: 'Evolux',
                Channel__c: 'Voice',
                Direction__c: 'Inbound',
                Status__c: 'Ringing',
                Customer_Number__c: '601',
                From_Number__c: '601',
                From_Name__c: 'Suporte 601',
                To_Name__c: '700',
                Queue__c: 'suporte',
                Agent__c: USER_ID,
                Agent_Login__c: 'joao',
                Offered_At__c: '2021-02-18T20:47:47.476Z',
                Extra__c: JSON.stringify(seed.softphoneCallInvited.payload.extra)
            }
        });
    });

    it('sends one update of only the changed fields when the agent answers, and one when the call ends', async () => {
        const { writer, post } = setup();
        await post(seed.softphoneCallInvited);

        await post(seed.softphoneCallAccepted);
        await post(seed.softphoneCallEnded);

        const [, answered, ended] = writer.calls;
        expect(writer.calls).toHaveLength(3);
        // The accepted payload's extra says "nordestao": the queue object still wins for Queue__c.
        expect(answered).toEqual({
            op: 'update',
            ok: true,
            objectApiName: 'CC_Interaction__c',
            recordId: expect.stringMatching(/^a02/),
            fields: {
                Status__c: 'Connected',
                Answered_At__c: '2021-02-18T20:47:56.105Z',
                Wait_Seconds__c: 9,
                Extra__c: JSON.stringify(seed.softphoneCallAccepted.payload.extra)
            }
        });
        expect(ended).toEqual({
            op: 'update',
            ok: true,
            objectApiName: 'CC_Interaction__c',
            recordId: answered?.op === 'update' ? answered.recordId : '',
            fields: { Status__c: 'Ended', Ended_At__c: '2021-02-18T20:47:58.470Z', Talk_Seconds__c: 2, Hangup_Cause__c: 'NORMAL CLEARING' }
        });
        const [record] = writer.recordsOf('CC_Interaction__c');
        expect(record?.fields).toMatchObject({ Status__c: 'Ended', Queue__c: 'suporte', Wait_Seconds__c: 9, Talk_Seconds__c: 2 });
    });

    it('writes nothing more when every event arrives a second time (another tab, a resend)', async () => {
        const { writer, bridge, post } = setup();
        for (const message of [seed.softphoneCallInvited, seed.softphoneCallAccepted, seed.softphoneCallEnded]) {
            await post(message);
            await post(message);
        }

        expect(writer.calls.map((call) => call.op)).toEqual(['create', 'update', 'update']);
        expect(codes(bridge).filter((code) => code === DiagnosticCode.EventDuplicate)).toHaveLength(3);
    });

    it('fills the answer in when the end arrives before the accept, and never rewinds the status', async () => {
        const { writer, bridge, post } = setup();
        await post(seed.softphoneCallInvited);
        await post(seed.softphoneCallEnded);
        await post(seed.softphoneCallAccepted);

        const [record] = writer.recordsOf('CC_Interaction__c');
        expect(writer.recordsOf('CC_Interaction__c')).toHaveLength(1);
        expect(record?.fields).toMatchObject({
            Status__c: 'Ended',
            Answered_At__c: '2021-02-18T20:47:56.105Z',
            Ended_At__c: '2021-02-18T20:47:58.470Z',
            Talk_Seconds__c: 2,
            Wait_Seconds__c: 9
        });
        // The late accept's extra data does not replace what the end said.
        expect(record?.fields.Extra__c).toBe(JSON.stringify(seed.softphoneCallEnded.payload.extra));
        expect(writer.calls).toHaveLength(2);
        expect(codes(bridge)).toContain(DiagnosticCode.EventDuplicate);
    });

    it('logs a call first heard at its end as one complete record', async () => {
        const { writer, post } = setup();
        await post(seed.softphoneCallEnded);

        expect(writer.calls).toHaveLength(1);
        expect(writer.calls[0]).toMatchObject({
            op: 'create',
            fields: { Status__c: 'Ended', Offered_At__c: '2021-02-18T20:47:47.476Z', Wait_Seconds__c: 9, Talk_Seconds__c: 2 }
        });
    });
});

describe('calls that are not a plain answered inbound call', () => {
    it('marks a call that ends without an answer as Missed, with the wait to the hang-up and no talk time', async () => {
        const { writer, post } = setup();
        await post(seed.softphoneCallInvited);
        await post(
            variant(seed.softphoneCallEnded, { answerTime: null, hangupCause: 'ORIGINATOR_CANCEL', endTime: '2021-02-18T20:48:05.476Z' })
        );
        const [, update] = writer.calls;

        const [record] = writer.recordsOf('CC_Interaction__c');
        expect(record?.fields).toMatchObject({ Status__c: 'Missed', Wait_Seconds__c: 18, Hangup_Cause__c: 'ORIGINATOR_CANCEL' });
        expect(record?.fields.Talk_Seconds__c).toBeUndefined();
        expect(update).toMatchObject({
            op: 'update',
            recordId: record?.Id,
            fields: {
                Status__c: 'Missed',
                Ended_At__c: '2021-02-18T20:48:05.476Z',
                Wait_Seconds__c: 18,
                Hangup_Cause__c: 'ORIGINATOR_CANCEL'
            }
        });
        expect(update?.fields).not.toHaveProperty('Talk_Seconds__c');
    });

    it('takes the customer number from "to" on an outbound call', async () => {
        const { writer, post } = setup();
        await post(
            variant(seed.softphoneCallInvited, {
                id: 'out-1',
                direction: 'outbound',
                from: { name: 'João', number: '700' },
                to: { name: '', number: '5511987654321' },
                queue: null,
                extra: {}
            })
        );

        expect(writer.calls[0]).toMatchObject({
            op: 'create',
            fields: {
                External_Key__c: 'evolux:out-1',
                Direction__c: 'Outbound',
                Customer_Number__c: '5511987654321',
                From_Number__c: '700'
            }
        });
        expect(writer.calls[0]?.fields).not.toHaveProperty('To_Name__c');
        expect(writer.calls[0]?.fields).not.toHaveProperty('Queue__c');
    });

    it('logs a campaign call with the campaign, the subscriber and the subscriber number as the customer', async () => {
        const { writer, post } = setup();
        await post(seed.softphoneCallInvitedCampaign);

        expect(writer.calls[0]).toMatchObject({
            op: 'create',
            fields: {
                External_Key__c: 'evolux:7b684fba-722b-11eb-915c-d185dd1424c7',
                Campaign__c: 'campanha_de_cobranca_anual',
                Subscriber_Name__c: 'Maria',
                Subscriber_External_Id__c: '000120',
                Customer_Number__c: '601',
                // The campaign invite already carries the answer time.
                Answered_At__c: '2021-02-18T20:54:35.218Z',
                Wait_Seconds__c: 5
            }
        });
    });

    it('keeps IVR data such as a CPF in Extra__c, and leaves Extra__c empty when storeExtra is off', async () => {
        const withCpf = variant(seed.softphoneCallInvited, { extra: { cpf: '123.456.789-09', ura_opcao: '2' } });

        const stored = setup();
        await stored.post(withCpf);
        expect(JSON.parse(String(stored.writer.calls[0]?.fields.Extra__c))).toEqual({ cpf: '123.456.789-09', ura_opcao: '2' });

        const notStored = setup({ storeExtra: false });
        await notStored.post(withCpf);
        expect(notStored.writer.calls[0]?.fields).not.toHaveProperty('Extra__c');
    });

    it.each([
        ['an empty email and a login', { login: 'joao', email: '' }, 'joao'],
        ['a null email and a login', { login: 'joao', email: null }, 'joao'],
        ['no login, an email', { login: null, email: 'joao@acme.com.br' }, 'joao@acme.com.br'],
        ['a numeric extension', { extension: 700 }, 'joao'],
        ['a text extension', { extension: '700' }, 'joao']
    ])('reads the agent login from an agent with %s', async (_case, agent, login) => {
        const { writer, post } = setup();
        await post(variant(seed.softphoneCallInvited, { agent: { ...seed.softphoneCallInvited.payload.agent, ...agent } }));
        expect(writer.calls[0]?.fields.Agent_Login__c).toBe(login);
    });

    it('does not log calls when logCalls is off, and still tracks them', async () => {
        const { writer, bridge, post } = setup({ logCalls: false });
        await post(seed.softphoneCallInvited);
        expect(writer.calls).toHaveLength(0);
        expect(bridge.view().openInteractions).toEqual([
            {
                key: CALL_KEY,
                vendor: 'Evolux',
                status: 'Ringing',
                channel: 'Voice',
                direction: 'Inbound',
                customerNumber: '601',
                customerName: 'Suporte 601',
                queue: 'suporte',
                offeredAt: '2021-02-18T20:47:47.476Z',
                notes: {},
                focused: false
            }
        ]);
    });
});

describe('agent pauses', () => {
    // Pause ids carry the CC_Agent_Pause__c key prefix, not the interaction's.
    const pauseIdPattern = expect.stringMatching(/^a00/);
    const PAUSE_KEY = 'evolux:1:2021-02-18T20:51:54Z';

    it('opens a segment on start and closes the same segment on a stop that names it with fewer digits', async () => {
        const { writer, post } = setup();
        await post(seed.agentStartPause);
        await post(seed.agentStopPause);

        expect(writer.calls).toEqual([
            {
                op: 'create',
                ok: true,
                objectApiName: 'CC_Agent_Pause__c',
                fields: {
                    External_Key__c: PAUSE_KEY,
                    Vendor__c: 'Evolux',
                    Agent__c: USER_ID,
                    Agent_Login__c: 'joao',
                    Reason__c: 'Lanche',
                    Productive__c: false,
                    // The most precise start (microseconds, read to the millisecond) is kept.
                    Started_At__c: '2021-02-18T20:51:54.866Z'
                }
            },
            {
                op: 'update',
                ok: true,
                objectApiName: 'CC_Agent_Pause__c',
                recordId: pauseIdPattern,
                fields: { Ended_At__c: '2021-02-18T20:52:09.000Z', Duration_Seconds__c: 14 }
            }
        ]);
    });

    it('closes the open segment at the change time and opens the next one with the new reason', async () => {
        const { writer, post } = setup();
        await post(seed.agentStartPause);
        await post(seed.agentChangePause);
        await post(STOP_REUNIAO);

        const pauses = writer.recordsOf('CC_Agent_Pause__c').map((record) => record.fields);
        expect(pauses).toEqual([
            expect.objectContaining({ Reason__c: 'Lanche', Ended_At__c: '2021-02-18T20:52:35.366Z', Duration_Seconds__c: 41 }),
            expect.objectContaining({
                External_Key__c: 'evolux:1:2021-02-18T20:52:35Z',
                Reason__c: 'Reunião',
                Productive__c: true,
                Started_At__c: '2021-02-18T20:52:35.366Z',
                Ended_At__c: '2021-02-18T20:55:00.000Z',
                Duration_Seconds__c: 145
            })
        ]);
    });

    it('logs a stop that arrives before its start as one closed segment, and the late start changes nothing', async () => {
        const { writer, post } = setup();
        await post(seed.agentStopPause);
        await post(seed.agentStartPause);

        const [segment] = writer.recordsOf('CC_Agent_Pause__c');
        expect(writer.recordsOf('CC_Agent_Pause__c')).toHaveLength(1);
        expect(segment?.fields).toMatchObject({ External_Key__c: PAUSE_KEY, Ended_At__c: '2021-02-18T20:52:09.000Z' });
        // The late start only makes the start time more precise.
        expect(segment?.fields.Started_At__c).toBe('2021-02-18T20:51:54.866Z');
        expect(segment?.fields.Duration_Seconds__c).toBe(14);
    });

    it('writes once when start and stop each arrive twice', async () => {
        const { writer, post } = setup();
        for (const message of [seed.agentStartPause, seed.agentStartPause, seed.agentStopPause, seed.agentStopPause]) {
            await post(message);
        }
        expect(writer.calls.map((call) => call.op)).toEqual(['create', 'update']);
    });

    it('shows the open pause on the agent until it stops', async () => {
        const { bridge, post } = setup();
        await post(seed.agentStartPause);
        expect(bridge.view().agent?.pause).toEqual({ reason: 'Lanche', productive: false, startedAt: '2021-02-18T20:51:54.866Z' });
        await post(seed.agentChangePause);
        expect(bridge.view().agent?.pause).toMatchObject({ reason: 'Reunião', productive: true });
        await post(
            variant(seed.agentStopPause, {
                pause: { ...seed.agentStopPause.payload.pause, reason: 'Reunião', timeStart: '2021-02-18T20:52:35+00:00' }
            })
        );
        expect(bridge.view().agent?.pause).toBeUndefined();
    });

    it('records the maximum duration when the pause has one, as text or number', async () => {
        const { writer, post } = setup();
        await post(variant(seed.agentStartPause, { pause: { ...seed.agentStartPause.payload.pause, maxDuration: '900' } }));
        expect(writer.calls[0]?.fields.Max_Duration_Seconds__c).toBe(900);
    });

    it('does not log pauses when logPauses is off', async () => {
        const { writer, post } = setup({ logPauses: false });
        await post(seed.agentStartPause);
        expect(writer.calls).toHaveLength(0);
    });
});

describe('agent login', () => {
    it('updates the agent shown in the panel and writes nothing', async () => {
        const { writer, bridge, post } = setup();
        await post(seed.agentLogin);
        expect(writer.calls).toHaveLength(0);
        expect(bridge.view().agent).toEqual({
            vendor: 'Evolux',
            id: '1',
            name: 'João',
            login: 'joao',
            extension: '700',
            loggedIn: true,
            notes: {}
        });
    });
});

describe('bad input', () => {
    it('rejects a message from an origin that is not allowed, without a write', async () => {
        const { writer, bridge, post } = setup();
        const outcome = await post(seed.softphoneCallInvited, 'https://evil.example.com');
        expect(outcome.accepted).toBe(false);
        expect(outcome.diagnostics[0]).toMatchObject({ code: DiagnosticCode.OriginNotAllowed, subject: 'https://evil.example.com' });
        expect(writer.calls).toHaveLength(0);
        expect(bridge.view().stats).toEqual({ messages: 1, accepted: 0, rejected: 1 });
    });

    it('rejects a message over 64 KiB, without a write', async () => {
        const { writer, post } = setup();
        const huge = variant(seed.softphoneCallInvited, { extra: { blob: 'x'.repeat(64 * 1024) } });
        const outcome = await post(huge);
        expect(outcome.diagnostics.map((entry) => entry.code)).toEqual([DiagnosticCode.MessageTooLarge]);
        expect(writer.calls).toHaveLength(0);
    });

    it('names an unknown Evolux event and writes nothing', async () => {
        const { writer, post } = setup();
        const outcome = await post({ eventName: 'softphoneCallTransferred', payload: seed.softphoneCallInvited.payload });
        expect(outcome.diagnostics).toEqual([
            expect.objectContaining({ code: DiagnosticCode.EventUnknown, message: expect.stringContaining('softphoneCallTransferred') })
        ]);
        expect(writer.calls).toHaveLength(0);
    });

    it.each([
        ['a call without an id', variant(seed.softphoneCallInvited, { id: '' }), DiagnosticCode.FieldMissing],
        ['a call without a payload', { eventName: 'softphoneCallInvited', payload: null }, DiagnosticCode.FieldMissing],
        [
            'a pause without a start',
            variant(seed.agentStartPause, { pause: { ...seed.agentStartPause.payload.pause, timeStart: null } }),
            DiagnosticCode.FieldMissing
        ],
        [
            'a pause with a start that is not a time',
            variant(seed.agentStartPause, { pause: { ...seed.agentStartPause.payload.pause, timeStart: 'yesterday' } }),
            DiagnosticCode.FieldInvalid
        ],
        ['a pause without an agent', variant(seed.agentStartPause, { agentId: null, agent: null }), DiagnosticCode.FieldMissing],
        ['an id longer than a key can hold', variant(seed.softphoneCallInvited, { id: 'x'.repeat(300) }), DiagnosticCode.FieldInvalid]
    ])('rejects %s with a diagnostic and no write', async (_case, message, code) => {
        const { writer, post } = setup();
        const outcome = await post(message);
        expect(outcome.accepted).toBe(false);
        expect(outcome.diagnostics.map((entry) => entry.code)).toContain(code);
        expect(writer.calls).toHaveLength(0);
    });

    it('accepts a call whose optional fields are the wrong type, leaving them empty and saying so', async () => {
        const { writer, post } = setup();
        const outcome = await post(variant(seed.softphoneCallInvited, { hangupCause: { code: 16 }, queue: 'suporte' }));
        expect(outcome.accepted).toBe(true);
        expect(outcome.diagnostics.map((entry) => entry.code)).toEqual([DiagnosticCode.FieldInvalid, DiagnosticCode.FieldInvalid]);
        expect(writer.calls[0]?.fields).toMatchObject({ Queue__c: 'suporte', Direction__c: 'Inbound' });
        expect(writer.calls[0]?.fields).not.toHaveProperty('Hangup_Cause__c');
    });

    it('keeps unicode intact and cuts an over-long name to the field length without splitting a character', async () => {
        const { writer, bridge, post } = setup();
        const longName = 'Conceição 👩‍💼 ' + '😀'.repeat(200);
        await post(variant(seed.softphoneCallInvited, { from: { name: longName, number: '601' } }));

        const fromName = String(writer.calls[0]?.fields.From_Name__c);
        expect(fromName.startsWith('Conceição 👩‍💼 ')).toBe(true);
        expect(fromName.length).toBeLessThanOrEqual(255);
        expect(/[\uD800-\uDBFF]$/.test(fromName)).toBe(false);
        expect(codes(bridge)).toContain(DiagnosticCode.FieldTruncated);
    });

    it('keeps at most MAX_DIAGNOSTICS diagnostics, newest first', async () => {
        const { bridge } = setup();
        for (let i = 0; i < MAX_DIAGNOSTICS + 50; i++) {
            bridge.receive({ origin: `https://intruder${i}.example.com`, data: {} });
        }
        const { diagnostics } = bridge.view();
        expect(diagnostics).toHaveLength(MAX_DIAGNOSTICS);
        expect(diagnostics[0]?.subject).toBe(`https://intruder${MAX_DIAGNOSTICS + 49}.example.com`);
    });
});

describe('writes that fail', () => {
    it('retries a write lost to the network and then sends the state as it is by then', async () => {
        const { writer, clock, bridge, post } = setup();
        writer.online = false;
        await post(seed.softphoneCallInvited);
        expect(codes(bridge)).toContain(DiagnosticCode.WriteRetrying);
        expect(bridge.view().pendingWrites).toEqual([expect.objectContaining({ key: CALL_KEY, state: 'retrying', attempts: 1 })]);

        await post(seed.softphoneCallAccepted);
        writer.online = true;
        await clock.advance(1_200);

        const [record] = writer.recordsOf('CC_Interaction__c');
        expect(record?.fields.Status__c).toBe('Connected');
        expect(writer.calls.filter((call) => call.op === 'create')).toHaveLength(2);
        expect(bridge.view().pendingWrites).toEqual([]);
    });

    it('turns a create that another tab won into an update of that record', async () => {
        const { writer, bridge, post } = setup();
        const [otherTabsId] = writer.seed('CC_Interaction__c', [{ External_Key__c: CALL_KEY, Agent__c: USER_ID, Status__c: 'Ringing' }]);

        await post(seed.softphoneCallAccepted);

        expect(writer.recordsOf('CC_Interaction__c')).toHaveLength(1);
        expect(writer.calls.map((call) => call.op)).toEqual(['create', 'update']);
        expect(writer.calls[1]).toMatchObject({ recordId: otherTabsId, fields: { Status__c: 'Connected', External_Key__c: CALL_KEY } });
        expect(codes(bridge)).toContain(DiagnosticCode.WriteMergedDuplicate);
    });

    it('stops retrying a write Salesforce refuses for good and keeps its data in the diagnostic', async () => {
        const { writer, clock, bridge, post } = setup();
        // A permission set without field access: the org refuses the write whatever the retry.
        const createRecord = jest.spyOn(writer, 'createRecord').mockRejectedValue({
            status: 400,
            body: {
                message: 'error',
                output: {
                    errors: [],
                    fieldErrors: {
                        Queue__c: [{ errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE', message: 'Unable to create/update fields: Queue__c.' }]
                    }
                }
            }
        });
        await post(seed.softphoneCallInvited);
        await clock.advance(120_000);

        expect(createRecord).toHaveBeenCalledTimes(1);
        const rejected = bridge.view().diagnostics.find((entry) => entry.code === DiagnosticCode.WriteRejected);
        expect(rejected?.message).toContain('Unable to create/update fields: Queue__c.');
        expect(rejected?.message).toContain('"Queue__c":"suporte"');
        expect(bridge.view().pendingWrites).toEqual([expect.objectContaining({ state: 'failed', key: CALL_KEY })]);
    });
});

describe('several calls at once', () => {
    it('keeps each call on its own record', async () => {
        const { writer, post } = setup();
        const second: EvoluxMessage = variant(seed.softphoneCallInvited, { id: 'second-call', from: { number: '11987654321' } });
        await post(seed.softphoneCallInvited);
        await post(second);
        await post(seed.softphoneCallEnded);

        const records = writer.recordsOf('CC_Interaction__c').map((record) => [record.fields.External_Key__c, record.fields.Status__c]);
        expect(records).toEqual([
            [CALL_KEY, 'Ended'],
            ['evolux:second-call', 'Ringing']
        ]);
    });
});

describe('the exported log', () => {
    it('keeps what this tab heard as replay lines, a rejected message with its origin only', async () => {
        const { bridge, post } = setup();
        await post(seed.softphoneCallInvited);
        await post(seed.softphoneCallEnded);
        await post(seed.softphoneCallInvited, 'https://evil.example.com');

        const lines = bridge
            .exportLog()
            .trim()
            .split('\n')
            .map((line) => JSON.parse(line));
        expect(lines).toEqual([
            { at: '2021-02-18T20:47:48.000Z', origin: EVOLUX_ORIGIN, data: seed.softphoneCallInvited, tab: 'A' },
            { at: '2021-02-18T20:47:48.000Z', origin: EVOLUX_ORIGIN, data: seed.softphoneCallEnded, tab: 'A' },
            { at: '2021-02-18T20:47:48.000Z', origin: 'https://evil.example.com', data: null, tab: 'A' }
        ]);
    });
});

describe('found in review', () => {
    it('keeps the open pause when an older pause start is resent after a change, and applies the real stop', async () => {
        const { writer, post } = setup();
        await post(seed.agentStartPause);
        await post(seed.agentChangePause);
        await post(seed.agentStartPause);
        await post(STOP_REUNIAO);

        const pauses = writer.recordsOf('CC_Agent_Pause__c').map((record) => record.fields);
        expect(pauses).toEqual([
            expect.objectContaining({ Reason__c: 'Lanche', Ended_At__c: '2021-02-18T20:52:35.366Z' }),
            expect.objectContaining({
                Reason__c: 'Reunião',
                Started_At__c: '2021-02-18T20:52:35.366Z',
                Ended_At__c: '2021-02-18T20:55:00.000Z',
                Duration_Seconds__c: 145
            })
        ]);
    });

    it('closes a late start of an earlier pause at the start of the open one', async () => {
        const { writer, post, bridge } = setup();
        await post(seed.agentChangePause);
        await post(seed.agentStartPause);

        expect(writer.recordsOf('CC_Agent_Pause__c').map((record) => [record.fields.Reason__c, record.fields.Ended_At__c])).toEqual([
            ['Reunião', undefined],
            ['Lanche', '2021-02-18T20:52:35.366Z']
        ]);
        expect(bridge.view().agent?.pause).toMatchObject({ reason: 'Reunião' });
    });

    it('gives a record Salesforce refused another attempt when it changes, instead of dropping later changes', async () => {
        const { writer, post } = setup();
        await post(seed.softphoneCallInvited);
        const refused = {
            status: 400,
            body: { message: 'x', output: { errors: [{ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'Queue is locked' }] } }
        };
        jest.spyOn(writer, 'updateRecord').mockRejectedValueOnce(refused);
        await post(seed.softphoneCallAccepted);
        await post(seed.softphoneCallEnded);

        expect(writer.recordsOf('CC_Interaction__c')[0]?.fields).toMatchObject({
            Status__c: 'Ended',
            Answered_At__c: '2021-02-18T20:47:56.105Z',
            Talk_Seconds__c: 2
        });
    });
});
