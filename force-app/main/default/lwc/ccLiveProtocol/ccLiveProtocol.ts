/**
 * Contact Center Bridge live-state protocol: the messages on the CC_Live_State__c channel, the text
 * of live views (timers, counts, times of day, labels) and the ticker that runs their timers, and the
 * object check every reader of untrusted values uses, the interaction's lookup to a caller's record,
 * and the reader of the pages' GraphQL answers. It imports no code (only field references from @salesforce/schema), so a record page that
 * shows the live state loads only this, not the pipeline.
 */
export {
    hasRunningTimers,
    isObject,
    isOpenStatus,
    liveStateRequest,
    LIVE_STATE_BRIDGE_SOURCE,
    LIVE_STATE_VERSION,
    MAX_ENDED_IN_SNAPSHOT,
    readLiveStateMessage
} from './liveMessages';
export type {
    Channel,
    Direction,
    InteractionStatus,
    LiveAgent,
    LiveCallerRecord,
    LiveInteraction,
    LivePause,
    LiveRequestMessage,
    LiveSnapshot,
    LiveSnapshotMessage,
    LiveStateMessage,
    Vendor
} from './liveMessages';
export { elapsedSeconds, formatCount, formatDuration, formatLabel, formatTimeOfDay, wholeSeconds } from './liveText';
export type { PluralLabels } from './liveText';
export { Ticker, TICK_MS } from './ticker';
export type { IntervalTimer } from './ticker';
export { sameRecordId } from './recordIds';
export { CALLER_LOOKUP_FIELDS, linkFieldFor } from './linkFields';
export { aggregateGroups, aggregateNumber, booleanOf, displayTextOf, hasErrors, numberOf, recordNodes, textOf } from './graphqlAnswer';
export type { RecordNode } from './graphqlAnswer';
