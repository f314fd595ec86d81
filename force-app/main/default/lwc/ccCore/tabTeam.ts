/**
 * One bridge's part in the team of the user's tabs: which tab writes (a Web Lock, or a lease in
 * storage), the messages the tabs pass each other (the shared inbox and the tab channel), the
 * heartbeat, the takeover, and the state saved for a reload or the next writer.
 */
import { agentStatusKey } from './agentStatus';
import { openInteractions, openPauseKeys, type BridgeState } from './bridgeState';
import { onceAfterBurst } from './burst';
import type { CallerMatch } from 'c/ccRecordSearch';
import { diagnostic, DiagnosticCode, type Diagnostic } from './diagnostics';
import type { WindowMessage } from './gate';
import { HEARTBEAT_MS, LEASE_MS, LeaseLeadership, LockLeadership, WRITER_SAFETY_NET_MS, type Leadership } from './leadership';
import type { Clock, RecordSync } from './recordSync';
import { interactionsToSave, loadState, saveState, type SavedState } from './savedState';
import { SharedInbox, type SharedMessage } from './sharedInbox';
import type { SharedStorage } from './sharedStorage';
import { readTabMessage, type LeaderLock, type TabChannel } from './tabChannel';
import { clip } from './text';
import { nowIso } from './time';

export interface TabTeamPorts {
    storage: SharedStorage;
    tabId: string;
    clock: Clock;
    channel?: TabChannel;
    leaderLock?: LeaderLock;
    /** The user whose state this tab saves and restores (each user has their own). */
    userId: string | null;
}

/** How this tab coordinates with the others, for the panel: the platform APIs, or the storage fallbacks. */
export interface TabCoordination {
    leader: Leadership['kind'];
    messages: 'broadcast-channel' | 'storage-polling';
}

/** What the team asks of the bridge it belongs to. */
export interface TabTeamListener {
    /** Handles a message another tab heard. */
    handle(message: SharedMessage): void;
    /** The writing tab found the caller of an interaction. */
    callerFound(key: string, match: CallerMatch): void;
    /** Without a channel: takes the callers the writing tab stored. */
    readStoredCallers(): void;
    /** This tab now writes: it looks up the callers of what is open. */
    startedWriting(): void;
    /** The state is being saved for these interactions and pause segments. */
    saving(keys: Set<string>): void;
    /** The saved state was restored into the bridge's state. */
    restored(): void;
    report(entry: Diagnostic): void;
    changed(): void;
}

export class TabTeam {
    private readonly state: BridgeState;
    private readonly sync: RecordSync;
    private readonly ports: TabTeamPorts;
    private readonly listener: TabTeamListener;
    private readonly inbox: SharedInbox;
    private leadership: Leadership;
    private heartbeat?: unknown;
    /** The browser may answer the lock request before `start`: nothing is done until then. */
    private started = false;
    /** A refusal of the lock that came before `start` (a request that threw at once): acted on by `start`. */
    private refusedBeforeStart?: string;

    constructor(state: BridgeState, sync: RecordSync, ports: TabTeamPorts, listener: TabTeamListener) {
        this.state = state;
        this.sync = sync;
        this.ports = ports;
        this.listener = listener;
        const { storage, tabId, channel, leaderLock } = ports;
        this.leadership = leaderLock
            ? new LockLeadership(
                  leaderLock,
                  () => this.checkLeadership(),
                  (reason) => this.lockRefused(reason)
              )
            : new LeaseLeadership(storage, tabId);
        this.inbox = new SharedInbox(storage, tabId, channel, ports.userId);
    }

    /** Listens to the other tabs, carries on from the saved state, and follows until it is the writer. */
    start(): void {
        this.started = true;
        this.ports.channel?.listen((data) => this.tabMessage(data));
        this.reportTabCoordination();
        this.restore(loadState(this.ports.storage, this.ports.clock.now(), this.ports.userId));
        this.sync.setActive(false);
        this.beat();
        if (this.refusedBeforeStart !== undefined) {
            this.lockRefused(this.refusedBeforeStart);
        }
    }

    get coordination(): TabCoordination {
        return { leader: this.leadership.kind, messages: this.ports.channel ? 'broadcast-channel' : 'storage-polling' };
    }

