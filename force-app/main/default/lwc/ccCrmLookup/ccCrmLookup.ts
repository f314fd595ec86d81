/**
 * Contact Center customer lookup: the page CCAI Platform's custom CRM URL opens
 * (`/lightning/cmp/c__ccCrmLookup?c__phone={CUSTOMER_PHONE_NUMBER}&…`, see the README). It reads the
 * URL (lookupRequest), finds the customer as the bridge does (lookupFlow), records the CCAI session
 * as this agent's Interaction (sessionInteraction), and opens the one match in place of this page,
 * lists several, or offers New Contact and New Lead. Lightning reuses a URL-addressable component
 * for the next URL, so every change of the page state starts a new lookup and ends the last one.
 */
import { LightningElement, wire } from 'lwc';
import { CurrentPageReference, NavigationMixin, type PageReference } from 'lightning/navigation';
import { EnclosingTabId, IsConsoleNavigation, closeTab, openTab } from 'lightning/platformWorkspaceApi';
import { encodeDefaultFieldValues } from 'lightning/pageReferenceUtils';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { gql, graphql } from 'lightning/graphql';
import USER_ID from '@salesforce/user/Id';
import { errorText } from 'c/ccErrors';
import { formatLabel, linkFieldFor } from 'c/ccLiveProtocol';
import {
    GraphqlCallerDirectory,
    GraphqlQueue,
    GraphqlRecordFinder,
    normalizePhone,
    readMatchSettings,
    type GraphqlRequest,
    type MatchSettings
} from 'c/ccRecordSearch';
import { accountRecordFrom, accountRecordRequest } from './accountRecord';
import { candidateAccounts } from './candidateAccounts';
import { LOOKUP_LABELS } from './labels';
import { lookUp, searchCaller, searchIdentity, type FoundCaller, type LookupPorts } from './lookupFlow';
import { candidateRows, lookedUpText, noteRows, sessionRows, type TextRow } from './lookupModel';
import { LOOKUP_PARAMETERS, readLookupRequest, type LookupRequest, type SessionRequest } from './lookupRequest';
import { lookupClock } from './lookupClock';
import { recordSession, type SessionInteractionPorts } from './sessionInteraction';

type Phase = 'searching' | 'opening' | 'choose' | 'none' | 'nothing' | 'failed';

export default class CcCrmLookup extends NavigationMixin(LightningElement) {
    readonly labels = LOOKUP_LABELS;
    phase: Phase = 'searching';
    notes: TextRow[] = [];
    details: TextRow[] = [];
    candidates: FoundCaller[] = [];
    openingName = '';
    failure = '';
    sessionStatus?: { text: string; failed: boolean };
    searchText = '';
    /** Who the last search looked for: the URL's phone and email, or what the agent typed. */
    private lookedUpFor: Pick<LookupRequest, 'phone' | 'email'> = {};

    /** The GraphQL request in flight: the wire has no imperative call, so these drive it (as in ccBridge). */
    graphqlQuery?: unknown;
    graphqlVariables?: Record<string, unknown>;

    @wire(graphql, { query: '$graphqlQuery', variables: '$graphqlVariables' })
    wiredGraphql(result: { data?: unknown; errors?: unknown } | undefined): void {
        this.graphqlQueue.deliver(result);
    }

    @wire(IsConsoleNavigation) isConsoleNavigation?: boolean;
    @wire(EnclosingTabId) enclosingTabId?: string | null;

    @wire(CurrentPageReference)
    wiredPageReference(pageReference: PageReference | undefined): void {
        const state = (pageReference?.state ?? {}) as Record<string, unknown>;
        const stateKey = JSON.stringify(state);
        if (stateKey !== this.stateKey) {
            this.stateKey = stateKey;
            this.start(readLookupRequest(state));
        }
    }

