/**
 * What the bridge's utility bar item says about the live state: a ringing call or chat first
 * (highlighted, so the agent sees it from any page), else the call or chat in progress, else the
 * pause, each with its running timer. Nothing live: the item keeps the label the admin gave it.
 */
import { elapsedSeconds, formatDuration, formatLabel, isOpenStatus, type LiveInteraction, type LiveSnapshot } from 'c/ccLiveProtocol';

/** The utility item's words (Custom Labels in the org, see labels.ts); `{0}` is the running timer. */
export interface UtilityLabels {
    callRinging: string;
    chatWaiting: string;
    onCall: string;
    inChat: string;
    paused: string;
    /** `{0}` is the pause reason, `{1}` the running timer. */
    pausedReason: string;
}

export interface UtilityLook {
    /** Undefined when nothing is live: the item shows its own label. */
    label?: string;
    highlighted: boolean;
}

export function utilityLook(snapshot: LiveSnapshot | undefined, nowMs: number, labels: UtilityLabels, locale?: string): UtilityLook {
    const timer = (since: string | undefined) => formatDuration(elapsedSeconds(since, nowMs) ?? 0, locale);
    const open = snapshot?.interactions.filter((interaction) => isOpenStatus(interaction.status)) ?? [];
    const ringing = open.find((interaction) => interaction.status === 'Ringing');
    if (ringing) {
        return {
            label: formatLabel(isChat(ringing) ? labels.chatWaiting : labels.callRinging, timer(ringing.offeredAt)),
            highlighted: true
        };
    }
    // The view lists the least recently changed first: the last connected one is the agent's latest.
    const connected = open.filter((interaction) => interaction.status === 'Connected').pop();
    if (connected) {
        const since = connected.answeredAt ?? connected.offeredAt;
        return { label: formatLabel(isChat(connected) ? labels.inChat : labels.onCall, timer(since)), highlighted: false };
    }
    const pause = snapshot?.agent?.pause;
    if (pause) {
        const label = pause.reason
            ? formatLabel(labels.pausedReason, pause.reason, timer(pause.startedAt))
            : formatLabel(labels.paused, timer(pause.startedAt));
        return { label, highlighted: false };
    }
    return { highlighted: false };
}

function isChat(interaction: LiveInteraction): boolean {
    return interaction.channel === 'Chat';
}
