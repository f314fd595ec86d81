/**
 * The lookup page's clock seam: the timer its GraphQL queue gives up on an unanswered query with.
 * Tests drive it with Jest's fake timers.
 */
import type { GraphqlTimer } from 'c/ccRecordSearch';

export const lookupClock: GraphqlTimer = {
    // One timer per GraphQL query in flight (GRAPHQL_TIMEOUT_MS); nothing else waits on it.
    setTimeout: (callback, ms) => window.setTimeout(callback, ms),
    clearTimeout: (handle) => window.clearTimeout(handle as number)
};
