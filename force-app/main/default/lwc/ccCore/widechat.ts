/**
 * Wide Chat custom events (seed 000): a message whose data is a list of
 * `{event_name, details: {field1, field2, …}, extra1, extra2}` (or one such object). Each element
 * is one business event; a bad element is a diagnostic and the good ones are still kept.
 */
import type { AdaptResult, VendorAdapter } from './adapter';
import { diagnostic, DiagnosticCode, type Diagnostic } from './diagnostics';
import type { CustomEvent, Instant } from './events';
import { withoutUndefined } from './objects';
import { isJsonObject, type Json, type JsonObject } from './plainJson';
import { clip } from './text';
import { toIsoString } from './time';

const VENDOR = 'Wide Chat';
const UNRESOLVED_TEMPLATE = /<\?[\s\S]*?\?>/;

export const widechatAdapter: VendorAdapter = {
    vendor: VENDOR,

    recognizes(data: Json): boolean {
        const elements = Array.isArray(data) ? data : [data];
        return elements.length > 0 && elements.some((element) => isJsonObject(element) && 'event_name' in element);
    },

    adapt(data: Json, receivedAt: Instant): AdaptResult {
        const at = toIsoString(receivedAt);
        const elements = Array.isArray(data) ? data : [data];
        const events: CustomEvent[] = [];
        const diagnostics: Diagnostic[] = [];
        elements.forEach((element, index) => {
            const subject = `widechat event ${index + 1} of ${elements.length}`;
            const event = isJsonObject(element) ? readEvent(element, receivedAt, at, subject, diagnostics) : undefined;
            if (!isJsonObject(element)) {
                diagnostics.push(diagnostic(at, 'error', DiagnosticCode.FieldInvalid, `${subject} is not an object; ignored.`, subject));
            }
            if (event) {
                events.push(event);
            }
        });
        return { events, diagnostics };
    }
};

function readEvent(
    element: JsonObject,
    receivedAt: Instant,
    at: string,
    subject: string,
    diagnostics: Diagnostic[]
): CustomEvent | undefined {
    const eventName = asText(element.event_name);
    if (eventName === undefined || eventName.trim() === '') {
        diagnostics.push(diagnostic(at, 'error', DiagnosticCode.FieldMissing, `${subject} has no event_name; ignored.`, subject));
        return undefined;
    }
    const details: Record<string, string> = {};
    if (isJsonObject(element.details)) {
        for (const [key, value] of Object.entries(element.details)) {
            const text = asText(value);
            if (text !== undefined) {
                details[key] = text;
            }
        }
    } else if (element.details !== undefined && element.details !== null) {
        diagnostics.push(
            diagnostic(at, 'warn', DiagnosticCode.FieldInvalid, `${subject}: details should be an object; left empty.`, subject)
        );
    }
    const event = withoutUndefined<CustomEvent>({
        kind: 'custom',
        vendor: VENDOR,
        vendorEvent: eventName.trim(),
        at: receivedAt,
        eventName: eventName.trim(),
        details,
        extra1: asText(element.extra1),
        extra2: asText(element.extra2)
    });
    const templated = [
        ...Object.entries(details).map(([key, value]) => [`details.${key}`, value] as const),
        ['extra1', event.extra1] as const,
        ['extra2', event.extra2] as const
    ].filter(([, value]) => value !== undefined && UNRESOLVED_TEMPLATE.test(value));
    for (const [name, value] of templated) {
        diagnostics.push(
            diagnostic(
                at,
                'warn',
                DiagnosticCode.TemplateUnresolved,
                `${event.eventName}: ${name} still holds the template "${clip(value ?? '', 40)}"; stored as received.`,
                event.eventName
            )
        );
    }
    return event;
}

/** Values are stored as text: numbers and booleans as written, objects and lists as JSON. */
function asText(value: Json | undefined): string | undefined {
    if (value === undefined || value === null) {
        return undefined;
    }
    return typeof value === 'string' ? value : JSON.stringify(value);
}
