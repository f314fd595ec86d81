/**
 * Keeps each record in Salesforce in step with its state: the first write creates it, each later
 * change sends one update of only the fields that changed, writes to one record never overlap, and
 * failures are retried or reported instead of dropped.
 */
import { agentLegKey, OBJECTS_WITH_AGENT_LEGS, sameUser, type FoundRecord, type RecordFinder } from 'c/ccRecordSearch';
import { diagnostic, DiagnosticCode, type Diagnostic } from './diagnostics';
import { changedFields } from './recordFields';
import { CALLER_LOOKUP_FIELDS } from 'c/ccLiveProtocol';
import { InteractionField, TEXT_FIELD_LENGTHS, type ObjectApiName, type RecordFields } from './recordSchema';
import { nowIso } from './time';
import { classifyWriteError, type WriteFailure } from './writeErrors';

/** The record-writer port: UI API createRecord / updateRecord in the org, an emulator elsewhere. */
export interface RecordWriter {
    createRecord(objectApiName: ObjectApiName, fields: RecordFields): Promise<{ id: string }>;
    updateRecord(recordId: string, fields: RecordFields): Promise<void>;
}

export interface RecordSyncOptions {
    finder?: RecordFinder;
    /** The Salesforce user running the bridge: records of OBJECTS_WITH_AGENT_LEGS another user holds get this user's own leg. */
    userId?: string | null;
    /** Where writes go out after the state that holds them is saved (see BridgePorts.nextTask); the next microtask by default. */
    sendSoon?: (send: () => void) => void;
}

/** Time and timers, injected so that tests and the replay command run on their own clock. */
export interface Clock {
    now(): number;
    setTimeout(callback: () => void, ms: number): unknown;
    clearTimeout(handle: unknown): void;
    /** 0 ≤ n < 1, for retry jitter. */
    random(): number;
}

export interface RecordSyncListener {
    diagnostic(entry: Diagnostic): void;
    /** A record exists in Salesforce for this key (created, or found by a duplicate create). */
    saved(key: string, recordId: string): void;
    /** Salesforce confirmed a write: what it holds changed. */
    confirmed(key: string): void;
    /** Salesforce refused a record for good (it is sent again only when it changes). */
    refused?(key: string): void;
    /** Records still in use (an open call, chat or pause): never forgotten to bound memory, whatever their number. */
    inUse?(key: string): boolean;
}

/**
 * Fields the agent may set on a record the bridge also writes (the caller linked from the live-state
 * card). After a DUPLICATE_VALUE the bridge does not know what the existing record holds, so it never
 * sends these then: an agent's choice is never overwritten by a merge.
 */
export const AGENT_OWNED_FIELDS: readonly string[] = [...CALLER_LOOKUP_FIELDS, InteractionField.disposition, InteractionField.notes];

export type PendingWriteState = 'sending' | 'retrying' | 'failed';

export interface PendingWrite {
    key: string;
    objectApiName: ObjectApiName;
    state: PendingWriteState;
    attempts: number;
    error?: string;
}

/** A record's sync state as kept in browser storage, so that a reload or another tab can resume it. */
export interface SavedRecord {
    key: string;
    objectApiName: ObjectApiName;
    desired: RecordFields;
    confirmed: RecordFields | null;
    recordId?: string;
    /** Refused for good: kept for the panel, never sent again. */
    failed?: string;
    /** Found by a DUPLICATE_VALUE: its agent-owned fields are never sent. */
    merged?: true;
    /** The External_Key__c of this agent's own leg, when another agent's record holds the key. */
    leg?: string;
}

