/**
 * Contact Center Bridge: the utility bar item that listens for softphone and agent-adapter window
 * messages, runs them through ccCore and logs calls and pauses through UI API. Its panel shows what
 * it heard, what it rejected and what it has not saved yet. It publishes the live state on the
 * CC_Live_State__c message channel (and answers components that ask for it), and shows the call or
 * pause in its own utility bar label.
 */
import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin, type PageReference } from 'lightning/navigation';
import { IsConsoleNavigation } from 'lightning/platformWorkspaceApi';
import {
    APPLICATION_SCOPE,
    MessageContext,
    publish,
    subscribe,
    unsubscribe,
    type MessageContextValue,
    type MessageSubscription
} from 'lightning/messageService';
import { EnclosingUtilityId } from 'lightning/platformUtilityBarApi';
import { gql, graphql } from 'lightning/graphql';
import { encodeDefaultFieldValues } from 'lightning/pageReferenceUtils';
import LIVE_STATE_CHANNEL from '@salesforce/messageChannel/CC_Live_State__c';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import USER_ID from '@salesforce/user/Id';
import { BridgeCore, LiveStatePublisher, type HostedAdapter } from 'c/ccCore';
import { hasRunningTimers, Ticker, type LiveSnapshotMessage } from 'c/ccLiveProtocol';
import { GraphqlCallerDirectory, GraphqlQueue, GraphqlRecordFinder, type GraphqlRequest } from 'c/ccRecordSearch';
import { browserClock, browserFrames, browserInterval, browserNextTask } from './browserClock';
import { OncePerFrame } from './oncePerFrame';
import { PANEL_RENDER_MS, RenderThrottle } from './renderThrottle';
import { browserStorage, newTabId } from './browserStorage';
import { browserLeaderLock, browserTabChannel } from './browserTabs';
import { PANEL_LABELS, POPOUT_DISABLED_TEXT, TEMPLATE_LABELS, UTILITY_FALLBACK_LABEL, UTILITY_LABELS } from './labels';
import { panelModel, type PanelModel } from './panelModel';
import { recordNavigator } from './recordNavigator';
import { uiRecordWriter } from './uiRecordWriter';
import { UtilityItem } from './utilityItem';
import { utilityLook } from './utilityModel';

/** Performance marks around the start of the bridge (connectedCallback → hearing messages). */
const CONNECTED_MARK = 'ccBridge connected';
const LISTENING_MARK = 'ccBridge listening';

/** A mark on the performance timeline, where there is one (jsdom has none; Chromium under LWS has: npm run bench:browser reads them). */
function markTimeline(name: string): void {
    if (typeof performance.mark === 'function') {
        performance.mark(name);
    }
}

export default class CcBridge extends NavigationMixin(LightningElement) {
    @api allowedOrigins?: string;
    @api logCalls?: boolean;
    @api logChats?: boolean;
    @api logPauses?: boolean;
    @api logCustomEvents?: boolean;
    @api keepAgentStatus?: boolean;
    @api storeTranscript?: boolean;
    @api storeExtra?: boolean;
    @api screenPop?: string;
    @api matchObjects?: string;
    @api defaultCountryCode?: string;
    @api ccaipTenantUrl?: string;
    @api ccaipAdapters?: string;
    @api cpfField?: string;
    @api cpfExtraKey?: string;
    @api staleInteractionHours?: number;
    @api stalePauseHours?: number;
    /** Logs every message to the browser console; off by default, as messages hold personal data. */
    @api debug?: boolean;

    @wire(IsConsoleNavigation) isConsoleNavigation?: boolean;
    @wire(MessageContext) messageContext?: MessageContextValue;

    /** The GraphQL request in flight (a caller lookup, a record by key): the wire has no imperative call, so these drive it. */
    graphqlQuery?: unknown;
    graphqlVariables?: Record<string, unknown>;

    @wire(graphql, { query: '$graphqlQuery', variables: '$graphqlVariables' })
    wiredGraphql(result: { data?: unknown; errors?: unknown } | undefined): void {
        this.graphqlQueue.deliver(result);
    }

    /** The utility bar gives the item's id; outside a utility it is null and the label is left alone. */
    @wire(EnclosingUtilityId)
    wiredUtilityId(utilityId: string | null | undefined): void {
        this.utility.attach(utilityId);
    }

