/**
 * The team board: what every agent is doing now, for supervisors on app and home pages (and as a
 * wallboard with large type). It reads the agents' status records, which each agent's bridge writes
 * when their state changes (c/ccCore agentStatus.ts), through lightning/graphql (boardQuery), groups
 * and times them (boardModel), with today's figures per agent and per queue from aggregate queries in
 * the same request (boardFigures), asks again on the interval the admin sets while the browser tab is visible, and
 * says when the data is from. It loads only the live-state protocol and the error reader.
 */
import { LightningElement, api, wire } from 'lwc';
import { gql, graphql } from 'lightning/graphql';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { errorText } from 'c/ccErrors';
import { formatLabel, formatTimeOfDay, hasErrors, Ticker } from 'c/ccLiveProtocol';
import { boardClock } from './boardClock';
import {
    boardGroups,
    boardSetting,
    DEFAULT_SETTINGS,
    filterOptions,
    hasLiveAgents,
    type BoardFilter,
    type BoardGroup,
    type BoardSettings
} from './boardModel';
import { startOfDayIso, teamFigures, type FigureRow, type TeamFigures } from './boardFigures';
import { agentStatusRecords, BOARD_QUERY, boardVariables, type AgentStatusRecord } from './boardQuery';
import { BOARD_LABELS, DATA_FROM_LABEL, FAILED_LABEL, FIGURE_LABELS, TEMPLATE_LABELS, UNKNOWN_ERROR_LABEL } from './labels';

/** What the graphql wire delivers: lightning/graphql adds `refresh`, which asks the org again (its docs, "refresh"). */
interface GraphqlAnswer {
    data?: unknown;
    errors?: unknown;
    refresh?: () => Promise<unknown>;
}

interface FigureTable {
    id: string;
    caption: string;
    keyHeader: string;
    rows: FigureRow[];
    withPauses: boolean;
}

interface FilterOption {
    label: string;
    value: string;
    selected: boolean;
}

export default class CcTeamBoard extends LightningElement {
    /** App Builder's "Refresh every (seconds)": 5 to 300, 15 by default. */
    @api
    get refreshSeconds(): number {
        return this.settings.refreshSeconds;
    }
    set refreshSeconds(value: unknown) {
        this.setSetting('refreshSeconds', value);
        this.scheduleRefresh();
    }

    @api
    get ringingAlertSeconds(): number {
        return this.settings.ringingAlertSeconds;
    }
    set ringingAlertSeconds(value: unknown) {
        this.setSetting('ringingAlertSeconds', value);
    }

    @api
    get longCallMinutes(): number {
        return this.settings.longCallMinutes;
    }
    set longCallMinutes(value: unknown) {
        this.setSetting('longCallMinutes', value);
    }

    @api
    get unknownAfterMinutes(): number {
        return this.settings.unknownAfterMinutes;
    }
    set unknownAfterMinutes(value: unknown) {
        this.setSetting('unknownAfterMinutes', value);
    }

    /** Large type for a wall screen. */
    @api wallboard = false;

    query: unknown = gql`
        ${BOARD_QUERY}
    `;
    /** Today's figures count from midnight in the user's time zone: a new day asks anew. */
    variables: { first: number; since: string } = boardVariables(startOfDayIso(boardClock.now(), TIME_ZONE));

    @wire(graphql, { query: '$query', variables: '$variables' })
    wiredBoard(answer: GraphqlAnswer | undefined): void {
        this.receiveAnswer(answer);
    }

    readonly labels = TEMPLATE_LABELS;
    failure?: string;
    filter: BoardFilter = {};

