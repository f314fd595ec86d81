/**
 * One bridge instance: window messages in, record writes and a panel view out. It owns the state
 * machines and the record sync; the component that hosts it supplies the ports (UI API, clock,
 * navigation).
 */
import type { VendorAdapter } from './adapter';
import type { AgentView, BridgeStats, BridgeView, InteractionView, PauseView, RecentEvent } from './bridgeView';
import { businessMessagesAdapter } from './businessMessages';
import { ccaipAdapter } from './ccaip';
import { readConfig, type BridgeConfig, type BridgeProperties } from './config';
import { CustomEventLog, type CustomEventState } from './customEvents';
import { diagnostic, DiagnosticCode, type Diagnostic } from './diagnostics';
import type { CanonicalEvent, CustomEvent, Instant, InteractionEvent, InteractionNote, PauseEvent, RecordPopEvent, Vendor } from './events';
import { evoluxAdapter } from './evolux';
import { passGate, type WindowMessage } from './gate';
import { applyInteractionEvent, emptyInteraction, interactionStatus, isLive, type InteractionState } from './interactionMachine';
import { withoutUndefined } from './objects';
import { applyPauseEvent, EMPTY_PAUSE_STATE, type PauseSegment, type PauseState } from './pauseMachine';
import { customEventRecord, interactionRecord, pauseRecord, type MappedRecord } from './recordFields';
import { ObjectApiName } from './recordSchema';
import { RecordSync, type Clock, type RecordFinder, type RecordWriter } from './recordSync';
import { recordTargetFromUrl, type RecordTarget } from './recordTarget';
import { clip } from './text';
import { instantFromMillis, toIsoString } from './time';
import { widechatAdapter } from './widechat';
import { HEARTBEAT_MS, LEASE_MS, LeaseLeadership, LockLeadership, WRITER_SAFETY_NET_MS, type Leadership } from './leadership';
import { interactionsToSave, loadState, saveState, type SavedState } from './savedState';
import { SharedInbox } from './sharedInbox';
import { readJson, STORAGE_PREFIX, writeJson, type SharedStorage } from './sharedStorage';
import { readTabMessage, type LeaderLock, type TabChannel, type TabMessage } from './tabChannel';
import { CallerLookups } from './callerLookups';
import type { CallerDirectory, CallerMatch } from './callerMatch';
import { deepEqual } from './objects';

/** What became of a value that did not fit its field, as the diagnostic says it. */
const PROBLEM_OUTCOME_TEXT = {
    cut: 'it was cut, ending in "…".',
    'left-out': 'the field is left empty and the rest of the record is written.',
    'shortened-json': 'it stays valid JSON, with markers where values were shortened.'
} as const;

/** Storage keys under which the writing tab tells the others who called. */
const CALLER_PREFIX = `${STORAGE_PREFIX}caller.`;

export const ADAPTERS: readonly VendorAdapter[] = [evoluxAdapter, ccaipAdapter, businessMessagesAdapter, widechatAdapter];

/** How many diagnostics and recent events the panel keeps (a ring buffer: oldest dropped). */
export const MAX_DIAGNOSTICS = 200;
export const MAX_RECENT_EVENTS = 25;
/** Ended interactions are forgotten past this many, oldest first, to keep memory bounded. */
export const MAX_ENDED_INTERACTIONS = 200;
/** Ended interactions the view lists (for the live state's wrap-up), and for how long after their last event. */
export const MAX_RECENTLY_ENDED = 3;
export const RECENT_END_MS = 15 * 60 * 1000;
/** Messages kept for "Export log", newest last. */
export const MAX_CAPTURED_MESSAGES = 500;

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
}

/** What the host of a bridge can follow; the panel re-renders on `changed`, the replay logs every diagnostic. */
export interface BridgeListener {
    /** Anything the view shows has changed. */
    changed?(): void;
    /** Every diagnostic as it is raised (the view keeps only the latest MAX_DIAGNOSTICS). */
    diagnostic?(entry: Diagnostic): void;
}

export interface ReceiveOutcome {
    accepted: boolean;
    events: CanonicalEvent[];
    diagnostics: Diagnostic[];
}

