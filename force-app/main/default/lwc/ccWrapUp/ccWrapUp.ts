/**
 * The wrap-up of one interaction, inside the live-state card: a Disposition (the picklist admins
 * edit in Setup, read with getPicklistValues so it comes translated) and Notes, saved on the
 * Interaction through updateRecord. The card gives the interaction it shows (the live one, or the one
 * that just ended); until the next is offered the form stays on it, and below it "Needs wrap-up"
 * lists this agent's other ended interactions with no disposition, to wrap up one after another.
 */
import { LightningElement, api, wire } from 'lwc';
import { getRecord, updateRecord } from 'lightning/uiRecordApi';
import { getObjectInfo, getPicklistValues } from 'lightning/uiObjectInfoApi';
import { gql, graphql } from 'lightning/graphql';
import INTERACTION_OBJECT from '@salesforce/schema/CC_Interaction__c';
import DISPOSITION_FIELD from '@salesforce/schema/CC_Interaction__c.Disposition__c';
import NOTES_FIELD from '@salesforce/schema/CC_Interaction__c.Notes__c';
import USER_ID from '@salesforce/user/Id';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { errorText } from 'c/ccErrors';
import { formatLabel } from 'c/ccLiveProtocol';
import { WRAP_UP_LABELS } from './labels';
import { NEEDS_WRAP_UP_HOURS, needsWrapUpQuery, needsWrapUpRows, type WrapUpTarget } from './needsWrapUp';

/** The interaction the card shows: its key (a new key is the next interaction), and its record once written. */
export interface WrapUpInteraction {
    key: string;
    recordId?: string;
    label: string;
    /** Still ringing or connected: the form starts closed, to keep the card compact. */
    live?: boolean;
}

/** The query text; its variables (this agent, the last 12 hours) change, so the wire asks again. */
const NEEDS_WRAP_UP_QUERY = needsWrapUpQuery(USER_ID, '').text;

/** The agent's unsaved changes to one record: only the fields they touched. */
interface Draft {
    disposition?: string;
    notes?: string;
}

/** What one record holds, as getRecord last gave it. */
interface Loaded {
    disposition: string;
    notes: string;
}

export default class CcWrapUp extends LightningElement {
    readonly labels = WRAP_UP_LABELS;
    saving = false;
    /** The result of the last save, for the record it was about; shown only while that record is in the form. */
    status?: { recordId: string; text: string; kind: 'saved' | 'error' };
    /** One the agent picked from "Needs wrap-up"; the next interaction offered replaces it. */
    chosen?: WrapUpTarget;
    /**
     * Unsaved changes by record: the form moving to another interaction (the next call, a row of Needs
     * wrap-up) loses nothing, and coming back shows them again. Kept for the page's life.
     */
    drafts: Record<string, Draft> = {};
    loaded: Record<string, Loaded> = {};
    private current?: WrapUpInteraction;
    /** The agent opened or closed the section for this interaction; undefined: closed while live, open after. */
    private opened?: boolean;
    needsVariables = needsWrapUpVariables();

    @api
    get interaction(): WrapUpInteraction | undefined {
        return this.current;
    }
    set interaction(value: WrapUpInteraction | undefined) {
        const next = value
            ? { key: value.key, label: value.label, live: value.live === true, ...(value.recordId ? { recordId: value.recordId } : {}) }
            : undefined;
        if (next?.key !== this.current?.key) {
            // The next interaction was offered: the form moves to it (drafts stay with their records).
            this.chosen = undefined;
            this.opened = undefined;
            this.askNeedsAgain();
        }
        this.current = next;
    }

    get target(): WrapUpTarget | undefined {
        if (this.chosen) {
            return this.chosen;
        }
        return this.current?.recordId ? { recordId: this.current.recordId, label: this.current.label } : undefined;
    }

    get targetRecordId(): string | undefined {
        return this.target?.recordId;
    }

    @wire(getObjectInfo, { objectApiName: INTERACTION_OBJECT })
    objectInfo?: { data?: { apiName: string; defaultRecordTypeId?: string }; error?: unknown };

    @wire(getPicklistValues, { recordTypeId: '$objectInfo.data.defaultRecordTypeId', fieldApiName: DISPOSITION_FIELD })
    picklist?: { data?: { values: { label: string; value: string }[] }; error?: unknown };

    @wire(getRecord, { recordId: '$targetRecordId', fields: [DISPOSITION_FIELD, NOTES_FIELD] })
    wiredRecord(result: { data?: { id?: string; fields: Record<string, { value: unknown }> }; error?: unknown } | undefined): void {
        const data = result?.data;
        const recordId = data?.id ?? this.targetRecordId;
        if (!data || !recordId) {
            return;
        }
        const value = (name: string) => {
            const field = data.fields[name]?.value;
            return typeof field === 'string' ? field : '';
        };
        this.loaded = {
            ...this.loaded,
            [recordId]: { disposition: value(DISPOSITION_FIELD.fieldApiName), notes: value(NOTES_FIELD.fieldApiName) }
        };
    }

    readonly needsQuery = gql`
        ${NEEDS_WRAP_UP_QUERY}
    `;

    @wire(graphql, { query: '$needsQuery', variables: '$needsVariables' })
    wiredNeeds(result: { data?: unknown; errors?: unknown } | undefined): void {
        this.needsAnswer = result;
    }

    needsAnswer?: { data?: unknown; errors?: unknown };

    /** The form's values: the agent's draft of each field, else what the record holds. */
    get disposition(): string {
        const recordId = this.targetRecordId;
        return recordId ? (this.drafts[recordId]?.disposition ?? this.loaded[recordId]?.disposition ?? '') : '';
    }

