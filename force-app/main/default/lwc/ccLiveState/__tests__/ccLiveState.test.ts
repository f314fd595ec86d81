/**
 * The live-state card on a page with the bridge in the utility bar: Evolux Phone's real payloads go
 * in as window messages, the bridge publishes snapshots on the message channel (the Jest message
 * service delivers them), and the card's DOM is checked. Time is Jest's fake clock (Date and
 * setInterval only; promises and the bridge's retries keep real timers).
 */
import { createElement } from 'lwc';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { createMessageContext, publish, type MessageContextValue } from 'lightning/messageService';
import LIVE_STATE_CHANNEL from '@salesforce/messageChannel/CC_Live_State__c';
import CcBridge from 'c/ccBridge';
import type { LiveSnapshotMessage } from 'c/ccLiveProtocol';
import CcLiveState from '../ccLiveState';
import { liveSubscriptionCount, resetMessageService } from '../../../../../test/jest-mocks/lightning/messageService';
import type { UiApiEmulator } from '../../../../../../tools/uiApiEmulator/uiApiEmulator';
import { emulateUiRecordApi } from '../../../../../test/support/uiRecordApiEmulated';
import { flushPromises } from '../../../../../../tools/replay/virtualClock';
import { fakeDateAndIntervals, nextFrame } from '../../../../../test/support/browserTasks';
import { CALL_KEY, EVOLUX_ORIGIN, seed, variant, type EvoluxMessage } from '../../ccCore/__tests__/evoluxFixtures';

const createRecordMock = createRecord as jest.Mock;
const updateRecordMock = updateRecord as jest.Mock;
const publishMock = publish as jest.Mock;

const CONTACT_ID = '0035g00000AbCdEAAV';
const LEAD_ID = '00Q5g00000XyZaBEAZ';
const CAMPAIGN_KEY = 'evolux:7b684fba-722b-11eb-915c-d185dd1424c7';

/** The call of the seed rings at 20:47:47.476Z, is answered at 20:47:56.105Z and ends at 20:47:58.470Z. */
const RINGING_AT = '2021-02-18T20:47:49.000Z';
const ANSWERED_AT = '2021-02-18T20:47:57.000Z';
const ENDED_AT = '2021-02-18T20:47:59.000Z';

let writer: UiApiEmulator;

beforeEach(() => {
    // Bridges share browser storage across tabs and reloads; each test starts with an empty one.
    window.localStorage.clear();
    fakeDateAndIntervals(RINGING_AT);
    writer = emulateUiRecordApi();
});

afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
    resetMessageService();
    jest.clearAllMocks();
    jest.useRealTimers();
});

function mountBridge() {
    const element = createElement('c-cc-bridge', { is: CcBridge });
    document.body.appendChild(element);
    return element;
}

function mountCard(page: { recordId?: string; objectApiName?: string } = {}) {
    const element = createElement('c-cc-live-state', { is: CcLiveState });
    Object.assign(element, page);
    document.body.appendChild(element);
    return element;
}

/** Delivers a softphone message at a given time and lets the writes finish, and the next frame's publish and renders. */
async function postAt(iso: string, message: EvoluxMessage) {
    jest.setSystemTime(Date.parse(iso));
    window.dispatchEvent(new MessageEvent('message', { data: message, origin: EVOLUX_ORIGIN }));
    await flushPromises();
    await nextFrame();
}

/** Lets the running timers tick for `seconds`, then lets the card render. */
async function tick(seconds: number) {
    jest.advanceTimersByTime(seconds * 1000);
    await flushPromises();
}

const find = (element: HTMLElement, selector: string) => element.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const text = (root: Element | null, id: string) => root?.querySelector(`[data-id="${id}"]`)?.textContent?.trim() ?? null;
const rows = (element: HTMLElement) => Array.from(element.shadowRoot?.querySelectorAll<HTMLElement>('li[data-key]') ?? []);
const row = (element: HTMLElement, key: string) => rows(element).find((item) => item.dataset.key === key) ?? null;
const icon = (root: Element | null) =>
    root?.querySelector('lightning-icon') as (HTMLElement & { iconName: string; alternativeText: string }) | null;
const announcement = (element: HTMLElement) => text(element.shadowRoot as unknown as Element, 'announcement');

/** The snapshots the bridge published, oldest first. */
function publishedSnapshots(): LiveSnapshotMessage[] {
    return publishMock.mock.calls
        .map((call) => call[2] as { type: string })
        .filter((message): message is LiveSnapshotMessage => message.type === 'snapshot');
}

