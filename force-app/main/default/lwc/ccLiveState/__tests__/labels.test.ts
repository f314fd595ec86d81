/**
 * The Custom Labels and their Portuguese translation, held against the components that use them:
 * every label a component imports exists, every label is used, every label has a pt_BR translation
 * with the same placeholders, and the Portuguese is not the English left untranslated.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { customLabels, labelTranslations } from '../../../../../test/jest-mocks/salesforce/customLabels';

const LWC_DIR = join(__dirname, '..', '..');
/** Labels that read the same in both languages: a format with no words, a product name, a loanword. */
const SAME_IN_PORTUGUESE = [
    'CC_Board_Pause_Reason_Time',
    'CC_Bridge_Agent',
    'CC_Bridge_Counts',
    'CC_Bridge_Utility_Label',
    'CC_Bridge_Write_Status',
    'CC_History_Chat',
    'CC_Live_Chat',
    'CC_Lookup_Lead'
];

const english = customLabels();
const portuguese = labelTranslations('pt_BR');

/** The labels the shipped sources import (tests excluded). */
function importedLabels(): Set<string> {
    const names = new Set<string>();
    for (const bundle of readdirSync(LWC_DIR)) {
        const dir = join(LWC_DIR, bundle);
        for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
            for (const match of readFileSync(join(dir, file), 'utf8').matchAll(/@salesforce\/label\/c\.(\w+)/g)) {
                names.add(match[1] ?? '');
            }
        }
    }
    return names;
}

const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((match) => match[0]).sort();

describe('Custom Labels', () => {
    it('holds every label the components import, and no label they do not use', () => {
        const imported = importedLabels();
        expect([...imported].filter((name) => !(name in english))).toEqual([]);
        expect(Object.keys(english).filter((name) => !imported.has(name))).toEqual([]);
    });

    it("keeps each label's short description within the 80 characters its field holds in the org", () => {
        const xml = readFileSync(join(LWC_DIR, '..', 'labels', 'CustomLabels.labels-meta.xml'), 'utf8');
        const descriptions = [...xml.matchAll(/<fullName>(\w+)<\/fullName>[\s\S]*?<shortDescription>([^<]*)<\/shortDescription>/g)];
        expect(descriptions).toHaveLength(Object.keys(english).length);
        expect(descriptions.filter(([, , text]) => (text ?? '').length > 80).map(([, name]) => name)).toEqual([]);
    });

    it('names every label with the CC_ prefix', () => {
        expect(Object.keys(english).filter((name) => !/^CC_\w+$/.test(name))).toEqual([]);
    });

    it('has a pt_BR translation for every label and for no other', () => {
        expect(Object.keys(portuguese).sort()).toEqual(Object.keys(english).sort());
    });

    it('keeps the placeholders of each label in its translation', () => {
        const mismatched = Object.keys(english).filter(
            (name) => placeholders(english[name] ?? '').join() !== placeholders(portuguese[name] ?? '').join()
        );
        expect(mismatched).toEqual([]);
    });

    it('translates every label that has words to translate', () => {
        const untranslated = Object.keys(english).filter(
            (name) => english[name] === portuguese[name] && !SAME_IN_PORTUGUESE.includes(name)
        );
        expect(untranslated).toEqual([]);
    });

    it('uses the Portuguese the issue asked for', () => {
        expect(portuguese.CC_Utility_Call_Ringing).toBe('Chamada tocando · {0}');
        expect(portuguese.CC_Live_Paused).toBe('Em pausa');
        expect(portuguese.CC_Live_Link).toBe('Vincular a este registro');
    });
});
