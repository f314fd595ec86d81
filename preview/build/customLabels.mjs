// The package's Custom Labels with their English values, read from force-app's label metadata, so
// `@salesforce/label/c.<name>` gives the preview the text the org shows (not the label's name).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const LABELS_FILE = fileURLToPath(new URL('../../force-app/main/default/labels/CustomLabels.labels-meta.xml', import.meta.url));

const XML_ENTITIES = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&amp;': '&' };

/** Label values by full name (`CC_Bridge_Counts`); empty when the package has no labels file. */
export function readCustomLabels(file = LABELS_FILE) {
    if (!existsSync(file)) {
        return {};
    }
    const xml = readFileSync(file, 'utf8');
    const labels = {};
    for (const [, block] of xml.matchAll(/<labels>([\s\S]*?)<\/labels>/g)) {
        const name = tagText(block, 'fullName');
        if (name) {
            labels[name] = tagText(block, 'value') ?? '';
        }
    }
    return labels;
}

function tagText(block, tag) {
    const raw = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(block)?.[1];
    return raw?.replace(/&(?:lt|gt|quot|apos|amp);/g, (entity) => XML_ENTITIES[entity]);
}
