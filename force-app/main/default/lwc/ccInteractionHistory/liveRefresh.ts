/**
 * When the history asks the org again, from what the bridge publishes on the live-state channel
 * (c/ccLiveProtocol). A snapshot says what the bridge knows of its interactions now; their records
 * follow a moment later (the bridge writes in a task of its own, after it publishes, and retries),
 * so the history compares the two instead of trusting the first answer after a change:
 *
 * - An interaction of this record is one whose caller is this record (caller matching wrote it into
 *   the lookup the history reads), or one that lists this record among its candidates (the agent may
 *   link it from the live-state card). Only the written ones count (they have a record id).
 * - A change is such an interaction that appeared, was written, changed status or became linked;
 *   one that leaves the snapshot (another interaction opened) changes no record.
 * - The list is behind when it lacks a linked interaction, or shows one with another status than
 *   the snapshot's.
 *
 * The history asks again after a change, and while the list is behind, at most
 * MAX_REFRESHES_PER_CHANGE times per change (a write the bridge retries for minutes must not keep
 * the page asking), one request at a time. That is the debounce, without a timer: a chat's messages,
 * a caller's name, a running timer change none of the above, so they ask nothing; several changes
 * while a request is out make one more request, not several.
 */
import { sameRecordId, type InteractionStatus, type LiveInteraction, type LiveSnapshot } from 'c/ccLiveProtocol';

export const MAX_REFRESHES_PER_CHANGE = 3;

/** A written interaction of this record, as the snapshot has it. */
export interface WatchedInteraction {
    recordId: string;
    status: InteractionStatus;
    /** The caller is this record: its Interaction is in this record's history. */
    linked: boolean;
}

/** An Interaction as the history lists it. */
export interface ListedInteraction {
    recordId: string;
    status?: string;
}

/** The snapshot's written interactions whose caller, or one of whose candidates, is this record. */
export function interactionsOfRecord(snapshot: LiveSnapshot, recordId: string | undefined): WatchedInteraction[] {
    return snapshot.interactions.flatMap((interaction: LiveInteraction) => {
        if (interaction.recordId === undefined || recordId === undefined) {
            return [];
        }
        const linked = sameRecordId(interaction.caller?.recordId, recordId);
        const candidate = (interaction.candidates ?? []).some((record) => sameRecordId(record.recordId, recordId));
        return linked || candidate ? [{ recordId: interaction.recordId, status: interaction.status, linked }] : [];
    });
}

/** The interactions the list does not show as the snapshot does. */
export function behind(watched: readonly WatchedInteraction[], listed: readonly ListedInteraction[]): WatchedInteraction[] {
    return watched.filter((interaction) => {
        const row = listed.find((candidate) => sameRecordId(candidate.recordId, interaction.recordId));
        return row ? row.status !== interaction.status : interaction.linked;
    });
}

/** Decides when the history asks the org again; one per component, for one record. */
export class LiveRefreshPlan {
    private watched: WatchedInteraction[] = [];
    /** `recordId|status|linked` of each watched interaction, from the last snapshot; undefined before the first. */
    private seen?: Set<string>;
    private changed = false;
    private refreshes = 0;

    /** A snapshot heard: what it shows of this record. */
    heard(watched: WatchedInteraction[]): void {
        const entries = new Set(watched.map((interaction) => `${interaction.recordId}|${interaction.status}|${interaction.linked}`));
        const news = [...entries].some((entry) => !this.seen?.has(entry));
        // The first snapshot is the answer to this page's own request, heard as its list loads: not a change.
        if (this.seen !== undefined && news) {
            this.changed = true;
            this.refreshes = 0;
        }
        this.seen = entries;
        this.watched = watched;
    }

    /** Whether to ask again now, given what the list shows (undefined while its first answer is awaited). */
    due(listed: readonly ListedInteraction[] | undefined): boolean {
        if (listed === undefined || this.refreshes >= MAX_REFRESHES_PER_CHANGE) {
            return false;
        }
        return this.changed || behind(this.watched, listed).length > 0;
    }

    /** The history asked again. */
    started(): void {
        this.changed = false;
        this.refreshes += 1;
    }
}
