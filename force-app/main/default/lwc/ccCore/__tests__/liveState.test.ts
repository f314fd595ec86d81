/**
 * The live-state publisher: a bridge fed Evolux Phone's real payloads, and the messages the publisher
 * makes of its views. What it publishes here is what the utility item publishes in the org and what
 * the replay command lists.
 */
import { LiveStatePublisher, type BridgeView, type InteractionView } from 'c/ccCore';
import { hasRunningTimers, MAX_ENDED_IN_SNAPSHOT, readLiveStateMessage, type LiveSnapshotMessage } from 'c/ccLiveProtocol';
import { setupBridge } from './bridgeHarness';
import { CALL_KEY, EVOLUX_ORIGIN, seed, variant } from './evoluxFixtures';

const CAMPAIGN_KEY = 'evolux:7b684fba-722b-11eb-915c-d185dd1424c7';

/** A bridge whose every change goes through a publisher, as in the utility item; `published` collects the messages. */
function publishingBridge() {
    const harness = setupBridge({}, EVOLUX_ORIGIN);
    const publisher = new LiveStatePublisher();
    const published: LiveSnapshotMessage[] = [];
    const publish = () => {
        const message = publisher.changed(harness.bridge.liveView());
        if (message) {
            published.push(message);
        }
    };
    publish(); // the bridge starts
    const post = async (data: unknown) => {
        await harness.post(data);
        publish();
    };
    const last = () => published[published.length - 1]?.snapshot;
    return { ...harness, publisher, published, post, last };
}