    get notes(): string {
        const recordId = this.targetRecordId;
        return recordId ? (this.drafts[recordId]?.notes ?? this.loaded[recordId]?.notes ?? '') : '';
    }

    get collapsed(): boolean {
        return !(this.opened ?? !(this.current?.live === true && !this.chosen));
    }

    get expandedText(): string {
        return String(!this.collapsed);
    }

    get sectionClass(): string {
        return `slds-section slds-m-top_x-small${this.collapsed ? '' : ' slds-is-open'}`;
    }

    handleToggle(): void {
        this.opened = this.collapsed;
    }

    /** The picklist's values, and the record's value when an admin has since removed it from the list (unrestricted). */
    get options(): { label: string; value: string }[] {
        const values = (this.picklist?.data?.values ?? []).map(({ label, value }) => ({ label, value }));
        if (this.disposition !== '' && !values.some((option) => option.value === this.disposition)) {
            values.push({ label: this.disposition, value: this.disposition });
        }
        return values;
    }

    /** A select shows its `value` property; the template can only set `selected` attributes, which a user's choice overrides. */
    override renderedCallback(): void {
        const select = this.refs?.disposition as HTMLSelectElement | undefined;
        if (select && select.value !== this.disposition) {
            select.value = this.disposition;
        }
    }

    get heading(): string {
        return this.target ? formatLabel(this.labels.wrapFor, this.target.label) : '';
    }

    get notWritten(): boolean {
        return !this.target && this.current !== undefined && !this.current.recordId;
    }

    get needs(): (WrapUpTarget & { buttonLabel: string })[] {
        return needsWrapUpRows(this.needsAnswer?.data, this.targetRecordId, {
            locale: LOCALE,
            timeZone: TIME_ZONE,
            chat: this.labels.chat
        }).map((row) => ({ ...row, buttonLabel: formatLabel(this.labels.wrapOther, row.label) }));
    }

    get needsHeading(): string {
        return formatLabel(this.labels.needs, this.needs.length);
    }

    get statusText(): string {
        return this.status && this.status.recordId === this.targetRecordId ? this.status.text : '';
    }

    get statusClass(): string {
        return this.status?.kind === 'error' ? 'slds-text-color_error' : 'slds-text-color_success';
    }

    get saveLabel(): string {
        return this.saving ? this.labels.saving : this.labels.save;
    }

    handleDisposition(event: Event): void {
        this.draft({ disposition: String((event.target as HTMLSelectElement).value ?? '') });
    }

    handleNotes(event: Event): void {
        this.draft({ notes: String((event.target as HTMLTextAreaElement).value ?? '') });
    }

    handleChoose(event: Event): void {
        const recordId = (event.currentTarget as HTMLElement).dataset.recordId;
        const row = this.needs.find((each) => each.recordId === recordId);
        if (row) {
            this.chosen = { recordId: row.recordId, label: row.label };
        }
    }

    /** Saves the fields the agent changed on the record in the form; the form may move on meanwhile, the result stays with its record. */
    async handleSave(event: Event): Promise<void> {
        event.preventDefault();
        const recordId = this.targetRecordId;
        if (!recordId || this.saving) {
            return;
        }
        const draft = this.drafts[recordId] ?? {};
        if (this.disposition === '' && this.notes.trim() === '') {
            this.status = { recordId, text: this.labels.empty, kind: 'error' };
            return;
        }
        const fields: Record<string, string | null> = {};
        if (draft.disposition !== undefined) {
            fields[DISPOSITION_FIELD.fieldApiName] = draft.disposition === '' ? null : draft.disposition;
        }
        if (draft.notes !== undefined) {
            fields[NOTES_FIELD.fieldApiName] = draft.notes.trim() === '' ? null : draft.notes;
        }
        if (Object.keys(fields).length === 0) {
            this.status = { recordId, text: this.labels.saved, kind: 'saved' };
            return;
        }
        this.saving = true;
        try {
            await updateRecord({ fields: { Id: recordId, ...fields } });
            this.saved(recordId, draft);
            this.status = { recordId, text: this.labels.saved, kind: 'saved' };
            this.askNeedsAgain();
        } catch (error) {
            // The draft stays with its record: nothing the agent wrote is lost, and Save tries again.
            this.status = { recordId, text: formatLabel(this.labels.failed, errorText(error) || String(error)), kind: 'error' };
        } finally {
            this.saving = false;
        }
    }

    private draft(change: Draft): void {
        const recordId = this.targetRecordId;
        if (!recordId) {
            return;
        }
        this.drafts = { ...this.drafts, [recordId]: { ...this.drafts[recordId], ...change } };
        if (this.status?.recordId === recordId) {
            this.status = undefined;
        }
    }

    /** The record now holds what was sent: the draft goes, unless the agent changed it again while it was saving. */
    private saved(recordId: string, sent: Draft): void {
        const loaded = this.loaded[recordId] ?? { disposition: '', notes: '' };
        this.loaded = {
            ...this.loaded,
            [recordId]: { disposition: sent.disposition ?? loaded.disposition, notes: sent.notes ?? loaded.notes }
        };
        const { [recordId]: current, ...others } = this.drafts;
        this.drafts = current === sent ? others : this.drafts;
    }

    /** "Needs wrap-up" asked again, over the last 12 hours from now: after a save, and when the next interaction comes. */
    private askNeedsAgain(): void {
        this.needsVariables = needsWrapUpVariables();
    }
}

function needsWrapUpVariables(): Record<string, unknown> {
    return needsWrapUpQuery(USER_ID, new Date(Date.now() - NEEDS_WRAP_UP_HOURS * 3_600_000).toISOString()).variables;
}
