/**
 * The utility bar component in a DOM: real window messages in, UI API calls out, and the panel.
 */
import { createElement } from 'lwc';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import CcBridge from 'c/ccBridge';
import { UiApiEmulator } from '../../../../../../tools/uiApiEmulator/uiApiEmulator';
import { projectObjects } from '../../../../../../tools/uiApiEmulator/objectMetadata';
import { flushPromises } from '../../../../../../tools/replay/virtualClock';
import { CALL_KEY, EVOLUX_ORIGIN, seed } from '../../ccCore/__tests__/evoluxFixtures';

const createRecordMock = createRecord as jest.Mock;
const updateRecordMock = updateRecord as jest.Mock;

let writer: UiApiEmulator;

beforeEach(() => {
    // UI API calls land in the emulator, which checks fields and keeps ids and unique keys like the org.
    writer = new UiApiEmulator(projectObjects());
    createRecordMock.mockImplementation(async ({ apiName, fields }) => {
        const { id } = await writer.createRecord(apiName, fields);
        return { id, apiName, fields: {} };
    });
    updateRecordMock.mockImplementation(async ({ fields: { Id, ...fields } }) => {
        await writer.updateRecord(Id, fields);
        return { id: Id, apiName: 'CC_Interaction__c', fields: {} };
    });
});

afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
});

function mountBridge(properties: Record<string, unknown> = {}) {
    const element = createElement('c-cc-bridge', { is: CcBridge });
    Object.assign(element, properties);
    document.body.appendChild(element);
    return element;
}

async function postFromWindow(data: unknown, origin = EVOLUX_ORIGIN) {
    window.dispatchEvent(new MessageEvent('message', { data, origin }));
    await flushPromises();
}

const panelText = (element: HTMLElement, id: string) => element.shadowRoot?.querySelector(`[data-id="${id}"]`)?.textContent ?? '';

describe('c-cc-bridge', () => {
    it('logs a call heard on window messages with one create and one update per later change', async () => {
        const element = mountBridge();

        await postFromWindow(seed.softphoneCallInvited);
        await postFromWindow(seed.softphoneCallAccepted);
        await postFromWindow(seed.softphoneCallEnded);

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
        expect(panelText(element, 'events')).toContain('softphoneCallEnded');
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
        expect(panelText(element, 'counts')).toBe('1 messages · 0 accepted · 1 rejected');
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
});
