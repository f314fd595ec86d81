/**
 * The gate every window message passes first: is the sender allowed, is the message of a sane
 * size and depth, is it plain JSON, and which vendor's shape is it. Only then does an adapter read it.
 */
import type { AdaptResult, VendorAdapter } from './adapter';
import { diagnostic, DiagnosticCode } from './diagnostics';
import type { Instant, Vendor } from './events';
import { isOriginAllowed, type OriginRule } from './origins';
import { readMessageData } from './plainJson';
import { toIsoString } from './time';

export interface WindowMessage {
    origin: string;
    data: unknown;
}

/** What came through: the events read (none when rejected) and what to tell the admin. */
export interface GateResult extends AdaptResult {
    vendor?: Vendor;
}

export function passGate(
    message: WindowMessage,
    allowedOrigins: readonly OriginRule[],
    adapters: readonly VendorAdapter[],
    receivedAt: Instant
): GateResult {
    const at = toIsoString(receivedAt);
    const reject = (code: DiagnosticCode, text: string): GateResult => ({
        events: [],
        diagnostics: [diagnostic(at, 'warn', code, text, message.origin)]
    });

    if (typeof message.origin !== 'string' || !isOriginAllowed(message.origin, allowedOrigins)) {
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
        return reject(
            DiagnosticCode.ShapeUnknown,
            'Message rejected: its shape matches no supported vendor (Evolux {eventName, payload}).'
        );
    }
    return { vendor: adapter.vendor, ...adapter.adapt(read.value, receivedAt) };
}

function describeOrigin(origin: unknown): string {
    if (typeof origin !== 'string' || origin === '') {
        return 'an unknown origin';
    }
    return origin.length > 100 ? `${origin.slice(0, 97)}...` : origin;
}
