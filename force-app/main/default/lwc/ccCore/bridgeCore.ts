/**
 * One bridge instance: window messages in, record writes and a panel view out. A message passes the
 * gate, its vendor's adapter turns it into canonical events, the state machines apply them, and the
 * changes become record writes. Tab coordination, caller linking, the journal and the view are
 * modules of their own; the component that hosts the bridge supplies the ports (UI API, clock,
 * navigation, browser storage).
 */
import { agentSubject, BridgeJournal } from './bridgeJournal';
import { projectLiveView, projectView } from './bridgeProjection';
import {
    agentHeard,
    emptyBridgeState,
    evictEndedInteractions,
    interactionChanged,
    isOpenRecord,
    noteOnAgent,
    openInteractions,
    pausesChanged
} from './bridgeState';
import type { BridgePorts, BridgeListener, ReceiveOutcome } from './bridgePorts';
import type { BridgeView, LiveView } from './bridgeView';
import { onceAfterBurst } from './burst';
import { CallerLinking } from './callerLinking';
import { readConfig, type BridgeConfig, type BridgeProperties } from './config';
import { CustomEventLog, type CustomEventState } from './customEvents';
import { diagnostic, DiagnosticCode, type Diagnostic } from './diagnostics';
import type { CanonicalEvent, CustomEvent, Instant, InteractionEvent, PauseEvent, RecordPopEvent } from './events';
import { passGate, type WindowMessage } from './gate';
import { applyInteractionEvent, type InteractionState } from './interactionMachine';
import { applyPauseEvent } from './pauseMachine';
import { customEventRecord, interactionRecord, pauseRecord, type MappedRecord } from './recordFields';
import { ObjectApiName } from './recordSchema';
import { RecordSync } from './recordSync';
import { recordTargetFromUrl } from './recordTarget';
import { StaleClose } from './staleClose';
import { agentStatusKey, agentStatusRecord } from './agentStatus';
import { TabTeam, type TabCoordination } from './tabTeam';
import { clip } from './text';
import { instantFromMillis, nowIso } from './time';
import { ADAPTERS } from './vendorAdapters';

export class BridgeCore {
    readonly config: BridgeConfig;
    private readonly state = emptyBridgeState();
    private readonly ports: BridgePorts;
    private readonly journal: BridgeJournal;
    private readonly sync: RecordSync;
    private readonly customEvents = new CustomEventLog();
    private readonly callers: CallerLinking;
    private readonly stale: StaleClose;
    /** The agent's status record (agentStatus.ts), when the Salesforce user is known. */
    private readonly statusKey?: string;
    /** When the last event the bridge applied happened: the status record's Last_Event_At__c. */
    private lastEventAt?: Instant;
    /** Set when tabs share storage: who writes, and what the other tabs heard. */
    private readonly team?: TabTeam;
    private disposed = false;
    /** Tells the host once after the current burst of changes: one re-render and one live-state check. */
    private readonly notifyChanged: () => void;
    /** Tells the host once after the current burst that only the journal changed (see BridgeListener.counted). */
    private readonly notifyCounted: () => void;

