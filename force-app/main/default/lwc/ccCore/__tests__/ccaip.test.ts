/**
 * CCAI Platform agent adapter events, from the vendor document, through the whole core pipeline.
 */
import { DiagnosticCode, type BridgeProperties } from 'c/ccCore';
import { LAZY_WRITE_MS } from '../recordSync';
import { setupBridge } from './bridgeHarness';
import { adapterPost, CCAIP_ORIGIN, documented, exampleData, INVALID_EXAMPLES } from './ccaipFixtures';

const setup = (properties: BridgeProperties = {}) => setupBridge(properties, CCAIP_ORIGIN);
const CHAT = 'ccaip:chat:73522';
const interactions = (writer: ReturnType<typeof setup>['writer']) => writer.recordsOf('CC_Interaction__c').map((record) => record.fields);

const chat = exampleData('New_Chat');
const inbound = exampleData('Chat_Inbound_Message');
const outbound = exampleData('Chat_Outbound_Message');
const endChat = exampleData('End_Chat');

describe('every example in the CCAI Platform document, posted as the adapters post it', () => {
    it.each(INVALID_EXAMPLES)('reports the invalid JSON of the %s example and writes nothing', async (type) => {
        const { post, writer } = setup();
        const outcome = await post(documented[type]);
        expect(outcome.accepted).toBe(false);
        expect(outcome.diagnostics).toEqual([
            expect.objectContaining({ code: DiagnosticCode.JsonInvalid, message: expect.stringContaining('not valid JSON') })
        ]);
        expect(writer.calls).toEqual([]);
    });

    it.each([
        ['New_Call', { External_Key__c: 'ccaip:call:103646', Channel__c: 'Voice', Status__c: 'Connected', Direction__c: 'Outbound' }],
        ['End_Call', { External_Key__c: 'ccaip:call:103646', Channel__c: 'Voice', Status__c: 'Missed' }],
        [
            'New_Chat',
            { External_Key__c: CHAT, Channel__c: 'Chat', Status__c: 'Connected', Direction__c: 'Inbound', Queue__c: 'HB TEAM / Ariel' }
        ],
        ['End_Chat', { External_Key__c: CHAT, Status__c: 'Missed', Queue__c: null }],
        ['Chat_Inbound_Message', { External_Key__c: CHAT, Status__c: 'Ringing' }],
        ['Chat_Outbound_Message', { External_Key__c: CHAT, Status__c: 'Ringing' }],
        ['Active_Chat', { External_Key__c: 'ccaip:chat:73521', Status__c: 'Ringing' }],
        ['Dismissed_Chat', { External_Key__c: CHAT, Status__c: 'Ringing' }],
        [
            'Party_Added',
            { External_Key__c: 'ccaip:chat:103646', Transfer_Count__c: 1, Queue__c: 'Developers / Ariel', Agent_Login__c: null }
        ]
    ])('turns the %s example into the interaction an admin expects', async (type, fields) => {
        const { post, writer } = setup();
        const outcome = await post(documented[type]);
        expect(outcome.accepted).toBe(true);
        const [record] = interactions(writer);
        expect(interactions(writer)).toHaveLength(1);
        expect({ ...record, Queue__c: record?.Queue__c ?? null, Agent_Login__c: record?.Agent_Login__c ?? null }).toMatchObject({
            Vendor__c: 'CCAI Platform',
            ...fields
        });
    });

    it.each([
        'Cobrowse_Session_Started',
        'Cobrowse_Session_Remote_Control_Changed',
        'Cobrowse_Session_Full_Device_Changed',
        'Cobrowse_Session_Ended',
        'Agent_Assist_Started'
    ])('keeps %s as live state only, without a record', async (type) => {
        const { post, writer, bridge } = setup();
        const outcome = await post(documented[type]);
        expect(outcome.accepted).toBe(true);
        expect(writer.calls).toEqual([]);
        expect(bridge.view().recentEvents[0]?.vendorEvent).toBe(type);
    });

    it("keeps screen sharing on a session the bridge has not heard of as the agent's, without creating it", async () => {
        const { post, bridge, writer } = setup();
        await post(documented.Cobrowse_Session_Started);
        expect(bridge.view().openInteractions).toEqual([]);
        expect(bridge.view().agent?.notes).toEqual({ cobrowse: 'on' });
        expect(writer.calls).toEqual([]);
    });

    it('records screen sharing on the chat it belongs to, and agent assist on the agent', async () => {
        const { post, bridge } = setup();
        await post(adapterPost('New_Chat', { ...chat, chat_id: 791 }));
        await post(documented.Cobrowse_Session_Started);
        await post(documented.Cobrowse_Session_Remote_Control_Changed);
        await post(documented.Agent_Assist_Started);

        expect(bridge.view().openInteractions).toEqual([
            expect.objectContaining({ key: 'ccaip:chat:791', notes: { cobrowse: 'on', remoteControl: 'requested' } })
        ]);
        expect(bridge.view().agent?.notes).toEqual({ assist: 'on' });
    });

    it('records call redaction on and off for the call, from the documented data wrapped as an event', async () => {
        const { post, bridge, writer } = setup();
        const data = JSON.parse(documented['Call_Redaction_Started.data'] ?? '{}');
        await post(adapterPost('New_Call', { ...exampleData('New_Call'), call_id: data.call_id }));
        await post(adapterPost('Call_Redaction_Started', data));
        expect(bridge.view().openInteractions[0]?.notes).toEqual({ redaction: 'on' });
        await post(adapterPost('Call_Redaction_Stopped', data));
        expect(bridge.view().openInteractions[0]?.notes).toEqual({ redaction: 'off' });
        expect(writer.calls).toHaveLength(1);
    });

    it("follows Agent_Login and Agent_Logout (the document's trailing commas fixed) without writing", async () => {
        const { post, bridge, writer } = setup();
        await post(adapterPost('Agent_Login', { agent_id: 1, agent_custom_id: '007', agent_email: 'Kim@example.com' }));
        expect(bridge.view().agent).toMatchObject({ vendor: 'CCAI Platform', id: '1', login: 'Kim@example.com', loggedIn: true });
        await post(adapterPost('Agent_Logout', { agent_id: 1, agent_email: 'Kim@example.com' }));
        expect(bridge.view().agent).toMatchObject({ loggedIn: false });
        expect(writer.calls).toEqual([]);
    });
});