    /** leader: this tab writes; follower: another tab does. */
    get role(): 'leader' | 'follower' {
        return this.leadership.isLeader ? 'leader' : 'follower';
    }

    /** A tab that was frozen may find another tab leading by now: it steps down before it writes. */
    stepDownIfReplaced(): void {
        if (this.leadership.stepDownIfReplaced()) {
            this.sync.setActive(false);
        }
    }

    /**
     * Whether this tab is the first to have a message it heard: then it passes it on to the others.
     * A message the other tabs also heard is handled once: the copy that arrives second is skipped.
     */
    heardFirst(message: WindowMessage, data: unknown, receivedAtMs: number): boolean {
        const shared = {
            origin: message.origin,
            data: data ?? null,
            fromHostedAdapter: message.fromHostedAdapter === true,
            receivedAt: receivedAtMs
        };
        return this.inbox.heard(shared, { writer: this.leadership.isLeader });
    }

    /** Saves once after the current burst of confirmed writes. */
    readonly saveSoon = onceAfterBurst(() => this.save());

    /** Saves what a reload or a takeover needs; only the leader saves (it alone knows what was written). */
    save(): void {
        if (!this.leadership.isLeader) {
            return;
        }
        const { state } = this;
        const interactions = interactionsToSave(state.interactions.values());
        const keys = new Set<string>([...interactions.map((interaction) => interaction.key), ...Object.keys(state.pauses.segments)]);
        // The agent's status record lives as long as the shift: a reload or a takeover updates it, never creates it again.
        if (this.ports.userId) {
            keys.add(agentStatusKey(this.ports.userId));
        }
        this.listener.saving(keys);
        const saved = saveState(this.ports.storage, this.ports.userId, {
            savedAt: this.ports.clock.now(),
            interactions,
            pauses: state.pauses,
            records: this.sync.save(keys),
            lastHeard: Object.fromEntries(
                [...interactions.map((interaction) => interaction.key), ...openPauseKeys(state)].flatMap((key) => {
                    const at = state.lastHeard.get(key);
                    return at === undefined ? [] : [[key, at]];
                })
            )
        });
        if (!saved) {
            const text = 'Browser storage refused the bridge state: a reload now would forget open calls.';
            this.listener.report(diagnostic(nowIso(this.ports.clock), 'warn', DiagnosticCode.StorageUnavailable, text));
        }
    }

    /** Saved first, so the tab that takes over finds everything this one knew. */
    dispose(): void {
        if (this.heartbeat !== undefined) {
            this.ports.clock.clearTimeout(this.heartbeat);
            this.heartbeat = undefined;
        }
        this.ports.channel?.close();
        this.save();
        this.leadership.release();
    }

    /**
     * The heartbeat: keep or take the lease (storage fallback), and take what the other tabs stored.
     * With Web Locks and a channel it is only the writing tab's safety net: what followers heard
     * reaches it at once through the channel, whatever the browser does to their timers.
     */
    private beat(): void {
        this.heartbeat = undefined;
        this.checkLeadership();
        if (!this.ports.channel || this.leadership.isLeader) {
            this.readInbox();
        }
        if (!this.ports.channel) {
            this.listener.readStoredCallers();
        }
        this.scheduleBeat();
    }

    /**
     * The storage fallbacks beat every 2 s. With Web Locks and a channel only the writer beats, and
     * only to take what followers stored in case a channel message was lost: every 10 s is enough.
     * Followers then need no timer: the browser tells them everything.
     */
    private scheduleBeat(): void {
        if (this.heartbeat !== undefined) {
            return;
        }
        const storageFallback = this.leadership.needsHeartbeat || !this.ports.channel;
        if (storageFallback || this.leadership.isLeader) {
            this.heartbeat = this.ports.clock.setTimeout(() => this.beat(), storageFallback ? HEARTBEAT_MS : WRITER_SAFETY_NET_MS);
        }
    }

    private checkLeadership(): void {
        if (!this.started) {
            return;
        }
        const wasLeader = this.leadership.isLeader;
        const now = this.ports.clock.now();
        if (this.leadership.tick(now)) {
            this.takeOver(now);
        } else if (wasLeader && !this.leadership.isLeader) {
            this.sync.setActive(false);
            this.listener.changed();
        }
    }