export class BridgeCore {
    readonly config: BridgeConfig;
    private readonly sync: RecordSync;
    private readonly interactions = new Map<string, InteractionState>();
    private pauses: PauseState = EMPTY_PAUSE_STATE;
    private readonly customEvents = new CustomEventLog();
    private readonly callerLookups?: CallerLookups;
    private agent?: AgentView;
    private readonly stats: BridgeStats = { messages: 0, accepted: 0, rejected: 0 };
    private readonly recentEvents: RecentEvent[] = [];
    private readonly diagnostics: Diagnostic[] = [];
    /** What this tab heard, as replay lines, for "Export log". */
    private readonly captured: string[] = [];
    private readonly ports: BridgePorts;
    private readonly listener: BridgeListener;
    /** Set when tabs share storage: who writes, and what the other tabs heard. */
    private readonly team?: { storage: SharedStorage; leadership: Leadership; inbox: SharedInbox; channel?: TabChannel };
    private heartbeat?: unknown;
    private saveQueued = false;
    private changeQueued = false;
    private disposed = false;
    /** When this bridge last heard of each open interaction and pause segment (clock ms), to close stale ones. */
    private readonly lastHeard = new Map<string, number>();
    private staleTimer?: unknown;
    /** `<key>|<field>|<outcome>` of field problems already reported. */
    private readonly reportedFieldProblems = new Set<string>();

    constructor(properties: BridgeProperties, ports: BridgePorts, listener: BridgeListener = {}) {
        this.ports = ports;
        this.listener = listener;
        const { config, diagnostics } = readConfig(properties, this.nowIso());
        this.config = config;
        diagnostics.forEach((entry) => this.report(entry));
        this.sync = new RecordSync(
            ports.records,
            ports.clock,
            {
                inUse: (key) => this.isOpenRecord(key),
                diagnostic: (entry) => {
                    this.report(entry);
                    this.notifyChanged();
                },
                saved: (key) => this.recordSaved(key),
                confirmed: () => {
                    this.saveSoon();
                    this.notifyChanged();
                }
            },
            { finder: ports.recordFinder, userId: this.config.userId }
        );
        if (ports.callers) {
            this.callerLookups = new CallerLookups(ports.callers, this.config, {
                found: (key, match) => this.callerFound(key, match, true),
                failed: (key, reason) => {
                    this.report(
                        diagnostic(
                            this.nowIso(),
                            'warn',
                            DiagnosticCode.CallerLookupFailed,
                            `Looking up the caller of ${key} failed: ${reason}.`,
                            key
                        )
                    );
                    this.notifyChanged();
                }
            });
        }
        const { storage, tabId, channel, leaderLock } = ports;
        if (storage && tabId) {
            this.team = {
                storage,
                leadership: leaderLock
                    ? new LockLeadership(
                          leaderLock,
                          () => this.checkLeadership(),
                          (reason) => this.lockRefused(reason, tabId)
                      )
                    : new LeaseLeadership(storage, tabId),
                inbox: new SharedInbox(storage, tabId, channel),
                ...(channel ? { channel } : {})
            };
            channel?.listen((data) => this.tabMessage(data));
            this.reportTabCoordination();
            this.restore(loadState(storage, ports.clock.now(), this.config.userId));
            this.sync.setActive(false);
            this.beat();
        }
    }

    /** How this tab coordinates with the others, for the panel: the platform APIs, or the storage fallbacks. */
    get tabCoordination(): { leader: Leadership['kind']; messages: 'broadcast-channel' | 'storage-polling' } | undefined {
        return this.team && { leader: this.team.leadership.kind, messages: this.team.channel ? 'broadcast-channel' : 'storage-polling' };
    }

    /** leader: this tab writes; follower: another tab does; alone: no shared storage. */
    get role(): 'leader' | 'follower' | 'alone' {
        if (!this.team) {
            return 'alone';
        }
        return this.team.leadership.isLeader ? 'leader' : 'follower';
    }

    /** Handles one window message this tab heard: gate, adapter, state machines, record writes. */
    receive(message: WindowMessage): ReceiveOutcome {
        return this.handleSafely(message, this.ports.clock.now(), true);
    }

    /** Whatever a message holds, handling it never throws: a failure is a diagnostic, and the bridge goes on. */
    private handleSafely(message: WindowMessage, receivedAtMs: number, heardHere: boolean): ReceiveOutcome {
        try {
            return this.handle(message, receivedAtMs, heardHere);
        } catch (error) {
            const text = `The bridge could not handle a message from ${clip(String(message.origin), 100)}: ${error instanceof Error ? error.message : String(error)}.`;
            const entry = diagnostic(this.nowIso(), 'error', DiagnosticCode.InternalError, text, String(message.origin));
            this.report(entry);
            this.notifyChanged();
            return { accepted: false, events: [], diagnostics: [entry] };
        }
    }

