/**
 * What a bridge is given and what it gives back: the ports to the platform its host supplies (UI API,
 * clock, navigation, browser storage, the tab channel and lock, caller lookups), the listener that
 * follows it, and the outcome of one message.
 */
import type { CallerDirectory, RecordFinder } from 'c/ccRecordSearch';
import type { Diagnostic } from './diagnostics';
import type { CanonicalEvent } from './events';
import type { Clock, RecordWriter } from './recordSync';
import type { RecordTarget } from './recordTarget';
import type { SharedStorage } from './sharedStorage';
import type { LeaderLock, TabChannel } from './tabChannel';

/** Opens a record page: a workspace tab in console apps, a navigation elsewhere. */
export interface RecordNavigator {
    openRecord(target: RecordTarget): void;
}

export interface BridgePorts {
    records: RecordWriter;
    clock: Clock;
    navigator?: RecordNavigator;
    /**
     * Browser storage shared with the bridges of the user's other tabs. Without it the bridge works
     * alone: it writes everything it hears and keeps nothing across reloads.
     */
    storage?: SharedStorage;
    /** This tab's id among them (unique per page load). */
    tabId?: string;
    /** Tells the other tabs at once (BroadcastChannel). Without it, tabs read what others stored on a heartbeat. */
    channel?: TabChannel;
    /** Chooses the one writing tab (Web Locks). Without it, a lease in shared storage does. */
    leaderLock?: LeaderLock;
    /** Finds a record by its key after a DUPLICATE_VALUE: whose it is, and its id (GraphQL in the org). */
    recordFinder?: RecordFinder;
    /** Finds the records a caller may be (GraphQL in the org). Without it, callers are not matched. */
    callers?: CallerDirectory;
    /**
     * Runs a callback in a task of its own, after the current one (the browser: a 0 ms timer). Record
     * writes go out there, once the message that asked for them is handled and saved: a UI API call
     * crosses the Lightning Web Security boundary, and a message's own task stays short. Changes of
     * the same record before then go out as one write. Without it: the next microtask.
     */
    nextTask?: (callback: () => void) => void;
}

/** What the host of a bridge can follow; the panel re-renders on `changed`, the replay logs every diagnostic. */
export interface BridgeListener {
    /** What the live state shows may have changed (and the panel with it). */
    changed?(): void;
    /**
     * Only the journal changed: message counts, diagnostics, pending writes (what the panel shows,
     * never the live state). A host without it hears `changed` instead.
     */
    counted?(): void;
    /** Every diagnostic as it is raised (the view keeps only the latest MAX_DIAGNOSTICS). */
    diagnostic?(entry: Diagnostic): void;
}

export interface ReceiveOutcome {
    accepted: boolean;
    events: CanonicalEvent[];
    diagnostics: Diagnostic[];
}
