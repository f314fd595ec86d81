/**
 * The wrap-up form of the live-state card: the disposition picklist as the org answers it, the save
 * through UI API (the emulator's field checks), its errors, the move to the next interaction, and
 * "Needs wrap-up" answered by the emulator's GraphQL over this agent's records.
 */
import USER_ID from '@salesforce/user/Id';
import { createElement } from 'lwc';
import { getRecord, updateRecord } from 'lightning/uiRecordApi';
import { getObjectInfo, getPicklistValues } from 'lightning/uiObjectInfoApi';
import CcWrapUp from 'c/ccWrapUp';
import { emulateUiRecordApi } from '../../../../../test/support/uiRecordApiEmulated';
import { emulateGraphql, type EmulatedGraphql } from '../../../../../test/support/graphqlEmulated';
import { UiApiEmulator } from '../../../../../../tools/uiApiEmulator/uiApiEmulator';
import { projectObjects } from '../../../../../../tools/uiApiEmulator/objectMetadata';
import dispositions from './data/dispositionPicklist.json';

type WireStub = { emit(value: unknown): void };
const HOUR_MS = 3_600_000;

let org: UiApiEmulator;
let agent: UiApiEmulator;
let graphql: EmulatedGraphql;

beforeEach(() => {
    org = new UiApiEmulator(projectObjects());
    agent = org.asUser(USER_ID);
    emulateUiRecordApi(agent);
    graphql = emulateGraphql(agent);
});

afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
});

/** An interaction of this agent that ended `hoursAgo`, as the bridge wrote it. */
async function endedInteraction(key: string, number: string, hoursAgo: number, fields: Record<string, unknown> = {}): Promise<string> {
    const endedAt = new Date(Date.now() - hoursAgo * HOUR_MS).toISOString();
    const { id } = await agent.createRecord('CC_Interaction__c', {
        External_Key__c: key,
        Channel__c: 'Voice',
        Status__c: 'Ended',
        Customer_Number__c: number,
        Ended_At__c: endedAt,
        Agent__c: USER_ID,
        ...fields
    } as never);
    return id;
}

async function mountForm(
    interaction: { key: string; recordId?: string; label: string; live?: boolean } | undefined
): Promise<HTMLElement & { interaction?: unknown }> {
    const element = createElement('c-cc-wrap-up', { is: CcWrapUp }) as HTMLElement & { interaction?: unknown };
    element.interaction = interaction;
    document.body.appendChild(element);
    (getObjectInfo as unknown as WireStub).emit(dispositions.objectInfo);
    (getPicklistValues as unknown as WireStub).emit(dispositions.picklist);
    await graphql.settle();
    return element;
}

const shadow = (element: HTMLElement) => element.shadowRoot as ShadowRoot;
const byId = <T extends Element = HTMLElement>(element: HTMLElement, id: string) => shadow(element).querySelector<T>(`[data-id="${id}"]`);
const text = (element: HTMLElement, id: string) => byId(element, id)?.textContent?.trim() ?? '';

/** What the agent does in the form: picks a disposition and writes notes, as the base components report them. */
function fillForm(element: HTMLElement, disposition: string | undefined, notes: string | undefined) {
    if (disposition !== undefined) {
        const select = byId<HTMLSelectElement>(element, 'disposition')!;
        select.value = disposition;
        select.dispatchEvent(new CustomEvent('change'));
    }
    if (notes !== undefined) {
        const textarea = byId<HTMLElement & { value: string }>(element, 'notes')!;
        textarea.value = notes;
        textarea.dispatchEvent(new CustomEvent('change'));
    }
}

async function save(element: HTMLElement) {
    byId<HTMLButtonElement>(element, 'save')?.click();
    await graphql.settle();
}

