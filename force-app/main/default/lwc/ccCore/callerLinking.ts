/**
 * Links interactions to their callers: the writing tab looks the caller up, links the record, pops
 * it, and tells the other tabs (at once on the tab channel, and in storage for tabs that open later
 * or have no channel). The other tabs take the caller they are told of.
 */
import type { CallerDirectory, CallerMatch } from 'c/ccRecordSearch';
import { CallerLookups } from './callerLookups';
import { openInteractions, type BridgeState } from './bridgeState';
import type { BridgeConfig } from './config';
import { diagnostic, DiagnosticCode, type Diagnostic } from './diagnostics';
import type { InteractionEvent } from './events';
import { emptyInteraction, isLive, type InteractionState } from './interactionMachine';
import { deepEqual } from './objects';
import type { Clock } from './recordSync';
import type { RecordTarget } from './recordTarget';
import { readJson, STORAGE_PREFIX, writeJson, type SharedStorage } from './sharedStorage';
import type { TabChannel, TabMessage } from './tabChannel';
import { nowIso } from './time';

/** Storage keys under which the writing tab tells the others who called. */
const CALLER_PREFIX = `${STORAGE_PREFIX}caller.`;

export interface CallerLinkingPorts {
    clock: Clock;
    /** Finds the records a caller may be. Without it, callers are not looked up (but still taken from other tabs). */
    directory?: CallerDirectory;
    /** Shared with the user's other tabs; absent when the bridge works alone. */
    shared?: { storage: SharedStorage; channel?: TabChannel };
}

export interface CallerLinkingListener {
    /** Whether another tab writes (and so looks callers up). */
    isFollower(): boolean;
    /** The interaction's caller changed: its record is written again. */
    write(state: InteractionState): void;
    openRecord(target: RecordTarget): void;
    report(entry: Diagnostic): void;
    save(): void;
    changed(): void;
}

export class CallerLinking {
    private readonly state: BridgeState;
    private readonly config: BridgeConfig;
    private readonly ports: CallerLinkingPorts;
    private readonly listener: CallerLinkingListener;
    private readonly lookups?: CallerLookups;
    /** The interaction keys whose callers are in storage, while this tab writes (listed on the first save). */
    private storedKeys?: Set<string>;

    constructor(state: BridgeState, config: BridgeConfig, ports: CallerLinkingPorts, listener: CallerLinkingListener) {
        this.state = state;
        this.config = config;
        this.ports = ports;
        this.listener = listener;
        if (ports.directory) {
            this.lookups = new CallerLookups(ports.directory, config, {
                found: (key, match) => this.found(key, match, true),
                failed: (key, reason) => {
                    listener.report(
                        diagnostic(
                            nowIso(ports.clock),
                            'warn',
                            DiagnosticCode.CallerLookupFailed,
                            `Looking up the caller of ${key} failed: ${reason}.`,
                            key
                        )
                    );
                    listener.changed();
                }
            });
        }
    }

    /** Only the writing tab looks callers up; the others learn the answer through storage. */
    lookUp(state: InteractionState): void {
        if (!this.lookups || this.listener.isFollower() || state.caller) {
            return;
        }
        const extra = state.facts.extra;
        const cpf = this.config.cpfField && extra ? extra[this.config.cpfExtraKey] : undefined;
        this.lookups.lookUp(
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
     * ended interaction, once), and tell the other tabs when this tab found it (`local`).
     */
    found(key: string, match: CallerMatch, local: boolean): void {
        const state = this.state.interactions.get(key);
        if (!state || deepEqual(state.caller, match)) {
            return;
        }
        const updated: InteractionState = { ...state, caller: match };
        this.state.interactions.set(key, updated);
        this.listener.write(updated);
        const { shared } = this.ports;
        if (local && shared) {
            // Stored for tabs that open later (by the writing tab only: it alone clears them), told at once to the tabs open now.
            if (!this.listener.isFollower()) {
                writeJson(shared.storage, `${CALLER_PREFIX}${key}`, { key, match });
                this.storedKeys?.add(key);
            }
            shared.channel?.post({ type: 'caller', key, match } satisfies TabMessage);
        }
        if (match.outcome === 'single' && match.record && isLive(state) && this.config.screenPop === 'single') {
            this.listener.openRecord({ recordId: match.record.recordId, objectApiName: match.record.objectApiName });
        }
        this.listener.save();
        this.listener.changed();
    }

    /** A new interaction starts with the caller the writing tab already found for it, if any (no pop). */
    withKnownCaller(event: InteractionEvent): InteractionState | undefined {
        const match = this.stored(event.key);
        return match ? { ...emptyInteraction(event.key, event.vendor), caller: match } : undefined;
    }

    /** Without a channel: the callers the writing tab found for the interactions open here. */
    readStored(): void {
        for (const state of openInteractions(this.state)) {
            const found = this.ports.shared && !state.caller ? this.stored(state.key) : undefined;
            if (found) {
                this.found(state.key, found, false);
            }
        }
    }

    /** Stored callers are kept only for the interactions and pauses the saved state keeps (`keys`). */
    keepStoredOnly(keys: Set<string>): void {
        const storage = this.ports.shared?.storage;
        if (!storage) {
            return;
        }
        // Listing storage keys is slow under LWS (it filters every key by namespace): once per writing
        // spell, for what earlier writers stored; after that, this tab knows what it stored itself.
        this.storedKeys ??= new Set(storage.keys(CALLER_PREFIX).map((callerKey) => callerKey.slice(CALLER_PREFIX.length)));
        for (const key of this.storedKeys) {
            if (!keys.has(key)) {
                storage.removeItem(`${CALLER_PREFIX}${key}`);
                this.storedKeys.delete(key);
            }
        }
    }

    /** A tab that starts writing, or takes over, looks up the callers of what is open, and lists the stored callers again. */
    startedWriting(): void {
        this.storedKeys = undefined;
        openInteractions(this.state).forEach((state) => this.lookUp(state));
    }

    private stored(key: string): CallerMatch | undefined {
        const storage = this.ports.shared?.storage;
        const found = storage ? (readJson(storage, `${CALLER_PREFIX}${key}`) as { match?: CallerMatch } | undefined) : undefined;
        return found?.match;
    }
}