describe('what the adapters really send', () => {
    it('accepts data as an object or as a JSON string, and ids as numbers or strings, as the same chat', async () => {
        const { post, writer } = setup();
        await post(adapterPost('New_Chat', chat));
        await post(JSON.stringify({ type: 'End_Chat', data: JSON.stringify({ ...endChat, chat_id: '73522' }) }));
        await post({ type: 'End_Chat', data: { ...endChat, chat_id: 73522 } });

        expect(interactions(writer)).toEqual([expect.objectContaining({ External_Key__c: CHAT, Status__c: 'Ended' })]);
        expect(writer.calls.map((call) => call.op)).toEqual(['create', 'update']);
    });

    it('keeps known fields when a later event says null for them', async () => {
        const { post, writer } = setup();
        await post(adapterPost('New_Chat', chat));
        await post(documented.End_Chat);
        expect(interactions(writer)[0]).toMatchObject({
            Queue__c: 'HB TEAM / Ariel',
            Agent_Login__c: 'ariel@example.com',
            Status__c: 'Ended'
        });
    });

    it('reports invalid JSON inside a string data field', async () => {
        const { post, writer } = setup();
        const outcome = await post(JSON.stringify({ type: 'New_Chat', data: '{"chat_id": 1,' }));
        expect(outcome.diagnostics.map((entry) => entry.code)).toEqual([DiagnosticCode.JsonInvalid]);
        expect(writer.calls).toEqual([]);
    });

    it.each([
        ['an unknown type', adapterPost('Chat_Typing', chat), DiagnosticCode.EventUnknown],
        ['a chat event without chat_id', adapterPost('New_Chat', { ...chat, chat_id: null }), DiagnosticCode.FieldMissing],
        ['a message without text', adapterPost('Chat_Inbound_Message', { ...inbound, message: '' }), DiagnosticCode.FieldMissing],
        ['data that is a list', JSON.stringify({ type: 'New_Chat', data: [1, 2] }), DiagnosticCode.FieldMissing],
        ['a pop without recordUrl', adapterPost('CRM_Record_Pop', {}), DiagnosticCode.FieldMissing]
    ])('refuses %s with a diagnostic and no write', async (_case, message, code) => {
        const { post, writer } = setup();
        const outcome = await post(message);
        expect(outcome.accepted).toBe(false);
        expect(outcome.diagnostics.map((entry) => entry.code)).toContain(code);
        expect(writer.calls).toEqual([]);
    });

    it.each([
        ['Voice Campaign (UJET)', 'Outbound'],
        ['Voice Outbound', 'Outbound'],
        ['Outbound Call (API)', 'Outbound'],
        ['Messaging Outbound (SMS via API)', 'Outbound'],
        ['Voice Inbound', 'Inbound'],
        ['Messaging (WhatsApp)', 'Inbound'],
        ['messaging inbound (web chat)', 'Inbound']
    ])('reads session type "%s" as %s', async (sessionType, direction) => {
        const { post, writer } = setup();
        await post(adapterPost('New_Chat', { ...chat, session_type: sessionType }));
        expect(interactions(writer)[0]).toMatchObject({ Session_Type__c: sessionType, Direction__c: direction });
    });
});