describe('the wrap-up form', () => {
    it('offers the dispositions admins set and saves the disposition and notes on the Interaction', async () => {
        const recordId = await endedInteraction('evolux:call-1', '11987654321', 0.1);
        const element = await mountForm({ key: 'evolux:call-1', recordId, label: '11987654321 · 14:05' });

        expect(text(element, 'wrap-up-for')).toBe('Wrap up 11987654321 · 14:05');
        const options = Array.from(byId<HTMLSelectElement>(element, 'disposition')!.options).map((option) => [option.value, option.text]);
        expect(options).toEqual([['', 'Choose a disposition'], ...dispositions.picklist.values.map(({ label, value }) => [value, label])]);
        fillForm(element, 'Callback requested', 'Wants a call back after 6 pm.\nPrefers WhatsApp.');
        await save(element);

        expect(text(element, 'wrap-up-status')).toBe('Wrap-up saved.');
        expect(org.recordsOf('CC_Interaction__c')[0]?.fields).toEqual(
            expect.objectContaining({ Disposition__c: 'Callback requested', Notes__c: 'Wants a call back after 6 pm.\nPrefers WhatsApp.' })
        );
    });

    it('asks for a disposition or a note before saving, and writes nothing', async () => {
        const recordId = await endedInteraction('evolux:call-1', '11987654321', 0.1);
        const element = await mountForm({ key: 'evolux:call-1', recordId, label: '11987654321' });

        fillForm(element, undefined, '   ');
        await save(element);

        expect(text(element, 'wrap-up-status')).toBe('Choose a disposition or write a note.');
        expect(updateRecord).not.toHaveBeenCalled();
    });

    it("shows UI API's refusal in words and keeps what the agent wrote", async () => {
        const recordId = await endedInteraction('evolux:call-1', '11987654321', 0.1);
        const element = await mountForm({ key: 'evolux:call-1', recordId, label: '11987654321' });
        (updateRecord as jest.Mock).mockRejectedValueOnce({
            status: 400,
            body: {
                message: 'Update failed',
                output: {
                    errors: [],
                    fieldErrors: { Notes__c: [{ errorCode: 'STRING_TOO_LONG', message: 'Notes: data value too large' }] }
                }
            }
        });

        fillForm(element, 'Resolved', 'Long story');
        await save(element);

        expect(text(element, 'wrap-up-status')).toBe('The wrap-up was not saved: Notes: data value too large');
        expect(byId<HTMLSelectElement>(element, 'disposition')!.value).toBe('Resolved');
        expect(byId<HTMLElement & { value: string }>(element, 'notes')!.value).toBe('Long story');
        expect(org.recordsOf('CC_Interaction__c')[0]?.fields.Disposition__c ?? null).toBeNull();
    });

    it('says the wrap-up waits while the bridge has not written the interaction yet', async () => {
        const element = await mountForm({ key: 'evolux:call-2', label: '11987654321' });

        expect(text(element, 'not-written')).toBe('This interaction is not saved in Salesforce yet; its wrap-up waits for it.');
        expect(byId(element, 'wrap-up-form')).toBeNull();
    });

    it('moves to the next interaction when it is offered, with an empty form', async () => {
        const first = await endedInteraction('evolux:call-1', '11987654321', 0.1);
        const element = await mountForm({ key: 'evolux:call-1', recordId: first, label: '11987654321' });
        fillForm(element, 'Resolved', 'half written');

        element.interaction = { key: 'evolux:call-2', label: '1133334444' };
        await graphql.settle();

        expect(text(element, 'not-written')).not.toBe('');
        element.interaction = {
            key: 'evolux:call-2',
            recordId: await endedInteraction('evolux:call-2', '1133334444', 0),
            label: '1133334444'
        };
        await graphql.settle();
        expect(byId<HTMLElement & { value: string }>(element, 'notes')!.value).toBe('');
    });
});