interface Entry {
    key: string;
    objectApiName: ObjectApiName;
    /** What the record should hold. */
    desired: RecordFields;
    /** What Salesforce holds as far as the bridge knows; null until a create succeeds. */
    confirmed: RecordFields | null;
    recordId?: string;
    /** idle: up to date or ready to send; failed: refused for good, sent again only when it changes. */
    status: 'idle' | 'sending' | 'retrying' | 'failed';
    attempts: number;
    retryTimer?: unknown;
    /** Fields whose changes alone wait up to LAZY_WRITE_MS, to go out together (a chat's transcript). */
    lazy: readonly string[];
    lazyTimer?: unknown;
    /** The lazy wait is over: send what is there. */
    lazyDue?: boolean;
    /** Found by a DUPLICATE_VALUE: another writer made it, so the agent-owned fields are never sent. */
    merged?: boolean;
    /** Refused for good at least once (see `refused`). */
    refusedOnce?: boolean;
    /** This agent's own leg (External_Key__c `<key>@<userId>`): another agent's record holds `key`. */
    leg?: string;
    /** Failures in a row with no HTTP answer and no code. */
    unknownAttempts?: number;
    lastError?: string;
    /** Fields that must not overwrite a record someone else created: this bridge may know too little. */
    tentative: readonly string[];
    /** When this bridge first wanted the record (clock ms). */
    createdAt: number;
    /** When this bridge last wanted it to hold something else (clock ms). */
    changedAt: number;
}

/** Records kept in memory; past this, the oldest that need no write are forgotten. */
export const MAX_SYNCED_RECORDS = 400;

export const RETRY_BASE_MS = 1_000;
/** A change of lazy fields alone waits this long for others, so a busy chat is not one update per message. */
export const LAZY_WRITE_MS = 10_000;
/** An error with no HTTP answer, no code and no sign of the network is tried this many times (about 15 s of backoff), then refused. */
export const MAX_UNKNOWN_ATTEMPTS = 5;
export const RETRY_MAX_MS = 60_000;

export class RecordSync {
    private readonly entries = new Map<string, Entry>();
    /** Keys whose record is not yet what it should be (or was refused): kept apart so nothing scans every record. */
    private readonly unsettled = new Set<string>();
    /** The records to send in the next task, in the order they changed; one task for all of them. */
    private readonly due = new Set<Entry>();
    private disposed = false;
    /** Only the leading tab sends; the others keep what the records should hold, in case they take over. */
    private active = true;
    private readonly writer: RecordWriter;
    private readonly clock: Clock;
    private readonly listener: RecordSyncListener;

    private readonly finder?: RecordFinder;
    private readonly userId?: string | null;
    private readonly sendSoon: (send: () => void) => void;

    constructor(writer: RecordWriter, clock: Clock, listener: RecordSyncListener, options: RecordSyncOptions = {}) {
        this.writer = writer;
        this.clock = clock;
        this.listener = listener;
        this.finder = options.finder;
        this.userId = options.userId;
        this.sendSoon = options.sendSoon ?? ((send) => queueMicrotask(send));
    }

    /** Asks for the record with this External_Key__c to hold these field values. */
    sync(
        objectApiName: ObjectApiName,
        key: string,
        fields: RecordFields,
        tentative: readonly string[] = [],
        lazy: readonly string[] = []
    ): void {
        const entry = this.entries.get(key) ?? this.newEntry(key, objectApiName, {});
        const keyed = withLegKey(fields, entry.leg);
        if (Object.keys(changedFields(entry.desired, keyed)).length > 0) {
            entry.changedAt = this.clock.now();
            if (entry.status === 'failed') {
                // Refused for good, but the record has changed since: it gets another attempt.
                entry.status = 'idle';
                entry.attempts = 0;
            }
        }
        entry.desired = keyed;
        entry.tentative = tentative;
        entry.lazy = lazy;
        this.leaveAgentFieldsAlone(entry);
        this.entries.delete(key); // re-insert: Map order is then "least recently wanted first"
        this.entries.set(key, entry);
        this.settle(entry);
        this.trim();
        // Sent later, so the caller can save the new state to storage before it goes out.
        this.pumpSoon(entry);
    }

    /**
     * Keeps only the records `keep` names (a tab taking over: what it heard as a follower, the
     * previous leader had already written), so the new leader does not create them again.
     */
    retainOnly(keep: (key: string, times: { createdAt: number; changedAt: number }) => boolean): void {
        for (const [key, entry] of this.entries) {
            if (!keep(key, entry) && entry.status !== 'sending' && entry.status !== 'retrying') {
                this.entries.delete(key);
                this.unsettled.delete(key);
            }
        }
    }

    /** Starts or stops sending (this tab became, or stopped being, the leader). */
    setActive(active: boolean): void {
        this.active = active;
        if (active) {
            this.entries.forEach((entry) => this.pump(entry));
        } else {
            // Another tab writes now: nothing waits here to be sent later.
            this.entries.forEach((entry) => this.stopTimers(entry));
        }
    }

