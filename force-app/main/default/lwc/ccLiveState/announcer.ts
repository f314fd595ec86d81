/**
 * What the card says in its live region, for screen reader users who cannot watch it: a call or chat
 * that starts ringing, and a pause that goes past its maximum, each once. Running timers are never
 * announced (a region that speaks every second is unusable). Once what it said is over (the call was
 * answered, the pause ended), the region is emptied, so that no stale sentence stays in the page.
 */
import { elapsedSeconds, formatDuration, formatLabel, type LiveSnapshot } from 'c/ccLiveProtocol';

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
    /** What the last announcement was about (`ringing:<key>`, `pause:<start>`), while any of it is current. */
    private about: string[] = [];

    /** The text to announce for this snapshot at this time, or undefined when there is nothing new. */
    next(snapshot: LiveSnapshot | undefined, nowMs: number, labels: AnnouncementLabels, locale?: string): string | undefined {
        const texts: string[] = [];
        const about: string[] = [];
        for (const interaction of snapshot?.interactions ?? []) {
            const topic = `ringing:${interaction.key}`;
            if (interaction.status === 'Ringing' && this.first(topic)) {
                about.push(topic);
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
            about.push(`pause:${pause.startedAt}`);
            texts.push(formatLabel(labels.pauseOverMax, formatDuration(max, locale)));
        }
        if (texts.length === 0) {
            return undefined;
        }
        this.about = about;
        return texts.join('. ');
    }

    /**
     * Whether the last announcement has stopped being true in this snapshot: none of the interactions
     * it named rings any more, and the pause it named is over. True once, then it is forgotten.
     */
    outdated(snapshot: LiveSnapshot | undefined): boolean {
        if (this.about.length === 0 || this.about.some((topic) => isCurrent(topic, snapshot))) {
            return false;
        }
        this.about = [];
        return true;
    }

    /** Another text took the live region (the result of a link): the last announcement is no longer in it. */
    forget(): void {
        this.about = [];
    }

    private first(key: string): boolean {
        if (this.announced.has(key)) {
            return false;
        }
        this.announced.add(key);
        return true;
    }
}

function isCurrent(topic: string, snapshot: LiveSnapshot | undefined): boolean {
    if (topic.startsWith('pause:')) {
        return snapshot?.agent?.pause !== undefined && `pause:${snapshot.agent.pause.startedAt}` === topic;
    }
    return (snapshot?.interactions ?? []).some((interaction) => interaction.status === 'Ringing' && `ringing:${interaction.key}` === topic);
}