    private handle(message: WindowMessage, receivedAtMs: number, heardHere: boolean): ReceiveOutcome {
        // A tab that was frozen may find another tab leading by now: it steps down before it writes.
        if (this.team?.leadership.stepDownIfReplaced()) {
            this.sync.setActive(false);
        }
        const receivedAt: Instant = { ...instantFromMillis(receivedAtMs), received: true };
        const result = passGate(message, this.config, ADAPTERS, receivedAt);
        const accepted = result.events.length > 0;
        if (heardHere) {
            this.stats.messages += 1;
            this.stats[accepted ? 'accepted' : 'rejected'] += 1;
            this.capture(message, result.data, receivedAtMs);
        }
        // A message the other tabs also heard is handled once: the copy that arrives second is skipped.
        const shared = {
            origin: message.origin,
            data: result.data ?? null,
            fromHostedAdapter: message.fromHostedAdapter === true,
            receivedAt: receivedAtMs
        };
        if (accepted && heardHere && this.team && !this.team.inbox.heard(shared, { writer: this.team.leadership.isLeader })) {
            const copy = diagnostic(
                this.nowIso(),
                'info',
                DiagnosticCode.EventDuplicate,
                `Message from ${message.origin} already received (resent, or heard by another tab first).`,
                message.origin
            );
            this.report(copy);
            this.notifyChanged(); // the counts changed
            return { accepted, events: [], diagnostics: [copy] };
        }
        const diagnostics = heardHere ? [...result.diagnostics] : [];
        for (const event of result.events) {
            diagnostics.push(...this.apply(event));
        }
        diagnostics.forEach((entry) => this.report(entry));
        if (accepted) {
            this.save();
            this.scheduleStaleCheck();
        }
        this.notifyChanged();
        return { accepted, events: result.events, diagnostics };
    }

    view(): BridgeView {
        const tabs = this.tabCoordination;
        return {
            role: this.role,
            ...(tabs ? { tabs } : {}),
            stats: { ...this.stats },
            ...(this.agent ? { agent: this.agentView(this.agent) } : {}),
            openInteractions: this.openInteractions().map((state) => interactionView(state, this.sync.recordId(state.key))),
            recentlyEnded: this.recentlyEnded().map((state) => interactionView(state, this.sync.recordId(state.key))),
            recentEvents: [...this.recentEvents],
            diagnostics: [...this.diagnostics],
            pendingWrites: this.sync.pending()
        };
    }

    /**
     * The messages this tab heard, newest last, as a replay log (one JSON line each): an admin can run
     * it through `npm run replay` to reproduce what happened (as tab A). A message that could not be read
     * at all is kept with its origin and `data: null`.
     */
    exportLog(): string {
        return this.captured.map((line) => `${line}\n`).join('');
    }

    private capture(message: WindowMessage, data: unknown, receivedAtMs: number): void {
        const line = { at: new Date(receivedAtMs).toISOString(), origin: message.origin, data: data ?? null, tab: 'A' };
        this.captured.push(JSON.stringify(line));
        if (this.captured.length > MAX_CAPTURED_MESSAGES) {
            this.captured.shift();
        }
    }

    dispose(): void {
        this.disposed = true;
        for (const timer of [this.heartbeat, this.staleTimer]) {
            if (timer !== undefined) {
                this.ports.clock.clearTimeout(timer);
            }
        }
        this.heartbeat = undefined;
        this.staleTimer = undefined;
        if (this.team) {
            this.team.channel?.close();
            // Saved first, so the tab that takes over finds everything this one knew.
            this.save();
            this.team.leadership.release();
        }
        this.sync.dispose();
    }

    /**
     * The heartbeat: keep or take the lease (storage fallback), and take what the other tabs stored.
     * With Web Locks and a channel it is only the writing tab's safety net: what followers heard
     * reaches it at once through the channel, whatever the browser does to their timers.
     */
    private beat(): void {
        this.heartbeat = undefined;
        this.checkLeadership();
        if (this.team && (!this.team.channel || this.team.leadership.isLeader)) {
            this.readInbox();
        }
        if (this.team && !this.team.channel) {
            this.readStoredCallers();
        }
        this.scheduleBeat();
    }

    /**
     * The storage fallbacks beat every 2 s. With Web Locks and a channel only the writer beats, and
     * only to take what followers stored in case a channel message was lost: every 10 s is enough.
     * Followers then need no timer: the browser tells them everything.
     */
    private scheduleBeat(): void {
        if (this.heartbeat !== undefined || !this.team) {
            return;
        }
        const storageFallback = this.team.leadership.needsHeartbeat || !this.team.channel;
        if (storageFallback || this.team.leadership.isLeader) {
            this.heartbeat = this.ports.clock.setTimeout(() => this.beat(), storageFallback ? HEARTBEAT_MS : WRITER_SAFETY_NET_MS);
        }
    }