    /** Every record that still matters, for browser storage: pending writes and known record ids. */
    save(keys: ReadonlySet<string>): SavedRecord[] {
        const wanted = new Set([...keys, ...this.unsettled]);
        return [...wanted]
            .map((key) => this.entries.get(key))
            .filter((entry): entry is Entry => entry !== undefined)
            .map((entry) => ({
                key: entry.key,
                objectApiName: entry.objectApiName,
                desired: entry.desired,
                confirmed: entry.confirmed,
                ...(entry.recordId ? { recordId: entry.recordId } : {}),
                ...(entry.merged ? { merged: true as const } : {}),
                ...(entry.leg ? { leg: entry.leg } : {}),
                ...(entry.status === 'failed' ? { failed: entry.lastError ?? 'refused' } : {})
            }));
    }

    /**
     * Takes over records saved by an earlier page or another tab: their ids and what Salesforce holds.
     * What this tab already wants a record to hold wins over the saved wish.
     */
    restore(saved: readonly SavedRecord[]): void {
        for (const record of saved) {
            const entry = this.entries.get(record.key) ?? this.newEntry(record.key, record.objectApiName, record.desired);
            if (entry.recordId === undefined && record.recordId !== undefined) {
                entry.recordId = record.recordId;
                entry.confirmed = record.confirmed;
            }
            if (record.failed !== undefined && entry.status === 'idle') {
                entry.status = 'failed';
                entry.refusedOnce = true;
                entry.lastError = record.failed;
            }
            if (record.merged) {
                entry.merged = true;
                this.leaveAgentFieldsAlone(entry);
            }
            // A leg saved for another record than the one this tab already writes is not this entry's.
            if (
                record.leg !== undefined &&
                entry.leg === undefined &&
                (entry.recordId === undefined || entry.recordId === record.recordId)
            ) {
                entry.leg = record.leg;
                entry.desired = withLegKey(entry.desired, record.leg);
            }
            this.entries.set(record.key, entry);
            this.settle(entry);
            this.pumpSoon(entry);
        }
    }

    recordId(key: string): string | undefined {
        return this.entries.get(key)?.recordId;
    }

    /** The values last asked for the record with this key, while this tab keeps it. */
    wanted(key: string): RecordFields | undefined {
        return this.entries.get(key)?.desired;
    }

    /**
     * Whether Salesforce refused the record at least once: one it refused may never exist, however
     * often a change sends it again (a validation rule refuses every attempt).
     */
    refused(key: string): boolean {
        return this.entries.get(key)?.refusedOnce === true;
    }

    /** Writes not yet confirmed by Salesforce, for the panel. */
    pending(): PendingWrite[] {
        const list: PendingWrite[] = [];
        if (!this.active) {
            return list;
        }
        for (const key of this.unsettled) {
            const entry = this.entries.get(key);
            if (!entry) {
                continue;
            }
            list.push({
                key: entry.key,
                objectApiName: entry.objectApiName,
                state: entry.status === 'idle' ? 'sending' : entry.status,
                attempts: entry.attempts,
                ...(entry.lastError ? { error: entry.lastError } : {})
            });
        }
        return list;
    }

    /** Drops a record that needs no more writes, to keep memory bounded; false while it still does. */
    forget(key: string): boolean {
        const entry = this.entries.get(key);
        // A tab that does not write keeps no records for later: the leader has them, and saves them.
        if (entry && this.active && (entry.status !== 'idle' || this.unsettled.has(key))) {
            return false;
        }
        if (entry) {
            this.stopTimers(entry);
        }
        this.entries.delete(key);
        this.unsettled.delete(key);
        return true;
    }

    dispose(): void {
        this.disposed = true;
        this.entries.forEach((entry) => this.stopTimers(entry));
    }

    /** Clears an entry's retry and lazy timers: it is dropped, or this tab stops writing. */
    private stopTimers(entry: Entry): void {
        for (const timer of [entry.retryTimer, entry.lazyTimer]) {
            if (timer !== undefined) {
                this.clock.clearTimeout(timer);
            }
        }
        entry.retryTimer = undefined;
        entry.lazyTimer = undefined;
        if (entry.status === 'retrying') {
            entry.status = 'idle';
        }
    }