describe('a chat from start to end', () => {
    const conversation = [
        adapterPost('New_Chat', chat),
        adapterPost('Chat_Inbound_Message', inbound),
        adapterPost('Chat_Outbound_Message', outbound),
        adapterPost('Chat_Inbound_Message', { ...inbound, message: 'Obrigado! 😀 Até logo' }),
        adapterPost('End_Chat', endChat)
    ];

    it('stores the messages in both directions in Transcript__c when storeTranscript is on', async () => {
        const { post, writer, clock } = setup({ storeTranscript: true });
        for (const message of conversation) {
            await post(message);
            await clock.advance(5_000);
        }
        const [record] = interactions(writer);
        expect(record?.Transcript__c).toBe(
            [
                '2021-02-18T20:47:53Z Customer: Can you help me with my order tracking number?',
                '2021-02-18T20:47:58Z Agent: Please give me a moment to look up your account information',
                '2021-02-18T20:48:03Z Customer: Obrigado! 😀 Até logo'
            ].join('\n')
        );
        expect(record).toMatchObject({
            Status__c: 'Ended',
            Answered_At__c: '2021-02-18T20:47:48.000Z',
            Ended_At__c: '2021-02-18T20:48:08.000Z',
            Talk_Seconds__c: 20
        });
    });

    it('leaves Transcript__c empty when storeTranscript is off (the default)', async () => {
        const { post, writer } = setup();
        for (const message of conversation) {
            await post(message);
        }
        expect(interactions(writer)[0]?.Transcript__c).toBeUndefined();
        expect(writer.calls.every((call) => !('Transcript__c' in call.fields))).toBe(true);
    });

    it('keeps a message heard twice once', async () => {
        const { post, writer } = setup({ storeTranscript: true });
        await post(conversation[0]);
        await post(conversation[1]);
        await post(conversation[1]);
        expect(String(interactions(writer)[0]?.Transcript__c).split('\n')).toHaveLength(1);
    });

    it('keeps messages that arrive before New_Chat, on the same record', async () => {
        const { post, writer, clock } = setup({ storeTranscript: true });
        await post(conversation[1]);
        await post(conversation[0]);
        await post(conversation[2]);
        await clock.advance(LAZY_WRITE_MS); // a transcript change alone waits a little for more

        expect(interactions(writer)).toHaveLength(1);
        expect(interactions(writer)[0]).toMatchObject({ Status__c: 'Connected', Queue__c: 'HB TEAM / Ariel' });
        expect(String(interactions(writer)[0]?.Transcript__c).split('\n')).toHaveLength(2);
    });

    it('writes nothing for End_Chat heard twice', async () => {
        const { post, writer, codes } = setup();
        await post(conversation[0]);
        await post(conversation[4]);
        await post(conversation[4]);
        expect(writer.calls.map((call) => call.op)).toEqual(['create', 'update']);
        expect(codes()).toContain(DiagnosticCode.EventDuplicate);
    });

    it('drops the oldest lines first, with a marker, when the transcript outgrows the field', async () => {
        const { post, writer, clock } = setup({ storeTranscript: true });
        await post(conversation[0]);
        const long = 'x'.repeat(30_000);
        for (let i = 1; i <= 6; i++) {
            await post(adapterPost('Chat_Inbound_Message', { ...inbound, message: `${i} ${long}` }));
        }
        await clock.advance(LAZY_WRITE_MS);
        const transcript = String(interactions(writer)[0]?.Transcript__c);
        expect(transcript.length).toBeLessThanOrEqual(131072);
        expect(transcript.startsWith('[2 earlier messages not kept]\n')).toBe(true);
        expect(transcript).toContain(' Customer: 6 x');
        expect(transcript).not.toContain(' Customer: 2 x');
    });
});

