/**
 * The bridge's own utility bar item, through lightning/platformUtilityBarApi (API 61+, Lightning Web
 * Security): its label and highlight follow the live state, and pop-out is turned off, since a
 * popped-out utility runs in another window and would stop hearing the softphone's messages. Calls
 * are made only when what the item shows changes; a failed call is tried again on the next change.
 */
import { enablePopout, getInfo, updateUtility } from 'lightning/platformUtilityBarApi';
import type { UtilityLook } from './utilityModel';

export class UtilityItem {
    private readonly fallbackLabel: string;
    private readonly popoutDisabledText: string;
    private utilityId?: string;
    /** The label the admin gave the item, shown when nothing is live; known once getInfo answers. */
    private ownLabel?: string;
    private wanted: UtilityLook = { highlighted: false };
    private shown?: { label: string; highlighted: boolean };

    constructor(fallbackLabel: string, popoutDisabledText: string) {
        this.fallbackLabel = fallbackLabel;
        this.popoutDisabledText = popoutDisabledText;
    }

    /** The utility bar gave the component's utility id (null when the component is not in a utility). */
    async attach(utilityId: string | null | undefined): Promise<void> {
        if (!utilityId || utilityId === this.utilityId) {
            return;
        }
        this.utilityId = utilityId;
        this.ownLabel = undefined;
        this.shown = undefined;
        await enablePopout(utilityId, false, { disabledText: this.popoutDisabledText }).catch(() => false);
        const info = await getInfo(utilityId).catch(() => undefined);
        if (this.utilityId === utilityId) {
            this.ownLabel = info?.utilityLabel || this.fallbackLabel;
            this.render();
        }
    }

    show(look: UtilityLook): void {
        this.wanted = look;
        this.render();
    }

    /** The component leaves the page: the item gets its own label back, not highlighted. */
    detach(): void {
        this.show({ highlighted: false });
        this.utilityId = undefined;
    }

    private render(): void {
        const { utilityId, ownLabel } = this;
        if (!utilityId || ownLabel === undefined) {
            return;
        }
        const next = { label: this.wanted.label ?? ownLabel, highlighted: this.wanted.highlighted };
        if (this.shown?.label === next.label && this.shown.highlighted === next.highlighted) {
            return;
        }
        this.shown = next;
        updateUtility(utilityId, next).catch(() => {
            // Not fatal (the label is only a hint); forget what was shown so the next change retries.
            this.shown = undefined;
        });
    }
}
