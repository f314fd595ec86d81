/**
 * Diagnostics: what the bridge tells an admin about input it rejected or work it could not do.
 * Codes are stable: admins search for them, tests assert them, the replay output carries them.
 */

export const DiagnosticCode = {
    /** The message came from an origin that is not in allowedOrigins. */
    OriginNotAllowed: 'ORIGIN_NOT_ALLOWED',
    /** The message is larger than the size limit. */
    MessageTooLarge: 'MESSAGE_TOO_LARGE',
    /** The message nests deeper than the depth limit. */
    MessageTooDeep: 'MESSAGE_TOO_DEEP',
    /** The message holds values that are not JSON (functions, cycles, binary data). */
    MessageNotJson: 'MESSAGE_NOT_JSON',
    /** The message is a string that is not valid JSON. */
    JsonInvalid: 'JSON_INVALID',
    /** No vendor adapter recognises the message's shape. */
    ShapeUnknown: 'SHAPE_UNKNOWN',
    /** The vendor's shape, but an event name the adapter does not know. */
    EventUnknown: 'EVENT_UNKNOWN',
    /** A required field is missing or empty. */
    FieldMissing: 'FIELD_MISSING',
    /** A field has a value of the wrong type or format. */
    FieldInvalid: 'FIELD_INVALID',
    /** A text value was longer than its Salesforce field: cut with a marker, or JSON shortened value by value. */
    FieldTruncated: 'FIELD_TRUNCATED',
    /** A value the org would refuse (a number out of its field's range, an id or number too long to store whole): the field is left empty, the rest written. */
    FieldLeftOut: 'FIELD_LEFT_OUT',
    /** An admin property holds a value that cannot be used. */
    ConfigInvalid: 'CONFIG_INVALID',
    /** An admin property value read in a corrected form (a bare host in Allowed origins as https://host). */
    ConfigAdjusted: 'CONFIG_ADJUSTED',
    /** The same event arrived again and changed nothing. */
    EventDuplicate: 'EVENT_DUPLICATE',
    /** An event arrived after a later one and only filled gaps. */
    EventLate: 'EVENT_LATE',
    /** A write failed for a reason that may pass (network, server, session) and will be retried. */
    WriteRetrying: 'WRITE_RETRYING',
    /** UI API refused a write for good (validation, field access); the record data is kept in the diagnostic. */
    WriteRejected: 'WRITE_REJECTED',
    /** A value still holds a template the sender did not fill in (`<? $variable ?>`); stored as received. */
    TemplateUnresolved: 'TEMPLATE_UNRESOLVED',
    /** A known event that the bridge deliberately does not act on (for example a bot joining a conversation). */
    EventIgnored: 'EVENT_IGNORED',
    /** A vendor asked to open a URL that is not a record of this org. */
    RecordPopRejected: 'RECORD_POP_REJECTED',
    /** A message with the hosted adapter's origin or shape came from another window than the hosted adapter. */
    SourceNotHostedAdapter: 'SOURCE_NOT_HOSTED_ADAPTER',
    /** The caller lookup (GraphQL) failed; it is tried again on the interaction's next event. */
    CallerLookupFailed: 'CALLER_LOOKUP_FAILED',
    /** Handling a message failed in a way the bridge did not foresee; the message is dropped and the bridge goes on. */
    InternalError: 'BRIDGE_INTERNAL_ERROR',
    /** This tab took over writing records for the user's tabs (the previous one closed or stopped answering). */
    LeaderTakeover: 'LEADER_TAKEOVER',
    /** The browser lacks Web Locks or BroadcastChannel: the tabs coordinate through the storage fallbacks. */
    TabCoordination: 'TAB_COORDINATION',
    /** Browser storage refused to save the bridge's state. */
    StorageUnavailable: 'STORAGE_UNAVAILABLE',
    /** An open call, chat or pause heard nothing for the admin's stale time: no longer live; its record keeps its last values. */
    StaleClosed: 'STALE_CLOSED',
    /** The Salesforce session expired (401, INVALID_SESSION_ID): the agent must log in again; writes are kept and retried. */
    SessionExpired: 'SESSION_EXPIRED',
    /** Another tab created the same record first; the write became an update of that record. */
    WriteMergedDuplicate: 'WRITE_MERGED_DUPLICATE',
    /** Another agent's record holds the interaction's key (a transfer): this agent's part is a record of its own, `<key>@<userId>`. */
    AgentLeg: 'AGENT_LEG'
} as const;

export type DiagnosticCode = (typeof DiagnosticCode)[keyof typeof DiagnosticCode];

export type DiagnosticLevel = 'info' | 'warn' | 'error';

export interface Diagnostic {
    /** ISO time the bridge noticed it. */
    at: string;
    level: DiagnosticLevel;
    code: DiagnosticCode;
    message: string;
    /** The record key or vendor event the diagnostic is about, when there is one. */
    subject?: string;
}

/** Builds diagnostics stamped with the time of the message being handled. */
export function diagnostic(at: string, level: DiagnosticLevel, code: DiagnosticCode, message: string, subject?: string): Diagnostic {
    return subject === undefined ? { at, level, code, message } : { at, level, code, message, subject };
}
