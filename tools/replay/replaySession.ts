/**
 * Plays a replay log through the real ccCore pipeline: one bridge per browser tab, all tabs sharing
 * one UI API emulator and one virtual clock, as several Salesforce tabs share one org. The output is
 * the document DESIGN.md describes ("The replay command").
 */
import {
    BridgeCore,
    leaderLockOver,
    recordPageReference,
    tabChannelOver,
    type BridgeProperties,
    type Diagnostic,
    type FieldValue,
    type RecordTarget
} from 'c/ccCore';
import { LiveStatePublisher } from 'c/ccCore';
import { GraphqlCallerDirectory } from '../../force-app/main/default/lwc/ccRecordSearch/callerGraphql';
import { GraphqlRecordFinder } from '../../force-app/main/default/lwc/ccRecordSearch/recordFinder';
import { UiApiEmulator, type ApiCallCounts } from '../uiApiEmulator/uiApiEmulator';
import { projectObjects } from '../uiApiEmulator/objectMetadata';
import { standardObjects } from '../uiApiEmulator/standardObjects';
import { graphqlQueueOver } from '../uiGraphql/graphqlWire';
import type { ReplayLine } from './replayInput';
import { MemoryStorage } from './memoryStorage';
import { ReplayBroadcastChannels } from './broadcastChannels';
import { ReplayLockManager } from './webLocks';
import { TabProcess } from './tabProcess';
import { VirtualClock, flushPromises } from './virtualClock';

/** Where the clock starts when no line of the log says what time it is. */
export const DEFAULT_START = Date.parse('2000-01-01T00:00:00.000Z');

export interface ReplayDiagnostic {
    at: string;
    tab: string | null;
    level: Diagnostic['level'];
    code: string;
    message: string;
}

export interface ReplayOutput {
    records: Record<string, Record<string, FieldValue>[]>;
    navigations: { tab: string; pageReference: Record<string, unknown> }[];
    published: { tab: string; message: Record<string, unknown> }[];
    diagnostics: ReplayDiagnostic[];
    stats: { messages: number; accepted: number; rejected: number; apiCalls: ApiCallCounts };
}

export interface ReplayOptions {
    /** The bridge's admin properties, as in App Builder (userId included). */
    properties: BridgeProperties;
    /** Existing records by object, for caller matching. */
    seed?: Record<string, Record<string, unknown>[]>;
    /** A fresh emulator by default; the benchmark passes its own to count calls. */
    api?: UiApiEmulator;
    /** False: the tabs do not share browser storage, so each writes on its own (the benchmark's baseline). */
    sharedStorage?: boolean;
    /**
     * How tabs reach each other: `web` (default) through BroadcastChannel and Web Locks, as in a
     * current browser; `storage` through the storage fallbacks, as in a browser without them.
     */
    tabApis?: 'web' | 'storage';
}

export class ReplaySession {
    readonly api: UiApiEmulator;
    private clock?: VirtualClock;
    private readonly properties: BridgeProperties;
    private readonly tabs = new Map<string, BridgeCore>();
    private readonly processes = new Map<string, TabProcess>();
    /** The browser storage all tabs share, and how many pages each tab has loaded (for unique tab ids). */
    private readonly storage = new MemoryStorage();
    private readonly channels = new ReplayBroadcastChannels();
    private readonly locks = new ReplayLockManager();
    private readonly tabApis: 'web' | 'storage';
    private readonly pageLoads = new Map<string, number>();
    private readonly sharedStorage: boolean;
    private readonly closedTabs = new Set<string>();
    private readonly diagnostics: ReplayDiagnostic[] = [];
    private readonly navigations: ReplayOutput['navigations'] = [];
    /** Live-state messages each tab's bridge published on the message channel, as the utility item does. */
    private readonly published: ReplayOutput['published'] = [];
    /** The tab the agent is looking at: the first tab opened, until a "focus" control names another. */
    private focusedTab?: string;
    private readonly stats = { messages: 0, accepted: 0, rejected: 0 };
    /** Times a bridge told its host that the live state may have changed (the utility item checks it on each). */
    private changeNotifications = 0;
    /** Times a bridge told its host that only its journal changed (counts, diagnostics: the panel alone). */
    private countNotifications = 0;

