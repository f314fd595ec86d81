// The records the preview org holds, as tables: what the bridge wrote through UI API, read back
// from the preview server's emulator (shared by every tab). Refreshed after each write this page
// makes and every two seconds, so writes from other tabs show up too.
import { LightningElement } from 'lwc';
import { fetchOrgRecords, onRecordsChanged } from 'preview/orgRecords';

const POLL_MS = 2000;

const TABLES = [
    {
        objectApiName: 'CC_Interaction__c',
        label: 'Interactions',
        columns: [
            'Name',
            'External_Key__c',
            'Status__c',
            'Direction__c',
            'Channel__c',
            'Customer_Number__c',
            'Queue__c',
            'Campaign__c',
            'Offered_At__c',
            'Answered_At__c',
            'Ended_At__c',
            'Wait_Seconds__c',
            'Talk_Seconds__c',
            'Hangup_Cause__c'
        ]
    },
    {
        objectApiName: 'CC_Agent_Pause__c',
        label: 'Agent pauses',
        columns: ['Name', 'External_Key__c', 'Reason__c', 'Productive__c', 'Started_At__c', 'Ended_At__c', 'Duration_Seconds__c']
    },
    {
        objectApiName: 'CC_Custom_Event__c',
        label: 'Custom events',
        columns: ['Name', 'External_Key__c', 'Event_Name__c', 'Occurred_At__c']
    }
];

export default class RecordsView extends LightningElement {
    tables = TABLES.map((table) => tableModel(table, []));
    apiCalls = '';
    loadError = '';
    timer;
    stopListening;
    loading = false;
    reloadAgain = false;

    connectedCallback() {
        this.stopListening = onRecordsChanged(() => this.reload());
        this.timer = window.setInterval(() => this.reload(), POLL_MS);
        this.reload();
    }

    disconnectedCallback() {
        this.stopListening?.();
        window.clearInterval(this.timer);
    }

    /** One request at a time; a change during a request asks for one more. */
    async reload() {
        if (this.loading) {
            this.reloadAgain = true;
            return;
        }
        this.loading = true;
        try {
            const { records, counts } = await fetchOrgRecords();
            this.tables = TABLES.map((table) => tableModel(table, records[table.objectApiName] ?? []));
            this.apiCalls = `UI API calls: ${counts.createRecord} createRecord · ${counts.updateRecord} updateRecord · ${counts.graphql} GraphQL`;
            this.loadError = '';
        } catch (error) {
            this.loadError = `Could not read the records: ${error.message}`;
        } finally {
            this.loading = false;
        }
        if (this.reloadAgain) {
            this.reloadAgain = false;
            this.reload();
        }
    }
}

function tableModel(table, records) {
    return {
        objectApiName: table.objectApiName,
        label: table.label,
        count: records.length,
        hasRows: records.length > 0,
        columns: table.columns.map((name) => ({ name, label: name.replace(/__c$/, '').replaceAll('_', ' ') })),
        rows: records.map((record) => ({
            id: record.Id,
            externalKey: record.External_Key__c,
            cells: table.columns.map((name) => ({ field: name, value: shown(record[name]) }))
        })),
        json: JSON.stringify(records, null, 2)
    };
}

function shown(value) {
    if (value === null || value === undefined || value === '') {
        return '—';
    }
    if (typeof value === 'boolean') {
        return value ? 'yes' : 'no';
    }
    return String(value);
}
