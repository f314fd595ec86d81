/**
 * Contact Center Bridge core: the pure pipeline from window message to record fields. Nothing here
 * imports `lwc` or `lightning/*`; the platform reaches it only through the ports it is given.
 */
export { BridgeCore } from './bridgeCore';
export type { BridgeListener, BridgePorts, ReceiveOutcome, RecordNavigator } from './bridgePorts';
export { MAX_DIAGNOSTICS, MAX_RECENT_EVENTS } from './bridgeJournal';
export { MAX_ENDED_INTERACTIONS } from './bridgeState';
export { ADAPTERS } from './vendorAdapters';
export type { AgentView, BridgeStats, BridgeView, InteractionView, Listed, LiveView, PauseView, RecentEvent } from './bridgeView';
export type { BridgeConfig, BridgeProperties, HostedAdapter } from './config';
export { BRIDGE_PROPERTY_NAMES, readConfig } from './config';
export { DiagnosticCode } from './diagnostics';
export type { Diagnostic, DiagnosticLevel } from './diagnostics';
export type { CanonicalEvent, Channel, Direction, NoteTopic, Vendor } from './events';
export type { WindowMessage } from './gate';
export { DEFAULT_ALLOWED_ORIGINS, isOriginAllowed, parseAllowedOrigins } from './origins';
export { ObjectApiName } from './recordSchema';
export type { FieldValue, RecordFields } from './recordSchema';
export type { Clock, PendingWrite, RecordWriter } from './recordSync';
export type { SharedStorage } from './sharedStorage';
export type { LeaderLock, TabChannel } from './tabChannel';
export { LEADER_LOCK_NAME } from './leadership';
export { leaderLockOver, tabChannelOver } from './webTabPorts';
export type { BroadcastChannelLike, LockManagerLike } from './webTabPorts';
// Finding records without Apex (c/ccRecordSearch), which pages import on their own: re-exported for the bridge and the tools.
export type { CallerCandidate, CallerDirectory, CallerMatch, CallerQuery, CallerRecord, FoundRecord, RecordFinder } from 'c/ccRecordSearch';
export { agentLegKey, normalizePhone, OBJECTS_WITH_AGENT_LEGS } from 'c/ccRecordSearch';
export { maskForDisplay } from './masking';
export { recordPageReference } from './recordTarget';
export type { RecordTarget } from './recordTarget';
// Live state: the publisher of the protocol in c/ccLiveProtocol, which live views import on their own.
export { LiveStatePublisher } from './liveStatePublisher';
