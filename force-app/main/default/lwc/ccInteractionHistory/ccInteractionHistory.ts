/**
 * Contact Center history: a card for Contact, Lead and Account record pages that lists the record's
 * Interactions (calls and chats the bridge logged), newest first, each linking to its Interaction,
 * with "View All" to the related list. It reads them through lightning/graphql (historyQuery), turns
 * them into rows (historyModel), and asks again when the bridge publishes on the live-state channel
 * that an interaction of this record changed (liveRefresh), so a call just ended shows without a
 * reload. It loads only the live-state protocol and the error reader, not the pipeline.
 */
import { LightningElement, api, wire } from 'lwc';
import { gql, graphql } from 'lightning/graphql';
import { NavigationMixin, type PageReference } from 'lightning/navigation';
import { MessageContext, type MessageContextValue } from 'lightning/messageService';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { errorText } from 'c/ccErrors';
import { listenToLiveState } from 'c/ccLiveChannel';
import { formatLabel, hasErrors, type LiveSnapshot } from 'c/ccLiveProtocol';
import { historyRows, interactionRecords, type HistoryRow, type InteractionRecord } from './historyModel';
import { DEFAULT_ROW_COUNT, historyRequest, INTERACTION_OBJECT, RELATED_LIST, rowCountOf, type HistoryVariables } from './historyQuery';
import { FAILED_LABEL, ROW_LABELS, TEMPLATE_LABELS, UNKNOWN_ERROR_LABEL } from './labels';
import { interactionsOfRecord, LiveRefreshPlan, type ListedInteraction } from './liveRefresh';

/** `source` of this component's requests on the channel. */
const HISTORY_SOURCE = 'ccInteractionHistory';

/** What the graphql wire delivers: lightning/graphql adds `refresh`, which asks the org again (its docs, "refresh"). */
interface GraphqlAnswer {
    data?: unknown;
    errors?: unknown;
    refresh?: () => Promise<unknown>;
}

type Navigator = Record<symbol, (pageReference: PageReference) => unknown>;

/** A row with the href of its link. */
export type LinkedRow = HistoryRow & { url: string };

export default class CcInteractionHistory extends NavigationMixin(LightningElement) {
    @api
    get recordId(): string | undefined {
        return this.pageRecordId;
    }
    set recordId(value: string | undefined) {
        this.pageRecordId = value;
        this.configure();
    }

    @api
    get objectApiName(): string | undefined {
        return this.pageObjectApiName;
    }
    set objectApiName(value: string | undefined) {
        this.pageObjectApiName = value;
        this.configure();
    }

    /** App Builder's "Rows": how many of the newest Interactions the card shows (1 to 50). */
    @api
    get rowCount(): number {
        return this.rowLimit;
    }
    set rowCount(value: unknown) {
        this.rowLimit = rowCountOf(value);
        this.configure();
    }

    @wire(MessageContext) messageContext?: MessageContextValue;

    /** The wire's query and variables; undefined until the page says which record it is. */
    query?: unknown;
    variables?: HistoryVariables;

    @wire(graphql, { query: '$query', variables: '$variables' })
    wiredHistory(answer: GraphqlAnswer | undefined): void {
        this.receiveAnswer(answer);
    }

    readonly labels = TEMPLATE_LABELS;
    /** Why the last answer failed; the rows of the last good one stay shown under it. */
    failure?: string;
    viewAllUrl = '';

    private pageRecordId?: string;
    private pageObjectApiName?: string;
    private rowLimit = DEFAULT_ROW_COUNT;
    private queryText?: string;
    /** The Interactions of the last good answer; undefined until one came. */
    private records?: InteractionRecord[];
    private answered = false;
    private lastAnswer?: GraphqlAnswer;
    /** Resolves a refresh asked without lightning/graphql's `refresh` (see refetch) when its answer comes. */
    private answerWaiter?: () => void;
    private refreshing = false;
    private plan = new LiveRefreshPlan();
    private stopListening?: () => void;
    /** Links to each Interaction (NavigationMixin.GenerateUrl), by record id; until then, the Lightning Experience path. */
    private urls: Readonly<Record<string, string>> = {};
    private readonly memo: { records?: InteractionRecord[]; urls?: Readonly<Record<string, string>>; rows?: LinkedRow[] } = {};

