/**
 * Reads a replay log: one JSON object per line, either a window message delivered to a tab or a
 * control. Any line that is not one of those becomes a diagnostic naming the line; nothing in a
 * line (size, nesting, binary junk, `__proto__` keys) can stop the replay.
 */

export const CONTROLS = ['reload', 'close', 'crash', 'focus', 'network-down', 'network-up', 'advance'] as const;
export type Control = (typeof CONTROLS)[number];

export const DEFAULT_TAB = 'A';

export type ReplayLine =
    | { kind: 'message'; line: number; at?: number; origin: unknown; data: unknown; tab: string }
    | { kind: 'control'; line: number; control: Control; tab: string; ms: number }
    | { kind: 'invalid'; line: number; code: 'REPLAY_LINE_NOT_JSON' | 'REPLAY_LINE_UNKNOWN'; message: string };

const MAX_SHOWN = 60;

export function parseReplayLog(text: string): ReplayLine[] {
    const lines: ReplayLine[] = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        if (raw.trim() === '') {
            return;
        }
        lines.push(parseLine(raw, index + 1));
    });
    return lines;
}

function parseLine(raw: string, line: number): ReplayLine {
    let value: unknown;
    try {
        value = JSON.parse(raw);
    } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { kind: 'invalid', line, code: 'REPLAY_LINE_NOT_JSON', message: `Line ${line} is not JSON (${clip(reason)}): ${clip(raw)}` };
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return unknown(line, 'it is not a JSON object');
    }
    const record = value as Record<string, unknown>;
    const tab = ownText(record, 'tab') ?? DEFAULT_TAB;
    if (Object.prototype.hasOwnProperty.call(record, 'control')) {
        const control = record.control;
        if (typeof control !== 'string' || !(CONTROLS as readonly string[]).includes(control)) {
            return unknown(line, `"control" must be one of ${CONTROLS.join(', ')}`);
        }
        const ms = record.ms;
        if (control === 'advance' && (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0)) {
            return unknown(line, '"advance" needs "ms", a number of milliseconds ≥ 0');
        }
        return { kind: 'control', line, control: control as Control, tab, ms: typeof ms === 'number' ? ms : 0 };
    }
    if (!Object.prototype.hasOwnProperty.call(record, 'data')) {
        return unknown(line, 'it has neither "data" (a message) nor "control"');
    }
    let at: number | undefined;
    if (record.at !== undefined) {
        at = typeof record.at === 'string' ? Date.parse(record.at) : Number.NaN;
        if (Number.isNaN(at)) {
            return unknown(line, '"at" must be an ISO 8601 time');
        }
    }
    return { kind: 'message', line, ...(at !== undefined ? { at } : {}), origin: record.origin, data: record.data, tab };
}

function ownText(record: Record<string, unknown>, key: string): string | undefined {
    const value = Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
    return typeof value === 'string' && value !== '' ? value : undefined;
}

function unknown(line: number, reason: string): ReplayLine {
    return { kind: 'invalid', line, code: 'REPLAY_LINE_UNKNOWN', message: `Line ${line} is not a message or a control: ${reason}.` };
}

function clip(text: string): string {
    // Control characters and undecodable bytes are shown as "?" so a diagnostic stays one readable line.
    // eslint-disable-next-line no-control-regex
    const printable = text.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, '?');
    return printable.length > MAX_SHOWN ? `${printable.slice(0, MAX_SHOWN - 3)}...` : printable;
}
