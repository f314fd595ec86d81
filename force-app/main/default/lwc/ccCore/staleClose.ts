/**
 * An end that never came: a call, chat or pause with no event for the admin's time (4 and 12 hours
 * by default) stops being live here, in the saved state, the card and the utility label, and custom
 * events no longer attach to it. Its record keeps its last known values.
 */
import { openInteractions, openPauseKeys, type BridgeState } from './bridgeState';
import type { BridgeConfig } from './config';
import { diagnostic, DiagnosticCode, type Diagnostic } from './diagnostics';
import type { Clock } from './recordSync';
import { nowIso } from './time';

export interface StaleCloseListener {
    report(entry: Diagnostic): void;
    save(): void;
    changed(): void;
}

export class StaleClose {
    private readonly state: BridgeState;
    private readonly config: BridgeConfig;
    private readonly clock: Clock;
    private readonly listener: StaleCloseListener;
    private timer?: unknown;
    /** When the timer fires (clock ms). */
    private wakeAt = Number.POSITIVE_INFINITY;

    constructor(state: BridgeState, config: BridgeConfig, clock: Clock, listener: StaleCloseListener) {
        this.state = state;
        this.config = config;
        this.clock = clock;
        this.listener = listener;
    }

    /**
     * Wakes up when the first open interaction or pause would turn stale, if nothing is heard of it
     * before. A timer already due by then stays: hearing of something only moves its deadline later,
     * and waking early just checks and sleeps again. So a message sets no timer of its own.
     */
    schedule(): void {
        const now = this.clock.now();
        const deadlines = this.openItems().map(({ key, staleMs }) => (this.state.lastHeard.get(key) ?? now) + staleMs);
        const wakeAt = Math.min(...deadlines);
        if (deadlines.length > 0 && (this.timer === undefined || wakeAt < this.wakeAt)) {
            this.dispose();
            this.wakeAt = wakeAt;
            this.timer = this.clock.setTimeout(this.wake, Math.max(0, wakeAt - now));
        }
    }

    dispose(): void {
        if (this.timer !== undefined) {
            this.clock.clearTimeout(this.timer);
            this.timer = undefined;
        }
    }

    // One function for every timer (see burst.ts: a new one would be wrapped again under LWS).
    private readonly wake = (): void => {
        this.timer = undefined;
        this.closeStale();
        this.schedule();
    };

    /** Open interactions and pause segments, with how long each may go without an event. */
    private openItems(): { key: string; staleMs: number }[] {
        return [
            ...openInteractions(this.state).map((state) => ({ key: state.key, staleMs: this.config.staleInteractionMs })),
            ...openPauseKeys(this.state).map((key) => ({ key, staleMs: this.config.stalePauseMs }))
        ];
    }

    private closeStale(): void {
        const now = this.clock.now();
        const { state } = this;
        const stale = this.openItems().filter(({ key, staleMs }) => now - (state.lastHeard.get(key) ?? now) >= staleMs);
        for (const { key, staleMs } of stale) {
            // Kept, marked stale: a late event about it then moves it on from what its record holds.
            const interaction = state.interactions.get(key);
            if (interaction) {
                state.interactions.set(key, { ...interaction, stale: true });
            }
            for (const [agentKey, openKey] of Object.entries(state.pauses.openByAgent)) {
                if (openKey === key) {
                    const openByAgent = { ...state.pauses.openByAgent };
                    delete openByAgent[agentKey];
                    state.pauses = { ...state.pauses, openByAgent };
                }
            }
            state.lastHeard.delete(key);
            const text = `Nothing was heard of ${key} for ${Math.round(staleMs / 3_600_000)} hours: it is no longer shown as live, and its record keeps its last known values.`;
            this.listener.report(diagnostic(nowIso(this.clock), 'warn', DiagnosticCode.StaleClosed, text, key));
        }
        if (stale.length > 0) {
            this.listener.save();
            this.listener.changed();
        }
    }
}