    constructor(options: ReplayOptions) {
        this.properties = options.properties;
        this.sharedStorage = options.sharedStorage ?? true;
        this.tabApis = options.tabApis ?? 'web';
        this.api = options.api ?? new UiApiEmulator(projectObjects(), { otherObjects: standardObjects(adminFields(options.properties)) });
        this.api.seedAll(options.seed ?? {});
    }

    /** Adds a diagnostic of the replay itself (bad lines, bad config), not of a bridge. */
    note(level: Diagnostic['level'], code: string, message: string, tab: string | null = null): void {
        this.diagnostics.push({ at: new Date(this.clock?.now() ?? DEFAULT_START).toISOString(), tab, level, code, message });
    }

    async play(lines: readonly ReplayLine[]): Promise<void> {
        const clock = this.startClock(lines);
        for (const line of lines) {
            if (line.kind === 'invalid') {
                this.note('warn', line.code, line.message);
            } else if (line.kind === 'control') {
                await this.control(line.control, line.tab, line.ms, clock);
            } else {
                await this.deliver(line, clock);
            }
        }
        await flushPromises();
    }

    /** The work the tabs' bridges did for the browser, for the benchmark: storage writes and change notifications. */
    work(): { storageWrites: number; changeNotifications: number; countNotifications: number } {
        return {
            storageWrites: this.storage.writes,
            changeNotifications: this.changeNotifications,
            countNotifications: this.countNotifications
        };
    }

    /** The browser storage keys the tabs hold under `prefix` (what a reload would find). */
    storageKeys(prefix: string): string[] {
        return this.storage.forTab('replay').keys(prefix);
    }

    output(): ReplayOutput {
        return {
            records: this.api.snapshot(),
            navigations: [...this.navigations],
            published: [...this.published],
            diagnostics: [...this.diagnostics],
            stats: { ...this.stats, apiCalls: { ...this.api.counts } }
        };
    }

    /** Ends every tab (stops their retry timers). */
    close(): void {
        for (const tab of [...this.tabs.keys()]) {
            this.closeTab(tab);
        }
    }

    /** The tab's page goes away: its bridge is disposed (pagehide), and the browser frees its channels and locks. */
    private closeTab(tab: string): void {
        this.tabs.get(tab)?.dispose();
        this.forgetTab(tab);
    }

    /** The tab's page dies without pagehide: no save, no release; the browser frees its channels and locks. */
    private crashTab(tab: string, clock: VirtualClock): void {
        this.processes.get(tab)?.crash(clock);
        this.forgetTab(tab);
    }

    private forgetTab(tab: string): void {
        this.tabs.delete(tab);
        this.processes.delete(tab);
        this.channels.closeTab(tab);
        this.locks.closeTab(tab);
    }

    private nextTabId(tab: string): string {
        const loads = (this.pageLoads.get(tab) ?? 0) + 1;
        this.pageLoads.set(tab, loads);
        return `${tab}#${loads}`;
    }

    private startClock(lines: readonly ReplayLine[]): VirtualClock {
        const first = lines.find((line) => line.kind === 'message' && line.at !== undefined);
        this.clock ??= new VirtualClock(first?.kind === 'message' && first.at !== undefined ? first.at : DEFAULT_START);
        return this.clock;
    }

    private async deliver(line: Extract<ReplayLine, { kind: 'message' }>, clock: VirtualClock): Promise<void> {
        if (line.at !== undefined) {
            if (line.at < clock.now()) {
                this.note(
                    'info',
                    'REPLAY_CLOCK_BACKWARDS',
                    `Line ${line.line} is dated before the line above it; delivered at the replay clock's time.`,
                    line.tab
                );
            }
            await clock.advanceTo(line.at);
        }
        const bridge = this.tab(line.tab, clock);
        const outcome = bridge.receive({ origin: typeof line.origin === 'string' ? line.origin : '', data: line.data });
        this.stats.messages += 1;
        this.stats[outcome.accepted ? 'accepted' : 'rejected'] += 1;
        await flushPromises();
    }

