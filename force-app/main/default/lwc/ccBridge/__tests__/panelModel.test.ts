/**
 * The bridge panel's model without a DOM, read as an agent reads it: the vendors' documented payloads
 * go through the real BridgeCore, and the panel built from its view is checked in English and in
 * Portuguese (the labels and translations the package ships). Event names come out as words, counts
 * in their plural form, and long keys shortened with the whole key kept for screen readers.
 */
import type { BridgeView } from 'c/ccCore';
import { MAX_SHOWN_DETAIL, panelModel, shortened, type PanelFormat } from '../panelModel';
import { customLabels, labelTranslations, mockCustomLabels } from '../../../../../test/jest-mocks/salesforce/customLabels';
import { setupBridge } from '../../ccCore/__tests__/bridgeHarness';
import { CALL_KEY, EVOLUX_ORIGIN, seed } from '../../ccCore/__tests__/evoluxFixtures';
import { adapterPost, CCAIP_ORIGIN, documented, exampleData, INVALID_EXAMPLES } from '../../ccCore/__tests__/ccaipFixtures';
import { gbm, GBM_KEY, widechatExamples, WIDGET_ORIGIN } from '../../ccCore/__tests__/widechatFixtures';

type LabelsModule = typeof import('../labels');

const US: PanelFormat = { locale: 'en-US', timeZone: 'America/New_York' };
const BRAZIL: PanelFormat = { locale: 'pt-BR', timeZone: 'America/Sao_Paulo' };
const ALLOWED = `${EVOLUX_ORIGIN},${CCAIP_ORIGIN},${WIDGET_ORIGIN}`;

/** The panel's labels as a user of that language sees them (a fresh module, imported with those label values). */
function labelsIn(language: 'en_US' | 'pt_BR'): LabelsModule['PANEL_LABELS'] {
    let labels: LabelsModule | undefined;
    jest.isolateModules(() => {
        mockCustomLabels(language === 'en_US' ? customLabels() : labelTranslations(language));
        labels = jest.requireActual('../labels') as LabelsModule;
    });
    return (labels as LabelsModule).PANEL_LABELS;
}

/** A bridge that allows the three vendors' origins, with a `post` that takes the origin too. */
function bridgeFor() {
    return setupBridge({ allowedOrigins: ALLOWED }, EVOLUX_ORIGIN);
}

/** A view with other message counts, for the plural forms of numbers no seed reaches. */
function withStats(view: BridgeView, messages: number, accepted: number, rejected: number): BridgeView {
    return { ...view, stats: { messages, accepted, rejected } };
}