    private settings: BoardSettings = { ...DEFAULT_SETTINGS };
    private records?: AgentStatusRecord[];
    private answered = false;
    private answeredAtMs?: number;
    private lastAnswer?: GraphqlAnswer;
    private figuresData?: unknown;
    private nowMs = boardClock.now();
    private refreshing = false;
    private refreshHandle?: unknown;
    /** A refresh was due while the tab was hidden: it runs when the tab shows again. */
    private refreshDueWhileHidden = false;
    private readonly ticker = new Ticker(boardClock, () => {
        this.nowMs = boardClock.now();
    });
    private readonly memo: {
        records?: AgentStatusRecord[];
        nowMs?: number;
        filter?: BoardFilter;
        settings?: BoardSettings;
        groups?: BoardGroup[];
    } = {};
    private readonly figuresMemo: { data?: unknown; records?: AgentStatusRecord[]; figures?: TeamFigures } = {};

    override connectedCallback(): void {
        document.addEventListener('visibilitychange', this.handleVisibilityChange);
        this.scheduleRefresh();
        this.runTimers();
    }

    override disconnectedCallback(): void {
        document.removeEventListener('visibilitychange', this.handleVisibilityChange);
        this.stopRefresh();
        this.ticker.stop();
    }

    get boardClass(): string {
        return this.wallboard ? 'slds-p-horizontal_small cc-board cc-wallboard' : 'slds-p-horizontal_small cc-board';
    }

    get isLoading(): boolean {
        return !this.answered;
    }

    get isEmpty(): boolean {
        return this.answered && !this.failure && (this.records ?? []).length === 0;
    }

    get failureText(): string {
        return this.failure === undefined ? '' : formatLabel(FAILED_LABEL, this.failure);
    }

    get dataFromText(): string {
        return this.answeredAtMs === undefined
            ? ''
            : formatLabel(DATA_FROM_LABEL, formatTimeOfDay(new Date(this.answeredAtMs).toISOString(), LOCALE, TIME_ZONE, true));
    }

    /** Today's rows per agent and per queue, built once per answer; empty until the first. */
    get figures(): TeamFigures {
        const records = this.records ?? [];
        const memo = this.figuresMemo;
        if (!memo.figures || memo.data !== this.figuresData || memo.records !== records) {
            memo.data = this.figuresData;
            memo.records = records;
            memo.figures = teamFigures(this.figuresData, records, FIGURE_LABELS, LOCALE) ?? { agents: [], queues: [] };
        }
        return memo.figures;
    }

    /** Today by agent (with pause time) and by queue, each shown once it has a row. */
    get figureTables(): FigureTable[] {
        const { agents, queues } = this.figures;
        const tables: FigureTable[] = [
            {
                id: 'today-by-agent',
                caption: TEMPLATE_LABELS.todayByAgent,
                keyHeader: TEMPLATE_LABELS.agent,
                rows: agents,
                withPauses: true
            },
            {
                id: 'today-by-queue',
                caption: TEMPLATE_LABELS.todayByQueue,
                keyHeader: TEMPLATE_LABELS.queue,
                rows: queues,
                withPauses: false
            }
        ];
        return tables.filter((table) => table.rows.length > 0);
    }

    get queueOptions(): FilterOption[] {
        return this.options(filterOptions(this.records ?? []).queues, this.filter.queue);
    }

    get campaignOptions(): FilterOption[] {
        return this.options(filterOptions(this.records ?? []).campaigns, this.filter.campaign);
    }

    get hasCampaigns(): boolean {
        return filterOptions(this.records ?? []).campaigns.length > 0;
    }

    /** The groups, built once per answer, second, filter and setting (each replaced, never changed in place). */
    get groups(): BoardGroup[] {
        const inputs = { records: this.records ?? [], nowMs: this.nowMs, filter: this.filter, settings: this.settings };
        const memo = this.memo;
        const same = memo.groups && (Object.keys(inputs) as (keyof typeof inputs)[]).every((name) => memo[name] === inputs[name]);
        if (!same) {
            Object.assign(memo, inputs);
            memo.groups = boardGroups(inputs.records, inputs.nowMs, inputs.settings, inputs.filter, BOARD_LABELS, {
                locale: LOCALE,
                timeZone: TIME_ZONE
            });
        }
        return memo.groups ?? [];
    }