    constructor(properties: BridgeProperties, ports: BridgePorts, listener: BridgeListener = {}) {
        this.ports = ports;
        // One notice per burst: `changed` when anything in it may touch the live state, else `counted`.
        let liveStateToo = false;
        const notify = onceAfterBurst(() => {
            const liveState = liveStateToo;
            liveStateToo = false;
            if (this.disposed) {
                return;
            }
            if (liveState || !listener.counted) {
                listener.changed?.();
            } else {
                listener.counted();
            }
        });
        this.notifyChanged = () => {
            liveStateToo = true;
            notify();
        };
        this.notifyCounted = notify;
        this.journal = new BridgeJournal((entry) => listener.diagnostic?.(entry));
        const { config, diagnostics } = readConfig(properties, nowIso(ports.clock));
        this.config = config;
        this.statusKey = config.keepAgentStatus && config.userId ? agentStatusKey(config.userId) : undefined;
        diagnostics.forEach((entry) => this.journal.report(entry));
        // What every part may do to the bridge as a whole.
        const report = (entry: Diagnostic) => this.journal.report(entry);
        const changed = () => this.notifyChanged();
        const effects = { report, changed, save: () => this.team?.save() };
        this.sync = new RecordSync(
            ports.records,
            ports.clock,
            {
                inUse: (key) => isOpenRecord(this.state, key) || key === this.statusKey,
                // A retry, a refusal or a confirmed write changes the panel's pending writes, not the live state.
                diagnostic: (entry) => {
                    report(entry);
                    this.notifyCounted();
                },
                saved: (key) => this.recordSaved(key),
                // A call whose record Salesforce refuses is shown on the status without it, not waited for.
                refused: (key) => {
                    if (this.state.interactions.has(key)) {
                        this.writeStatus().forEach(report);
                    }
                },
                confirmed: () => {
                    this.team?.saveSoon();
                    this.notifyCounted();
                }
            },
            { finder: ports.recordFinder, userId: config.userId, sendSoon: ports.nextTask }
        );
        const { storage, tabId, channel, leaderLock } = ports;
        const shared = storage && tabId ? { storage, ...(channel ? { channel } : {}) } : undefined;
        this.callers = new CallerLinking(
            this.state,
            config,
            { clock: ports.clock, directory: ports.callers, shared },
            {
                isFollower: () => this.role === 'follower',
                write: (state) => this.writeInteraction(state).forEach(report),
                openRecord: (target) => ports.navigator?.openRecord(target),
                ...effects
            }
        );
        this.stale = new StaleClose(this.state, config, ports.clock, effects);
        if (storage && tabId) {
            this.team = new TabTeam(
                this.state,
                this.sync,
                { storage, tabId, clock: ports.clock, channel, leaderLock, userId: config.userId },
                {
                    handle: (message) => this.handleSafely(message, message.receivedAt, false),
                    callerFound: (key, match) => this.callers.found(key, match, false),
                    readStoredCallers: () => this.callers.readStored(),
                    startedWriting: () => {
                        this.callers.startedWriting();
                        // What this tab heard as a follower may have changed the agent's state.
                        this.writeStatus().forEach(report);
                    },
                    saving: (keys) => this.callers.keepStoredOnly(keys),
                    restored: () => this.stale.schedule(),
                    report,
                    changed
                }
            );
            this.team.start();
        }
    }

    /** How this tab coordinates with the others, for the panel: the platform APIs, or the storage fallbacks. */
    get tabCoordination(): TabCoordination | undefined {
        return this.team?.coordination;
    }

    /** leader: this tab writes; follower: another tab does; alone: no shared storage. */
    get role(): 'leader' | 'follower' | 'alone' {
        return this.team?.role ?? 'alone';
    }

    /** Handles one window message this tab heard: gate, adapter, state machines, record writes. */
    receive(message: WindowMessage): ReceiveOutcome {
        return this.handleSafely(message, this.ports.clock.now(), true);
    }

    /** What the live state is built from (cheaper than the panel's whole view). */
    liveView(): LiveView {
        return projectLiveView(this.state, { recordId: (key) => this.sync.recordId(key), now: this.ports.clock.now() });
    }

    view(): BridgeView {
        const tabs = this.tabCoordination;
        return projectView(this.state, {
            role: this.role,
            ...(tabs ? { tabs } : {}),
            journal: this.journal.snapshot(),
            pendingWrites: this.sync.pending(),
            recordId: (key) => this.sync.recordId(key),
            now: this.ports.clock.now()
        });
    }

    /** The messages this tab heard, newest last, as a replay log (see BridgeJournal.exportLog). */
    exportLog(): string {
        return this.journal.exportLog();
    }

    dispose(): void {
        this.disposed = true;
        this.stale.dispose();
        this.team?.dispose();
        this.sync.dispose();
    }