    private checkLeadership(): void {
        if (!this.team) {
            return;
        }
        const wasLeader = this.team.leadership.isLeader;
        const now = this.ports.clock.now();
        if (this.team.leadership.tick(now)) {
            // Taking over: carry on with the records the previous leader was writing. What this tab
            // heard as a follower was written by it already, except what is still open or very recent.
            const saved = loadState(this.team.storage, now, this.config.userId)?.records ?? [];
            const keep = new Set([
                ...saved.map((record) => record.key),
                ...this.openInteractions().map((state) => state.key),
                ...Object.values(this.pauses.openByAgent)
            ]);
            // A message still stored was never taken by a writer: what changed since it came is unwritten.
            const unwrittenSince = this.team.channel ? this.team.inbox.oldestStored() : undefined;
            this.sync.retainOnly(
                (key, { createdAt, changedAt }) =>
                    keep.has(key) || now - createdAt <= 2 * LEASE_MS || (unwrittenSince !== undefined && changedAt >= unwrittenSince)
            );
            this.sync.restore(saved);
            this.sync.setActive(true);
            // Callers of what is open are looked up by the writer only: a tab that starts or takes over does it now.
            this.openInteractions().forEach((state) => this.lookUpCaller(state));
            // What followers stored while no tab, or a stalled one, was writing; then on the heartbeat.
            if (this.team.channel) {
                queueMicrotask(() => this.readInbox());
            }
            this.scheduleBeat();
            if (this.team.leadership.tookOver) {
                const text = 'This tab now writes the records for all open Salesforce tabs.';
                this.report(diagnostic(this.nowIso(), 'info', DiagnosticCode.LeaderTakeover, text));
            }
            this.notifyChanged();
        } else if (wasLeader && !this.team.leadership.isLeader) {
            this.sync.setActive(false);
            this.notifyChanged();
        }
    }

    private readInbox(): void {
        for (const message of this.team?.inbox.take(this.ports.clock.now()) ?? []) {
            this.handleSafely(message, message.receivedAt, false);
        }
    }

    /** What another tab told this one through the channel. */
    private tabMessage(data: unknown): void {
        const message = readTabMessage(data);
        if (message?.type === 'heard' && this.team?.inbox.received(message.message)) {
            this.handleSafely(message.message, message.message.receivedAt, false);
        } else if (message?.type === 'caller') {
            this.callerFound(message.key, message.match, false);
        }
    }

    /** Without a channel: the callers the writing tab found for the interactions open here. */
    private readStoredCallers(): void {
        for (const state of this.openInteractions()) {
            const found = this.team && !state.caller ? this.storedCaller(state.key) : undefined;
            if (found) {
                this.callerFound(state.key, found, false);
            }
        }
    }

    private storedCaller(key: string): CallerMatch | undefined {
        const found = this.team
            ? (readJson(this.team.storage, `${CALLER_PREFIX}${key}`) as { match?: CallerMatch } | undefined)
            : undefined;
        return found?.match;
    }

    /** The browser refused the Web Lock: this tab takes part through the storage lease instead, and says so. */
    private lockRefused(reason: string, tabId: string): void {
        if (!this.team || this.team.leadership.kind !== 'web-locks') {
            return;
        }
        this.team.leadership = new LeaseLeadership(this.team.storage, tabId);
        const text = `The browser refused the Web Lock (${clip(reason, 120)}): the tabs coordinate through browser storage every ${HEARTBEAT_MS / 1000} s instead.`;
        this.report(diagnostic(this.nowIso(), 'warn', DiagnosticCode.TabCoordination, text));
        if (this.heartbeat === undefined) {
            this.beat();
        }
        this.notifyChanged();
    }

    /** Wakes up when the first open interaction or pause would turn stale, if nothing is heard of it before. */
    private scheduleStaleCheck(): void {
        if (this.staleTimer !== undefined) {
            this.ports.clock.clearTimeout(this.staleTimer);
            this.staleTimer = undefined;
        }
        const deadlines = this.openItems().map(({ key, staleMs }) => (this.lastHeard.get(key) ?? this.ports.clock.now()) + staleMs);
        if (deadlines.length > 0) {
            const delay = Math.max(0, Math.min(...deadlines) - this.ports.clock.now());
            this.staleTimer = this.ports.clock.setTimeout(() => {
                this.staleTimer = undefined;
                this.closeStale();
                this.scheduleStaleCheck();
            }, delay);
        }
    }