    /**
     * Carries on with the records the previous leader was writing. What this tab heard as a follower
     * was written by it already, except what is still open or very recent.
     */
    private takeOver(now: number): void {
        const { channel } = this.ports;
        const saved = loadState(this.ports.storage, now, this.ports.userId)?.records ?? [];
        const keep = new Set([
            ...saved.map((record) => record.key),
            ...openInteractions(this.state).map((interaction) => interaction.key),
            ...openPauseKeys(this.state)
        ]);
        // A message still stored was never taken by a writer: what changed since it came is unwritten.
        const unwrittenSince = channel ? this.inbox.oldestStored() : undefined;
        this.sync.retainOnly(
            (key, { createdAt, changedAt }) =>
                keep.has(key) || now - createdAt <= 2 * LEASE_MS || (unwrittenSince !== undefined && changedAt >= unwrittenSince)
        );
        // The agent's status is the writer's alone: what the previous writer saved wins over what this
        // tab loaded when it opened (it kept no status as a follower).
        if (this.ports.userId) {
            this.sync.forget(agentStatusKey(this.ports.userId));
        }
        this.sync.restore(saved);
        this.sync.setActive(true);
        this.listener.startedWriting();
        // What followers stored while no tab, or a stalled one, was writing; then on the heartbeat.
        if (channel) {
            queueMicrotask(() => this.readInbox());
        }
        this.scheduleBeat();
        if (this.leadership.tookOver) {
            const text = 'This tab now writes the records for all open Salesforce tabs.';
            this.listener.report(diagnostic(nowIso(this.ports.clock), 'info', DiagnosticCode.LeaderTakeover, text));
        }
        this.listener.changed();
    }

    private readInbox(): void {
        for (const message of this.inbox.take(this.ports.clock.now())) {
            this.listener.handle(message);
        }
    }

    /** What another tab told this one through the channel. */
    private tabMessage(data: unknown): void {
        const message = readTabMessage(data);
        if (message?.type === 'heard' && this.inbox.received(message.message)) {
            this.listener.handle(message.message);
        } else if (message?.type === 'caller') {
            this.listener.callerFound(message.key, message.match);
        }
    }

    /** The browser refused the Web Lock: this tab takes part through the storage lease instead, and says so. */
    private lockRefused(reason: string): void {
        if (!this.started) {
            this.refusedBeforeStart = reason;
            return;
        }
        if (this.leadership.kind !== 'web-locks') {
            return;
        }
        this.leadership = new LeaseLeadership(this.ports.storage, this.ports.tabId);
        const text = `The browser refused the Web Lock (${clip(reason, 120)}): the tabs coordinate through browser storage every ${HEARTBEAT_MS / 1000} s instead.`;
        this.listener.report(diagnostic(nowIso(this.ports.clock), 'warn', DiagnosticCode.TabCoordination, text));
        if (this.heartbeat === undefined) {
            this.beat();
        }
        this.listener.changed();
    }

    /** A browser without Web Locks or BroadcastChannel gets the storage fallbacks, and the agent's admin hears of it. */
    private reportTabCoordination(): void {
        const { leader, messages } = this.coordination;
        const missing = [
            leader === 'storage-lease' ? 'the Web Locks API' : undefined,
            messages === 'storage-polling' ? 'BroadcastChannel' : undefined
        ].filter((name) => name !== undefined);
        if (missing.length > 0) {
            const text = `This browser lacks ${missing.join(' and ')}: the tabs coordinate through browser storage every ${HEARTBEAT_MS / 1000} s instead.`;
            this.listener.report(diagnostic(nowIso(this.ports.clock), 'warn', DiagnosticCode.TabCoordination, text));
        }
    }

    /** Carries on from what an earlier page of this tab, or another tab, saved. */
    private restore(saved: SavedState | undefined): void {
        if (!saved) {
            return;
        }
        const { state } = this;
        saved.interactions.forEach((interaction) => state.interactions.set(interaction.key, interaction));
        state.pauses = saved.pauses;
        // When each was last heard of, as saved (an older save: when the state was saved).
        [...saved.interactions.map((interaction) => interaction.key), ...openPauseKeys(state)].forEach((key) =>
            state.lastHeard.set(key, saved.lastHeard?.[key] ?? saved.savedAt)
        );
        this.sync.restore(saved.records);
        this.listener.restored();
    }
}