describe('panelModel: counts in their plural form', () => {
    it('says "1 message" after the first Evolux message and "2 messages" after the second, in English', async () => {
        const { post, bridge } = bridgeFor();
        const labels = labelsIn('en_US');

        await post(seed.softphoneCallInvited);
        expect(panelModel(bridge.view(), labels, US).counts).toBe('1 message · 1 accepted · 0 rejected');

        // A message from an origin the bridge does not allow: heard and rejected.
        await post(seed.softphoneCallAccepted, 'https://evil.example.com');
        expect(panelModel(bridge.view(), labels, US).counts).toBe('2 messages · 1 accepted · 1 rejected');
    });

    it('agrees the Portuguese words with each count, as Intl.PluralRules chooses for pt-BR', async () => {
        const { post, bridge } = bridgeFor();
        const labels = labelsIn('pt_BR');

        await post(seed.softphoneCallInvited);
        // Portuguese takes the singular for 0 and 1 (the Unicode plural rules for pt): "0 rejeitada".
        expect(panelModel(bridge.view(), labels, BRAZIL).counts).toBe('1 mensagem · 1 aceita · 0 rejeitada');
        await post(seed.softphoneCallAccepted);
        await post(seed.softphoneCallEnded, 'https://evil.example.com');
        expect(panelModel(bridge.view(), labels, BRAZIL).counts).toBe('3 mensagens · 2 aceitas · 1 rejeitada');
        expect(panelModel(withStats(bridge.view(), 1500, 1498, 2), labels, BRAZIL).counts).toBe(
            '1.500 mensagens · 1.498 aceitas · 2 rejeitadas'
        );
        // A million is in the "many" category for pt, which has no label of its own: the plural form.
        expect(panelModel(withStats(bridge.view(), 1_000_000, 1_000_000, 0), labels, BRAZIL).counts).toBe(
            '1.000.000 mensagens · 1.000.000 aceitas · 0 rejeitada'
        );
    });

    it("chooses the form by the labels' language and writes the digits by the locale", async () => {
        const { post, bridge } = bridgeFor();
        await post(seed.softphoneCallInvited);
        const view = withStats(bridge.view(), 0, 0, 1234);

        // English labels for a user whose locale is Brazilian: English plurals ("0 messages"), Brazilian digits.
        expect(panelModel(view, labelsIn('en_US'), { ...BRAZIL, language: 'en-US' }).counts).toBe(
            '0 messages · 0 accepted · 1.234 rejected'
        );
        // Without a language the locale decides, as before the language was known.
        expect(panelModel(view, labelsIn('pt_BR'), BRAZIL).counts).toBe('0 mensagem · 0 aceita · 1.234 rejeitadas');
    });

    it('counts the attempts of a write not saved yet in their plural form', async () => {
        const { post, bridge, writer, clock } = bridgeFor();
        writer.online = false;
        await post(seed.softphoneCallInvited);
        const first = panelModel(bridge.view(), labelsIn('en_US'), US).pendingWrites;
        // The Evolux key (a UUID) is too long for the panel: shortened, whole for screen readers.
        expect(first.map((row) => [row.detail, row.detailFull, row.label])).toEqual([
            ['evolux:8eb4d68e-7…85dd1424c7', CALL_KEY, 'retrying (1 attempt)']
        ]);

        await clock.advance(60_000); // the outbox retries with backoff, still offline
        const [later] = bridge.view().pendingWrites;
        expect(later?.attempts).toBeGreaterThan(1);
        const english = panelModel(bridge.view(), labelsIn('en_US'), US).pendingWrites[0]?.label;
        const portuguese = panelModel(bridge.view(), labelsIn('pt_BR'), BRAZIL).pendingWrites[0]?.label;
        expect(english).toBe(`retrying (${later?.attempts} attempts)`);
        expect(portuguese).toBe(`tentando novamente (${later?.attempts} tentativas)`);
    });
});