/** Publishes on the channel as the bridge does (for what caller matching will fill in). */
function publishAsBridge(message: LiveSnapshotMessage) {
    publish(createMessageContext() as MessageContextValue, LIVE_STATE_CHANNEL, message);
}

/** axe runs on real timers (fake ones make it time out). */
async function expectAccessible(element: HTMLElement) {
    jest.useRealTimers();
    await expect(element).toBeAccessible();
}

describe('c-cc-live-state', () => {
    describe('the wrap-up', () => {
        it('gives the wrap-up form the call the bridge follows, with its record once written, and keeps it when the call ends', async () => {
            mountBridge();
            const card = mountCard();
            await postAt(RINGING_AT, seed.softphoneCallInvited);
            const wrapUp = () =>
                find(card, 'c-cc-wrap-up') as (HTMLElement & { interaction?: { key: string; recordId?: string; label: string } }) | null;

            expect(wrapUp()?.interaction).toEqual({
                key: CALL_KEY,
                recordId: expect.stringMatching(/^a02/),
                label: expect.stringMatching(/^601 · /),
                live: true
            });

            await postAt(ANSWERED_AT, seed.softphoneCallAccepted);
            await postAt(ENDED_AT, seed.softphoneCallEnded);
            const written = writer.recordsOf('CC_Interaction__c')[0]?.Id;
            expect(wrapUp()?.interaction).toEqual(expect.objectContaining({ key: CALL_KEY, recordId: written, live: false }));
        });

        it('shows no wrap-up before the bridge has answered', async () => {
            const card = mountCard();
            await flushPromises();

            expect(find(card, 'c-cc-wrap-up')).toBeNull();
        });
    });

    describe('the request/snapshot exchange', () => {
        it('asks the bridge for the state when it starts after the bridge, and shows the call the answer holds', async () => {
            mountBridge();
            await postAt(RINGING_AT, seed.softphoneCallInvited);
            publishMock.mockClear();

            const card = mountCard();
            await flushPromises();

            const [request, answer] = publishMock.mock.calls.map((call) => call[2]);
            expect(request).toEqual({ type: 'request', source: 'ccLiveState', requestId: expect.any(String) });
            expect(answer).toMatchObject({ type: 'snapshot', source: 'ccBridge', requestId: request.requestId });
            expect(answer.snapshot.interactions).toEqual([expect.objectContaining({ key: CALL_KEY, status: 'Ringing' })]);
            expect(rows(card).map((item) => item.dataset.key)).toEqual([CALL_KEY]);
        });

        it('waits for the bridge when it starts first, and shows the empty state when the bridge starts and nothing is live', async () => {
            const card = mountCard();
            await flushPromises();
            expect(text(card.shadowRoot as unknown as Element, 'waiting')).toBe(
                'Waiting for the Contact Center Bridge in the utility bar.'
            );

            mountBridge();
            await flushPromises();

            expect(text(card.shadowRoot as unknown as Element, 'waiting')).toBeNull();
            expect(text(card.shadowRoot as unknown as Element, 'idle')).toBe('No call, chat or pause right now.');
            expect(rows(card)).toEqual([]);
            await expectAccessible(card);
        });

        it('ignores messages that are not snapshots of this protocol', async () => {
            const card = mountCard();
            publishAsBridge({ type: 'snapshot', source: 'ccBridge', snapshot: { version: 99 } } as unknown as LiveSnapshotMessage);
            await flushPromises();
            expect(text(card.shadowRoot as unknown as Element, 'waiting')).not.toBeNull();
        });
    });

    describe('a call from ring to hang-up', () => {
        it('shows a ringing inbound call with its number, caller, queue and a running timer, and announces it', async () => {
            mountBridge();
            const card = mountCard();
            await postAt(RINGING_AT, seed.softphoneCallInvited);

            const call = row(card, CALL_KEY);
            expect(text(call, 'status')).toBe('Ringing');
            expect(text(call, 'number')).toBe('601');
            expect(text(call, 'caller')).toBe('Suporte 601');
            expect(text(call, 'route')).toBe('Queue suporte');
            // Rang at 20:47:47.476Z: 1.524 s ago, rounded as the records round durations; the time of day
            // in the user's time zone (Jest: America/Los_Angeles, en-US).
            expect(text(call, 'timer')).toBe('00:02');
            expect(text(call, 'summary')).toBe('since 12:47 PM');
            expect(icon(call)?.iconName).toBe('utility:incoming_call');
            expect(icon(call)?.alternativeText).toBe('Inbound call');
            expect(announcement(card)).toBe('Call ringing from Suporte 601 (601)');

            await tick(5);
            expect(text(row(card, CALL_KEY), 'timer')).toBe('00:07');
            await expectAccessible(card);
        });

        it('times a connected call from the answer', async () => {
            mountBridge();
            const card = mountCard();
            await postAt(RINGING_AT, seed.softphoneCallInvited);
            await postAt(ANSWERED_AT, seed.softphoneCallAccepted);

            // Answered at 20:47:56.105Z (the payload's answerTime): 0.895 s before the message arrived.
            expect(text(row(card, CALL_KEY), 'status')).toBe('Connected');
            expect(text(row(card, CALL_KEY), 'timer')).toBe('00:01');
            await tick(65);
            expect(text(row(card, CALL_KEY), 'timer')).toBe('01:06');
        });

        it('reads the status, the number and the timer as separate words, and leaves no stale announcement', async () => {
            mountBridge();
            const card = mountCard();
            await postAt(RINGING_AT, seed.softphoneCallInvited);
            const line = (id: string) => row(card, CALL_KEY)?.querySelector(`[data-id="${id}"]`)?.closest('p')?.textContent ?? '';
            const words = (value: string) => value.replace(/\s+/g, ' ').trim();

            // The template's text, as a screen reader or a page without SLDS puts it together.
            expect(words(line('status'))).toBe('Ringing 601');
            expect(words(line('timer'))).toBe('Elapsed time 00:02 since 12:47 PM');
            expect(announcement(card)).toBe('Call ringing from Suporte 601 (601)');
            // Everything only a screen reader should say is assistive text, which the card hides itself.
            const assistive = Array.from(card.shadowRoot?.querySelectorAll('[data-id="announcement"], .cc-timer > span:first-child') ?? []);
            expect(assistive.map((element) => element.className)).toEqual(['slds-assistive-text', 'slds-assistive-text']);

            await postAt(ANSWERED_AT, seed.softphoneCallAccepted);
            expect(words(line('status'))).toBe('Connected 601');
            // "Call ringing from …" is over: the live region no longer holds it.
            expect(announcement(card)).toBe('');
            await expectAccessible(card);
        });

        it('shows the talk time the record stores: the end the vendor reported, rounded to the nearest second', async () => {
            // Answered at 20:47:56.105Z and hung up 3 min 27.6 s later; the message arrives 1.5 s after that.
            const hungUpAt = '2021-02-18T20:51:23.705Z';
            mountBridge();
            const card = mountCard();
            await postAt(RINGING_AT, seed.softphoneCallInvited);
            await postAt(ANSWERED_AT, seed.softphoneCallAccepted);
            await postAt('2021-02-18T20:51:25.205Z', variant(seed.softphoneCallEnded, { endTime: hungUpAt }));

            const [record] = writer.recordsOf('CC_Interaction__c');
            expect(record?.fields).toMatchObject({ Ended_At__c: hungUpAt, Talk_Seconds__c: 208 });
            // Not 03:27 (207.6 s cut down), nor 03:29 (timed to the message's arrival): the record's 208 s.
            expect(text(row(card, CALL_KEY), 'summary')).toBe('Lasted 03:28');
        });

        it('shows an ended call with how long it lasted, and stops ticking', async () => {
            mountBridge();
            const card = mountCard();
            await postAt(RINGING_AT, seed.softphoneCallInvited);
            await postAt(ANSWERED_AT, seed.softphoneCallAccepted);
            await postAt(ENDED_AT, seed.softphoneCallEnded);

            const call = row(card, CALL_KEY);
            expect(text(call, 'status')).toBe('Ended');
            expect(text(call, 'summary')).toBe('Lasted 00:02');
            expect(text(call, 'timer')).toBeNull();
            expect(icon(call)?.iconName).toBe('utility:end_call');
            // Nothing is live: neither the card nor the bridge keeps an interval.
            expect(jest.getTimerCount()).toBe(0);
        });

        it('shows a call that ended unanswered as missed, with the time it rang', async () => {
            mountBridge();
            const card = mountCard();
            await postAt(RINGING_AT, seed.softphoneCallInvited);
            await postAt(
                '2021-02-18T20:48:10.000Z',
                variant(seed.softphoneCallEnded, {
                    answerTime: null,
                    endTime: '2021-02-18T20:48:09.476Z',
                    hangupCause: 'ORIGINATOR_CANCEL'
                })
            );

            expect(text(row(card, CALL_KEY), 'status')).toBe('Missed');
            expect(text(row(card, CALL_KEY), 'summary')).toBe('Rang at 12:47 PM');
        });
    });

    describe('pauses', () => {
        const pauseWithMax = variant(seed.agentStartPause, {
            pause: { reason: 'Lanche', productive: false, timeStart: '2021-02-18T20:51:54.866913+00:00', timeEnd: null, maxDuration: 600 }
        });

        it('shows the reason, productive flag and a timer against the maximum', async () => {
            mountBridge();
            const card = mountCard();
            await postAt('2021-02-18T20:52:00.000Z', pauseWithMax);

            const pause = find(card, '[data-id="pause"]');
            expect(text(pause, 'pause-title')).toBe('Paused: Lanche');
            expect(text(pause, 'pause-productive')).toBe('Not productive');
            expect(text(pause, 'pause-timer')).toBe('00:05 of 10:00');
            expect(pause?.className).not.toContain('slds-theme_warning');
            expect(text(pause, 'pause-over')).toBeNull();
        });

        it('turns to the warning style once the maximum is passed, and says so once', async () => {
            mountBridge();
            const card = mountCard();
            await postAt('2021-02-18T20:52:00.000Z', pauseWithMax);

            await tick(596); // 20:51:54.87 + 10:00 is passed at 21:01:55
            const pause = find(card, '[data-id="pause"]');
            expect(text(pause, 'pause-timer')).toBe('10:01 of 10:00');
            expect(pause?.className).toContain('slds-theme_warning');
            expect(text(pause, 'pause-over')).toBe('Over the maximum of 10:00');
            expect(announcement(card)).toBe('Pause over its maximum of 10:00');
            await expectAccessible(card);
        });

        it('shows a pause without a maximum as a plain running timer', async () => {
            mountBridge();
            const card = mountCard();
            await postAt('2021-02-18T20:53:00.000Z', seed.agentChangePause);

            const pause = find(card, '[data-id="pause"]');
            expect(text(pause, 'pause-title')).toBe('Paused: Reunião');
            expect(text(pause, 'pause-productive')).toBe('Productive');
            // The reason changed at 20:52:35.366Z: 24.634 s ago, rounded as Duration_Seconds__c is.
            expect(text(pause, 'pause-timer')).toBe('00:25');
        });
    });

    it('lists two interactions, the ringing one first, with their count', async () => {
        mountBridge();
        const card = mountCard();
        await postAt(RINGING_AT, seed.softphoneCallInvited);
        await postAt(ANSWERED_AT, seed.softphoneCallAccepted);
        await postAt('2021-02-18T20:54:31.000Z', seed.softphoneCallInvitedCampaign);

        expect(text(card.shadowRoot as unknown as Element, 'count')).toBe('2 interactions');
        expect(rows(card).map((item) => [item.dataset.key, text(item, 'status')])).toEqual([
            [CAMPAIGN_KEY, 'Ringing'],
            [CALL_KEY, 'Connected']
        ]);
        const campaign = row(card, CAMPAIGN_KEY);
        expect(text(campaign, 'caller')).toBe('Maria');
        expect(text(campaign, 'route')).toBe('Campaign campanha_de_cobranca_anual');
        expect(announcement(card)).toBe('Call ringing from Maria (601)');
        await expectAccessible(card);
    });

    describe('on a record page', () => {
        it('links the open call to the Contact on the page, through updateRecord', async () => {
            mountBridge();
            const card = mountCard({ recordId: CONTACT_ID, objectApiName: 'Contact' });
            await postAt(RINGING_AT, seed.softphoneCallInvited);
            const interactionId = writer.recordsOf('CC_Interaction__c')[0]?.Id;

            const button = find(card, 'button[data-id="link"]');
            expect(button?.textContent).toBe('Link to this record: Inbound call 601');
            // A native button: in the tab order and operated with Enter or Space.
            expect(button?.getAttribute('type')).toBe('button');
            expect(button?.tabIndex).toBe(0);
            button?.click();
            await flushPromises();

            expect(updateRecordMock).toHaveBeenLastCalledWith({ fields: { Id: interactionId, Contact__c: CONTACT_ID } });
            expect(writer.recordsOf('CC_Interaction__c')[0]?.fields.Contact__c).toBe(CONTACT_ID);
            expect(text(row(card, CALL_KEY), 'linked')).toBe('Linked to this record');
            expect(find(card, 'button[data-id="link"]')).toBeNull();
            expect(announcement(card)).toBe('Linked to this record');
            await expectAccessible(card);
        });

        it('links to Lead__c on a Lead page and to Account__c on an Account page', async () => {
            mountBridge();
            const leadCard = mountCard({ recordId: LEAD_ID, objectApiName: 'Lead' });
            const accountCard = mountCard({ recordId: '0015g00000QrStUAAV', objectApiName: 'Account' });
            await postAt(RINGING_AT, seed.softphoneCallInvited);

            find(leadCard, 'button[data-id="link"]')?.click();
            await flushPromises();
            find(accountCard, 'button[data-id="link"]')?.click();
            await flushPromises();

            expect(writer.recordsOf('CC_Interaction__c')[0]?.fields).toMatchObject({ Lead__c: LEAD_ID, Account__c: '0015g00000QrStUAAV' });
        });

        it('says why a link failed and keeps the button to try again', async () => {
            mountBridge();
            const card = mountCard({ recordId: CONTACT_ID, objectApiName: 'Contact' });
            await postAt(RINGING_AT, seed.softphoneCallInvited);

            writer.online = false;
            find(card, 'button[data-id="link"]')?.click();
            await flushPromises();

            expect(text(row(card, CALL_KEY), 'link-error')).toBe('Could not link: Failed to fetch: the network is down');
            expect(announcement(card)).toBe('Could not link: Failed to fetch: the network is down');
            expect(find(card, 'button[data-id="link"]')).not.toBeNull();
        });

        it('offers no link on app and home pages, on other objects, or before the interaction is saved', async () => {
            createRecordMock.mockImplementation(() => new Promise(() => undefined)); // the create never answers
            mountBridge();
            const appPage = mountCard();
            const opportunityPage = mountCard({ recordId: '0065g00000AbCdEAAV', objectApiName: 'Opportunity' });
            const contactPage = mountCard({ recordId: CONTACT_ID, objectApiName: 'Contact' });
            await postAt(RINGING_AT, seed.softphoneCallInvited);

            for (const card of [appPage, opportunityPage, contactPage]) {
                expect(rows(card)).toHaveLength(1);
                expect(find(card, 'button[data-id="link"]')).toBeNull();
            }
        });

        it('marks when the matched caller is this record, and when this record is one of the possible callers', async () => {
            mountBridge();
            const contactPage = mountCard({ recordId: CONTACT_ID.slice(0, 15), objectApiName: 'Contact' });
            const leadPage = mountCard({ recordId: LEAD_ID, objectApiName: 'Lead' });
            await postAt(RINGING_AT, seed.softphoneCallInvited);

            // Caller matching fills these in the bridge's view; here the snapshot carries them as it will.
            const last = publishedSnapshots().pop() as LiveSnapshotMessage;
            const [call] = last.snapshot.interactions;
            publishAsBridge({
                ...last,
                snapshot: {
                    ...last.snapshot,
                    interactions: [
                        {
                            ...call!,
                            caller: { recordId: CONTACT_ID, objectApiName: 'Contact', name: 'Maria Souza' },
                            candidates: [
                                { recordId: CONTACT_ID, objectApiName: 'Contact', name: 'Maria Souza' },
                                { recordId: LEAD_ID, objectApiName: 'Lead', name: 'Maria S.' }
                            ]
                        }
                    ]
                }
            });
            await flushPromises();

            expect(text(row(contactPage, CALL_KEY), 'this-record')).toBe('This record is the live caller');
            expect(text(row(contactPage, CALL_KEY), 'caller')).toBe('Maria Souza');
            expect(text(row(contactPage, CALL_KEY), 'candidate-record')).toBeNull();
            // The bridge writes the matched caller into Contact__c: nothing is left to link on its page.
            expect(find(contactPage, 'button[data-id="link"]')).toBeNull();
            expect(text(row(leadPage, CALL_KEY), 'this-record')).toBeNull();
            expect(text(row(leadPage, CALL_KEY), 'candidate-record')).toBe("This record matches the caller's number");
            // A possible caller is not linked: its page still offers the link.
            expect(find(leadPage, 'button[data-id="link"]')?.textContent).toBe('Link to this record: Inbound call 601');
            await expectAccessible(contactPage);
        });
    });

    describe('timers', () => {
        it('ticks only while something is live, and leaves no interval or subscription behind when removed', async () => {
            const bridge = mountBridge();
            const card = mountCard();
            await flushPromises();
            expect(jest.getTimerCount()).toBe(0); // idle: nothing ticks

            await postAt(RINGING_AT, seed.softphoneCallInvited);
            expect(jest.getTimerCount()).toBe(2); // the card's timer and the bridge's utility label

            document.body.removeChild(card);
            expect(jest.getTimerCount()).toBe(1);
            document.body.removeChild(bridge);
            expect(jest.getTimerCount()).toBe(0);
            expect(liveSubscriptionCount()).toBe(0);
        });
    });
});
