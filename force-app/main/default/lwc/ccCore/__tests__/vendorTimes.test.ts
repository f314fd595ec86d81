/**
 * Times: the vendor's own time always wins over the bridge's receive time, whatever order the events
 * come in, and an answer is never recorded after the end.
 */
import { setupBridge } from './bridgeHarness';
import { EVOLUX_ORIGIN, seed, variant } from './evoluxFixtures';
import { adapterPost, CCAIP_ORIGIN, exampleData } from './ccaipFixtures';

describe('the vendor’s time over the receive time', () => {
    it('takes the answerTime an Ended event carries over the receive time an Accepted without one left', async () => {
        const { writer, post, clock } = setupBridge({}, EVOLUX_ORIGIN);
        await post(seed.softphoneCallInvited);
        await clock.advanceTo(Date.parse('2021-02-18T20:47:57.900Z'));
        await post(variant(seed.softphoneCallAccepted, { answerTime: null })); // heard 1.8 s after the real answer
        await post(seed.softphoneCallEnded); // answerTime 20:47:56.105Z

        const [record] = writer.recordsOf('CC_Interaction__c');
        expect(record?.fields).toMatchObject({
            Answered_At__c: '2021-02-18T20:47:56.105Z',
            Ended_At__c: '2021-02-18T20:47:58.470Z',
            Wait_Seconds__c: 9,
            Talk_Seconds__c: 2
        });
    });
});

describe('an answer after the end', () => {
    it('puts a late New_Chat’s answer at the End_Chat that came first: Ended, talk time zero, never negative', async () => {
        const { writer, post, clock } = setupBridge({ allowedOrigins: 'https://*.ccaiplatform.com' }, CCAIP_ORIGIN);
        await post(adapterPost('End_Chat', exampleData('End_Chat')));
        await clock.advance(4_000);
        await post(adapterPost('New_Chat', { ...exampleData('New_Chat'), chat_id: exampleData('End_Chat').chat_id }));

        const [record] = writer.recordsOf('CC_Interaction__c');
        expect(record?.fields.Status__c).toBe('Ended');
        expect(record?.fields.Answered_At__c).toBe(record?.fields.Ended_At__c);
        expect(record?.fields.Talk_Seconds__c).toBe(0);
    });
});
