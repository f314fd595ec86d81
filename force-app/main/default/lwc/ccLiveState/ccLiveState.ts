/**
 * Contact Center live state: a card for record, app and home pages with the agent's current call or
 * chat and pause, kept up to date by the Contact Center Bridge utility item over the CC_Live_State__c
 * message channel. On a Contact, Lead or Account page it marks when the caller is this record and
 * links the interaction to it.
 */
import { LightningElement, api, wire } from 'lwc';
import { MessageContext, type MessageContextValue } from 'lightning/messageService';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { failureReason, linkInteraction } from 'c/ccCallerLink';
import { listenToLiveState } from 'c/ccLiveChannel';
import { formatLabel, formatTimeOfDay, hasRunningTimers, isOpenStatus, Ticker, type LiveSnapshot } from 'c/ccLiveProtocol';
import { Announcer } from './announcer';
import { ANNOUNCEMENT_LABELS, LIVE_LABELS, TEMPLATE_LABELS, UNKNOWN_ERROR_LABEL } from './labels';
import { liveClock } from './liveClock';
import { liveStateModel, type LinkState, type LiveStateModel } from './liveStateModel';
import { wrapUpInteraction } from './wrapUpTarget';

/** `source` of this component's requests on the channel. */
const LIVE_STATE_SOURCE = 'ccLiveState';

export default class CcLiveState extends LightningElement {
    /** Set by record pages; undefined on app and home pages. */
    @api recordId?: string;
    @api objectApiName?: string;

    @wire(MessageContext) messageContext?: MessageContextValue;

    readonly labels = TEMPLATE_LABELS;
    /** The live region's text: a new call, a pause over its maximum, the result of a link. */
    announcement = '';
    private snapshot?: LiveSnapshot;
    private nowMs = liveClock.now();
    private links: Record<string, LinkState> = {};
    private stopListening?: () => void;
    private readonly announcer = new Announcer();
    /** The template reads `model` many times a render: it is built once per change of what it is made of. */
    private readonly memo: { inputs?: unknown[]; model?: LiveStateModel } = {};
    private readonly ticker = new Ticker(liveClock, () => this.tick());
    /** Mutated while rendering (as `memo`), so not reassigned: a reassigned field would render again. */
    private readonly wrapUpMemo: { shown?: { key: string; recordId?: string; label: string; live: boolean }; seen: Set<string> } = {
        seen: new Set()
    };

    override connectedCallback(): void {
        if (this.messageContext) {
            this.stopListening = listenToLiveState(this.messageContext, LIVE_STATE_SOURCE, (snapshot) => this.receive(snapshot));
        }
    }

    override disconnectedCallback(): void {
        this.stopListening?.();
        this.stopListening = undefined;
        this.ticker.stop();
    }

    get model(): LiveStateModel {
        const inputs = [this.snapshot, this.nowMs, this.recordId, this.objectApiName, this.links];
        if (!this.memo.model || inputs.some((input, index) => input !== this.memo.inputs?.[index])) {
            this.memo.inputs = inputs;
            this.memo.model = liveStateModel(
                this.snapshot,
                this.nowMs,
                { recordId: this.recordId, objectApiName: this.objectApiName },
                this.links,
                LIVE_LABELS,
                { locale: LOCALE, timeZone: TIME_ZONE }
            );
        }
        return this.memo.model;
    }

    /** Whether the bridge has answered: the wrap-up shows from then on. */
    get snapshotHeard(): boolean {
        return this.snapshot !== undefined;
    }

    /**
     * The interaction the wrap-up form is for (wrapUpTarget.ts), with its record once the bridge wrote
     * it. Kept while it is the same, so the form is not given a new object on every tick.
     */
    get wrapUp(): { key: string; recordId?: string; label: string; live: boolean } | undefined {
        const interactions = this.snapshot?.interactions ?? [];
        const memo = this.wrapUpMemo;
        const first = wrapUpInteraction(interactions, memo.shown?.key, memo.seen);
        memo.seen = new Set(interactions.map((interaction) => interaction.key));
        if (!first) {
            return undefined;
        }
        const at = first.endedAt ?? first.answeredAt ?? first.offeredAt;
        const label = [
            first.customerNumber ?? first.customerName ?? LIVE_LABELS.unknownNumber,
            at ? formatTimeOfDay(at, LOCALE, TIME_ZONE) : ''
        ]
            .filter((part) => part !== '')
            .join(' · ');
        const previous = this.wrapUpMemo.shown;
        const live = isOpenStatus(first.status);
        if (
            previous &&
            previous.key === first.key &&
            previous.recordId === first.recordId &&
            previous.label === label &&
            previous.live === live
        ) {
            return previous;
        }
        this.wrapUpMemo.shown = { key: first.key, label, live, ...(first.recordId ? { recordId: first.recordId } : {}) };
        return this.wrapUpMemo.shown;
    }

    async handleLink(event: Event): Promise<void> {
        const key = (event.currentTarget as HTMLElement).dataset.key;
        const interaction = this.snapshot?.interactions.find((candidate) => candidate.key === key);
        if (!key || !interaction?.recordId || !this.recordId) {
            return;
        }
        this.setLink(key, { state: 'linking' });
        try {
            await linkInteraction(interaction.recordId, this.objectApiName, this.recordId);
            this.setLink(key, { state: 'linked' });
            this.announce(TEMPLATE_LABELS.linked);
        } catch (error) {
            const reason = failureReason(error) ?? UNKNOWN_ERROR_LABEL;
            this.setLink(key, { state: 'failed', reason });
            this.announce(formatLabel(LIVE_LABELS.linkFailed, reason));
        }
    }

    private receive(snapshot: LiveSnapshot): void {
        this.snapshot = snapshot;
        this.tick();
        this.ticker.runWhile(hasRunningTimers(this.snapshot));
    }

    private tick(): void {
        this.nowMs = liveClock.now();
        const text = this.announcer.next(this.snapshot, this.nowMs, ANNOUNCEMENT_LABELS, LOCALE);
        if (text) {
            this.announcement = text;
        } else if (this.announcer.outdated(this.snapshot)) {
            // "Call ringing from …" is not left in the page once the call is answered or gone.
            this.announcement = '';
        }
    }

    /** Says the result of a link, which replaces what the announcer said last. */
    private announce(text: string): void {
        this.announcer.forget();
        this.announcement = text;
    }

    private setLink(key: string, state: LinkState): void {
        this.links = { ...this.links, [key]: state };
    }
}