    private async control(control: string, tab: string, ms: number, clock: VirtualClock): Promise<void> {
        switch (control) {
            case 'reload':
                this.closeTab(tab);
                this.tab(tab, clock);
                break;
            case 'focus':
                this.focusedTab = tab;
                break;
            case 'close':
                this.closeTab(tab);
                this.closedTabs.add(tab);
                break;
            case 'crash':
                this.crashTab(tab, clock);
                this.closedTabs.add(tab);
                break;
            case 'network-down':
                this.api.online = false;
                break;
            case 'network-up':
                this.api.online = true;
                break;
            default:
                await clock.advance(ms);
        }
        await flushPromises();
    }

    private tabPorts(tab: string) {
        const shared = { storage: this.storage.forTab(tab), tabId: this.nextTabId(tab) };
        if (this.tabApis === 'storage') {
            return shared;
        }
        return {
            ...shared,
            channel: tabChannelOver(this.channels.forTab(tab)),
            leaderLock: leaderLockOver(this.locks.forTab(tab))
        };
    }

    /** The tab's bridge, started on its first message (a page load). */
    private tab(name: string, clock: VirtualClock): BridgeCore {
        let bridge = this.tabs.get(name);
        if (!bridge) {
            if (this.closedTabs.delete(name)) {
                this.note('info', 'REPLAY_TAB_REOPENED', `Tab ${name} was closed; a message to it opens it again as a new page.`, name);
            }
            this.focusedTab ??= name;
            const navigator = {
                // Only the tab in front opens a record, as in the browser.
                openRecord: (target: RecordTarget) => {
                    if (this.focusedTab === name) {
                        this.navigations.push({ tab: name, pageReference: recordPageReference(target) });
                    }
                }
            };
            // Live state: the utility item's publisher, so that `published` lists what the org would get.
            const liveState = new LiveStatePublisher();
            const publishLiveState = () => {
                const message = bridge && liveState.changed(bridge.liveView());
                if (message) {
                    this.published.push({ tab: name, message: { ...message } });
                }
            };
            const process = new TabProcess(clock, this.api);
            this.processes.set(name, process);
            // Caller lookups and the record finder as in the org: the bridge's GraphQL queries and queue, the emulator's GraphQL as the wire.
            const graphql = graphqlQueueOver(this.api, process.clock);
            const callers = new GraphqlCallerDirectory(graphql);
            const finder = new GraphqlRecordFinder(graphql);
            bridge = new BridgeCore(
                this.properties,
                {
                    records: process.records,
                    callers: { search: (query) => process.untilCrash(callers.search(query)) },
                    recordFinder: { findByKey: (objectApiName, key) => process.untilCrash(finder.findByKey(objectApiName, key)) },
                    clock: process.clock,
                    navigator,
                    ...(this.sharedStorage ? this.tabPorts(name) : {})
                },
                {
                    diagnostic: (entry) =>
                        this.diagnostics.push({ at: entry.at, tab: name, level: entry.level, code: entry.code, message: entry.message }),
                    changed: () => {
                        this.changeNotifications += 1;
                        publishLiveState();
                    },
                    counted: () => {
                        this.countNotifications += 1;
                    }
                }
            );
            publishLiveState(); // a bridge publishes its state when it starts
            this.tabs.set(name, bridge);
        }
        return bridge;
    }
}

/** The fields the admin added to Contact, Lead and Account that the properties name: the CPF field (a Text field). */
function adminFields(properties: BridgeProperties): string[] {
    const cpfField = properties.cpfField;
    return typeof cpfField === 'string' && /^[A-Za-z][A-Za-z0-9_]*$/.test(cpfField) ? [cpfField] : [];
}