    /** Open interactions and pause segments, with how long each may go without an event. */
    private openItems(): { key: string; staleMs: number }[] {
        return [
            ...this.openInteractions().map((state) => ({ key: state.key, staleMs: this.config.staleInteractionMs })),
            ...Object.values(this.pauses.openByAgent).map((key) => ({ key, staleMs: this.config.stalePauseMs }))
        ];
    }

    /**
     * An end that never came: a call, chat or pause with no event for the admin's time (4 and 12 hours
     * by default) stops being live here, in the saved state, the card and the utility label, and
     * custom events no longer attach to it. Its record keeps its last known values.
     */
    private closeStale(): void {
        const now = this.ports.clock.now();
        const stale = this.openItems().filter(({ key, staleMs }) => now - (this.lastHeard.get(key) ?? now) >= staleMs);
        for (const { key, staleMs } of stale) {
            // Kept, marked stale: a late event about it then moves it on from what its record holds.
            const state = this.interactions.get(key);
            if (state) {
                this.interactions.set(key, { ...state, stale: true });
            }
            for (const [agentKey, openKey] of Object.entries(this.pauses.openByAgent)) {
                if (openKey === key) {
                    const openByAgent = { ...this.pauses.openByAgent };
                    delete openByAgent[agentKey];
                    this.pauses = { ...this.pauses, openByAgent };
                }
            }
            this.lastHeard.delete(key);
            const text = `Nothing was heard of ${key} for ${Math.round(staleMs / 3_600_000)} hours: it is no longer shown as live, and its record keeps its last known values.`;
            this.report(diagnostic(this.nowIso(), 'warn', DiagnosticCode.StaleClosed, text, key));
        }
        if (stale.length > 0) {
            this.save();
            this.notifyChanged();
        }
    }

    /** A browser without Web Locks or BroadcastChannel gets the storage fallbacks, and the agent's admin hears of it. */
    private reportTabCoordination(): void {
        const tabs = this.tabCoordination;
        const missing = [
            tabs?.leader === 'storage-lease' ? 'the Web Locks API' : undefined,
            tabs?.messages === 'storage-polling' ? 'BroadcastChannel' : undefined
        ].filter((name) => name !== undefined);
        if (missing.length > 0) {
            const text = `This browser lacks ${missing.join(' and ')}: the tabs coordinate through browser storage every ${HEARTBEAT_MS / 1000} s instead.`;
            this.report(diagnostic(this.nowIso(), 'warn', DiagnosticCode.TabCoordination, text));
        }
    }

    /** Carries on from what an earlier page of this tab, or another tab, saved. */
    private restore(saved: SavedState | undefined): void {
        if (!saved) {
            return;
        }
        saved.interactions.forEach((state) => this.interactions.set(state.key, state));
        this.pauses = saved.pauses;
        // When each was last heard of, as saved (an older save: when the state was saved).
        [...saved.interactions.map((state) => state.key), ...Object.values(saved.pauses.openByAgent)].forEach((key) =>
            this.lastHeard.set(key, saved.lastHeard?.[key] ?? saved.savedAt)
        );
        this.sync.restore(saved.records);
        this.scheduleStaleCheck();
    }

    /**
     * Tells the host once after the current burst of changes (a message, its caller, the writes it
     * started): every change in one turn of the event loop is one re-render and one live-state check.
     */
    private notifyChanged(): void {
        if (!this.changeQueued) {
            this.changeQueued = true;
            queueMicrotask(() => {
                this.changeQueued = false;
                if (!this.disposed) {
                    this.listener.changed?.();
                }
            });
        }
    }

    /** Saves once after the current burst of confirmed writes. */
    private saveSoon(): void {
        if (!this.saveQueued) {
            this.saveQueued = true;
            queueMicrotask(() => {
                this.saveQueued = false;
                this.save();
            });
        }
    }

    /** Saves what a reload or a takeover needs; only the leader saves (it alone knows what was written). */
    private save(): void {
        if (!this.team?.leadership.isLeader) {
            return;
        }
        const interactions = interactionsToSave(this.interactions.values());
        const keys = new Set<string>([...interactions.map((state) => state.key), ...Object.keys(this.pauses.segments)]);
        for (const callerKey of this.team.storage.keys(CALLER_PREFIX)) {
            if (!keys.has(callerKey.slice(CALLER_PREFIX.length))) {
                this.team.storage.removeItem(callerKey);
            }
        }
        const saved = saveState(this.team.storage, this.config.userId, {
            savedAt: this.ports.clock.now(),
            interactions,
            pauses: this.pauses,
            records: this.sync.save(keys),
            lastHeard: Object.fromEntries(
                [...interactions.map((state) => state.key), ...Object.values(this.pauses.openByAgent)].flatMap((key) => {
                    const at = this.lastHeard.get(key);
                    return at === undefined ? [] : [[key, at]];
                })
            )
        });
        if (!saved) {
            this.report(
                diagnostic(
                    this.nowIso(),
                    'warn',
                    DiagnosticCode.StorageUnavailable,
                    'Browser storage refused the bridge state: a reload now would forget open calls.'
                )
            );
        }
    }

