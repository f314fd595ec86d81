/**
 * Answers the lightning/graphql wire of a component test from a UI API emulator: each query the
 * component asks (its text and variables, as the wire's config holds them) runs against the
 * emulator's GraphQL schema and records, and the answer (data, or errors) is emitted as the wire
 * would. The `gql` stub is made to keep the query text, which sfdx-lwc-jest's stub drops.
 */
import { gql, graphql } from 'lightning/graphql';
import type { UiApiEmulator } from '../../../tools/uiApiEmulator/uiApiEmulator';
import { writesSent } from './browserTasks';

type GraphqlStub = {
    emit(data: unknown, filter?: unknown, refresh?: () => Promise<void>): void;
    emitErrors(errors: unknown, filter?: unknown, refresh?: () => Promise<void>): void;
    getLastConfig(): { query?: unknown; variables?: Record<string, unknown> } | null;
};
const graphqlWire = graphql as unknown as GraphqlStub;

export interface EmulatedGraphql {
    /** Answers every query the component asks until it asks none, and lets the answers' effects run. */
    settle(): Promise<void>;
    /** The query texts asked so far. */
    readonly asked: string[];
}

export function emulateGraphql(emulator: UiApiEmulator): EmulatedGraphql {
    (gql as jest.Mock).mockImplementation((strings: TemplateStringsArray, ...values: unknown[]) =>
        String.raw({ raw: strings }, ...values).trim()
    );
    const asked: string[] = [];
    let answered: unknown;
    // The result's `refresh` asks the org again: the wire's current query is answered anew on the next
    // settle, and the promise resolves once that fresh answer is delivered, as lightning/graphql's does.
    const refreshed: (() => void)[] = [];
    const refresh = () =>
        new Promise<void>((resolve) => {
            answered = undefined;
            refreshed.push(resolve);
        });
    return {
        asked,
        async settle() {
            for (let round = 0; round < 20; round += 1) {
                await writesSent();
                const config = graphqlWire.getLastConfig();
                if (!config || typeof config.query !== 'string' || config === answered) {
                    continue;
                }
                answered = config;
                asked.push(config.query);
                const result = await emulator.graphql(config.query, config.variables ?? {}).catch((error: unknown) => ({
                    // A request that never reached the org comes back as the wire's errors, with the fetch's message.
                    data: undefined,
                    errors: [{ message: (error as { body?: { message?: string } }).body?.message ?? String(error) }]
                }));
                if (result.errors && result.errors.length > 0) {
                    graphqlWire.emitErrors(result.errors, undefined, refresh);
                } else {
                    graphqlWire.emit(result.data, undefined, refresh);
                }
                refreshed.splice(0).forEach((resolve) => resolve());
            }
        }
    };
}
