/**
 * The bridge's own GraphQL queue (ccRecordSearch/graphqlQueue.ts) with a UI API GraphQL endpoint as its
 * wire, so the replay and the tests ask through the code the org runs: the same aliases, the same
 * reading of `data` and `errors`, the same timeout.
 */
import { GraphqlQueue, type GraphqlTimer } from '../../force-app/main/default/lwc/ccRecordSearch/graphqlQueue';
import type { UiGraphqlResult } from './runUiGraphql';

/** Where requests go: the UI API emulator's GraphQL endpoint (rejects when the network is down). */
export interface GraphqlEndpoint {
    graphql(text: string, variables: Record<string, unknown>): Promise<UiGraphqlResult>;
}

/** A timer for a queue whose endpoint always answers (the answer comes before any timeout could). */
export const NO_TIMEOUT: GraphqlTimer = { setTimeout: () => undefined, clearTimeout: () => undefined };

export function graphqlQueueOver(endpoint: GraphqlEndpoint, timer: GraphqlTimer): GraphqlQueue {
    const queue: GraphqlQueue = new GraphqlQueue((request) => {
        endpoint.graphql(request.text, request.variables).then(
            (result) => queue.deliver(result),
            // A request that never reached the org comes back as the wire's errors, with the fetch's message.
            (error: unknown) => queue.deliver({ errors: [{ message: failureMessage(error) }] })
        );
    }, timer);
    return queue;
}

function failureMessage(error: unknown): string {
    const message = (error as { body?: { message?: unknown } } | null)?.body?.message;
    return typeof message === 'string' ? message : String(error);
}