    /** The agent with the open pause segment, if any. */
    private agentView(agent: AgentView): AgentView {
        const openKey = agent.id !== undefined ? this.pauses.openByAgent[`${agent.vendor}:${agent.id}`] : undefined;
        const segment = openKey !== undefined ? this.pauses.segments[openKey] : undefined;
        const view: AgentView = { ...agent, notes: { ...agent.notes } };
        delete view.pause;
        return segment ? { ...view, pause: pauseView(segment) } : view;
    }

    private apply(event: CanonicalEvent): Diagnostic[] {
        switch (event.kind) {
            case 'agent.pause.started':
            case 'agent.pause.changed':
            case 'agent.pause.ended':
                return this.applyPause(event);
            case 'record.pop':
                return this.popRecord(event);
            case 'custom':
                return this.applyCustomEvent(event);
            case 'agent.note':
                this.remember(event, event.agent.login ?? event.agent.id ?? '');
                this.noteOnAgent(event.vendor, event.note);
                return [];
            case 'agent.login':
            case 'agent.logout':
                this.remember(event, event.agent.login ?? event.agent.id ?? '');
                this.agent = { notes: {}, ...this.agent, ...event.agent, vendor: event.vendor, loggedIn: event.kind === 'agent.login' };
                return [];
            default:
                return this.applyInteraction(event);
        }
    }

    private applyInteraction(event: InteractionEvent): Diagnostic[] {
        this.remember(event, event.key);
        const known = this.interactions.get(event.key);
        if (!known && event.note) {
            // Notes write no records: about a session the bridge has not heard of, they are the agent's.
            this.noteOnAgent(event.vendor, event.note);
            return [];
        }
        const step = applyInteractionEvent(known ?? this.withKnownCaller(event), event);
        if (step.change === 'unchanged') {
            return [
                this.note(event, DiagnosticCode.EventDuplicate, `${event.vendorEvent} for ${event.key} changed nothing (already received).`)
            ];
        }
        this.interactions.delete(event.key); // re-insert: Map order is then "least recently changed first"
        // Heard of again: no longer stale.
        const heard: InteractionState = { ...step.state };
        delete heard.stale;
        this.interactions.set(event.key, heard);
        this.lastHeard.set(event.key, this.ports.clock.now());
        const notes: Diagnostic[] = [];
        if (step.late) {
            notes.push(
                this.note(
                    event,
                    DiagnosticCode.EventLate,
                    `${event.vendorEvent} for ${event.key} arrived after a later event; it only filled gaps.`
                )
            );
        }
        notes.push(...this.writeInteraction(heard));
        this.lookUpCaller(heard);
        this.evictEndedInteractions();
        return notes;
    }

    /** A new interaction starts with the caller the writing tab already found for it, if any (no pop). */
    private withKnownCaller(event: InteractionEvent): InteractionState | undefined {
        const match = this.storedCaller(event.key);
        return match ? { ...emptyInteraction(event.key, event.vendor), caller: match } : undefined;
    }

    private writeInteraction(state: InteractionState): Diagnostic[] {
        const logged = state.facts.channel === 'Chat' ? this.config.logChats : this.config.logCalls;
        return logged ? this.write(ObjectApiName.Interaction, state.key, interactionRecord(state, this.config)) : [];
    }

    /** Only the writing tab looks callers up; the others learn the answer through storage. */
    private lookUpCaller(state: InteractionState): void {
        if (!this.callerLookups || this.role === 'follower' || state.caller) {
            return;
        }
        const extra = state.facts.extra;
        const cpf = this.config.cpfField && extra ? extra[this.config.cpfExtraKey] : undefined;
        this.callerLookups.lookUp(
            state.key,
            {
                ...(state.facts.customerNumber ? { number: state.facts.customerNumber } : {}),
                ...(typeof cpf === 'string' || typeof cpf === 'number' ? { cpf: String(cpf) } : {})
            },
            this.ports.clock.now()
        );
    }

