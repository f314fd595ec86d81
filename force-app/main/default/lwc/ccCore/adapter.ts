/**
 * The contract every vendor adapter meets: recognise its own message shape, then turn one message
 * into canonical events, or into diagnostics that say why not.
 */
import type { Diagnostic } from './diagnostics';
import type { CanonicalEvent, Instant, Vendor } from './events';
import type { Json } from './plainJson';

export interface AdaptResult {
    events: CanonicalEvent[];
    diagnostics: Diagnostic[];
}

export interface VendorAdapter {
    vendor: Vendor;
    /** True when the message has this vendor's shape (whether or not its content is valid). */
    recognizes(data: Json): boolean;
    /** Reads a message this adapter recognizes; `receivedAt` stands in for missing event times. */
    adapt(data: Json, receivedAt: Instant): AdaptResult;
}