    override connectedCallback(): void {
        // The bridge's answer to the request is the baseline of what changes next.
        if (this.messageContext) {
            this.stopListening = listenToLiveState(this.messageContext, HISTORY_SOURCE, (snapshot) => this.receiveLiveState(snapshot));
        }
    }

    override disconnectedCallback(): void {
        this.stopListening?.();
        this.stopListening = undefined;
    }

    get isLoading(): boolean {
        return this.query !== undefined && !this.answered;
    }

    get isEmpty(): boolean {
        return !this.isLoading && !this.failure && (this.records ?? []).length === 0;
    }

    get hasRows(): boolean {
        return this.historyRows.length > 0;
    }

    get failureText(): string {
        return this.failure === undefined ? '' : formatLabel(FAILED_LABEL, this.failure);
    }

    /** The rows, built once per answer (and once more when the links to them are known). */
    get historyRows(): LinkedRow[] {
        const records = this.records ?? [];
        if (!this.memo.rows || this.memo.records !== records || this.memo.urls !== this.urls) {
            this.memo.records = records;
            this.memo.urls = this.urls;
            this.memo.rows = historyRows(records, ROW_LABELS, { locale: LOCALE, timeZone: TIME_ZONE }).map((row) => ({
                ...row,
                url: this.urls[row.recordId] ?? lightningRecordPath(row.recordId)
            }));
        }
        return this.memo.rows;
    }

    handleOpen(event: Event): void {
        const recordId = (event.currentTarget as HTMLElement).dataset.recordId;
        if (recordId) {
            // An ordinary click stays in the app (a console opens a tab); the href serves "open in a new tab".
            event.preventDefault();
            this.navigate(interactionPage(recordId));
        }
    }

    handleViewAll(event: Event): void {
        const page = this.relatedListPage();
        if (page) {
            event.preventDefault();
            this.navigate(page);
        }
    }

    handleRetry(): void {
        this.refresh();
    }

    /** The page's record, object or rows changed: the query and variables the wire runs. */
    private configure(): void {
        const request = historyRequest(this.pageObjectApiName, this.pageRecordId, this.rowLimit);
        const recordChanged = request?.variables.recordId !== this.variables?.recordId;
        if (!request) {
            this.query = undefined;
            this.queryText = undefined;
            this.variables = undefined;
            return;
        }
        if (request.text !== this.queryText) {
            this.queryText = request.text;
            this.query = gql`
                ${request.text}
            `;
        }
        if (request.variables.recordId !== this.variables?.recordId || request.variables.first !== this.variables?.first) {
            this.variables = request.variables;
        }
        if (recordChanged) {
            // Another record: nothing of the last one is shown, and its live state is not this one's.
            this.records = undefined;
            this.failure = undefined;
            this.answered = false;
            this.lastAnswer = undefined;
            this.urls = {};
            this.plan = new LiveRefreshPlan();
            this.generateViewAllUrl();
        }
    }

    private receiveAnswer(answer: GraphqlAnswer | undefined): void {
        // The wire's first value, before any answer, holds neither data nor errors.
        if (!answer || (answer.data === undefined && answer.errors === undefined)) {
            return;
        }
        this.lastAnswer = answer;
        this.answered = true;
        const records = hasErrors(answer.errors) ? undefined : interactionRecords(answer.data);
        if (records) {
            this.records = records;
            this.failure = undefined;
            this.generateUrls(records);
        } else {
            this.failure = errorText(answer.errors) || UNKNOWN_ERROR_LABEL;
        }
        const waiter = this.answerWaiter;
        this.answerWaiter = undefined;
        waiter?.();
        this.reconcile();
    }

    private receiveLiveState(snapshot: LiveSnapshot): void {
        this.plan.heard(interactionsOfRecord(snapshot, this.pageRecordId));
        this.reconcile();
    }

