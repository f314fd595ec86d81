/**
 * The gate every window message passes first: is the sender allowed, is the message of a sane
 * size and depth, is it plain JSON, and which vendor's shape is it. Only then does an adapter read it.
 */
import type { AdaptResult, VendorAdapter } from './adapter';
import { diagnostic, DiagnosticCode } from './diagnostics';
import type { Instant, Vendor } from './events';
import type { BridgeConfig } from './config';
import { isOriginAllowed } from './origins';
import { readMessageData, type Json } from './plainJson';
import { toIsoString } from './time';

export interface WindowMessage {
    origin: string;
    data: unknown;
    /** True when the message came from the window of an adapter iframe the bridge hosts. */
    fromHostedAdapter?: boolean;
}

/** What came through: the events read (none when rejected) and what to tell the admin. */
export interface GateResult extends AdaptResult {
    vendor?: Vendor;
    /** The message as plain, bounded JSON, once it was readable. */
    data?: Json;
}

export function passGate(
    message: WindowMessage,
    config: BridgeConfig,
    adapters: readonly VendorAdapter[],
    receivedAt: Instant
): GateResult {
    const at = toIsoString(receivedAt);
    const reject = (code: DiagnosticCode, text: string): GateResult => ({
        events: [],
        diagnostics: [diagnostic(at, 'warn', code, text, message.origin)]
    });
    const hosted = config.hostedAdapter;
    const fromHostedOrigin = hosted !== undefined && message.origin === hosted.origin;

    if (typeof message.origin !== 'string' || !(fromHostedOrigin || isOriginAllowed(message.origin, config.allowedOrigins))) {
        return reject(
            DiagnosticCode.OriginNotAllowed,
            `Message from ${describeOrigin(message.origin)} rejected: the origin is not in allowedOrigins.`
        );
    }
    const read = readMessageData(message.data);
    if (!read.ok) {
        return reject(read.code, read.message);
    }
    const adapter = adapters.find((candidate) => candidate.recognizes(read.value));
    if (!adapter) {
        return reject(DiagnosticCode.ShapeUnknown, 'Message rejected: its shape matches no supported vendor.');
    }
    // A hosted adapter is trusted by its window, not only its origin: the same shape from any other window is refused.
    if (hosted && (fromHostedOrigin || adapter.vendor === 'CCAI Platform') && !message.fromHostedAdapter) {
        return reject(
            DiagnosticCode.SourceNotHostedAdapter,
            `${adapter.vendor} message from ${describeOrigin(message.origin)} rejected: it did not come from the hosted adapter.`
        );
    }
    return { vendor: adapter.vendor, data: read.value, ...adapter.adapt(read.value, receivedAt) };
}

function describeOrigin(origin: unknown): string {
    if (typeof origin !== 'string' || origin === '') {
        return 'an unknown origin';
    }
    return origin.length > 100 ? `${origin.slice(0, 97)}...` : origin;
}
