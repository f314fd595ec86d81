/**
 * The package's Custom Labels as Jest sees them. sfdx-lwc-jest turns `@salesforce/label/c.X` into the
 * string "c.X"; reading the label metadata instead lets tests see the English the org shows, and lets
 * the label tests hold the translations against the English labels.
 */
import { readFileSync } from 'fs';
import { join } from 'path';

const DEFAULT_DIR = join(__dirname, '..', '..', '..', 'main', 'default');

/** Custom label values by name, from CustomLabels.labels-meta.xml. */
export function customLabels(dir = DEFAULT_DIR): Record<string, string> {
    const xml = readFileSync(join(dir, 'labels', 'CustomLabels.labels-meta.xml'), 'utf8');
    return Object.fromEntries(blocks(xml, 'labels').map((block) => [text(block, 'fullName'), text(block, 'value')]));
}

/** Translated label values by name, from translations/<language>.translation-meta.xml. */
export function labelTranslations(language: string, dir = DEFAULT_DIR): Record<string, string> {
    const xml = readFileSync(join(dir, 'translations', `${language}.translation-meta.xml`), 'utf8');
    return Object.fromEntries(blocks(xml, 'customLabels').map((block) => [text(block, 'name'), text(block, 'label')]));
}

/** Makes every `@salesforce/label/c.<name>` import resolve to its English value. */
export function mockCustomLabels(labels: Record<string, string> = customLabels()): void {
    for (const [name, value] of Object.entries(labels)) {
        jest.doMock(`@salesforce/label/c.${name}`, () => ({ __esModule: true, default: value }), { virtual: true });
    }
}

function blocks(xml: string, tag: string): string[] {
    return [...xml.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) => match[1] ?? '');
}

function text(block: string, tag: string): string {
    const raw = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(block)?.[1] ?? '';
    return raw
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');
}
