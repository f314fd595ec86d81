/**
 * The utility bar component in a DOM: real window messages in, UI API calls out, and the panel.
 */
import { createElement } from 'lwc';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { IsConsoleNavigation, openTab } from 'lightning/platformWorkspaceApi';
import { createMessageContext, publish, type MessageContextValue } from 'lightning/messageService';
import { EnclosingUtilityId, enablePopout, getInfo, updateUtility } from 'lightning/platformUtilityBarApi';
import LIVE_STATE_CHANNEL from '@salesforce/messageChannel/CC_Live_State__c';
import { navigate } from '../../../../../test/jest-mocks/lightning/navigation';
import { resetMessageService } from '../../../../../test/jest-mocks/lightning/messageService';
import CcBridge from 'c/ccBridge';
import type { UiApiEmulator } from '../../../../../../tools/uiApiEmulator/uiApiEmulator';
import { emulateUiRecordApi } from '../../../../../test/support/uiRecordApiEmulated';
import { flushPromises } from '../../../../../../tools/replay/virtualClock';
import { panelRendered } from '../../../../../test/support/panelRendered';
import { fakeDateAndIntervals, nextFrame } from '../../../../../test/support/browserTasks';
import { CALL_KEY, EVOLUX_ORIGIN, seed, variant } from '../../ccCore/__tests__/evoluxFixtures';

const createRecordMock = createRecord as jest.Mock;
const updateRecordMock = updateRecord as jest.Mock;

let writer: UiApiEmulator;

beforeEach(() => {
    // Bridges share browser storage across tabs and reloads; each test starts with an empty one.
    window.localStorage.clear();
    // UI API calls land in the emulator, which checks fields and keeps ids and unique keys like the org.
    writer = emulateUiRecordApi();
});

afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
    resetMessageService();
    jest.clearAllMocks();
});

/** The agent's status record is off unless a test turns it on: these tests count the writes of calls and chats. */
function mountBridge(properties: Record<string, unknown> = {}) {
    const element = createElement('c-cc-bridge', { is: CcBridge });
    Object.assign(element, { keepAgentStatus: false, ...properties });
    document.body.appendChild(element);
    return element;
}

/** Delivers a window message, lets its writes finish, and waits for the frame that shows it (the live state; the panel's first change). */
async function postFromWindow(data: unknown, origin = EVOLUX_ORIGIN, source: MessageEventSource | null = null) {
    window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
    await flushPromises();
    await nextFrame();
}

const panelText = (element: HTMLElement, id: string) => element.shadowRoot?.querySelector(`[data-id="${id}"]`)?.textContent ?? '';