describe('LiveStatePublisher', () => {
    it('publishes a call heard only at its end, with the status its record holds', async () => {
        const { post, last, writer } = publishingBridge();
        await post(seed.softphoneCallEnded);

        expect(last()?.interactions).toEqual([
            expect.objectContaining({ key: CALL_KEY, status: 'Ended', endedAt: '2021-02-18T20:47:58.470Z' })
        ]);
        expect(writer.recordsOf('CC_Interaction__c')[0]?.fields.Status__c).toBe('Ended');
    });

    it('agrees with the record when the answer is known only from the end event (never Missed on the card, Ended in the record)', async () => {
        const { post, last, writer } = publishingBridge();
        await post(seed.softphoneCallInvited); // open, not answered as far as the card knows
        await post(seed.softphoneCallEnded); // carries answerTime: the record says Ended

        expect(writer.recordsOf('CC_Interaction__c')[0]?.fields.Status__c).toBe('Ended');
        expect(last()?.interactions).toEqual([expect.objectContaining({ key: CALL_KEY, status: 'Ended' })]);
    });

    it('publishes once when the bridge starts, even with nothing to show, so that earlier components hear it', () => {
        const { published } = publishingBridge();
        expect(published).toEqual([{ type: 'snapshot', source: 'ccBridge', snapshot: { version: 1, interactions: [] } }]);
    });

    it('publishes a ringing call with what a live view shows, and again once its record exists', async () => {
        const { post, published, writer } = publishingBridge();
        await post(seed.softphoneCallInvited);

        // harness.post lets the create finish, so the one publish after it already has the record id.
        expect(published).toHaveLength(2);
        expect(published[1]?.snapshot.interactions).toEqual([
            {
                key: CALL_KEY,
                vendor: 'Evolux',
                channel: 'Voice',
                direction: 'Inbound',
                status: 'Ringing',
                customerNumber: '601',
                customerName: 'Suporte 601',
                queue: 'suporte',
                offeredAt: '2021-02-18T20:47:47.476Z',
                recordId: writer.recordsOf('CC_Interaction__c')[0]?.Id
            }
        ]);
    });

    it('publishes nothing when a change shows nothing new (a duplicate event)', async () => {
        const { post, published } = publishingBridge();
        await post(seed.softphoneCallInvited);
        await post(seed.softphoneCallInvited);
        expect(published).toHaveLength(2);
    });

    it('carries the agent and the open pause with its reason, productive flag, start and maximum', async () => {
        const { post, last } = publishingBridge();
        await post(
            variant(seed.agentStartPause, {
                pause: {
                    reason: 'Lanche',
                    productive: false,
                    timeStart: '2021-02-18T20:51:54.866913+00:00',
                    timeEnd: null,
                    maxDuration: 900
                }
            })
        );
        expect(last()?.agent).toEqual({
            vendor: 'Evolux',
            loggedIn: true,
            login: 'joao',
            name: 'João',
            pause: { reason: 'Lanche', productive: false, startedAt: '2021-02-18T20:51:54.866Z', maxDurationSeconds: 900 }
        });
        expect(hasRunningTimers(last())).toBe(true);
    });

    it('shows a call that ended as Ended, with the end time the record stores, and stops its timer', async () => {
        const { post, last } = publishingBridge();
        await post(seed.softphoneCallInvited);
        await post(seed.softphoneCallAccepted);
        await post(seed.softphoneCallEnded);

        expect(last()?.interactions).toEqual([
            expect.objectContaining({
                key: CALL_KEY,
                status: 'Ended',
                answeredAt: '2021-02-18T20:47:56.105Z',
                endedAt: '2021-02-18T20:47:58.470Z'
            })
        ]);
        expect(hasRunningTimers(last())).toBe(false);
    });

    it('shows a call that ended unanswered as Missed', async () => {
        const { post, last } = publishingBridge();
        await post(seed.softphoneCallInvited);
        await post(variant(seed.softphoneCallEnded, { answerTime: null, hangupCause: 'ORIGINATOR_CANCEL' }));
        expect(last()?.interactions.map((interaction) => interaction.status)).toEqual(['Missed']);
    });

    it('keeps an ended call until another interaction opens, then drops it', async () => {
        const { post, last, published } = publishingBridge();
        await post(seed.softphoneCallInvited);
        await post(seed.softphoneCallAccepted);
        await post(seed.softphoneCallEnded);
        const count = published.length;
        await post(seed.agentStartPause);
        expect(published.length).toBe(count + 1);
        expect(last()?.interactions.map((interaction) => interaction.key)).toEqual([CALL_KEY]);

        await post(seed.softphoneCallInvitedCampaign);
        expect(last()?.interactions.map((interaction) => interaction.key)).toEqual([CAMPAIGN_KEY]);
    });

    it('builds the live state from the same agent and interactions the panel’s view shows', async () => {
        const { post, bridge } = publishingBridge();
        await post(seed.agentStartPause);
        await post(seed.softphoneCallInvited);
        await post(seed.softphoneCallAccepted);

        const { agent, openInteractions, recentlyEnded } = bridge.view();
        expect(bridge.liveView()).toEqual({ agent, openInteractions, recentlyEnded });
        expect(openInteractions).toHaveLength(1);
        expect(agent?.pause).toBeDefined();
    });

    it('answers a request with the current snapshot and its request id, and ignores anything else', async () => {
        const { post, publisher, bridge, last } = publishingBridge();
        await post(seed.softphoneCallInvited);

        const answer = publisher.answer({ type: 'request', source: 'ccLiveState', requestId: 'abc' }, () => bridge.liveView());
        expect(answer).toEqual({ type: 'snapshot', source: 'ccBridge', requestId: 'abc', snapshot: last() });
        // Its own snapshots and anything else are not answered, and cost no view.
        const view = jest.fn(() => bridge.liveView());
        expect(publisher.answer({ type: 'snapshot', source: 'ccBridge', snapshot: last() }, view)).toBeUndefined();
        expect(publisher.answer('request', view)).toBeUndefined();
        expect(view).not.toHaveBeenCalled();
    });

    it('passes on the caller and the candidates that caller matching puts in the view', () => {
        const caller = { recordId: '0035g00000AbCdEAAV', objectApiName: 'Contact' as const, name: 'Maria Souza' };
        const interaction: InteractionView = {
            key: CALL_KEY,
            vendor: 'Evolux',
            status: 'Ringing',
            notes: {},
            focused: false,
            caller,
            candidates: [caller]
        };
        const view: BridgeView = {
            role: 'alone',
            stats: { messages: 1, accepted: 1, rejected: 0 },
            openInteractions: [interaction],
            recentlyEnded: [],
            recentEvents: [],
            diagnostics: [],
            pendingWrites: []
        };
        const message = new LiveStatePublisher().changed(view);
        expect(message?.snapshot.interactions[0]).toEqual({
            key: CALL_KEY,
            vendor: 'Evolux',
            status: 'Ringing',
            caller,
            candidates: [caller]
        });
    });

    it(`keeps at most ${MAX_ENDED_IN_SNAPSHOT} ended interactions, the latest first`, () => {
        const publisher = new LiveStatePublisher();
        const chat = (key: string, ended: boolean) => ({
            key,
            vendor: 'CCAI Platform' as const,
            status: ended ? ('Ended' as const) : ('Connected' as const),
            answeredAt: '2026-03-02T11:00:00.000Z',
            ...(ended ? { endedAt: '2026-03-02T11:05:00.000Z' } : {}),
            notes: {},
            focused: false
        });
        // The core lists what is open, and what ended most recently first.
        const view = (open: string[], ended: string[]): BridgeView => ({
            role: 'alone',
            stats: { messages: 0, accepted: 0, rejected: 0 },
            openInteractions: open.map((key) => chat(key, false)),
            recentlyEnded: ended.map((key) => chat(key, true)),
            recentEvents: [],
            diagnostics: [],
            pendingWrites: []
        });
        // Five chats open together, then end one by one.
        const keys = ['c1', 'c2', 'c3', 'c4', 'c5'];
        publisher.changed(view(keys, []));
        keys.forEach((_, index) =>
            publisher.changed(
                view(
                    keys.slice(index + 1),
                    keys
                        .slice(0, index + 1)
                        .reverse()
                        .slice(0, 3)
                )
            )
        );
        expect(publisher.current?.interactions.map((interaction) => [interaction.key, interaction.status])).toEqual([
            ['c5', 'Ended'],
            ['c4', 'Ended'],
            ['c3', 'Ended']
        ]);
    });
});

describe('readLiveStateMessage', () => {
    it('reads requests and snapshots, and refuses what is not one of ours', () => {
        expect(readLiveStateMessage({ type: 'request', source: 'ccLiveState', requestId: 'r' })).toEqual({
            type: 'request',
            source: 'ccLiveState',
            requestId: 'r'
        });
        expect(readLiveStateMessage({ type: 'request', source: 'ccLiveState' })).toBeUndefined();
        expect(readLiveStateMessage({ type: 'snapshot', source: 'ccBridge', snapshot: { version: 2, interactions: [] } })).toBeUndefined();
        expect(readLiveStateMessage(null)).toBeUndefined();
        expect(readLiveStateMessage('snapshot')).toBeUndefined();
    });

    it('drops interactions without a key or with an unknown status, and an agent without loggedIn', () => {
        const read = readLiveStateMessage({
            type: 'snapshot',
            source: 'ccBridge',
            snapshot: {
                version: 1,
                agent: { vendor: 'Evolux' },
                interactions: [{ key: 'a', status: 'Ringing' }, { key: 'b', status: 'Parked' }, { status: 'Connected' }, null]
            }
        });
        expect(read).toEqual({
            type: 'snapshot',
            source: 'ccBridge',
            snapshot: { version: 1, interactions: [{ key: 'a', status: 'Ringing' }] }
        });
    });
});
