/**
 * Reads the package's own object definitions (force-app/main/default/objects) into what the UI API
 * emulator needs to validate writes: each field's type, length, picklist values, uniqueness and
 * lookup target. The files are our own metadata, so a small tag reader is enough.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { PHONE_LENGTH } from './standardObjects';

export type FieldType =
    | 'Text'
    | 'LongTextArea'
    | 'Phone'
    | 'Picklist'
    | 'Number'
    | 'Checkbox'
    | 'DateTime'
    | 'Lookup'
    | 'AutoNumber'
    | string;

export interface FieldDefinition {
    apiName: string;
    label: string;
    type: FieldType;
    /** Characters allowed in a text value. */
    length?: number;
    precision?: number;
    scale?: number;
    unique: boolean;
    caseSensitive: boolean;
    picklistValues?: string[];
    restrictedPicklist: boolean;
    referenceTo?: string;
}

export interface ObjectDefinition {
    apiName: string;
    label: string;
    /** `INT-{000000}` for an auto-number Name. */
    nameFormat?: string;
    fields: Record<string, FieldDefinition>;
}

// npm runs scripts from the package root, and Jest's root is the package root too.
const PROJECT_OBJECTS_DIR = join(process.cwd(), 'force-app', 'main', 'default', 'objects');
const PICKLIST_LENGTH = 255;

/** This project's objects (force-app/main/default/objects). */
export function projectObjects(): Record<string, ObjectDefinition> {
    return readObjectDefinitions(PROJECT_OBJECTS_DIR);
}

export function readObjectDefinitions(objectsDir: string): Record<string, ObjectDefinition> {
    const objects: Record<string, ObjectDefinition> = {};
    for (const apiName of readdirSync(objectsDir)) {
        const objectFile = join(objectsDir, apiName, `${apiName}.object-meta.xml`);
        if (!existsSync(objectFile)) {
            continue;
        }
        const objectXml = readFileSync(objectFile, 'utf8');
        const nameField = tag(objectXml, 'nameField') ?? '';
        const fields: Record<string, FieldDefinition> = {};
        const fieldsDir = join(objectsDir, apiName, 'fields');
        for (const file of existsSync(fieldsDir) ? readdirSync(fieldsDir) : []) {
            const field = readField(readFileSync(join(fieldsDir, file), 'utf8'));
            fields[field.apiName] = field;
        }
        objects[apiName] = {
            apiName,
            label: tag(objectXml, 'label') ?? apiName,
            ...(tag(nameField, 'type') === 'AutoNumber' ? { nameFormat: tag(nameField, 'displayFormat') } : {}),
            fields
        };
    }
    return objects;
}

function readField(xml: string): FieldDefinition {
    const type = tag(xml, 'type') ?? 'Text';
    const picklistValues = [...xml.matchAll(/<value>\s*<fullName>([^<]*)<\/fullName>/g)].map((match) => decode(match[1] ?? ''));
    const number = (name: string) => {
        const value = tag(xml, name);
        return value === undefined ? undefined : Number(value);
    };
    let length = number('length');
    if (type === 'Phone') {
        length = PHONE_LENGTH;
    } else if (type === 'Picklist') {
        length = PICKLIST_LENGTH;
    }
    const referenceTo = tag(xml, 'referenceTo');
    return {
        apiName: tag(xml, 'fullName') ?? '',
        label: decode(tag(xml, 'label') ?? ''),
        type,
        ...(length !== undefined ? { length } : {}),
        ...(number('precision') !== undefined ? { precision: number('precision'), scale: number('scale') ?? 0 } : {}),
        unique: tag(xml, 'unique') === 'true',
        caseSensitive: tag(xml, 'caseSensitive') === 'true',
        ...(picklistValues.length > 0 ? { picklistValues } : {}),
        restrictedPicklist: tag(xml, 'restricted') === 'true',
        ...(referenceTo ? { referenceTo } : {})
    };
}

/** The text of the first <name>…</name> element (its inner XML for a nested one). */
function tag(xml: string, name: string): string | undefined {
    const match = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml);
    return match?.[1]?.trim();
}

function decode(text: string): string {
    return text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');
}
