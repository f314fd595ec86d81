/**
 * Wide Chat custom events through the core pipeline: one CC_Custom_Event__c per element.
 */
import { DiagnosticCode, type BridgeProperties } from 'c/ccCore';
import { flushPromises } from '../../../../../../tools/replay/virtualClock';
import { setupBridge } from './bridgeHarness';
import { seed as evolux } from './evoluxFixtures';
import { example2AsObject, widechatExamples, WIDGET_ORIGIN } from './widechatFixtures';

const setup = (properties: BridgeProperties = {}) =>
    setupBridge({ allowedOrigins: `${WIDGET_ORIGIN},https://*.evolux.net.br`, ...properties }, WIDGET_ORIGIN);
const events = (writer: ReturnType<typeof setup>['writer']) => writer.recordsOf('CC_Custom_Event__c').map((record) => record.fields);

describe('Wide Chat custom events', () => {
    it('stores example 1 of the document as one event, templates as received, and names the unresolved ones', async () => {
        const { post, writer, codes } = setup();
        const outcome = await post(widechatExamples.example1);

        expect(outcome.accepted).toBe(true);
        expect(events(writer)).toEqual([
            {
                External_Key__c: expect.stringMatching(/^widechat:[0-9a-f]{14}:2021-02-18T20:47:30Z$/),
                Vendor__c: 'Wide Chat',
                Event_Name__c: 'aceite_termo',
                Details__c: JSON.stringify({ field1: '<? $numero_contrato ?>', field2: 'contact.cpf' }),
                Extra1__c: 'source_whatsapp',
                Extra2__c: '<? input.text ?>',
                Occurred_At__c: '2021-02-18T20:47:48.000Z',
                Name: 'EVT-000001'
            }
        ]);
        const unresolved = outcome.diagnostics.filter((entry) => entry.code === DiagnosticCode.TemplateUnresolved);
        expect(unresolved.map((entry) => entry.message)).toEqual([
            expect.stringContaining('details.field1'),
            expect.stringContaining('extra2')
        ]);
        expect(codes()).not.toContain(DiagnosticCode.WriteRejected);
    });

    it('reports example 2 of the document as invalid JSON text, and stores it when posted as an object', async () => {
        const asText = setup();
        expect((await asText.post(widechatExamples.example2)).diagnostics.map((entry) => entry.code)).toEqual([DiagnosticCode.JsonInvalid]);
        expect(asText.writer.calls).toEqual([]);

        const asObject = setup();
        await asObject.post(example2AsObject());
        expect(events(asObject.writer)).toEqual([
            expect.objectContaining({
                Event_Name__c: 'assunto_escolhido',
                Details__c: '{"field1":"<?  $email ?>"}',
                Extra1__c: '<? $menu_assunto_escolhido ?>'
            })
        ]);
    });

    it('accepts a single event object as well as a list', async () => {
        const { post, writer } = setup();
        await post({ event_name: 'pesquisa_nps', details: { field1: 9 }, extra1: 'nota_alta' });
        expect(events(writer)).toEqual([
            expect.objectContaining({ Event_Name__c: 'pesquisa_nps', Details__c: '{"field1":"9"}', Extra1__c: 'nota_alta' })
        ]);
    });

    it('writes the good events of a list and reports the bad one', async () => {
        const { post, writer } = setup();
        const outcome = await post([
            { event_name: 'assunto_escolhido', extra1: 'segunda_via' },
            { details: { field1: 'sem nome' } },
            'not an object',
            { event_name: 'aceite_termo', extra1: 'source_whatsapp' }
        ]);
        expect(outcome.accepted).toBe(true);
        expect(outcome.diagnostics.map((entry) => [entry.code, entry.subject])).toEqual([
            [DiagnosticCode.FieldMissing, 'widechat event 2 of 4'],
            [DiagnosticCode.FieldInvalid, 'widechat event 3 of 4']
        ]);
        expect(events(writer).map((fields) => fields.Event_Name__c)).toEqual(['assunto_escolhido', 'aceite_termo']);
    });

    it('keeps detail keys beyond field1 and field2, with every value as text', async () => {
        const { post, writer } = setup();
        await post([{ event_name: 'pedido', details: { field1: 'A-123', field2: true, valor: 149.9, itens: ['x', 'y'] } }]);
        expect(JSON.parse(String(events(writer)[0]?.Details__c))).toEqual({
            field1: 'A-123',
            field2: 'true',
            valor: '149.9',
            itens: '["x","y"]'
        });
    });

    it('writes the same event heard twice (another tab, a resend) once', async () => {
        const { post, writer, clock, codes } = setup();
        await post(widechatExamples.example1);
        await clock.advance(200);
        await post(widechatExamples.example1);
        expect(events(writer)).toHaveLength(1);
        expect(codes()).toContain(DiagnosticCode.EventDuplicate);
    });

    it('writes the same event again when it happens again later', async () => {
        const { post, writer, clock } = setup();
        await post(widechatExamples.example1);
        await clock.advance(5 * 60_000);
        await post(widechatExamples.example1);
        expect(events(writer)).toHaveLength(2);
    });

    it('ties an event to the one open interaction, once that interaction has its record', async () => {
        const { post, writer } = setup();
        await post(evolux.softphoneCallInvited, 'https://acme.evolux.net.br');
        await post(widechatExamples.example1);
        const [call] = writer.recordsOf('CC_Interaction__c');
        expect(events(writer)[0]?.Interaction__c).toBe(call?.Id);
    });

    it('links an event heard before the interaction record exists as soon as it does', async () => {
        const { bridge, writer } = setup();
        bridge.receive({ origin: 'https://acme.evolux.net.br', data: evolux.softphoneCallInvited });
        bridge.receive({ origin: WIDGET_ORIGIN, data: widechatExamples.example1 });
        await flushPromises();

        const [call] = writer.recordsOf('CC_Interaction__c');
        expect(events(writer)[0]?.Interaction__c).toBe(call?.Id);
        expect(writer.calls.filter((entry) => entry.objectApiName === 'CC_Custom_Event__c').map((entry) => entry.op)).toEqual([
            'create',
            'update'
        ]);
    });

    it('leaves Interaction__c empty when no interaction, or more than one, is open', async () => {
        const { post, writer } = setup();
        await post(widechatExamples.example1);
        expect(events(writer)[0]).not.toHaveProperty('Interaction__c');
    });

    it('writes nothing when logCustomEvents is off', async () => {
        const { post, writer } = setup({ logCustomEvents: false });
        await post(widechatExamples.example1);
        expect(writer.calls).toEqual([]);
    });
});