    private newEntry(key: string, objectApiName: ObjectApiName, desired: RecordFields): Entry {
        const now = this.clock.now();
        return {
            key,
            objectApiName,
            desired,
            confirmed: null,
            status: 'idle',
            attempts: 0,
            tentative: [],
            lazy: [],
            createdAt: now,
            changedAt: now
        };
    }

    /** Forgets the oldest records that need no more writes, past MAX_SYNCED_RECORDS. */
    private trim(): void {
        for (const [key, entry] of this.entries) {
            if (this.entries.size <= MAX_SYNCED_RECORDS) {
                break;
            }
            // A tab that does not write keeps nothing it would have to send: the leader has it. A record
            // still in use stays, so its next change is an update of it, not a create and a merge.
            if (entry.status === 'idle' && (!this.unsettled.has(key) || !this.active) && !this.listener.inUse?.(key)) {
                this.stopTimers(entry);
                this.entries.delete(key);
                this.unsettled.delete(key);
            }
        }
    }

    /**
     * Someone holds the record's key. With a finder, it is looked up (a message in another language
     * names no id, and only the record tells whose it is); without, the id the message names is used.
     * This user's own record (another tab, an earlier page) is merged into; another agent's record, or
     * one this user cannot see, gets this agent's own leg where the object has legs; else refused.
     */
    private findExisting(entry: Entry, failure: { existingId?: string; message: string }): void {
        const named: FoundRecord | undefined = failure.existingId !== undefined ? { id: failure.existingId } : undefined;
        const finder = named === undefined || this.hasLegs(entry) ? this.finder : undefined;
        const found = finder ? finder.findByKey(entry.objectApiName, externalKeyOf(entry)) : Promise.resolve(named);
        entry.status = 'sending';
        found.then(
            (existing) => {
                entry.status = 'idle';
                if (this.disposed) {
                    return;
                }
                // On an object with legs, only this user's own record is merged into: one with another
                // agent, or none (an import), stays as it is, and this agent gets a record of their own.
                // Without a finder, only the id the message names is known: merged into, and an update it
                // refuses (403/404) starts the leg then.
                const ownRecord = !this.hasLegs(entry) || !finder || sameUser(existing?.agentId, this.userId);
                if (existing && (ownRecord || !this.canStartLeg(entry))) {
                    this.mergeInto(entry, existing.id);
                } else if (this.canStartLeg(entry)) {
                    this.startLeg(entry, existing ? `another agent's record (${existing.id})` : 'a record this user cannot see');
                } else {
                    entry.attempts += 1;
                    entry.lastError = `${failure.message} (a record with this key exists, but this user cannot see it)`;
                    this.refuse(entry, entry.lastError);
                }
            },
            (error: unknown) => {
                entry.status = 'idle';
                if (this.disposed) {
                    return;
                }
                // The lookup itself failed (no answer in time, a GraphQL error): the create and the lookup
                // are tried again later, for as long as it takes, as a write that could not reach Salesforce.
                const message = `looking up the record that holds its key failed: ${classifyWriteError(error).message}`;
                this.retryOrRefuse(entry, { kind: 'transient', message });
            }
        );
    }

    private hasLegs(entry: Entry): boolean {
        return OBJECTS_WITH_AGENT_LEGS.includes(entry.objectApiName);
    }

    /** Whether this record may become this agent's own leg: an object with legs, a known user, not a leg already, and a key that fits. */
    private canStartLeg(entry: Entry): boolean {
        return (
            this.hasLegs(entry) &&
            typeof this.userId === 'string' &&
            entry.leg === undefined &&
            agentLegKey(entry.key, this.userId).length <= (TEXT_FIELD_LENGTHS[entry.objectApiName][InteractionField.externalKey] ?? 0)
        );
    }

    /**
     * Another agent's record holds the key (a transferred call or chat): this agent's part becomes a
     * record of its own, keyed `<key>@<userId>`, with the same Conversation_Key__c. It is created anew
     * with everything this bridge knows, agent-owned fields included: it is this agent's record.
     */
    private startLeg(entry: Entry, holder: string): void {
        entry.leg = agentLegKey(entry.key, this.userId as string);
        entry.desired = withLegKey(entry.desired, entry.leg);
        entry.recordId = undefined;
        entry.confirmed = null;
        entry.merged = false;
        entry.attempts = 0;
        const text = `${entry.objectApiName} ${entry.key} is held by ${holder}, as when a call or chat is transferred: this agent's part is recorded as ${entry.leg}, with the same Conversation Key.`;
        this.listener.diagnostic(diagnostic(nowIso(this.clock), 'info', DiagnosticCode.AgentLeg, text, entry.key));
        this.settle(entry);
        this.pump(entry);
    }

