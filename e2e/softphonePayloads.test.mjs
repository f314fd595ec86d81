// The simulated softphone's messages keep the vendors' formats: the Evolux seed fixtures with only
// ids and times changed, and CCAI Platform's JSON strings. Plain Node tests of preview/softphone/payloads.js.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
    EVOLUX_SEED_NAMES,
    ccaiChatMessages,
    evoluxCallMessage,
    newCall,
    pauseStartMessage,
    pauseStopMessage
} from '../preview/softphone/payloads.js';

const seeds = Object.fromEntries(
    EVOLUX_SEED_NAMES.map((name) => [
        name,
        JSON.parse(readFileSync(new URL(`../force-app/main/default/lwc/ccCore/__tests__/data/evolux/${name}.json`, import.meta.url)))
    ])
);
const NOW = Date.parse('2026-03-04T12:34:56.789Z');
let uuids = 0;
const ids = { uuid: () => `00000000-0000-4000-8000-00000000000${(uuids += 1)}` };

test('an incoming call is the invited seed with a new call id and the click time', () => {
    const call = newCall('queue', NOW, ids);
    const message = evoluxCallMessage(seeds, 'softphoneCallInvited', call);
    const seed = seeds.softphoneCallInvited;
    assert.equal(message.eventName, 'softphoneCallInvited');
    assert.equal(message.payload.id, call.id);
    assert.notEqual(message.payload.id, seed.payload.id);
    assert.equal(message.payload.startTime, '2026-03-04T12:34:56.789Z');
    assert.equal(message.payload.extra.evolux_cc_member_session_uuid, call.uuid);
    const unchanged = (payload) => ({
        ...payload,
        id: 0,
        uuid: 0,
        originationLegUuid: 0,
        startTime: 0,
        extra: { ...payload.extra, evolux_cc_member_session_uuid: 0 }
    });
    assert.deepEqual(unchanged(message.payload), unchanged(seed.payload));
});

test('a caller number replaces the seed caller, as Evolux reports outside callers', () => {
    const message = evoluxCallMessage(seeds, 'softphoneCallInvited', newCall('queue', NOW, ids, '11987654321'));
    assert.deepEqual(message.payload.from, { name: '', number: '11987654321' });
    assert.deepEqual(message.payload.to, seeds.softphoneCallInvited.payload.to);
});

test('an unanswered hang-up has no answer time; a campaign call uses the campaign seed', () => {
    const queueCall = newCall('queue', NOW, ids);
    const ended = evoluxCallMessage(seeds, 'softphoneCallEnded', queueCall, { endTime: NOW + 5000, hangupCause: 'ORIGINATOR_CANCEL' });
    assert.equal(ended.payload.answerTime, null);
    assert.equal(ended.payload.endTime, '2026-03-04T12:35:01.789Z');
    assert.equal(ended.payload.hangupCause, 'ORIGINATOR_CANCEL');

    const campaignCall = newCall('campaign', NOW, ids);
    const accepted = evoluxCallMessage(seeds, 'softphoneCallAccepted', campaignCall);
    assert.equal(accepted.eventName, 'softphoneCallAccepted');
    assert.deepEqual(accepted.payload.campaign, seeds.softphoneCallInvitedCampaign.payload.campaign);
    assert.equal(accepted.payload.answerTime, '2026-03-04T12:34:56.789Z');
    assert.equal(accepted.payload.extra.dialer_subscriber_origination_uuid, campaignCall.uuid);
});

test('pause times have the vendor formats: microseconds on start, seconds on stop', () => {
    const pause = { reason: 'Reunião', productive: true, timeStart: NOW };
    const started = pauseStartMessage(seeds, 'agentStartPause', pause);
    assert.equal(started.payload.pause.timeStart, '2026-03-04T12:34:56.789000+00:00');
    assert.equal(started.payload.pause.reason, 'Reunião');
    const stopped = pauseStopMessage(seeds, pause, NOW + 65_000);
    assert.equal(stopped.payload.pause.timeStart, '2026-03-04T12:34:56+00:00');
    assert.equal(stopped.payload.pause.timeEnd, '2026-03-04T12:36:01+00:00');
    assert.equal(stopped.eventName, 'agentStopPause');
});

test('CCAI messages are JSON strings of {type, data}', () => {
    const messages = ccaiChatMessages(73522);
    assert.deepEqual(
        messages.map((message) => JSON.parse(message).type),
        ['New_Chat', 'Chat_Inbound_Message', 'Chat_Outbound_Message', 'End_Chat']
    );
    for (const message of messages) {
        assert.equal(typeof message, 'string');
        assert.equal(JSON.parse(message).data.chat_id, 73522);
    }
});