describe('panelModel: event names in words', () => {
    it('names an Evolux call and pause as an agent says them, newest first, keeping the vendor name as the title', async () => {
        const { post, bridge } = bridgeFor();
        for (const message of [
            seed.agentLogin,
            seed.softphoneCallInvited,
            seed.softphoneCallAccepted,
            seed.softphoneCallEnded,
            seed.agentStartPause,
            seed.agentChangePause,
            seed.agentStopPause
        ]) {
            await post(message);
        }

        const english = panelModel(bridge.view(), labelsIn('en_US'), US).recentEvents;
        expect(english.map((row) => [row.label, row.title])).toEqual([
            ['Pause ended', 'agentStopPause'],
            ['Pause changed', 'agentChangePause'],
            ['Pause started', 'agentStartPause'],
            ['Call ended', 'softphoneCallEnded'],
            ['Call answered', 'softphoneCallAccepted'],
            ['Incoming call', 'softphoneCallInvited'],
            ['Agent logged in', 'agentLogin']
        ]);
        const portuguese = panelModel(bridge.view(), labelsIn('pt_BR'), BRAZIL).recentEvents;
        expect(portuguese.map((row) => row.label)).toEqual([
            'Pausa encerrada',
            'Pausa alterada',
            'Pausa iniciada',
            'Chamada encerrada',
            'Chamada atendida',
            'Recebendo chamada',
            'Login do agente'
        ]);
    });

    it('has words for every CCAI Platform example in the vendor document', async () => {
        const labels = labelsIn('en_US');
        const valid = Object.keys(documented).filter((name) => !INVALID_EXAMPLES.includes(name));
        const named: Record<string, string> = {};
        for (const name of valid) {
            const { post, bridge } = bridgeFor();
            // `<type>.data` examples show only the data object: post it as the adapter does.
            const type = name.replace(/\.data$/, '');
            await post(name.endsWith('.data') ? adapterPost(type, JSON.parse(documented[name] ?? '{}')) : documented[name], CCAIP_ORIGIN);
            const [row] = panelModel(bridge.view(), labels, US).recentEvents;
            named[type] = row?.label ?? '(not remembered)';
        }
        expect(named).toEqual({
            Active_Chat: 'Chat in focus',
            Agent_Assist_Started: 'Agent Assist started',
            Call_Redaction_Started: 'Redaction started',
            Call_Redaction_Stopped: 'Redaction stopped',
            Chat_Inbound_Message: 'Message received',
            Chat_Outbound_Message: 'Message sent',
            Cobrowse_Session_Ended: 'Screen sharing ended',
            Cobrowse_Session_Full_Device_Changed: 'Screen sharing changed',
            Cobrowse_Session_Remote_Control_Changed: 'Screen sharing changed',
            Cobrowse_Session_Started: 'Screen sharing started',
            Dismissed_Chat: 'Chat dismissed',
            End_Call: 'Call ended',
            End_Chat: 'Chat ended',
            New_Call: 'Call answered',
            New_Chat: 'Chat started',
            Party_Added: 'Participant added'
        });
    });

    it('names the events the CCAI examples leave out (their JSON is invalid) from the same data', async () => {
        const { post, bridge } = bridgeFor();
        const data = exampleData('New_Chat');
        for (const type of ['Agent_Login', 'Agent_Joined_Chat', 'Transfer_Chat', 'CRM_Record_Pop', 'Agent_Logout']) {
            await post(
                adapterPost(type, { ...data, to_queue_path: 'Developers / Ariel', recordUrl: 'https://acme.my.salesforce.com/003' }),
                CCAIP_ORIGIN
            );
        }
        expect(panelModel(bridge.view(), labelsIn('en_US'), US).recentEvents.map((row) => row.label)).toEqual([
            'Agent logged out',
            'Record to open',
            'Transfer',
            'Agent joined the conversation',
            'Agent logged in'
        ]);
    });

    it('names Business Messages events, and a Wide Chat event as a custom event beside its own name', async () => {
        const { post, bridge } = bridgeFor();
        await post(gbm.requestedLiveAgent, WIDGET_ORIGIN);
        await post(gbm.representativeJoined, WIDGET_ORIGIN);
        await post(gbm.isTyping, WIDGET_ORIGIN);
        await post(widechatExamples.example1, WIDGET_ORIGIN);

        // The request for an agent also says the customer is not typing: two events from one message.
        const rows = panelModel(bridge.view(), labelsIn('pt_BR'), BRAZIL).recentEvents;
        expect(rows.map((row) => [row.label, row.detailFull ?? row.detail])).toEqual([
            ['Evento personalizado', 'aceite_termo'],
            ['Indicador de digitação', GBM_KEY],
            ['Atendente entrou na conversa', GBM_KEY],
            ['Indicador de digitação', GBM_KEY],
            ['Cliente pediu um atendente', GBM_KEY]
        ]);
    });

    it('keeps the name of an event it has no words for, even one named like an object member', () => {
        const labels = labelsIn('en_US');
        const view: BridgeView = {
            role: 'alone',
            stats: { messages: 2, accepted: 2, rejected: 0 },
            openInteractions: [],
            recentlyEnded: [],
            diagnostics: [],
            pendingWrites: [],
            recentEvents: [
                { at: '2021-02-18T20:47:47.476Z', vendor: 'Evolux', vendorEvent: 'softphoneCallHeld', subject: CALL_KEY, seq: 2 },
                { at: '2021-02-18T20:47:47.476Z', vendor: 'CCAI Platform', vendorEvent: 'constructor', subject: 'ccaip:call:1', seq: 1 }
            ]
        };
        expect(panelModel(view, labels, US).recentEvents.map((row) => row.label)).toEqual(['softphoneCallHeld', 'constructor']);
    });
});

