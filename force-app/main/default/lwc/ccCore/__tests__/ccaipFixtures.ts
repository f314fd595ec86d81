/**
 * The CCAI Platform adapter events from the vendor document (seed 002), as the text the document
 * shows: the adapters post JSON strings, and some of the document's own examples are not valid JSON.
 */
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';

const DIR = join(__dirname, 'data', 'ccaip');

/** Example name (the event type, or `<type>.data` for a data-only example) → the text as documented. */
export const documented: Record<string, string> = Object.fromEntries(
    readdirSync(DIR)
        .filter((file) => file.endsWith('.txt'))
        .map((file) => [file.replace(/\.txt$/, ''), readFileSync(join(DIR, file), 'utf8')])
);

export const INVALID_EXAMPLES = ['Agent_Login', 'Agent_Logout', 'Transfer_Chat', 'Agent_Joined_Chat'];

export const CCAIP_ORIGIN = 'https://acme.ccaiplatform.com';

/** The data of a valid documented example, parsed, for building variants. */
export function exampleData(type: string): Record<string, unknown> {
    return (JSON.parse(documented[type] ?? '{}') as { data: Record<string, unknown> }).data;
}

/** A message as the adapters post it: a JSON string `{type, data}`. */
export function adapterPost(type: string, data: Record<string, unknown>): string {
    return JSON.stringify({ type, data });
}
