/**
 * Contact Center Bridge: the utility bar item that listens for softphone and agent-adapter window
 * messages, runs them through ccCore and logs calls and pauses through UI API. Its panel shows what
 * it heard, what it rejected and what it has not saved yet.
 */
import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin, type PageReference } from 'lightning/navigation';
import { IsConsoleNavigation } from 'lightning/platformWorkspaceApi';
import USER_ID from '@salesforce/user/Id';
import { BridgeCore, type HostedAdapter } from 'c/ccCore';
import { browserClock } from './browserClock';
import { panelModel, type PanelModel } from './panelModel';
import { recordNavigator } from './recordNavigator';
import { uiRecordWriter } from './uiRecordWriter';

export default class CcBridge extends NavigationMixin(LightningElement) {
    @api allowedOrigins?: string;
    @api logCalls?: boolean;
    @api logChats?: boolean;
    @api logPauses?: boolean;
    @api logCustomEvents?: boolean;
    @api storeTranscript?: boolean;
    @api storeExtra?: boolean;
    @api screenPop?: string;
    @api matchObjects?: string;
    @api defaultCountryCode?: string;
    @api ccaipTenantUrl?: string;
    @api ccaipAdapters?: string;

    @wire(IsConsoleNavigation) isConsoleNavigation?: boolean;

    panel?: PanelModel;
    hostedAdapter?: HostedAdapter;
    private core?: BridgeCore;

    private readonly handleMessage = (event: MessageEvent): void => {
        this.core?.receive({ origin: event.origin, data: event.data, fromHostedAdapter: this.isHostedAdapterWindow(event.source) });
    };

    override connectedCallback(): void {
        this.core = new BridgeCore(
            {
                allowedOrigins: this.allowedOrigins,
                logCalls: this.logCalls,
                logChats: this.logChats,
                logPauses: this.logPauses,
                logCustomEvents: this.logCustomEvents,
                storeTranscript: this.storeTranscript,
                storeExtra: this.storeExtra,
                screenPop: this.screenPop,
                matchObjects: this.matchObjects,
                defaultCountryCode: this.defaultCountryCode,
                ccaipTenantUrl: this.ccaipTenantUrl,
                ccaipAdapters: this.ccaipAdapters,
                userId: USER_ID,
                orgOrigin: window.location.origin
            },
            {
                records: uiRecordWriter,
                clock: browserClock,
                navigator: recordNavigator(
                    () => this.isConsoleNavigation === true,
                    (pageReference) => this.navigate(pageReference)
                )
            },
            { changed: () => this.refresh() }
        );
        this.hostedAdapter = this.core.config.hostedAdapter;
        window.addEventListener('message', this.handleMessage);
        this.refresh();
    }

    override disconnectedCallback(): void {
        window.removeEventListener('message', this.handleMessage);
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

    private refresh(): void {
        if (this.core) {
            this.panel = panelModel(this.core.view());
        }
    }
}