describe('panelModel: row keys', () => {
    it('keeps the key of every row when a newer event or diagnostic comes in (LWC then adds one row, not rebuilds the list)', async () => {
        const { post, bridge } = bridgeFor();
        await post(seed.softphoneCallInvited);
        await post({ eventName: 'softphoneCallInvited' });
        const before = panelModel(bridge.view(), labelsIn('en_US'), US);

        await post(seed.softphoneCallAccepted);
        await post({ eventName: 'softphoneCallAccepted' });
        const after = panelModel(bridge.view(), labelsIn('en_US'), US);

        for (const list of ['recentEvents', 'diagnostics'] as const) {
            const keys = after[list].map((row) => row.key);
            expect({ list, older: keys.slice(-before[list].length) }).toEqual({ list, older: before[list].map((row) => row.key) });
            expect(new Set(keys).size).toBe(keys.length);
            expect(keys.length).toBeGreaterThan(before[list].length);
        }
    });
});

describe('panelModel: long keys', () => {
    it('shortens a long chat key in the middle, keeping its vendor prefix, its end and the whole key for the title', async () => {
        const { post, bridge } = bridgeFor();
        // A Business Messages conversation: its key is gbm: and a 36-character conversation id.
        await post(gbm.requestedLiveAgent, WIDGET_ORIGIN);

        const panel = panelModel(bridge.view(), labelsIn('en_US'), US);
        const [event] = panel.recentEvents;
        const [interaction] = panel.interactions;
        for (const row of [event, interaction]) {
            expect(row?.detailFull).toBe(GBM_KEY);
            expect(row?.detail).toBe('gbm:c2f8d7e4-41a3…5a1b7c9d2e');
            expect([...(row?.detail ?? '')]).toHaveLength(MAX_SHOWN_DETAIL);
        }
    });

    it('shows a key that fits as it is, with nothing extra for screen readers', async () => {
        const { post, bridge } = bridgeFor();
        await post(documented.New_Chat, CCAIP_ORIGIN);
        const [event] = panelModel(bridge.view(), labelsIn('en_US'), US).recentEvents;
        expect(event).toMatchObject({ detail: 'ccaip:chat:73522' });
        expect(event?.detailFull).toBeUndefined();
    });

    it('never cuts a character in half', () => {
        const text = `${'😀'.repeat(20)}${'é'.repeat(20)}`;
        const { detail, detailFull } = shortened(text);
        expect(detailFull).toBe(text);
        expect([...detail]).toHaveLength(MAX_SHOWN_DETAIL);
        expect(detail).toBe(`${'😀'.repeat(17)}…${'é'.repeat(10)}`);
    });
});

describe('panelModel: how the tabs coordinate', () => {
    it('says which browser APIs this tab coordinates through, in English and in Portuguese, and nothing when it works alone', async () => {
        const { post, bridge } = bridgeFor();
        await post(seed.softphoneCallInvited);
        const alone = bridge.view();
        const native: BridgeView = { ...alone, role: 'leader', tabs: { leader: 'web-locks', messages: 'broadcast-channel' } };
        const fallback: BridgeView = { ...alone, role: 'follower', tabs: { leader: 'storage-lease', messages: 'storage-polling' } };

        expect(panelModel(alone, labelsIn('en_US'), US).tabsLabel).toBe('');
        expect(panelModel(native, labelsIn('en_US'), US).tabsLabel).toBe(
            "Your tabs coordinate through the browser's Web Locks and BroadcastChannel."
        );
        expect(panelModel(fallback, labelsIn('en_US'), US).tabsLabel).toMatch(/^This browser lacks Web Locks or BroadcastChannel/);
        expect(panelModel(fallback, labelsIn('pt_BR'), BRAZIL).tabsLabel).toMatch(/^Este navegador não tem Web Locks/);
    });
});