describe('transfers', () => {
    const transferTo = (from: string, to: string) =>
        adapterPost('Transfer_Chat', {
            chat_id: 73522,
            session_type: 'messaging inbound (web chat)',
            from_agent_id: 1,
            to_agent_id: 5,
            from_queue_path: from,
            to_queue_path: to
        });

    it('follows a chain across three queues, counting each transfer once', async () => {
        const { post, writer } = setup();
        await post(adapterPost('New_Chat', chat));
        await post(transferTo('HB TEAM / Ariel', 'Billing'));
        await post(transferTo('HB TEAM / Ariel', 'Billing'));
        await post(transferTo('Billing', 'Schemes / Auric'));

        expect(interactions(writer)[0]).toMatchObject({ Queue__c: 'Schemes / Auric', Transfer_Count__c: 2 });
    });

    it('counts an added party as a transfer to its queue', async () => {
        const { post, writer } = setup();
        await post(adapterPost('New_Chat', { ...chat, chat_id: 103646 }));
        await post(documented.Party_Added);
        expect(interactions(writer)[0]).toMatchObject({
            Queue__c: 'Developers / Ariel',
            Transfer_Count__c: 1,
            Agent_Login__c: 'ariel@example.com'
        });
    });

    it('takes the transfer from the fixed Transfer_Chat example: destination queue and count', async () => {
        const { post, writer } = setup();
        const fixed = (documented.Transfer_Chat ?? '')
            .replace(/("to_agent_id" : 5)\n/, '$1,\n')
            .replace(/("to_agent_custom_id": "100")\n/, '$1,\n')
            .replace(/("to_agent_email" : "ariel@example.com")\n/, '$1,\n');
        await post(fixed);
        expect(interactions(writer)[0]).toMatchObject({
            External_Key__c: 'ccaip:chat:103646',
            Queue__c: 'Schemes / Auric',
            Transfer_Count__c: 1,
            Campaign__c: 'Survey Movie'
        });
    });
});