    readonly labels = TEMPLATE_LABELS;
    panel?: PanelModel;
    hostedAdapter?: HostedAdapter;
    private core?: BridgeCore;
    private liveState = new LiveStatePublisher();
    private liveStateSubscription?: MessageSubscription;
    private readonly utility = new UtilityItem(UTILITY_FALLBACK_LABEL, POPOUT_DISABLED_TEXT);
    private readonly ticker = new Ticker(browserInterval, () => this.showLiveStateInUtility());
    private readonly graphqlQueue = new GraphqlQueue((request) => this.runGraphql(request), browserClock);
    /** The live state and the panel are shown at animation frames, never in a message's own task. */
    private readonly liveStateFrame = new OncePerFrame(browserFrames, browserClock, () => this.showLiveState());
    private readonly panelFrame = new OncePerFrame(browserFrames, browserClock, () => this.renderPanel());
    private readonly panelRender = new RenderThrottle(browserClock, PANEL_RENDER_MS, () => this.panelFrame.request());
    private readonly callerDirectory = new GraphqlCallerDirectory(this.graphqlQueue);
    private readonly recordFinder = new GraphqlRecordFinder(this.graphqlQueue);

    private readonly handleMessage = (event: MessageEvent): void => {
        if (this.debug) {
            // Debug mode only: messages hold phone numbers and IVR answers.
            console.debug('[Contact Center Bridge]', event.origin, event.data);
        }
        this.core?.receive({ origin: event.origin, data: event.data, fromHostedAdapter: this.isHostedAdapterWindow(event.source) });
    };

    /** The tab is closing (or going into the back/forward cache): save and give the lock up, so another tab takes over at once. */
    private readonly handlePageHide = (): void => {
        this.core?.dispose();
        this.core = undefined;
    };

    /** A page restored from the back/forward cache is the same page again: it needs a bridge again. */
    private readonly handlePageShow = (event: PageTransitionEvent): void => {
        if (event.persisted && !this.core) {
            this.start();
        }
    };

    /** A message on the live-state channel: a component asking for the state gets the current snapshot. */
    private readonly handleLiveStateMessage = (message: unknown): void => {
        if (this.core) {
            const { core } = this;
            this.publishLiveState(this.liveState.answer(message, () => core.liveView()));
        }
    };

    override connectedCallback(): void {
        // Marks for the browser's performance timeline (developer tools, npm run bench:browser): how
        // long the bridge takes from being put on the page to hearing messages.
        markTimeline(CONNECTED_MARK);
        window.addEventListener('message', this.handleMessage);
        window.addEventListener('pagehide', this.handlePageHide);
        window.addEventListener('pageshow', this.handlePageShow);
        this.start();
        markTimeline(LISTENING_MARK);
    }

    /** A new bridge core with this tab's ports: on connect, and after a back/forward-cache restore. */
    private start(): void {
        this.core = new BridgeCore(
            {
                allowedOrigins: this.allowedOrigins,
                logCalls: this.logCalls,
                logChats: this.logChats,
                logPauses: this.logPauses,
                logCustomEvents: this.logCustomEvents,
                keepAgentStatus: this.keepAgentStatus,
                storeTranscript: this.storeTranscript,
                storeExtra: this.storeExtra,
                screenPop: this.screenPop,
                matchObjects: this.matchObjects,
                defaultCountryCode: this.defaultCountryCode,
                ccaipTenantUrl: this.ccaipTenantUrl,
                ccaipAdapters: this.ccaipAdapters,
                cpfField: this.cpfField,
                cpfExtraKey: this.cpfExtraKey,
                staleInteractionHours: this.staleInteractionHours,
                stalePauseHours: this.stalePauseHours,
                userId: USER_ID,
                orgOrigin: window.location.origin
            },
            {
                records: uiRecordWriter,
                clock: browserClock,
                nextTask: browserNextTask,
                callers: this.callerDirectory,
                recordFinder: this.recordFinder,
                storage: browserStorage(),
                tabId: newTabId(),
                channel: browserTabChannel(),
                leaderLock: browserLeaderLock(),
                navigator: recordNavigator(
                    () => this.isConsoleNavigation === true,
                    (pageReference) => this.navigate(pageReference)
                )
            },
            { changed: () => this.refresh(), counted: () => this.panelRender.request() }
        );
        this.hostedAdapter = this.core.config.hostedAdapter;
        // A new core is a new bridge: its first snapshot is published whatever the last one said.
        this.liveState = new LiveStatePublisher();
        if (this.messageContext && !this.liveStateSubscription) {
            this.liveStateSubscription = subscribe(this.messageContext, LIVE_STATE_CHANNEL, this.handleLiveStateMessage, {
                scope: APPLICATION_SCOPE
            });
        }
        // The panel as the bridge starts, at once: the throttle and the frames are for the changes that follow.
        this.cancelScheduledRenders();
        this.renderPanel();
        this.showLiveState();
    }

