/**
 * What the bridge tells about its own work: message counts, the recent events and diagnostics the
 * panel lists (ring buffers, oldest dropped), and the messages it heard, for "Export log".
 */
import type { BridgeStats, Listed, RecentEvent } from './bridgeView';
import { diagnostic, DiagnosticCode, type Diagnostic } from './diagnostics';
import type { AgentFacts, CanonicalEvent } from './events';
import type { FieldProblem } from './fieldLimits';
import type { WindowMessage } from './gate';
import { isoFromMillis, toIsoString } from './time';
import { dropOldest } from './objects';

/** How many diagnostics and recent events the panel keeps (a ring buffer: oldest dropped). */
export const MAX_DIAGNOSTICS = 200;
export const MAX_RECENT_EVENTS = 25;
/** Messages kept for "Export log", newest last. */
export const MAX_CAPTURED_MESSAGES = 500;

/** What became of a value that did not fit its field, as the diagnostic says it. */
const PROBLEM_OUTCOME_TEXT = {
    cut: 'it was cut, ending in "…".',
    'left-out': 'the field is left empty and the rest of the record is written.',
    'shortened-json': 'it stays valid JSON, with markers where values were shortened.'
} as const;

export class BridgeJournal {
    private readonly stats: BridgeStats = { messages: 0, accepted: 0, rejected: 0 };
    private readonly recentEvents: Listed<RecentEvent>[] = [];
    private readonly diagnostics: Listed<Diagnostic>[] = [];
    /** Entries added to the lists so far: the number of the next one. */
    private listed = 0;
    /** What this tab heard, as replay lines, for "Export log". */
    private readonly captured: string[] = [];
    /** `<key>|<field>|<outcome>` of field problems already reported. */
    private readonly reportedFieldProblems = new Set<string>();
    /** Hears every diagnostic as it is raised. */
    private readonly onDiagnostic?: (entry: Diagnostic) => void;

    constructor(onDiagnostic?: (entry: Diagnostic) => void) {
        this.onDiagnostic = onDiagnostic;
    }

    /** A message this tab heard itself: counted, and kept for the export. */
    heard(message: WindowMessage, data: unknown, receivedAtMs: number, accepted: boolean): void {
        this.stats.messages += 1;
        this.stats[accepted ? 'accepted' : 'rejected'] += 1;
        const line = { at: isoFromMillis(receivedAtMs), origin: message.origin, data: data ?? null, tab: 'A' };
        this.captured.push(JSON.stringify(line));
        if (this.captured.length > MAX_CAPTURED_MESSAGES) {
            this.captured.shift();
        }
    }

    remember(event: CanonicalEvent, subject: string): void {
        this.listed += 1;
        this.recentEvents.unshift({
            at: toIsoString(event.at),
            vendor: event.vendor,
            vendorEvent: event.vendorEvent,
            subject,
            seq: this.listed
        });
        this.recentEvents.length = Math.min(this.recentEvents.length, MAX_RECENT_EVENTS);
    }

    report(entry: Diagnostic): void {
        this.onDiagnostic?.(entry);
        this.listed += 1;
        this.diagnostics.unshift({ ...entry, seq: this.listed });
        this.diagnostics.length = Math.min(this.diagnostics.length, MAX_DIAGNOSTICS);
    }

    /** The diagnostics for the values of a record that did not fit: each said once per record, not at every update of it. */
    fieldProblems(key: string, problems: FieldProblem[], at: string): Diagnostic[] {
        const fresh = problems.filter((problem) => this.firstReport(`${key}|${problem.field}|${problem.outcome}`));
        return fresh.map((problem) =>
            diagnostic(
                at,
                'warn',
                problem.outcome === 'left-out' ? DiagnosticCode.FieldLeftOut : DiagnosticCode.FieldTruncated,
                `${problem.field} of ${key}: ${problem.reason}; ${PROBLEM_OUTCOME_TEXT[problem.outcome]}`,
                key
            )
        );
    }

    /**
     * The messages this tab heard, newest last, as a replay log (one JSON line each): an admin can run
     * it through `npm run replay` to reproduce what happened (as tab A). A message that could not be read
     * at all is kept with its origin and `data: null`.
     */
    exportLog(): string {
        return this.captured.map((line) => `${line}\n`).join('');
    }

    /** Copies for the view, newest first. */
    snapshot(): { stats: BridgeStats; recentEvents: Listed<RecentEvent>[]; diagnostics: Listed<Diagnostic>[] } {
        return { stats: { ...this.stats }, recentEvents: [...this.recentEvents], diagnostics: [...this.diagnostics] };
    }

    private firstReport(subject: string): boolean {
        if (this.reportedFieldProblems.has(subject)) {
            return false;
        }
        this.reportedFieldProblems.add(subject);
        dropOldest(this.reportedFieldProblems, MAX_DIAGNOSTICS);
        return true;
    }
}

/** What an agent's event is listed under: the agent's login, else their id. */
export function agentSubject(agent: AgentFacts): string {
    return agent.login ?? agent.id ?? '';
}
