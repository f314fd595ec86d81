/**
 * One lightning/graphql wire shared by every query the bridge makes (caller lookups, records by
 * key). The wire has no imperative call: the component sets a reactive query and variables, and
 * the queue hands the wire one request at a time. Each request asks under its own alias, so a late
 * or repeated emission of the wire is never taken for the answer to the next request (and the wire
 * runs again even for the same criteria); a request with no answer in GRAPHQL_TIMEOUT_MS fails.
 */
import { errorText } from 'c/ccErrors';

export const GRAPHQL_TIMEOUT_MS = 15_000;

export interface GraphqlRequest {
    text: string;
    variables: Record<string, unknown>;
    /** The alias the answer comes under (`data[alias]`), unique per request. */
    alias: string;
}

/** The timer the queue gives up on a request with (the bridge's clock port). */
export interface GraphqlTimer {
    setTimeout(callback: () => void, ms: number): unknown;
    clearTimeout(handle: unknown): void;
}

interface Waiting {
    request: GraphqlRequest;
    resolve: (answer: unknown) => void;
    reject: (error: unknown) => void;
}

export class GraphqlQueue {
    private readonly queue: Waiting[] = [];
    private readonly run: (request: GraphqlRequest) => void;
    private readonly timer: GraphqlTimer;
    private sequence = 0;
    private timeout?: unknown;

    constructor(run: (request: GraphqlRequest) => void, timer: GraphqlTimer) {
        this.run = run;
        this.timer = timer;
    }

    /** Runs the query `build` makes for the alias it is given; resolves with what came under that alias. */
    ask(build: (alias: string) => { text: string; variables: Record<string, unknown> }): Promise<unknown> {
        this.sequence += 1;
        const alias = `q${this.sequence}`;
        return new Promise((resolve, reject) => {
            this.queue.push({ request: { ...build(alias), alias }, resolve, reject });
            if (this.queue.length === 1) {
                this.start();
            }
        });
    }

    /**
     * A wire result. Loading results (no data, no errors) and data for another request (an earlier
     * one's late or repeated emission) are not answers; errors are the current request's.
     */
    deliver(result: { data?: unknown; errors?: unknown } | undefined): void {
        const current = this.queue[0];
        if (!current || !result) {
            return;
        }
        const { errors, data } = result;
        if (errors !== undefined && errors !== null && (!Array.isArray(errors) || errors.length > 0)) {
            this.finish((waiting) => waiting.reject({ body: { message: errorText(errors) || String(errors) } }));
        } else if (typeof data === 'object' && data !== null && current.request.alias in data) {
            this.finish((waiting) => waiting.resolve((data as Record<string, unknown>)[waiting.request.alias]));
        }
    }

    /** The component is gone: nothing is asked any more, and what waits fails. */
    dispose(): void {
        if (this.timeout !== undefined) {
            this.timer.clearTimeout(this.timeout);
            this.timeout = undefined;
        }
        this.queue.splice(0).forEach((waiting) => waiting.reject(new Error('the bridge stopped')));
    }

    private start(): void {
        const next = this.queue[0];
        if (!next) {
            return;
        }
        this.timeout = this.timer.setTimeout(() => {
            this.timeout = undefined;
            this.finish((waiting) => waiting.reject(new Error(`no answer from GraphQL in ${GRAPHQL_TIMEOUT_MS / 1000} s`)));
        }, GRAPHQL_TIMEOUT_MS);
        this.run(next.request);
    }

    private finish(settle: (waiting: Waiting) => void): void {
        const current = this.queue.shift();
        if (this.timeout !== undefined) {
            this.timer.clearTimeout(this.timeout);
            this.timeout = undefined;
        }
        if (current) {
            settle(current);
        }
        this.start();
    }
}