    /** On a merged record, what the bridge would put in an agent-owned field counts as already there: never sent. */
    private leaveAgentFieldsAlone(entry: Entry): void {
        if (!entry.merged || entry.confirmed === null) {
            return;
        }
        for (const name of AGENT_OWNED_FIELDS) {
            if (name in entry.desired) {
                entry.confirmed[name] = entry.desired[name] ?? null;
            }
        }
    }

    /** Keeps `unsettled` in step with an entry after it changed. */
    private settle(entry: Entry): void {
        if (entry.status !== 'idle' || this.needsWrite(entry)) {
            this.unsettled.add(entry.key);
        } else {
            this.unsettled.delete(entry.key);
        }
    }

    private needsWrite(entry: Entry): boolean {
        return entry.confirmed === null || Object.keys(changedFields(entry.confirmed, entry.desired)).length > 0;
    }

    /**
     * Whether an update that changes only lazy fields waits (up to LAZY_WRITE_MS) for more changes.
     * A create, or any other field changed, goes out at once and takes the lazy fields along.
     */
    private waitsForMore(entry: Entry): boolean {
        if (entry.confirmed === null || entry.recordId === undefined || entry.lazy.length === 0) {
            return false;
        }
        const changed = Object.keys(changedFields(entry.confirmed, entry.desired));
        if (!changed.every((name) => entry.lazy.includes(name))) {
            return false;
        }
        if (entry.lazyDue) {
            return false;
        }
        entry.lazyTimer ??= this.clock.setTimeout(() => {
            entry.lazyTimer = undefined;
            entry.lazyDue = true;
            this.pump(entry);
        }, LAZY_WRITE_MS);
        return true;
    }

    /** One create or update; a writer that throws instead of rejecting is treated as a failed write. */
    private send(entry: Entry, sent: RecordFields): Promise<void> {
        try {
            if (entry.recordId === undefined) {
                return this.writer.createRecord(entry.objectApiName, withoutNulls(sent)).then(({ id }) => {
                    entry.recordId = id;
                    this.listener.saved(entry.key, id);
                });
            }
            return this.writer.updateRecord(entry.recordId, changedFields(entry.confirmed ?? {}, sent));
        } catch (error) {
            return Promise.reject(error);
        }
    }

    /** Sends later, if the record is still this entry's then (a takeover may have let it go meanwhile). */
    private pumpSoon(entry: Entry): void {
        if (this.due.size === 0) {
            this.sendSoon(this.pumpDue);
        }
        this.due.add(entry);
    }

    // One function for every task (see burst.ts: a new one would be wrapped again under LWS).
    private readonly pumpDue = (): void => {
        const due = [...this.due];
        this.due.clear();
        for (const entry of due) {
            if (this.entries.get(entry.key) === entry) {
                this.pump(entry);
            }
        }
    };

    private pump(entry: Entry): void {
        if (this.disposed || !this.active || entry.status !== 'idle' || !this.needsWrite(entry) || this.waitsForMore(entry)) {
            return;
        }
        if (entry.lazyTimer !== undefined) {
            this.clock.clearTimeout(entry.lazyTimer);
            entry.lazyTimer = undefined;
        }
        entry.lazyDue = false;
        entry.status = 'sending';
        const sent = entry.desired;
        this.send(entry, sent).then(
            () => {
                entry.status = 'idle';
                entry.attempts = 0;
                entry.unknownAttempts = 0;
                entry.lastError = undefined;
                entry.confirmed = { ...(entry.confirmed ?? {}), ...sent };
                this.settle(entry);
                this.listener.confirmed(entry.key);
                this.pump(entry);
            },
            (error: unknown) => {
                entry.status = 'idle';
                this.handleFailure(entry, error);
            }
        );
    }