    /**
     * The caller of an interaction is known: link it, pop it (only for a single record, never for an
     * ended interaction, once), and tell the other tabs.
     */
    private callerFound(key: string, match: CallerMatch, local: boolean): void {
        const state = this.interactions.get(key);
        if (!state || deepEqual(state.caller, match)) {
            return;
        }
        const updated: InteractionState = { ...state, caller: match };
        this.interactions.set(key, updated);
        this.writeInteraction(updated).forEach((entry) => this.report(entry));
        if (local && this.team) {
            // Stored for tabs that open later; told at once to the tabs open now.
            writeJson(this.team.storage, `${CALLER_PREFIX}${key}`, { key, match });
            this.team.channel?.post({ type: 'caller', key, match } satisfies TabMessage);
        }
        if (match.outcome === 'single' && match.record && isLive(state) && this.config.screenPop === 'single') {
            this.ports.navigator?.openRecord({ recordId: match.record.recordId, objectApiName: match.record.objectApiName });
        }
        this.save();
        this.notifyChanged();
    }

    private applyPause(event: PauseEvent): Diagnostic[] {
        const step = applyPauseEvent(this.pauses, event);
        this.pauses = step.state;
        for (const key of step.changed) {
            // Only an open segment can turn stale; a closed one is forgotten here.
            if (step.state.segments[key]?.endedAt === undefined) {
                this.lastHeard.set(key, this.ports.clock.now());
            } else {
                this.lastHeard.delete(key);
            }
        }
        this.remember(event, event.agent.login ?? event.agent.id ?? '');
        this.agent = { notes: {}, ...this.agent, ...event.agent, vendor: event.vendor, loggedIn: true };
        if (step.changed.length === 0) {
            return [
                this.note(
                    event,
                    DiagnosticCode.EventDuplicate,
                    `${event.vendorEvent} for agent ${event.agent.id} changed nothing (already received).`
                )
            ];
        }
        if (!this.config.logPauses) {
            return [];
        }
        return step.changed.flatMap((key) => {
            const segment = step.state.segments[key];
            return segment ? this.write(ObjectApiName.AgentPause, key, pauseRecord(segment, this.config)) : [];
        });
    }

    /** One CC_Custom_Event__c per event, tied to the interaction when exactly one is open. */
    private applyCustomEvent(event: CustomEvent): Diagnostic[] {
        this.remember(event, event.eventName);
        const open = this.openInteractions();
        const state = this.customEvents.add(event, open.length === 1 ? open[0]?.key : undefined);
        if (!state) {
            return [this.note(event, DiagnosticCode.EventDuplicate, `Custom event ${event.eventName} was already received.`)];
        }
        return this.writeCustomEvent(state);
    }

    private writeCustomEvent(state: CustomEventState): Diagnostic[] {
        if (!this.config.logCustomEvents) {
            return [];
        }
        const interactionId = state.interactionKey ? this.sync.recordId(state.interactionKey) : undefined;
        return this.write(ObjectApiName.CustomEvent, state.key, customEventRecord(state, interactionId));
    }

    /** A record now exists: custom events waiting for that interaction's id get it. */
    private recordSaved(key: string): void {
        for (const state of this.customEvents.linkedTo(key)) {
            this.writeCustomEvent(state).forEach((entry) => this.report(entry));
        }
        this.saveSoon();
        this.notifyChanged();
    }

    /** Opens the record a vendor names, when it is a record of this org; anything else is refused. */
    private popRecord(event: RecordPopEvent): Diagnostic[] {
        this.remember(event, clip(event.recordUrl, 80));
        const result = recordTargetFromUrl(event.recordUrl, this.config.orgOrigin);
        if (!result.ok) {
            const text = `${event.vendorEvent} to "${clip(event.recordUrl, 80)}" refused: ${result.reason}.`;
            return [diagnostic(this.nowIso(), 'warn', DiagnosticCode.RecordPopRejected, text, event.vendorEvent)];
        }
        if (this.config.screenPop !== 'off') {
            this.ports.navigator?.openRecord(result.target);
        }
        return [];
    }

    private noteOnAgent(vendor: Vendor, note: InteractionNote): void {
        const agent = this.agent ?? { vendor, loggedIn: true, notes: {} };
        this.agent = { ...agent, notes: { ...agent.notes, [note.topic]: note.state } };
    }

    /** Ended interactions heard of in the last RECENT_END_MS, newest first (a call heard only at its end included). */
    private recentlyEnded(): InteractionState[] {
        const now = this.ports.clock.now();
        return [...this.interactions.values()]
            .filter((state) => state.stage === 'ended' && now - (this.lastHeard.get(state.key) ?? 0) <= RECENT_END_MS)
            .reverse()
            .slice(0, MAX_RECENTLY_ENDED);
    }

