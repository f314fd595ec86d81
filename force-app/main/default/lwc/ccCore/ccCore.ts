/**
 * Contact Center Bridge core: the pure pipeline from window message to record fields. Nothing here
 * imports `lwc` or `lightning/*`; the platform reaches it only through the ports it is given.
 */
export { BridgeCore, ADAPTERS, MAX_DIAGNOSTICS, MAX_ENDED_INTERACTIONS, MAX_RECENT_EVENTS } from './bridgeCore';
export type {
    BridgeListener,
    BridgePorts,
    BridgeView,
    BridgeStats,
    AgentView,
    InteractionView,
    RecentEvent,
    ReceiveOutcome,
    RecordNavigator
} from './bridgeCore';
export type { BridgeConfig, BridgeProperties, HostedAdapter } from './config';
export type { RecordTarget } from './recordTarget';
export { recordPageReference } from './recordTarget';
export { BRIDGE_PROPERTY_NAMES, readConfig } from './config';
export { DiagnosticCode } from './diagnostics';
export type { Diagnostic, DiagnosticLevel } from './diagnostics';
export type { CanonicalEvent, Vendor } from './events';
export { DEFAULT_ALLOWED_ORIGINS, isOriginAllowed, parseAllowedOrigins } from './origins';
export { ObjectApiName } from './recordSchema';
export type { FieldValue, RecordFields } from './recordSchema';
export type { Clock, PendingWrite, RecordWriter } from './recordSync';
export type { WindowMessage } from './gate';