    /** Asks the org again when the live state says the list is out of date (see liveRefresh). */
    private reconcile(): void {
        if (!this.refreshing && this.plan.due(this.listed())) {
            this.plan.started();
            this.refresh();
        }
    }

    /** One request at a time; when it is answered, the list is held against the live state again. */
    private refresh(): void {
        if (this.refreshing || this.query === undefined) {
            return;
        }
        this.refreshing = true;
        this.refetch()
            .catch((error: unknown) => {
                this.failure = errorText(error) || UNKNOWN_ERROR_LABEL;
            })
            .finally(() => {
                this.refreshing = false;
                this.reconcile();
            });
    }

    /**
     * lightning/graphql's `refresh` of the last answer asks the org past its cache. Without one (a stand-in
     * that gives none), the same query under a new variables object, which the wire asks anew.
     */
    private refetch(): Promise<unknown> {
        const answer = this.lastAnswer;
        if (answer && typeof answer.refresh === 'function') {
            return answer.refresh();
        }
        return new Promise<void>((resolve) => {
            this.answerWaiter = resolve;
            this.variables = this.variables ? { ...this.variables } : undefined;
        });
    }

    /** What the list shows, for the live state to be held against; undefined until the first answer. */
    private listed(): ListedInteraction[] | undefined {
        if (!this.answered) {
            return undefined;
        }
        return (this.records ?? []).map((record) => ({ recordId: record.id, ...(record.status ? { status: record.status } : {}) }));
    }

    private generateUrls(records: readonly InteractionRecord[]): void {
        const missing = records.map((record) => record.id).filter((id) => this.urls[id] === undefined);
        if (missing.length === 0) {
            return;
        }
        const recordId = this.pageRecordId;
        Promise.all(missing.map(async (id) => [id, await this.generateUrl(interactionPage(id))] as const))
            .then((generated) => {
                if (recordId === this.pageRecordId) {
                    this.urls = { ...this.urls, ...Object.fromEntries(generated.filter(([, url]) => url)) };
                }
            })
            .catch(() => undefined); // the Lightning path stays: it is the same page in Lightning Experience
    }

    private generateViewAllUrl(): void {
        const page = this.relatedListPage();
        const recordId = this.pageRecordId;
        this.viewAllUrl = page ? `/lightning/r/${this.pageObjectApiName}/${recordId}/related/${RELATED_LIST}/view` : '';
        if (page) {
            this.generateUrl(page)
                .then((url) => {
                    if (url && recordId === this.pageRecordId) {
                        this.viewAllUrl = url;
                    }
                })
                .catch(() => undefined);
        }
    }

    /** The record's related list of Interactions; undefined until the page says which record it is. */
    private relatedListPage(): PageReference | undefined {
        if (!this.pageRecordId || !this.pageObjectApiName) {
            return undefined;
        }
        return {
            type: 'standard__recordRelationshipPage',
            attributes: {
                recordId: this.pageRecordId,
                objectApiName: this.pageObjectApiName,
                relationshipApiName: RELATED_LIST,
                actionName: 'view'
            }
        };
    }

    private async generateUrl(pageReference: PageReference): Promise<string> {
        const generate = (this as unknown as Navigator)[NavigationMixin.GenerateUrl];
        const url = generate ? await generate.call(this, pageReference) : undefined;
        return typeof url === 'string' ? url : '';
    }

    private navigate(pageReference: PageReference): void {
        (this as unknown as Navigator)[NavigationMixin.Navigate]?.call(this, pageReference);
    }
}

function interactionPage(recordId: string): PageReference {
    return { type: 'standard__recordPage', attributes: { recordId, objectApiName: INTERACTION_OBJECT, actionName: 'view' } };
}

/** The Interaction's path in Lightning Experience, the link's href until NavigationMixin generates it. */
function lightningRecordPath(recordId: string): string {
    return `/lightning/r/${INTERACTION_OBJECT}/${recordId}/view`;
}