describe('what the agent writes is never lost', () => {
    /** getRecord as LDS delivers it: the record's Disposition and Notes. */
    const deliverRecord = (id: string, disposition: string | null, notes: string | null) =>
        (getRecord as unknown as WireStub).emit({ id, fields: { Disposition__c: { value: disposition }, Notes__c: { value: notes } } });
    const formValues = (element: HTMLElement) => [
        byId<HTMLSelectElement>(element, 'disposition')!.value,
        byId<HTMLElement & { value: string }>(element, 'notes')!.value
    ];

    it("shows what the record holds, and keeps the agent's typing when the record is delivered again", async () => {
        const recordId = await endedInteraction('evolux:call-1', '11987654321', 0.1, { Notes__c: 'Asked about the invoice.' });
        const element = await mountForm({ key: 'evolux:call-1', recordId, label: '11987654321' });
        deliverRecord(recordId, null, 'Asked about the invoice.');
        await graphql.settle();
        expect(formValues(element)).toEqual(['', 'Asked about the invoice.']);

        fillForm(element, 'Resolved', undefined);
        deliverRecord(recordId, null, 'Asked about the invoice.');
        element.interaction = { key: 'evolux:call-1', recordId, label: '11987654321 · 14:05', live: false };
        await graphql.settle();

        expect(formValues(element)).toEqual(['Resolved', 'Asked about the invoice.']);
    });

    it('sends only the fields the agent changed, so notes it never loaded are not erased', async () => {
        const recordId = await endedInteraction('evolux:call-1', '11987654321', 0.1, { Notes__c: 'Written in another tab.' });
        const element = await mountForm({ key: 'evolux:call-1', recordId, label: '11987654321' });

        // getRecord has not answered yet: the agent picks a disposition and saves.
        fillForm(element, 'Resolved', undefined);
        await save(element);

        expect(updateRecord).toHaveBeenCalledWith({ fields: { Id: recordId, Disposition__c: 'Resolved' } });
        expect(org.recordsOf('CC_Interaction__c')[0]?.fields).toEqual(
            expect.objectContaining({ Disposition__c: 'Resolved', Notes__c: 'Written in another tab.' })
        );
    });

    it('keeps each interaction its own draft, and shows the select of the interaction in the form', async () => {
        const first = await endedInteraction('evolux:call-1', '11987654321', 0.1);
        const second = await endedInteraction('evolux:call-2', '1133334444', 0);
        const element = await mountForm({ key: 'evolux:call-1', recordId: first, label: '11987654321' });
        fillForm(element, 'Callback requested', 'Call back at 6 pm.');
        await graphql.settle();

        element.interaction = { key: 'evolux:call-2', recordId: second, label: '1133334444' };
        await graphql.settle();
        expect(formValues(element)).toEqual(['', '']);

        shadow(element).querySelector<HTMLButtonElement>(`[data-id="needs"] button[data-record-id="${first}"]`)?.click();
        await graphql.settle();
        expect(formValues(element)).toEqual(['Callback requested', 'Call back at 6 pm.']);
    });

    it('a save still out when the next interaction comes reports on its own record, not on the new form', async () => {
        const first = await endedInteraction('evolux:call-1', '11987654321', 0.1);
        const second = await endedInteraction('evolux:call-2', '1133334444', 0);
        const element = await mountForm({ key: 'evolux:call-1', recordId: first, label: '11987654321' });
        let refuse: (error: unknown) => void = () => undefined;
        (updateRecord as jest.Mock).mockImplementationOnce(() => new Promise((_, reject) => (refuse = reject)));
        fillForm(element, 'Resolved', 'First call.');
        await graphql.settle();
        byId<HTMLButtonElement>(element, 'save')?.click();

        element.interaction = { key: 'evolux:call-2', recordId: second, label: '1133334444' };
        refuse({ status: 503, body: [{ errorCode: 'SERVER_UNAVAILABLE', message: 'Try again later' }] });
        await graphql.settle();

        expect(text(element, 'wrap-up-status')).toBe('');
        expect(formValues(element)).toEqual(['', '']);
        shadow(element).querySelector<HTMLButtonElement>(`[data-id="needs"] button[data-record-id="${first}"]`)?.click();
        await graphql.settle();
        expect(text(element, 'wrap-up-status')).toBe('The wrap-up was not saved: Try again later');
        expect(formValues(element)).toEqual(['Resolved', 'First call.']);
    });
});

describe('a compact card while the interaction is live', () => {
    it('keeps the form closed while the call is live, opens it on request, and opens it by itself once the call ends', async () => {
        const recordId = await endedInteraction('evolux:call-1', '11987654321', 0);
        const element = await mountForm({ key: 'evolux:call-1', recordId, label: '11987654321', live: true });
        const toggle = byId<HTMLButtonElement>(element, 'wrap-up-toggle')!;

        expect(toggle.getAttribute('aria-expanded')).toBe('false');
        expect(byId(element, 'wrap-up-content')?.hidden).toBe(true);

        toggle.click();
        await graphql.settle();
        expect(toggle.getAttribute('aria-expanded')).toBe('true');
        expect(byId(element, 'wrap-up-content')?.hidden).toBe(false);

        toggle.click();
        element.interaction = { key: 'evolux:call-2', recordId, label: '1133334444', live: false };
        await graphql.settle();
        expect(byId(element, 'wrap-up-content')?.hidden).toBe(false);
    });
});

