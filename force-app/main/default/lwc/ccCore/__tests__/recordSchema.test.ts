/**
 * The fields the bridge writes exist in the package's object metadata with the types and lengths
 * the code assumes: a typo or a changed field fails here, not in an admin's org.
 */
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { BridgeCore, ObjectApiName, type RecordFields } from 'c/ccCore';
import { TEXT_FIELD_LENGTHS } from '../recordSchema';
import { ManualClock, flushPromises } from '../../../../../test/support/manualClock';
import { RecordingWriter } from '../../../../../test/support/recordingWriter';
import { EVOLUX_ORIGIN, seed, variant } from './evoluxFixtures';

const OBJECTS_DIR = join(__dirname, '../../../objects');

interface FieldMeta {
    type: string;
    length?: number;
    picklist?: string[];
}

function fieldsOf(objectApiName: string): Record<string, FieldMeta> {
    const dir = join(OBJECTS_DIR, objectApiName, 'fields');
    const fields: Record<string, FieldMeta> = {};
    for (const file of readdirSync(dir)) {
        const xml = readFileSync(join(dir, file), 'utf8');
        const tag = (name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];
        const name = tag('fullName') ?? file.replace('.field-meta.xml', '');
        const length = tag('length');
        const picklist = [...xml.matchAll(/<value>\s*<fullName>([^<]*)<\/fullName>/g)].map((match) => match[1] ?? '');
        fields[name] = { type: tag('type') ?? '', ...(length ? { length: Number(length) } : {}), ...(picklist.length ? { picklist } : {}) };
    }
    return fields;
}

/** Every record the seed scenarios write, by object. */
async function writtenRecords(): Promise<Record<string, RecordFields[]>> {
    const writer = new RecordingWriter();
    const bridge = new BridgeCore({ userId: '005000000000001AAA' }, { records: writer, clock: new ManualClock() });
    const messages = [
        seed.softphoneCallInvited,
        seed.softphoneCallAccepted,
        seed.softphoneCallEnded,
        seed.softphoneCallInvitedCampaign,
        variant(seed.softphoneCallEnded, { id: 'missed', answerTime: null, recordingUUID: 'rec-1' }),
        seed.agentStartPause,
        seed.agentChangePause,
        seed.agentStopPause
    ];
    for (const data of messages) {
        bridge.receive({ origin: EVOLUX_ORIGIN, data });
        await flushPromises();
    }
    const byObject: Record<string, RecordFields[]> = {};
    for (const record of writer.records.values()) {
        (byObject[record.objectApiName] ??= []).push(record.fields);
    }
    return byObject;
}

const UI_API_TYPES: Record<string, string> = { Number: 'number', Checkbox: 'boolean' };

/** What is wrong with writing this value to this field; nothing when it is fine. */
function fieldProblems(name: string, field: FieldMeta | undefined, value: unknown): string[] {
    if (!field) {
        return [`${name} does not exist`];
    }
    if (value === null) {
        return [];
    }
    const problems: string[] = [];
    const expectedType = UI_API_TYPES[field.type] ?? 'string';
    if (typeof value !== expectedType) {
        problems.push(`${name} is a ${field.type} but got ${typeof value}`);
    }
    if (field.picklist && !field.picklist.includes(String(value))) {
        problems.push(`${name} has no picklist value ${String(value)}`);
    }
    if (field.type === 'DateTime' && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(String(value))) {
        problems.push(`${name} is not an ISO UTC DateTime: ${String(value)}`);
    }
    return problems;
}

describe('record fields against the object metadata', () => {
    it('writes only fields that exist, with values of their type and allowed picklist values', async () => {
        const records = await writtenRecords();
        expect(Object.keys(records).sort()).toEqual([ObjectApiName.AgentPause, ObjectApiName.Interaction]);
        const problems: string[] = [];
        for (const [objectApiName, list] of Object.entries(records)) {
            const meta = fieldsOf(objectApiName);
            for (const fields of list) {
                for (const [name, value] of Object.entries(fields)) {
                    problems.push(...fieldProblems(`${objectApiName}.${name}`, meta[name], value));
                }
            }
        }
        expect(problems).toEqual([]);
    });

    it('cuts text to the same lengths the metadata declares', () => {
        for (const [objectApiName, lengths] of Object.entries(TEXT_FIELD_LENGTHS)) {
            const meta = fieldsOf(objectApiName);
            for (const [name, length] of Object.entries(lengths)) {
                const field = meta[name];
                const declared = field?.type === 'Phone' ? 40 : field?.length;
                expect([objectApiName, name, declared]).toEqual([objectApiName, name, length]);
            }
        }
    });

    it('keys every object on a unique, case-sensitive External_Key__c', () => {
        for (const objectApiName of Object.values(ObjectApiName)) {
            const xml = readFileSync(join(OBJECTS_DIR, objectApiName, 'fields', 'External_Key__c.field-meta.xml'), 'utf8');
            expect(xml).toContain('<externalId>true</externalId>');
            expect(xml).toContain('<unique>true</unique>');
            expect(xml).toContain('<caseSensitive>true</caseSensitive>');
        }
    });
});