    handleQueueChange(event: Event): void {
        this.filter = { ...this.filter, queue: (event.target as HTMLSelectElement).value || undefined };
    }

    handleCampaignChange(event: Event): void {
        this.filter = { ...this.filter, campaign: (event.target as HTMLSelectElement).value || undefined };
    }

    handleRetry(): void {
        this.refresh();
    }

    private readonly handleVisibilityChange = (): void => {
        if (document.visibilityState === 'visible' && this.refreshDueWhileHidden) {
            this.refreshDueWhileHidden = false;
            this.refresh();
        }
    };

    private setSetting(name: keyof BoardSettings, value: unknown): void {
        this.settings = { ...this.settings, [name]: boardSetting(name, value) };
    }

    private scheduleRefresh(): void {
        this.stopRefresh();
        if (!this.isConnected) {
            return;
        }
        this.refreshHandle = boardClock.setInterval(() => {
            // A hidden tab asks nothing: the supervisor sees the board again only when it shows.
            if (document.visibilityState === 'hidden') {
                this.refreshDueWhileHidden = true;
            } else {
                this.refresh();
            }
        }, this.settings.refreshSeconds * 1000);
    }

    private stopRefresh(): void {
        if (this.refreshHandle !== undefined) {
            boardClock.clearInterval(this.refreshHandle);
            this.refreshHandle = undefined;
        }
    }

    private receiveAnswer(answer: GraphqlAnswer | undefined): void {
        // The wire's first value, before any answer, holds neither data nor errors.
        if (!answer || (answer.data === undefined && answer.errors === undefined)) {
            return;
        }
        this.lastAnswer = answer;
        this.answered = true;
        const records = hasErrors(answer.errors) ? undefined : agentStatusRecords(answer.data);
        if (records) {
            this.records = records;
            this.figuresData = answer.data;
            this.failure = undefined;
            this.answeredAtMs = boardClock.now();
        } else {
            this.failure = errorText(answer.errors) || UNKNOWN_ERROR_LABEL;
        }
        this.nowMs = boardClock.now();
        this.runTimers();
    }

    /** The timers tick while any agent, shown or filtered out, is in a live state. */
    private runTimers(): void {
        this.ticker.runWhile(this.isConnected && hasLiveAgents(this.records ?? [], this.nowMs, this.settings));
    }

    /**
     * One request at a time. lightning/graphql's `refresh` of the last answer asks the org past its
     * cache; without one (a stand-in that gives none), or on a new day, the query goes out again under
     * new variables, which the wire asks anew.
     */
    private refresh(): void {
        if (this.refreshing) {
            return;
        }
        const since = startOfDayIso(boardClock.now(), TIME_ZONE);
        const answer = this.lastAnswer;
        if (!answer || typeof answer.refresh !== 'function' || since !== this.variables.since) {
            this.variables = boardVariables(since);
            return;
        }
        this.refreshing = true;
        answer
            .refresh()
            .then(() => {
                // lightning/graphql may not call the wire again when the data did not change (refreshGraphQL's
                // docs: "the wire function might not be invoked again"): a good answer is from now all the
                // same. A new answer, or an error, the wire has shown already.
                if (this.lastAnswer === answer && !hasErrors(answer.errors) && agentStatusRecords(answer.data)) {
                    this.answeredAtMs = boardClock.now();
                    this.failure = undefined;
                }
            })
            .catch((error: unknown) => {
                this.failure = errorText(error) || UNKNOWN_ERROR_LABEL;
            })
            .finally(() => {
                this.refreshing = false;
            });
    }

    /** "All", then the values; one chosen before stays listed when no record names it any more, so the select shows what filters. */
    private options(values: readonly string[], selected: string | undefined): FilterOption[] {
        const listed = selected === undefined || values.includes(selected) ? values : [...values, selected];
        return [
            { label: TEMPLATE_LABELS.all, value: '', selected: selected === undefined },
            ...listed.map((value) => ({ label: value, value, selected: value === selected }))
        ];
    }
}