    private stateKey?: string;
    /** Which lookup is current: answers to an earlier one (the page was reused for another URL) are dropped. */
    private run = 0;
    private request: LookupRequest = readLookupRequest({});
    private settings: MatchSettings = readMatchSettings({}, () => undefined);
    private readonly graphqlQueue = new GraphqlQueue((request) => this.runGraphql(request), lookupClock);
    private readonly ports: LookupPorts = {
        directory: new GraphqlCallerDirectory(this.graphqlQueue),
        recordById: async (id, objects) =>
            accountRecordFrom(await this.graphqlQueue.ask((alias) => accountRecordRequest(id, objects, alias)), objects),
        accounts: (candidates) => candidateAccounts(candidates, (build) => this.graphqlQueue.ask(build))
    };
    private readonly finder = new GraphqlRecordFinder(this.graphqlQueue);
    private readonly sessionPorts: SessionInteractionPorts = {
        findByKey: (objectApiName, key) => this.finder.findByKey(objectApiName, key),
        createRecord: async (apiName, fields) => createRecord({ apiName, fields }),
        updateRecord: async (recordId, fields) => {
            await updateRecord({ fields: { Id: recordId, ...fields } });
        },
        userId: USER_ID
    };

    override disconnectedCallback(): void {
        this.run += 1;
        this.graphqlQueue.dispose();
        // Put back on the page, it looks the same URL up again rather than wait for the lookup just ended.
        this.stateKey = undefined;
    }

    get isSearching(): boolean {
        return this.phase === 'searching';
    }
    get isOpening(): boolean {
        return this.phase === 'opening';
    }
    get isChoosing(): boolean {
        return this.phase === 'choose';
    }
    get isNone(): boolean {
        return this.phase === 'none' || this.phase === 'nothing';
    }
    get isFailed(): boolean {
        return this.phase === 'failed';
    }
    get openingText(): string {
        return formatLabel(this.labels.opening, this.openingName);
    }
    get severalText(): string {
        return formatLabel(this.labels.several, this.candidates.length);
    }
    get noneText(): string {
        return this.phase === 'nothing' ? this.labels.nothing : formatLabel(this.labels.none, lookedUpText(this.lookedUpFor));
    }
    get failureText(): string {
        return formatLabel(this.labels.failed, this.failure || this.labels.unknownError);
    }
    get rows() {
        return candidateRows(this.candidates, this.labels);
    }
    get sessionStatusClass(): string {
        return this.sessionStatus?.failed ? 'slds-text-color_error' : 'slds-text-color_success';
    }

    /** A new URL: everything shown for the last one goes, and its lookup runs. */
    private start(request: LookupRequest): void {
        const settingNotes: TextRow[] = [];
        this.request = request;
        this.settings = readMatchSettings(request.settings, (_property, message) =>
            settingNotes.push({ key: `setting-${settingNotes.length}`, text: formatLabel(this.labels.settingIgnored, message) })
        );
        this.notes = [...noteRows(request.notes, this.labels), ...settingNotes];
        this.details = sessionRows(request, this.labels);
        this.sessionStatus = undefined;
        this.searchText = request.phone ?? request.email ?? '';
        this.lookedUpFor = request;
        this.lookUp(() => lookUp(request, this.settings, this.ports), true);
    }

    /** Runs a search and shows where it leads; `automatic`: the URL's own lookup, whose one match replaces this page. */
    private async lookUp(search: () => ReturnType<typeof lookUp>, automatic: boolean): Promise<void> {
        const run = ++this.run;
        this.phase = 'searching';
        try {
            const { outcome, accountIdIgnored } = await search();
            if (run !== this.run) {
                return;
            }
            if (accountIdIgnored) {
                this.notes = [
                    ...this.notes,
                    { key: 'account-id', text: formatLabel(this.labels.accountIgnored, this.request.accountId ?? '') }
                ];
            }
            if (outcome.kind === 'open') {
                await this.openRecord(outcome.record, automatic, run);
            } else if (outcome.kind === 'choose') {
                this.candidates = outcome.candidates;
                this.phase = 'choose';
            } else {
                this.phase = outcome.kind === 'none' ? 'none' : 'nothing';
                if (automatic) {
                    await this.recordSessionFor(undefined, run);
                }
            }
        } catch (error) {
            if (run === this.run) {
                this.failure = errorText(error);
                this.phase = 'failed';
            }
        }
    }

    /** Records the session linked to the record, then opens it; a session that cannot be recorded keeps the page, with the record to open. */
    private async openRecord(record: FoundCaller, replace: boolean, run: number): Promise<void> {
        this.openingName = record.name ?? record.recordId;
        this.phase = 'opening';
        const recorded = await this.recordSessionFor(record, run);
        if (run !== this.run) {
            return;
        }
        // The page's own pop waits for the agent when the session could not be recorded (the status says
        // why); a record the agent chose opens all the same.
        if (!recorded && replace) {
            this.candidates = [record];
            this.phase = 'choose';
            return;
        }
        await this.navigateToRecord(record, replace, run);
    }