    /** Whatever a message holds, handling it never throws: a failure is a diagnostic, and the bridge goes on. */
    private handleSafely(message: WindowMessage, receivedAtMs: number, heardHere: boolean): ReceiveOutcome {
        try {
            return this.handle(message, receivedAtMs, heardHere);
        } catch (error) {
            const text = `The bridge could not handle a message from ${clip(String(message.origin), 100)}: ${error instanceof Error ? error.message : String(error)}.`;
            const entry = diagnostic(nowIso(this.ports.clock), 'error', DiagnosticCode.InternalError, text, String(message.origin));
            this.journal.report(entry);
            this.notifyCounted();
            return { accepted: false, events: [], diagnostics: [entry] };
        }
    }

    private handle(message: WindowMessage, receivedAtMs: number, heardHere: boolean): ReceiveOutcome {
        this.team?.stepDownIfReplaced();
        const receivedAt: Instant = { ...instantFromMillis(receivedAtMs), received: true };
        const result = passGate(message, this.config, ADAPTERS, receivedAt);
        const accepted = result.events.length > 0;
        if (heardHere) {
            this.journal.heard(message, result.data, receivedAtMs, accepted);
        }
        if (accepted && heardHere && this.team && !this.team.heardFirst(message, result.data, receivedAtMs)) {
            const text = `Message from ${message.origin} already received (resent, or heard by another tab first).`;
            const copy = diagnostic(nowIso(this.ports.clock), 'info', DiagnosticCode.EventDuplicate, text, message.origin);
            this.journal.report(copy);
            this.notifyCounted();
            return { accepted, events: [], diagnostics: [copy] };
        }
        const diagnostics = heardHere ? [...result.diagnostics] : [];
        for (const event of result.events) {
            diagnostics.push(...this.apply(event));
        }
        const lastEvent = result.events[result.events.length - 1];
        if (lastEvent) {
            this.lastEventAt = lastEvent.at;
            diagnostics.push(...this.writeStatus());
        }
        diagnostics.forEach((entry) => this.journal.report(entry));
        if (accepted) {
            this.team?.save();
            this.stale.schedule();
            this.notifyChanged();
        } else {
            this.notifyCounted(); // a refused message is counted and explained, and changes nothing live
        }
        return { accepted, events: result.events, diagnostics };
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
                this.journal.remember(event, agentSubject(event.agent));
                noteOnAgent(this.state, event.vendor, event.note);
                return [];
            case 'agent.login':
            case 'agent.logout':
                this.journal.remember(event, agentSubject(event.agent));
                agentHeard(this.state, event.vendor, event.agent, event.kind === 'agent.login');
                return [];
            default:
                return this.applyInteraction(event);
        }
    }

    private applyInteraction(event: InteractionEvent): Diagnostic[] {
        this.journal.remember(event, event.key);
        const known = this.state.interactions.get(event.key);
        if (!known && event.note) {
            // Notes write no records: about a session the bridge has not heard of, they are the agent's.
            noteOnAgent(this.state, event.vendor, event.note);
            return [];
        }
        const step = applyInteractionEvent(known ?? this.callers.withKnownCaller(event), event);
        if (step.change === 'unchanged') {
            return [
                this.note(event, DiagnosticCode.EventDuplicate, `${event.vendorEvent} for ${event.key} changed nothing (already received).`)
            ];
        }
        const heard = interactionChanged(this.state, step.state, this.ports.clock.now());
        const notes: Diagnostic[] = [];
        if (step.late) {
            const text = `${event.vendorEvent} for ${event.key} arrived after a later event; it only filled gaps.`;
            notes.push(this.note(event, DiagnosticCode.EventLate, text));
        }
        notes.push(...this.writeInteraction(heard));
        this.callers.lookUp(heard);
        evictEndedInteractions(this.state, (key) => this.sync.forget(key));
        return notes;
    }

    /** Whether the admin logs this kind of interaction (Log calls, Log chats). */
    private isLogged(state: InteractionState): boolean {
        return state.facts.channel === 'Chat' ? this.config.logChats : this.config.logCalls;
    }

    private writeInteraction(state: InteractionState): Diagnostic[] {
        return this.isLogged(state) ? this.write(ObjectApiName.Interaction, state.key, interactionRecord(state, this.config)) : [];
    }

    private applyPause(event: PauseEvent): Diagnostic[] {
        const step = applyPauseEvent(this.state.pauses, event);
        pausesChanged(this.state, step, this.ports.clock.now());
        this.journal.remember(event, agentSubject(event.agent));
        agentHeard(this.state, event.vendor, event.agent, true);
        if (step.changed.length === 0) {
            const text = `${event.vendorEvent} for agent ${event.agent.id} changed nothing (already received).`;
            return [this.note(event, DiagnosticCode.EventDuplicate, text)];
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
        this.journal.remember(event, event.eventName);
        const open = openInteractions(this.state);
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

    /**
     * The agent's status record, when what the agent is doing changed (agentStatus.ts). A status
     * about a call or chat waits for the interaction's record id, so the board can open it: the
     * interaction's first write comes back first, and the status goes out then, in one write.
     */
    private writeStatus(): Diagnostic[] {
        // Only the writing tab keeps the status: a follower learns no record ids, so it would wait on
        // every call, and its stale wish would win over the saved one at a takeover (tabTeam.takeOver).
        if (!this.statusKey || this.role === 'follower') {
            return [];
        }
        // After a reload nothing was heard yet: a status that waited for a record id goes out as of now.
        const heardAt = this.lastEventAt ?? instantFromMillis(this.ports.clock.now());
        const interactionRecordId = (key: string) => {
            const interaction = this.state.interactions.get(key);
            // A record that exists is named even if a later update was refused; one refused before it existed never will be.
            return interaction && this.isLogged(interaction)
                ? (this.sync.recordId(key) ?? (this.sync.refused(key) ? null : undefined))
                : null;
        };
        const previous = this.sync.wanted(this.statusKey);
        const record = agentStatusRecord(this.state, previous, heardAt, this.config, interactionRecordId);
        return record ? this.write(ObjectApiName.AgentStatus, this.statusKey, record) : [];
    }

    /** A record now exists: custom events waiting for that interaction's id get it, and so may the agent's status. */
    private recordSaved(key: string): void {
        for (const state of this.customEvents.linkedTo(key)) {
            this.writeCustomEvent(state).forEach((entry) => this.journal.report(entry));
        }
        if (this.state.interactions.has(key)) {
            this.writeStatus().forEach((entry) => this.journal.report(entry));
        }
        this.team?.saveSoon();
        this.notifyChanged();
    }

    /** Opens the record a vendor names, when it is a record of this org; anything else is refused. */
    private popRecord(event: RecordPopEvent): Diagnostic[] {
        this.journal.remember(event, clip(event.recordUrl, 80));
        const result = recordTargetFromUrl(event.recordUrl, this.config.orgOrigin);
        if (!result.ok) {
            const text = `${event.vendorEvent} to "${clip(event.recordUrl, 80)}" refused: ${result.reason}.`;
            return [diagnostic(nowIso(this.ports.clock), 'warn', DiagnosticCode.RecordPopRejected, text, event.vendorEvent)];
        }
        if (this.config.screenPop !== 'off') {
            this.ports.navigator?.openRecord(result.target);
        }
        return [];
    }

    private write(objectApiName: ObjectApiName, key: string, record: MappedRecord): Diagnostic[] {
        this.sync.sync(objectApiName, key, record.fields, record.tentative, record.lazy);
        return this.journal.fieldProblems(key, record.problems, nowIso(this.ports.clock));
    }

    private note(event: CanonicalEvent, code: DiagnosticCode, message: string): Diagnostic {
        return diagnostic(nowIso(this.ports.clock), 'info', code, message, event.vendorEvent);
    }
}
