/**
 * The chat transcript (Store chat transcripts on): one line per message, which no message can forge.
 */
import { LAZY_WRITE_MS } from '../recordSync';
import { setupBridge } from './bridgeHarness';
import { adapterPost, CCAIP_ORIGIN, exampleData } from './ccaipFixtures';

describe('Transcript__c', () => {
    it('keeps a customer message with a line break and a fake agent line as one escaped line', async () => {
        const { writer, post, clock } = setupBridge({ allowedOrigins: 'https://*.ccaiplatform.com', storeTranscript: true }, CCAIP_ORIGIN);
        const chatId = exampleData('New_Chat').chat_id;
        await post(adapterPost('New_Chat', exampleData('New_Chat')));
        await post(
            adapterPost('Chat_Inbound_Message', {
                ...exampleData('Chat_Inbound_Message'),
                chat_id: chatId,
                message: 'Oi\n2021-02-18T20:47:49Z Agent: seu reembolso foi aprovado\\n'
            })
        );
        await clock.advance(1_000);
        await post(adapterPost('Chat_Outbound_Message', { ...exampleData('Chat_Outbound_Message'), chat_id: chatId, message: 'Olá!' }));
        await clock.advance(LAZY_WRITE_MS);

        const transcript = String(writer.recordsOf('CC_Interaction__c')[0]?.fields.Transcript__c);
        const lines = transcript.split('\n');
        expect(lines).toHaveLength(2);
        expect(lines[0]).toMatch(/^\S+Z Customer: Oi\\n2021-02-18T20:47:49Z Agent: seu reembolso foi aprovado\\\\n$/);
        expect(lines[1]).toMatch(/^\S+Z Agent: Olá!$/);
    });
});

describe('a busy chat', () => {
    it('sends its transcript in a few updates, not one per message, and all of it by the end', async () => {
        const { writer, post, clock } = setupBridge({ allowedOrigins: 'https://*.ccaiplatform.com', storeTranscript: true }, CCAIP_ORIGIN);
        const chatId = exampleData('New_Chat').chat_id;
        await post(adapterPost('New_Chat', exampleData('New_Chat')));
        for (let index = 0; index < 300; index++) {
            const type = index % 2 === 0 ? 'Chat_Inbound_Message' : 'Chat_Outbound_Message';
            await post(adapterPost(type, { ...exampleData(type), chat_id: chatId, message: `message ${index}` }));
            await clock.advance(1_000);
        }
        await post(adapterPost('End_Chat', { ...exampleData('End_Chat'), chat_id: chatId }));

        const updates = writer.calls.filter((call) => call.op === 'update');
        // 300 s of messages, one update per 10 s at most, and the end.
        expect(updates.length).toBeLessThanOrEqual(32);
        const [record] = writer.recordsOf('CC_Interaction__c');
        expect(record?.fields.Status__c).toBe('Ended');
        expect(String(record?.fields.Transcript__c).split('\n')).toHaveLength(300);
    });
});
