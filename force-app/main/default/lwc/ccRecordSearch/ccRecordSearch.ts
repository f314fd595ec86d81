/**
 * Finding records in the org without Apex, shared by the bridge and the pages: phone numbers, the
 * caller search and match, the one lightning/graphql queue, and interactions by their key.
 */
export { callerCacheKey, callerQuery, confirmCaller, cpfVariants } from './callerMatch';
export type { CallerCandidate, CallerDirectory, CallerIdentity, CallerMatch, CallerQuery, CallerRecord, MatchObject } from './callerMatch';
export { CANDIDATES_PER_OBJECT, callerGraphqlRequest, GraphqlCallerDirectory, MAX_PAGES } from './callerGraphql';
export type { CallerGraphqlRequest } from './callerGraphql';
export { GRAPHQL_TIMEOUT_MS, GraphqlQueue } from './graphqlQueue';
export type { GraphqlRequest, GraphqlTimer } from './graphqlQueue';
export {
    agentLegKey,
    CCAIP_CALL_KEY_PREFIX,
    CCAIP_CHAT_KEY_PREFIX,
    ccaipDirection,
    ccaipSessionKey,
    OBJECTS_WITH_AGENT_LEGS,
    sameUser
} from './interactionKeys';
export type { FoundRecord, RecordFinder } from './interactionKeys';
export { MATCH_OBJECTS, readMatchSettings } from './matchSettings';
export type { MatchProperties, MatchSettings } from './matchSettings';
export { normalizePhone, phoneSearchFragments, samePhone, withoutExtension } from './phoneNumber';
export type { NormalizedPhone, PhoneKind } from './phoneNumber';
export { GraphqlRecordFinder } from './recordFinder';