    /** Whether the session (if the URL names one) is recorded; the outcome is shown either way. */
    private async recordSessionFor(record: FoundCaller | undefined, run: number): Promise<boolean> {
        const request = this.request;
        const session = request.session;
        if (!session) {
            return true;
        }
        const field = record ? linkFieldFor(record.objectApiName) : undefined;
        try {
            const recorded = await recordSession(
                { ...request, session } as LookupRequest & { session: SessionRequest },
                field && record ? { field, recordId: record.recordId } : undefined,
                this.sessionPorts
            );
            if (run === this.run) {
                const label =
                    recorded.outcome === 'linked' || (recorded.outcome === 'created' && field)
                        ? this.labels.sessionLinked
                        : this.labels.sessionRecorded;
                this.sessionStatus = { text: formatLabel(label, session.id), failed: false };
            }
            return true;
        } catch (error) {
            if (run === this.run) {
                const reason = errorText(error) || this.labels.unknownError;
                this.sessionStatus = { text: formatLabel(this.labels.sessionFailed, session.id, reason), failed: true };
            }
            return false;
        }
    }

    /**
     * Opens the record in place of this page: Back must not return to the lookup. A standard app
     * replaces the history entry (`Navigate(reference, true)`); a console app opens a workspace tab
     * and closes the lookup's own tab, as nothing replaces a tab in place.
     */
    private async navigateToRecord(record: FoundCaller, replace: boolean, run: number): Promise<void> {
        const pageReference: PageReference = {
            type: 'standard__recordPage',
            attributes: { recordId: record.recordId, objectApiName: record.objectApiName, actionName: 'view' }
        };
        if (this.isConsoleNavigation === true) {
            try {
                await openTab({ pageReference, focus: true });
                // Not if Lightning reused this tab for another URL meanwhile: that lookup is the tab's now.
                if (replace && this.enclosingTabId && run === this.run) {
                    await closeTab(this.enclosingTabId);
                }
                return;
            } catch {
                // A console that cannot open the tab still navigates.
            }
        }
        this.navigate(pageReference, replace);
    }

    private navigate(pageReference: PageReference, replace = false): void {
        const navigateTo = (this as unknown as Record<symbol, (reference: PageReference, replace: boolean) => void>)[
            NavigationMixin.Navigate
        ];
        navigateTo?.call(this, pageReference, replace);
    }

    private runGraphql(request: GraphqlRequest): void {
        this.graphqlQuery = gql`
            ${request.text}
        `;
        this.graphqlVariables = request.variables;
    }

    handleOpen(event: Event): void {
        const recordId = (event.currentTarget as HTMLElement).dataset.recordId;
        const record = this.candidates.find((candidate) => candidate.recordId === recordId);
        if (record) {
            this.openRecord(record, false, ++this.run);
        }
    }

    handleNewRecord(event: Event): void {
        const objectApiName = (event.currentTarget as HTMLElement).dataset.object === 'Lead' ? 'Lead' : 'Contact';
        const phone = this.request.phone
            ? (normalizePhone(this.request.phone, this.settings.defaultCountryCode).e164 ?? this.request.phone)
            : undefined;
        const values: Record<string, string> = {
            ...(phone ? { Phone: phone } : {}),
            ...(this.request.email ? { Email: this.request.email } : {})
        };
        this.navigate({
            type: 'standard__objectPage',
            attributes: { objectApiName, actionName: 'new' },
            state: { defaultFieldValues: encodeDefaultFieldValues(values) }
        });
    }

    handleSearchInput(event: Event): void {
        this.searchText = String((event.target as HTMLInputElement).value ?? '');
    }

    handleSearch(event: Event): void {
        event.preventDefault();
        const text = this.searchText.trim();
        const typed = readLookupRequest(text.includes('@') ? { [LOOKUP_PARAMETERS.email]: text } : { [LOOKUP_PARAMETERS.phone]: text });
        this.lookedUpFor = typed;
        this.notes = noteRows(typed.notes, this.labels);
        this.lookUp(async () => ({ outcome: await searchCaller(searchIdentity(typed, this.settings), this.settings, this.ports) }), false);
    }

    handleRetry(): void {
        this.start(readLookupRequest(JSON.parse(this.stateKey ?? '{}') as Record<string, unknown>));
    }
}