describe('Needs wrap-up', () => {
    it("lists this agent's recent ended interactions with no disposition, and wraps one up from the list", async () => {
        const current = await endedInteraction('evolux:now', '11900000000', 0);
        const unwrapped = await endedInteraction('evolux:earlier', '11987654321', 1);
        await endedInteraction('evolux:missed', '1133334444', 2, { Status__c: 'Missed' });
        await endedInteraction('evolux:wrapped', '11911112222', 1, { Disposition__c: 'Resolved' });
        await endedInteraction('evolux:yesterday', '11922223333', 30);
        await org.asUser('0055g00000OthrA').createRecord('CC_Interaction__c', {
            External_Key__c: 'evolux:colleague',
            Status__c: 'Ended',
            Ended_At__c: new Date().toISOString(),
            Agent__c: '0055g00000OthrA'
        });

        const element = await mountForm({ key: 'evolux:now', recordId: current, label: '11900000000' });

        expect(text(element, 'needs-heading')).toBe('Needs wrap-up (2)');
        const rows = Array.from(shadow(element).querySelectorAll('[data-id="needs"] button')).map((button) => button.textContent?.trim());
        expect(rows).toEqual([expect.stringMatching(/^Wrap up 11987654321 · /), expect.stringMatching(/^Wrap up 1133334444 · /)]);

        shadow(element).querySelector<HTMLButtonElement>(`[data-id="needs"] button[data-record-id="${unwrapped}"]`)?.click();
        await graphql.settle();
        fillForm(element, 'Follow-up needed', undefined);
        await save(element);

        expect(org.recordsOf('CC_Interaction__c').find((record) => record.Id === unwrapped)?.fields.Disposition__c).toBe(
            'Follow-up needed'
        );
        // The list was asked again after the save: when the next call is offered, the one just wrapped up is not in it.
        element.interaction = { key: 'evolux:next', label: '11955556666' };
        await graphql.settle();
        const after = Array.from(shadow(element).querySelectorAll('[data-id="needs"] button')).map((button) =>
            button.getAttribute('data-record-id')
        );
        expect(after).toEqual([current, expect.any(String)]);
        expect(after).not.toContain(unwrapped);
    });
});

describe('keyboard', () => {
    it('is all native controls in the tab order: the section toggle, the select, the notes, Save in its form, the list', async () => {
        const current = await endedInteraction('evolux:now', '11900000000', 0);
        await endedInteraction('evolux:earlier', '11987654321', 1);
        const element = await mountForm({ key: 'evolux:now', recordId: current, label: '11900000000' });

        const toggle = byId<HTMLButtonElement>(element, 'wrap-up-toggle')!;
        expect([toggle.tagName, toggle.getAttribute('aria-controls')]).toEqual(['BUTTON', expect.any(String)]);
        expect(byId(element, 'disposition')!.tagName).toBe('SELECT');
        // Enter in the form submits it: Save is its submit button, and saving is the form's submit handler.
        const saveButton = byId<HTMLButtonElement>(element, 'save')!;
        expect([saveButton.type, saveButton.form]).toEqual(['submit', byId(element, 'wrap-up-form')]);
        const controls = Array.from(shadow(element).querySelectorAll('button, select, [data-id="notes"]'));
        expect(controls.filter((control) => control.getAttribute('tabindex') === '-1')).toEqual([]);

        fillForm(element, 'Voicemail', undefined);
        byId(element, 'wrap-up-form')!.dispatchEvent(new CustomEvent('submit', { cancelable: true }));
        await graphql.settle();
        expect(org.recordsOf('CC_Interaction__c').find((record) => record.Id === current)?.fields.Disposition__c).toBe('Voicemail');
    });
});

describe('accessibility', () => {
    it('is accessible with the form and the list shown', async () => {
        const current = await endedInteraction('evolux:now', '11900000000', 0);
        await endedInteraction('evolux:earlier', '11987654321', 1);
        const element = await mountForm({ key: 'evolux:now', recordId: current, label: '11900000000' });

        await expect(element).toBeAccessible();
    });
});