describe('CRM_Record_Pop', () => {
    const pop = (recordUrl: string) => adapterPost('CRM_Record_Pop', { recordUrl });
    const ORG = 'https://acme.lightning.force.com';

    it.each([
        ['a record id', '0035g00000AbCdEAAV', { recordId: '0035g00000AbCdEAAV' }],
        [
            'a Lightning record path',
            '/lightning/r/Contact/0035g00000AbCdEAAV/view',
            { recordId: '0035g00000AbCdEAAV', objectApiName: 'Contact' }
        ],
        [
            'a full URL on this org',
            `${ORG}/lightning/r/Case/5005g00000AbCdEAAV/view`,
            { recordId: '5005g00000AbCdEAAV', objectApiName: 'Case' }
        ],
        [
            'the same org on its my.salesforce.com host',
            'https://acme.my.salesforce.com/0015g00000AbCdEAAV',
            { recordId: '0015g00000AbCdEAAV' }
        ]
    ])('opens %s', async (_case, recordUrl, target) => {
        const { post, navigations } = setup({ orgOrigin: ORG });
        await post(pop(recordUrl));
        expect(navigations).toEqual([target]);
    });

    it.each([
        ['another site', 'https://evil.example.com/lightning/r/Contact/0035g00000AbCdEAAV/view'],
        ['another org', 'https://other.lightning.force.com/lightning/r/Contact/0035g00000AbCdEAAV/view'],
        // The point of this case is that such a URL is refused.
        // eslint-disable-next-line no-script-url
        ['a script URL', 'javascript:alert(1)'],
        ['a page that is not a record', '/lightning/setup/SetupOneHome/home'],
        ['plain http on this org', 'http://acme.lightning.force.com/0035g00000AbCdEAAV']
    ])('refuses a pop to %s and says so', async (_case, recordUrl) => {
        const { post, navigations, codes } = setup({ orgOrigin: ORG });
        await post(pop(recordUrl));
        expect(navigations).toEqual([]);
        expect(codes()).toContain(DiagnosticCode.RecordPopRejected);
    });

    it('does not navigate when screenPop is off', async () => {
        const { post, navigations } = setup({ orgOrigin: ORG, screenPop: 'off' });
        await post(pop('0035g00000AbCdEAAV'));
        expect(navigations).toEqual([]);
    });
});

describe('hosted adapters', () => {
    const TENANT = 'https://acme.loc.ccaiplatform.com';

    it('accepts the hosted adapter from its own window, even with the tenant outside allowedOrigins', async () => {
        const { post, writer } = setup({ ccaipTenantUrl: TENANT, allowedOrigins: 'https://*.evolux.net.br' });
        const outcome = await post(adapterPost('New_Chat', chat), TENANT, { fromHostedAdapter: true });
        expect(outcome.accepted).toBe(true);
        expect(interactions(writer)).toHaveLength(1);
    });

    it.each([
        ['the tenant origin, another window', TENANT],
        ['another allowed CCAI origin', 'https://acme.ccaiplatform.com']
    ])('ignores a message with the right shape from %s', async (_case, origin) => {
        const { post, writer } = setup({ ccaipTenantUrl: TENANT });
        const outcome = await post(adapterPost('New_Chat', chat), origin, { fromHostedAdapter: false });
        expect(outcome.diagnostics.map((entry) => entry.code)).toEqual([DiagnosticCode.SourceNotHostedAdapter]);
        expect(writer.calls).toEqual([]);
    });

    it('builds the adapter URLs of the document from the tenant URL', () => {
        const { bridge } = setup({ ccaipTenantUrl: `${TENANT}/some/path`, ccaipAdapters: 'chat' });
        expect(bridge.config.hostedAdapter).toEqual({ origin: TENANT, chatUrl: `${TENANT}/agent/?type=chat&from=custom` });
    });

    it('refuses a tenant URL that is not https', () => {
        const { bridge, codes } = setup({ ccaipTenantUrl: 'http://acme.loc.ccaiplatform.com' });
        expect(bridge.config.hostedAdapter).toBeUndefined();
        expect(codes()).toContain(DiagnosticCode.ConfigInvalid);
    });
});
