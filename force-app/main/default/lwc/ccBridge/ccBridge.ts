/**
 * Contact Center Bridge: the utility bar item that listens for softphone and agent-adapter window
 * messages, runs them through ccCore and logs calls and pauses through UI API. Its panel shows what
 * it heard, what it rejected and what it has not saved yet.
 */
import { LightningElement, api } from 'lwc';
import USER_ID from '@salesforce/user/Id';
import { BridgeCore } from 'c/ccCore';
import { browserClock } from './browserClock';
import { panelModel, type PanelModel } from './panelModel';
import { uiRecordWriter } from './uiRecordWriter';

export default class CcBridge extends LightningElement {
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

    panel?: PanelModel;
    private core?: BridgeCore;

    private readonly handleMessage = (event: MessageEvent): void => {
        this.core?.receive({ origin: event.origin, data: event.data });
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
                userId: USER_ID
            },
            { records: uiRecordWriter, clock: browserClock },
            { changed: () => this.refresh() }
        );
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

    private refresh(): void {
        if (this.core) {
            this.panel = panelModel(this.core.view());
        }
    }
}