    private handleFailure(entry: Entry, error: unknown): void {
        if (this.disposed) {
            return; // the page is going: what is unsaved is in the saved state
        }
        const failure = classifyWriteError(error);
        if (failure.kind === 'duplicate') {
            this.findExisting(entry, failure);
            return;
        }
        if (failure.kind === 'noAccess' && entry.merged && this.canStartLeg(entry)) {
            // The record the key named is not this user's to write (visible read-only, or hidden by sharing).
            this.startLeg(entry, `a record this user cannot update (${failure.message})`);
            return;
        }
        this.retryOrRefuse(entry, failure);
    }

    /** A failed write is tried again later (with backoff) when it may pass, else refused. */
    private retryOrRefuse(entry: Entry, failure: Exclude<WriteFailure, { kind: 'duplicate' }>): void {
        const subject = `${entry.objectApiName} ${entry.key}`;
        entry.attempts += 1;
        entry.lastError = failure.message;
        // Errors with no answer and no code are counted apart: network errors before them do not count.
        entry.unknownAttempts = failure.kind === 'unknown' ? (entry.unknownAttempts ?? 0) + 1 : 0;
        const retry =
            failure.kind === 'transient' ||
            failure.kind === 'session' ||
            (failure.kind === 'unknown' && entry.unknownAttempts < MAX_UNKNOWN_ATTEMPTS);
        if (retry) {
            const delay = retryDelay(entry.attempts, this.clock.random());
            entry.status = 'retrying';
            entry.retryTimer = this.clock.setTimeout(() => {
                entry.retryTimer = undefined;
                entry.status = 'idle';
                this.pump(entry);
            }, delay);
            const seconds = Math.round(delay / 1000);
            const text =
                failure.kind === 'session'
                    ? `Your Salesforce session has expired: log in again. ${subject} is kept and sent again in ${seconds} s, and after each retry until it is saved.`
                    : `Saving ${subject} failed (${failure.message}); retry ${entry.attempts} in ${seconds} s.`;
            const code = failure.kind === 'session' ? DiagnosticCode.SessionExpired : DiagnosticCode.WriteRetrying;
            this.listener.diagnostic(diagnostic(nowIso(this.clock), failure.kind === 'session' ? 'error' : 'warn', code, text, entry.key));
            return;
        }
        this.refuse(entry, failure.kind === 'unknown' ? `${failure.message}, ${entry.attempts} times` : failure.message);
    }

    /** Someone created the record first: send every field this bridge knows, but never blank one it does not. */
    private mergeInto(entry: Entry, existingId: string): void {
        entry.recordId = existingId;
        entry.confirmed = Object.fromEntries(
            Object.entries(entry.desired).filter(([name, value]) => value === null || entry.tentative.includes(name))
        );
        entry.merged = true;
        this.leaveAgentFieldsAlone(entry);
        this.listener.saved(entry.key, existingId);
        const text = `${entry.objectApiName} ${entry.key} already existed (${existingId}); updating it instead.`;
        this.listener.diagnostic(diagnostic(nowIso(this.clock), 'info', DiagnosticCode.WriteMergedDuplicate, text, entry.key));
        this.pump(entry);
    }

    /** Refused for good: kept for the panel with its data, sent again only when the record changes. */
    private refuse(entry: Entry, why: string): void {
        entry.status = 'failed';
        entry.refusedOnce = true;
        const text = `Salesforce refused ${entry.objectApiName} ${entry.key}: ${why}. Not retried until the record changes; the record data was: ${JSON.stringify(entry.desired)}`;
        this.listener.diagnostic(diagnostic(nowIso(this.clock), 'error', DiagnosticCode.WriteRejected, text, entry.key));
        this.listener.refused?.(entry.key);
    }
}

/** Exponential backoff with jitter: about 1 s, 2 s, 4 s … capped at 60 s, each ±20 %. */
export function retryDelay(attempt: number, random: number): number {
    const base = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** (attempt - 1));
    return Math.round(base * (0.8 + 0.4 * random));
}

/** The External_Key__c a record is written under: its leg's, once it has one (only interactions have legs). */
function externalKeyOf(entry: Entry): string {
    return entry.leg ?? entry.key;
}

function withLegKey(fields: RecordFields, leg: string | undefined): RecordFields {
    return leg === undefined ? fields : { ...fields, [InteractionField.externalKey]: leg };
}

function withoutNulls(fields: RecordFields): RecordFields {
    return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null));
}