describe('c-cc-bridge', () => {
    it('hears and logs calls again after the page is restored from the back/forward cache', async () => {
        mountBridge();
        await postFromWindow(seed.softphoneCallInvited);

        // The agent navigates away (pagehide disposes the bridge), then back: the same page is shown again.
        window.dispatchEvent(new CustomEvent('pagehide'));
        const restored = new CustomEvent('pageshow');
        Object.defineProperty(restored, 'persisted', { value: true });
        window.dispatchEvent(restored);
        await postFromWindow(seed.softphoneCallAccepted);
        await postFromWindow(seed.softphoneCallEnded);

        expect(createRecordMock).toHaveBeenCalledTimes(1);
        expect(writer.recordsOf('CC_Interaction__c').map((record) => record.fields.Status__c)).toEqual(['Ended']);
    });

    it('does not start a second bridge on a pageshow that is not a restore', async () => {
        mountBridge();
        window.dispatchEvent(new CustomEvent('pageshow'));
        await postFromWindow(seed.softphoneCallInvited);
        expect(createRecordMock).toHaveBeenCalledTimes(1);
    });

    it('logs a call heard on window messages with one create and one update per later change', async () => {
        const element = mountBridge();

        await postFromWindow(seed.softphoneCallInvited);
        await postFromWindow(seed.softphoneCallAccepted);
        await postFromWindow(seed.softphoneCallEnded);
        await panelRendered();

        expect(createRecordMock).toHaveBeenCalledTimes(1);
        expect(createRecordMock.mock.calls[0][0]).toMatchObject({
            apiName: 'CC_Interaction__c',
            fields: { External_Key__c: CALL_KEY, Status__c: 'Ringing' }
        });
        expect(updateRecordMock).toHaveBeenCalledTimes(2);
        expect(updateRecordMock.mock.calls[1][0]).toEqual({
            fields: {
                Id: writer.recordsOf('CC_Interaction__c')[0]?.Id,
                Status__c: 'Ended',
                Ended_At__c: '2021-02-18T20:47:58.470Z',
                Talk_Seconds__c: 2,
                Hangup_Cause__c: 'NORMAL CLEARING'
            }
        });
        expect(panelText(element, 'counts')).toBe('3 messages · 3 accepted · 0 rejected');
        expect(panelText(element, 'events')).toContain('Call ended');
    });

    it("keeps the agent's status record by default: one write per change of state, the ringing one with the call's record", async () => {
        mountBridge({ keepAgentStatus: undefined });

        await postFromWindow(seed.softphoneCallInvited);
        await postFromWindow(seed.softphoneCallAccepted);
        await postFromWindow(seed.softphoneCallEnded);
        await panelRendered();

        // The status goes out once the interaction's create came back, so Interaction__c is set in the same create.
        const statusCreates = createRecordMock.mock.calls.filter(([request]) => request.apiName === 'CC_Agent_Status__c');
        expect(statusCreates).toHaveLength(1);
        expect(statusCreates[0][0].fields).toMatchObject({
            External_Key__c: 'status:005000000000000000',
            Agent__c: '005000000000000000',
            State__c: 'Ringing',
            Interaction__c: writer.recordsOf('CC_Interaction__c')[0]?.Id
        });
        const status = writer.recordsOf('CC_Agent_Status__c');
        expect(status).toHaveLength(1);
        const statusUpdates = updateRecordMock.mock.calls.filter(([request]) => request.fields.Id === status[0]?.Id);
        expect(statusUpdates.map(([request]) => request.fields.State__c)).toEqual(['On call', 'Available']);
        expect(status[0]?.fields).toMatchObject({
            State__c: 'Available',
            Interaction__c: null,
            State_Since__c: '2021-02-18T20:47:58.470Z'
        });
    });

    it('sets Agent__c to the running user', async () => {
        mountBridge();
        await postFromWindow(seed.softphoneCallInvited);
        // sfdx-lwc-jest resolves @salesforce/user/Id to this fixed id.
        expect(createRecordMock.mock.calls[0][0].fields.Agent__c).toBe('005000000000000000');
    });

    it('rejects a message from an origin outside allowedOrigins and shows why in the panel', async () => {
        const element = mountBridge({ allowedOrigins: 'https://acme.evolux.net.br' });

        await postFromWindow(seed.softphoneCallInvited, 'https://other.evolux.net.br');

        expect(createRecordMock).not.toHaveBeenCalled();
        expect(panelText(element, 'counts')).toBe('1 message · 0 accepted · 1 rejected');
        expect(panelText(element, 'diagnostics')).toContain('ORIGIN_NOT_ALLOWED');
        expect(panelText(element, 'diagnostics')).toContain('https://other.evolux.net.br');
    });

    it('shows the agent from an agentLogin event', async () => {
        const element = mountBridge();
        await postFromWindow(seed.agentLogin);
        expect(panelText(element, 'agent')).toBe('João (Evolux, logged in)');
    });

    it('shows a misconfigured property as a diagnostic and keeps the valid origins', async () => {
        const element = mountBridge({ allowedOrigins: '*, http://acme.evolux.net.br, https://acme.evolux.net.br' });
        await postFromWindow(seed.softphoneCallInvited);

        expect(createRecordMock).toHaveBeenCalledTimes(1);
        const diagnostics = panelText(element, 'diagnostics');
        expect(diagnostics).toContain('CONFIG_INVALID');
        expect(diagnostics).toContain('"*"');
        expect(diagnostics).toContain('http://acme.evolux.net.br');
    });

    it('lists a write that failed and is waiting to be retried', async () => {
        createRecordMock.mockRejectedValue({ status: 503, body: { message: 'Service Unavailable' } });
        const element = mountBridge();

        await postFromWindow(seed.softphoneCallInvited);
        await panelRendered();

        expect(panelText(element, 'pending')).toContain(CALL_KEY);
        expect(panelText(element, 'pending')).toContain('retrying (1 attempt)');
        expect(panelText(element, 'status')).toBe('Listening, some records not saved yet');
    });

    it('stops listening when removed from the page', async () => {
        const element = mountBridge();
        document.body.removeChild(element);

        await postFromWindow(seed.softphoneCallInvited);

        expect(createRecordMock).not.toHaveBeenCalled();
    });

    describe('hosting the CCAI Platform adapters', () => {
        const TENANT = 'https://acme.loc.ccaiplatform.com';
        const newChat = JSON.stringify({
            type: 'New_Chat',
            data: { chat_id: 73522, session_type: 'messaging inbound (web chat)', agent_email: 'ariel@example.com' }
        });
        const adapterFrames = (element: HTMLElement) => Array.from(element.shadowRoot?.querySelectorAll('iframe') ?? []);

        it('renders the call and chat adapters of the tenant with microphone, camera and geolocation allowed', () => {
            const element = mountBridge({ ccaipTenantUrl: TENANT, ccaipAdapters: 'call and chat' });
            expect(adapterFrames(element).map((frame) => [frame.getAttribute('src'), frame.getAttribute('allow')])).toEqual([
                [`${TENANT}/agent/?type=call&from=custom`, 'microphone; camera; geolocation'],
                [`${TENANT}/agent/?type=chat&from=custom`, 'microphone; camera; geolocation']
            ]);
        });

        it('renders no adapter without a tenant URL', () => {
            expect(adapterFrames(mountBridge())).toEqual([]);
        });

        it('accepts adapter events from the hosted iframe window and ignores the same event from any other window', async () => {
            const element = mountBridge({ ccaipTenantUrl: TENANT, ccaipAdapters: 'chat' });
            const [chatFrame] = adapterFrames(element);

            await postFromWindow(newChat, TENANT, window);
            expect(createRecordMock).not.toHaveBeenCalled();
            expect(panelText(element, 'diagnostics')).toContain('SOURCE_NOT_HOSTED_ADAPTER');

            await postFromWindow(newChat, TENANT, chatFrame?.contentWindow ?? null);
            expect(createRecordMock).toHaveBeenCalledTimes(1);
            expect(createRecordMock.mock.calls[0][0].fields).toMatchObject({
                External_Key__c: 'ccaip:chat:73522',
                Vendor__c: 'CCAI Platform'
            });
        });
    });

    describe('CRM_Record_Pop', () => {
        const pop = (recordUrl: string) => JSON.stringify({ type: 'CRM_Record_Pop', data: { recordUrl } });
        const CCAIP = 'https://acme.ccaiplatform.com';

        it('navigates to the record page in a standard app', async () => {
            mountBridge();
            await postFromWindow(pop('/lightning/r/Contact/0035g00000AbCdEAAV/view'), CCAIP);
            expect(navigate).toHaveBeenCalledWith(
                {
                    type: 'standard__recordPage',
                    attributes: { recordId: '0035g00000AbCdEAAV', objectApiName: 'Contact', actionName: 'view' }
                },
                undefined
            );
            expect(openTab).not.toHaveBeenCalled();
        });

        it('opens a workspace tab in a console app', async () => {
            mountBridge();
            (IsConsoleNavigation as unknown as { emit(value: boolean): void }).emit(true);
            await postFromWindow(pop('0035g00000AbCdEAAV'), CCAIP);
            expect(openTab).toHaveBeenCalledWith({
                pageReference: { type: 'standard__recordPage', attributes: { recordId: '0035g00000AbCdEAAV', actionName: 'view' } },
                focus: true
            });
            expect(navigate).not.toHaveBeenCalled();
        });

        it('refuses a pop to a site that is not this org', async () => {
            const element = mountBridge();
            await postFromWindow(pop('https://evil.example.com/lightning/r/Contact/0035g00000AbCdEAAV/view'), CCAIP);
            expect(navigate).not.toHaveBeenCalled();
            expect(openTab).not.toHaveBeenCalled();
            expect(panelText(element, 'diagnostics')).toContain('RECORD_POP_REJECTED');
        });

        it('leaves the pop to the visible tab when this browser tab is in the background', async () => {
            mountBridge();
            const visibility = jest.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
            await postFromWindow(pop('0035g00000AbCdEAAV'), CCAIP);
            visibility.mockRestore();
            expect(navigate).not.toHaveBeenCalled();
        });
    });

    describe('the live state on the message channel', () => {
        const publishMock = publish as jest.Mock;
        const snapshots = () => publishMock.mock.calls.map((call) => call[2]).filter((message) => message.type === 'snapshot');
        const RINGING = {
            key: CALL_KEY,
            vendor: 'Evolux',
            channel: 'Voice',
            direction: 'Inbound',
            status: 'Ringing',
            customerNumber: '601',
            customerName: 'Suporte 601',
            queue: 'suporte',
            offeredAt: '2021-02-18T20:47:47.476Z'
        };

        it('publishes a snapshot when it starts, and after each change a live view shows', async () => {
            mountBridge();
            expect(publishMock).toHaveBeenCalledTimes(1);
            expect(publishMock).toHaveBeenCalledWith(expect.anything(), LIVE_STATE_CHANNEL, {
                type: 'snapshot',
                source: 'ccBridge',
                snapshot: { version: 1, interactions: [] }
            });

            // UI API answers the create a while after the message (here: when the test says so).
            let answerCreate!: () => void;
            const createAnswered = new Promise<void>((resolve) => (answerCreate = resolve));
            const create = createRecordMock.getMockImplementation()!;
            createRecordMock.mockImplementationOnce(async (input) => {
                await createAnswered;
                return create(input);
            });

            await postFromWindow(seed.softphoneCallInvited);
            answerCreate();
            await flushPromises();
            await nextFrame();

            const recordId = writer.recordsOf('CC_Interaction__c')[0]?.Id;
            // The call as heard, then again once its record exists (the card needs the id to link it).
            expect(snapshots().slice(1)).toEqual([
                { type: 'snapshot', source: 'ccBridge', snapshot: { version: 1, interactions: [RINGING] } },
                { type: 'snapshot', source: 'ccBridge', snapshot: { version: 1, interactions: [{ ...RINGING, recordId }] } }
            ]);
        });

        it('publishes at the next frame, never in a message’s own task: two messages before a frame are shown together', async () => {
            mountBridge();

            window.dispatchEvent(new MessageEvent('message', { data: seed.softphoneCallInvited, origin: EVOLUX_ORIGIN }));
            window.dispatchEvent(new MessageEvent('message', { data: seed.softphoneCallAccepted, origin: EVOLUX_ORIGIN }));
            expect(snapshots()).toHaveLength(1); // the bridge's first, when it started
            await nextFrame();

            // The call is shown answered; it was never published as ringing.
            const shown = snapshots().slice(1);
            expect(shown[0]).toEqual({
                type: 'snapshot',
                source: 'ccBridge',
                snapshot: { version: 1, interactions: [expect.objectContaining({ key: CALL_KEY, status: 'Connected' })] }
            });
            expect(
                shown.flatMap((message) => message.snapshot.interactions).map((interaction: { status: string }) => interaction.status)
            ).not.toContain('Ringing');
        });

        it('publishes nothing for what a live view does not show: a duplicate event, a rejected message', async () => {
            mountBridge();
            await postFromWindow(seed.softphoneCallInvited);
            publishMock.mockClear();

            await postFromWindow(seed.softphoneCallInvited);
            await postFromWindow(seed.softphoneCallInvited, 'https://evil.example.com');

            expect(publishMock).not.toHaveBeenCalled();
        });

        it('answers a request with the current snapshot, echoing its id', async () => {
            mountBridge();
            await postFromWindow(seed.agentStartPause);
            publishMock.mockClear();

            const request = { type: 'request', source: 'ccLiveState', requestId: 'r-1' };
            publish(createMessageContext() as MessageContextValue, LIVE_STATE_CHANNEL, request);

            expect(publishMock.mock.calls.map((call) => call[2])).toEqual([
                request,
                {
                    type: 'snapshot',
                    source: 'ccBridge',
                    requestId: 'r-1',
                    snapshot: {
                        version: 1,
                        agent: {
                            vendor: 'Evolux',
                            loggedIn: true,
                            login: 'joao',
                            name: 'João',
                            pause: { reason: 'Lanche', productive: false, startedAt: '2021-02-18T20:51:54.866Z' }
                        },
                        interactions: []
                    }
                }
            ]);
        });

        it('keeps an ended call in the snapshots, as Ended, until another one rings', async () => {
            mountBridge();
            await postFromWindow(seed.softphoneCallInvited);
            await postFromWindow(seed.softphoneCallAccepted);
            await postFromWindow(seed.softphoneCallEnded);
            expect(snapshots().pop().snapshot.interactions).toEqual([
                expect.objectContaining({
                    key: CALL_KEY,
                    status: 'Ended',
                    answeredAt: '2021-02-18T20:47:56.105Z',
                    endedAt: expect.any(String)
                })
            ]);

            await postFromWindow(seed.softphoneCallInvitedCampaign);
            expect(
                snapshots()
                    .pop()
                    .snapshot.interactions.map((interaction: { key: string }) => interaction.key)
            ).toEqual(['evolux:7b684fba-722b-11eb-915c-d185dd1424c7']);
        });

        it('stops answering requests when removed from the page', () => {
            const element = mountBridge();
            document.body.removeChild(element);
            publishMock.mockClear();

            publish(createMessageContext() as MessageContextValue, LIVE_STATE_CHANNEL, {
                type: 'request',
                source: 'ccLiveState',
                requestId: 'r-2'
            });

            expect(publishMock).toHaveBeenCalledTimes(1); // the request only
        });
    });

    describe('the utility bar item', () => {
        const UTILITY_ID = 'utility-bridge-1';
        const updateUtilityMock = updateUtility as jest.Mock;
        const utilityId = EnclosingUtilityId as unknown as { emit(value: string | null): void };
        const lastLook = () => updateUtilityMock.mock.calls.at(-1);

        beforeEach(() => {
            // Date and setInterval are fake, so the label's running timer moves when the test says so.
            fakeDateAndIntervals('2021-02-18T20:47:49.000Z');
        });

        afterEach(() => {
            jest.useRealTimers();
        });

        async function mountInUtility() {
            const element = mountBridge();
            utilityId.emit(UTILITY_ID);
            await flushPromises();
            return element;
        }

        async function postAt(iso: string, data: unknown) {
            jest.setSystemTime(Date.parse(iso));
            await postFromWindow(data);
        }

        it('turns pop-out off, so the bridge stays in the window that hears the softphone, and keeps its own label while idle', async () => {
            await mountInUtility();

            expect(enablePopout).toHaveBeenCalledWith(UTILITY_ID, false, {
                disabledText: 'The bridge stays in this window to keep hearing the softphone'
            });
            expect(getInfo).toHaveBeenCalledWith(UTILITY_ID);
            expect(updateUtilityMock.mock.calls).toEqual([[UTILITY_ID, { label: 'Contact Center Bridge', highlighted: false }]]);
            expect(jest.getTimerCount()).toBe(0);
        });

        it('is highlighted while a call rings, with a running timer, then shows the call, then its own label again', async () => {
            await mountInUtility();

            await postAt('2021-02-18T20:47:49.000Z', seed.softphoneCallInvited);
            expect(lastLook()).toEqual([UTILITY_ID, { label: 'Call ringing · 00:02', highlighted: true }]);

            jest.advanceTimersByTime(3000);
            expect(lastLook()).toEqual([UTILITY_ID, { label: 'Call ringing · 00:05', highlighted: true }]);

            await postAt('2021-02-18T20:47:57.000Z', seed.softphoneCallAccepted);
            expect(lastLook()).toEqual([UTILITY_ID, { label: 'On call · 00:01', highlighted: false }]);
            jest.advanceTimersByTime(75_000);
            expect(lastLook()).toEqual([UTILITY_ID, { label: 'On call · 01:16', highlighted: false }]);

            await postAt('2021-02-18T20:49:13.000Z', seed.softphoneCallEnded);
            expect(lastLook()).toEqual([UTILITY_ID, { label: 'Contact Center Bridge', highlighted: false }]);
            expect(jest.getTimerCount()).toBe(0);
        });

        it('shows the pause with its reason and a running timer', async () => {
            await mountInUtility();

            await postAt('2021-02-18T20:52:00.000Z', seed.agentStartPause);
            expect(lastLook()).toEqual([UTILITY_ID, { label: 'Paused: Lanche · 00:05', highlighted: false }]);

            await postAt('2021-02-18T20:52:40.000Z', seed.agentChangePause);
            expect(lastLook()).toEqual([UTILITY_ID, { label: 'Paused: Reunião · 00:05', highlighted: false }]);

            const stopMeeting = variant(seed.agentStopPause, {
                pause: {
                    reason: 'Reunião',
                    productive: true,
                    timeStart: '2021-02-18T20:52:35+00:00',
                    timeEnd: '2021-02-18T20:53:40+00:00',
                    maxDuration: null
                }
            });
            await postAt('2021-02-18T20:53:40.000Z', stopMeeting);
            expect(lastLook()).toEqual([UTILITY_ID, { label: 'Contact Center Bridge', highlighted: false }]);
        });

        it('calls the utility bar only when its label or highlight changes', async () => {
            await mountInUtility();
            await postAt('2021-02-18T20:47:49.000Z', seed.softphoneCallInvited);
            const calls = updateUtilityMock.mock.calls.length;

            await flushPromises(); // the record is saved: a new snapshot, the same label
            expect(updateUtilityMock.mock.calls.length).toBe(calls);
        });

        it('leaves the label alone when it is not in a utility', async () => {
            mountBridge();
            utilityId.emit(null);
            await postAt('2021-02-18T20:47:49.000Z', seed.softphoneCallInvited);

            expect(enablePopout).not.toHaveBeenCalled();
            expect(updateUtilityMock).not.toHaveBeenCalled();
        });

        it('gives the item its own label back and stops its timer when removed', async () => {
            const element = await mountInUtility();
            await postAt('2021-02-18T20:47:49.000Z', seed.softphoneCallInvited);

            document.body.removeChild(element);

            expect(lastLook()).toEqual([UTILITY_ID, { label: 'Contact Center Bridge', highlighted: false }]);
            expect(jest.getTimerCount()).toBe(0);
        });
    });
});
