// The preview's record page: the record the page is on (the first seed record at the start, then
// whatever a screen pop navigates to), read from the preview org, in an SLDS record page header;
// below it a main column (the shell's content, slotted) and a sidebar with the live-state
// component, as on a Lightning record page.
import { LightningElement } from 'lwc';
import { callRecordsApi } from 'preview/orgRecords';
import { currentPage, onPlatformChange } from 'preview/platformLog';
import { homeRecord } from 'preview/config';

const SHOWN_FIELDS = ['Phone', 'MobilePhone', 'Email'];

/** The SLDS standard icon of an object, as the record page header shows it. */
const OBJECT_ICONS = { Contact: 'standard:contact', Lead: 'standard:lead', Account: 'standard:account' };

export default class RecordPage extends LightningElement {
    recordId;
    objectApiName;
    title = 'No record';
    details = [];
    openedBy = '';
    page;
    stopListening;

    connectedCallback() {
        // Shown after a navigation already happened (from the lookup page): that record, else the home record.
        const shown = currentPage();
        this.page = shown;
        this.open(shown?.attributes ?? homeRecord, shown ? `Opened by a navigation at ${new Date().toLocaleTimeString()}` : '');
        this.stopListening = onPlatformChange(() => {
            const page = currentPage();
            if (page && page !== this.page) {
                this.page = page;
                this.open(page.attributes, `Opened by a navigation (screen pop) at ${new Date().toLocaleTimeString()}`);
            }
        });
    }

    get objectIconName() {
        return OBJECT_ICONS[this.objectApiName] ?? 'standard:record';
    }

    disconnectedCallback() {
        this.stopListening?.();
    }

    async open(target, openedBy) {
        if (!target?.recordId) {
            return;
        }
        this.recordId = target.recordId;
        this.objectApiName = target.objectApiName;
        this.openedBy = openedBy;
        try {
            const record = await callRecordsApi('GET', target.recordId);
            const value = (name) => record.fields[name]?.value;
            this.objectApiName = record.apiName;
            this.title = value('Name') ?? ([value('FirstName'), value('LastName')].filter(Boolean).join(' ') || record.id);
            this.details = SHOWN_FIELDS.filter((name) => value(name)).map((name) => ({ name, value: value(name) }));
        } catch {
            this.title = `${target.objectApiName ?? 'Record'} ${target.recordId}`;
            this.details = [{ name: 'Note', value: 'not in the preview org' }];
        }
    }
}
