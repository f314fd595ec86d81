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

type Status = { text: string; kind: 'saved' | 'error' } | undefined;

export default class CcWrapUp extends LightningElement {
    readonly labels = WRAP_UP_LABELS;
    disposition = '';
    notes = '';
    saving = false;
    status: Status;
    /** One the agent picked from "Needs wrap-up"; the next interaction offered replaces it. */
    chosen?: WrapUpTarget;
    private current?: WrapUpInteraction;
    /** The agent changed the form: what the record holds no longer replaces it. */
    private edited = false;
    /** The agent opened or closed the section for this interaction; undefined: closed while live, open after. */
    private opened?: boolean;
    /** The wire's last result: lightning/graphql gives `refresh` on it (refreshGraphQL is lightning/uiGraphQLApi's, deprecated). */
    private needsAnswer?: { data?: unknown; errors?: unknown; refresh?: () => Promise<unknown> };
    private readonly since = new Date(Date.now() - NEEDS_WRAP_UP_HOURS * 3_600_000).toISOString();

    @api
    get interaction(): WrapUpInteraction | undefined {
        return this.current;
    }
    set interaction(value: WrapUpInteraction | undefined) {
        const next = value
            ? { key: value.key, label: value.label, live: value.live === true, ...(value.recordId ? { recordId: value.recordId } : {}) }
            : undefined;
        if (next?.key !== this.current?.key) {
            // The next interaction was offered: the form moves to it.
            this.chosen = undefined;
            this.opened = undefined;
            this.resetForm();
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
    wiredRecord(result: { data?: { fields: Record<string, { value: unknown }> }; error?: unknown } | undefined): void {
        const fields = result?.data?.fields;
        if (!fields || this.edited) {
            return;
        }
        const value = (name: string) => {
            const field = fields[name]?.value;
            return typeof field === 'string' ? field : '';
        };
        this.disposition = value(DISPOSITION_FIELD.fieldApiName);
        this.notes = value(NOTES_FIELD.fieldApiName);
    }

    readonly needsQuery = gql`
        ${needsWrapUpQuery(USER_ID, this.since).text}
    `;
    readonly needsVariables = needsWrapUpQuery(USER_ID, this.since).variables;

    @wire(graphql, { query: '$needsQuery', variables: '$needsVariables' })
    wiredNeeds(result: { data?: unknown; errors?: unknown; refresh?: () => Promise<unknown> } | undefined): void {
        this.needsAnswer = result;
    }

    /** The picklist's values, and the record's value when an admin has since removed it from the list (unrestricted). */
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

    get options(): { label: string; value: string; selected: boolean }[] {
        const values = (this.picklist?.data?.values ?? []).map(({ label, value }) => ({ label, value }));
        if (this.disposition !== '' && !values.some((option) => option.value === this.disposition)) {
            values.push({ label: this.disposition, value: this.disposition });
        }
        return values.map((option) => ({ ...option, selected: option.value === this.disposition }));
    }

    get heading(): string {
        return this.target ? formatLabel(this.labels.wrapFor, this.target.label) : '';
    }

    get notWritten(): boolean {
        return !this.target && this.current !== undefined && !this.current.recordId;
    }

    get needs(): WrapUpTarget[] {
        return needsWrapUpRows(this.needsAnswer?.data, this.targetRecordId, { locale: LOCALE, timeZone: TIME_ZONE, chat: '' }).map(
            (row) => ({ ...row, buttonLabel: formatLabel(this.labels.wrapOther, row.label) })
        );
    }

    get needsHeading(): string {
        return formatLabel(this.labels.needs, this.needs.length);
    }

    get statusClass(): string {
        return this.status?.kind === 'error' ? 'slds-text-color_error' : 'slds-text-color_success';
    }

    get saveLabel(): string {
        return this.saving ? this.labels.saving : this.labels.save;
    }

    handleDisposition(event: Event): void {
        this.disposition = String((event.target as HTMLSelectElement).value ?? '');
        this.edited = true;
        this.status = undefined;
    }

    handleNotes(event: Event): void {
        this.notes = String((event.target as HTMLTextAreaElement).value ?? '');
        this.edited = true;
        this.status = undefined;
    }

    handleChoose(event: Event): void {
        const recordId = (event.currentTarget as HTMLElement).dataset.recordId;
        const row = this.needs.find((each) => each.recordId === recordId);
        if (row) {
            this.chosen = { recordId: row.recordId, label: row.label };
            this.resetForm();
        }
    }

    async handleSave(event: Event): Promise<void> {
        event.preventDefault();
        const target = this.target;
        if (!target || this.saving) {
            return;
        }
        const notes = this.notes.trim();
        if (this.disposition === '' && notes === '') {
            this.status = { text: this.labels.empty, kind: 'error' };
            return;
        }
        this.saving = true;
        try {
            await updateRecord({
                fields: {
                    Id: target.recordId,
                    [DISPOSITION_FIELD.fieldApiName]: this.disposition === '' ? null : this.disposition,
                    [NOTES_FIELD.fieldApiName]: notes === '' ? null : this.notes
                }
            });
            this.status = { text: this.labels.saved, kind: 'saved' };
            this.edited = false;
            await this.needsAnswer?.refresh?.();
        } catch (error) {
            // The form keeps what the agent wrote, to save again.
            this.status = { text: formatLabel(this.labels.failed, errorText(error) || String(error)), kind: 'error' };
        } finally {
            this.saving = false;
        }
    }

    private resetForm(): void {
        this.disposition = '';
        this.notes = '';
        this.edited = false;
        this.status = undefined;
    }
}