    /** An open interaction's or pause segment's record. */
    private isOpenRecord(key: string): boolean {
        const state = this.interactions.get(key);
        return (state !== undefined && isLive(state)) || Object.values(this.pauses.openByAgent).includes(key);
    }

    private openInteractions(): InteractionState[] {
        return [...this.interactions.values()].filter(isLive);
    }

    private write(objectApiName: ObjectApiName, key: string, record: MappedRecord): Diagnostic[] {
        this.sync.sync(objectApiName, key, record.fields, record.tentative, record.lazy);
        // Each value that does not fit is said once per record, not at every update of it.
        const fresh = record.problems.filter((problem) => this.firstReport(`${key}|${problem.field}|${problem.outcome}`));
        return fresh.map((problem) =>
            diagnostic(
                this.nowIso(),
                'warn',
                problem.outcome === 'left-out' ? DiagnosticCode.FieldLeftOut : DiagnosticCode.FieldTruncated,
                `${problem.field} of ${key}: ${problem.reason}; ${PROBLEM_OUTCOME_TEXT[problem.outcome]}`,
                key
            )
        );
    }

    private firstReport(subject: string): boolean {
        if (this.reportedFieldProblems.has(subject)) {
            return false;
        }
        this.reportedFieldProblems.add(subject);
        if (this.reportedFieldProblems.size > MAX_DIAGNOSTICS) {
            const oldest = this.reportedFieldProblems.values().next().value;
            if (oldest !== undefined) {
                this.reportedFieldProblems.delete(oldest);
            }
        }
        return true;
    }

    private evictEndedInteractions(): void {
        let ended = 0;
        for (const state of this.interactions.values()) {
            ended += isLive(state) ? 0 : 1;
        }
        for (const [key, state] of this.interactions) {
            if (ended <= MAX_ENDED_INTERACTIONS) {
                break;
            }
            if (!isLive(state) && this.sync.forget(key)) {
                this.interactions.delete(key);
                this.lastHeard.delete(key);
                ended -= 1;
            }
        }
    }

    private remember(event: CanonicalEvent, subject: string): void {
        this.recentEvents.unshift({ at: toIsoString(event.at), vendor: event.vendor, vendorEvent: event.vendorEvent, subject });
        this.recentEvents.length = Math.min(this.recentEvents.length, MAX_RECENT_EVENTS);
    }

    private note(event: CanonicalEvent, code: DiagnosticCode, message: string): Diagnostic {
        return diagnostic(this.nowIso(), 'info', code, message, event.vendorEvent);
    }

    private report(entry: Diagnostic): void {
        this.listener.diagnostic?.(entry);
        this.diagnostics.unshift(entry);
        this.diagnostics.length = Math.min(this.diagnostics.length, MAX_DIAGNOSTICS);
    }

    private nowIso(): string {
        return new Date(this.ports.clock.now()).toISOString();
    }
}

function interactionView(state: InteractionState, recordId: string | undefined): InteractionView {
    const { facts } = state;
    // The outside party's name: the campaign subscriber, else the caller on inbound or the callee on outbound.
    const customerName = facts.subscriberName ?? (facts.direction === 'Outbound' ? facts.toName : facts.fromName);
    return withoutUndefined<InteractionView>({
        key: state.key,
        vendor: state.vendor,
        status: interactionStatus(state),
        channel: facts.channel,
        direction: facts.direction,
        customerNumber: facts.customerNumber,
        customerName,
        queue: facts.queue,
        campaign: facts.campaign,
        offeredAt: facts.offeredAt && toIsoString(facts.offeredAt),
        answeredAt: facts.answeredAt && toIsoString(facts.answeredAt),
        endedAt: state.stage === 'ended' && facts.endedAt ? toIsoString(facts.endedAt) : undefined,
        recordId,
        notes: { ...state.notes },
        focused: state.focused,
        callerOutcome: state.caller?.outcome,
        caller: state.caller?.outcome === 'single' ? state.caller.record : undefined,
        candidates: state.caller?.outcome === 'several' ? state.caller.candidates : undefined
    });
}

function pauseView(segment: PauseSegment): PauseView {
    return withoutUndefined<PauseView>({
        reason: segment.reason,
        productive: segment.productive,
        startedAt: toIsoString(segment.startedAt),
        maxDurationSeconds: segment.maxDurationSeconds
    });
}