    override disconnectedCallback(): void {
        window.removeEventListener('message', this.handleMessage);
        window.removeEventListener('pagehide', this.handlePageHide);
        window.removeEventListener('pageshow', this.handlePageShow);
        if (this.liveStateSubscription) {
            unsubscribe(this.liveStateSubscription);
            this.liveStateSubscription = undefined;
        }
        this.ticker.stop();
        this.cancelScheduledRenders();
        this.graphqlQueue.dispose();
        this.utility.detach();
        this.core?.dispose();
        this.core = undefined;
    }

    get hasInteractions(): boolean {
        return (this.panel?.interactions.length ?? 0) > 0;
    }

    get hasPendingWrites(): boolean {
        return (this.panel?.pendingWrites.length ?? 0) > 0;
    }

    get hasRecentEvents(): boolean {
        return (this.panel?.recentEvents.length ?? 0) > 0;
    }

    get hasDiagnostics(): boolean {
        return (this.panel?.diagnostics.length ?? 0) > 0;
    }

    /** Opens a record the agent picked among the possible callers. */
    handleOpenCandidate(event: Event): void {
        const { recordId, objectApiName } = (event.currentTarget as HTMLElement).dataset;
        if (recordId) {
            this.navigate({
                type: 'standard__recordPage',
                attributes: { recordId, ...(objectApiName ? { objectApiName } : {}), actionName: 'view' }
            });
        }
    }

    /** Opens a new Contact with the caller's number filled in. */
    handleNewContact(event: Event): void {
        const phone = (event.currentTarget as HTMLElement).dataset.phone ?? '';
        this.navigate({
            type: 'standard__objectPage',
            attributes: { objectApiName: 'Contact', actionName: 'new' },
            state: { defaultFieldValues: encodeDefaultFieldValues({ Phone: phone }) }
        });
    }

    /** Downloads the messages this tab heard as a replay log (see "Test a configuration against a captured log"). */
    handleExportLog(): void {
        const log = this.core?.exportLog() ?? '';
        const link = document.createElement('a');
        link.href = `data:application/x-ndjson;charset=utf-8,${encodeURIComponent(log)}`;
        link.download = `contact-center-bridge-${new Date(browserClock.now()).toISOString().replace(/[:.]/g, '-')}.jsonl`;
        link.click();
    }

    private runGraphql(request: GraphqlRequest): void {
        this.graphqlQuery = gql`
            ${request.text}
        `;
        this.graphqlVariables = request.variables;
    }

    /** Whether a message came from one of the adapter iframes this bridge renders (not just their origin). */
    private isHostedAdapterWindow(source: MessageEventSource | null): boolean {
        if (!this.hostedAdapter || !source) {
            return false;
        }
        const frames = this.template?.querySelectorAll<HTMLIFrameElement>('iframe[data-adapter]') ?? [];
        return Array.from(frames).some((frame) => frame.contentWindow === source);
    }

    private navigate(pageReference: PageReference): void {
        const navigateTo = (this as unknown as Record<symbol, (reference: PageReference) => void>)[NavigationMixin.Navigate];
        navigateTo?.call(this, pageReference);
    }

    private cancelScheduledRenders(): void {
        this.panelRender.cancel();
        this.panelFrame.cancel();
        this.liveStateFrame.cancel();
    }

    /** After a change: the live state and the utility label at the next frame, the panel through its throttle. */
    private refresh(): void {
        this.liveStateFrame.request();
        this.panelRender.request();
    }

    /** The live state, published when it changed, and the utility label. */
    private showLiveState(): void {
        if (this.core) {
            this.publishLiveState(this.liveState.changed(this.core.liveView()));
            this.showLiveStateInUtility();
        }
    }

    private renderPanel(): void {
        if (this.core) {
            this.panel = panelModel(this.core.view(), PANEL_LABELS, { locale: LOCALE, timeZone: TIME_ZONE });
        }
    }

    private publishLiveState(message: LiveSnapshotMessage | undefined): void {
        if (message && this.messageContext) {
            publish(this.messageContext, LIVE_STATE_CHANNEL, message);
        }
    }

    /** The utility label's running timer: ticks once a second while a call, chat or pause is live. */
    private showLiveStateInUtility(): void {
        const snapshot = this.liveState.current;
        this.utility.show(utilityLook(snapshot, browserClock.now(), UTILITY_LABELS, LOCALE));
        this.ticker.runWhile(hasRunningTimers(snapshot));
    }
}
