/**
 * What the card says in its live region, for screen reader users who cannot watch it: a call or chat
 * that starts ringing, and a pause that goes past its maximum, each once. Running timers are never
 * announced (a region that speaks every second is unusable).
 */
import { elapsedSeconds, formatDuration, formatLabel, type LiveSnapshot } from 'c/ccCore';

export interface AnnouncementLabels {
    /** `{0}`: who calls */
    call: string;
    /** `{0}`: who writes */
    chat: string;
    /** `{0}`: the pause's maximum */
    pauseOverMax: string;
    unknownNumber: string;
}

export class Announcer {
    private readonly announced = new Set<string>();

    /** The text to announce for this snapshot at this time, or undefined when there is nothing new. */
    next(snapshot: LiveSnapshot | undefined, nowMs: number, labels: AnnouncementLabels, locale?: string): string | undefined {
        const texts: string[] = [];
        for (const interaction of snapshot?.interactions ?? []) {
            if (interaction.status === 'Ringing' && this.first(`ringing:${interaction.key}`)) {
                const number = interaction.customerNumber || labels.unknownNumber;
                const name = interaction.caller?.name ?? interaction.customerName;
                const who = name && name !== number ? `${name} (${number})` : number;
                texts.push(formatLabel(interaction.channel === 'Chat' ? labels.chat : labels.call, who));
            }
        }
        const pause = snapshot?.agent?.pause;
        const max = pause?.maxDurationSeconds;
        if (
            pause &&
            max !== undefined &&
            max > 0 &&
            (elapsedSeconds(pause.startedAt, nowMs) ?? 0) > max &&
            this.first(`pause:${pause.startedAt}`)
        ) {
            texts.push(formatLabel(labels.pauseOverMax, formatDuration(max, locale)));
        }
        return texts.length > 0 ? texts.join('. ') : undefined;
    }

    private first(key: string): boolean {
        if (this.announced.has(key)) {
            return false;
        }
        this.announced.add(key);
        return true;
    }
}
