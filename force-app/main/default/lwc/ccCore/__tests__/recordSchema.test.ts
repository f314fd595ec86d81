/**
 * The record fields the bridge writes against the package's object metadata: every seed scenario
 * goes through the UI API emulator, which refuses unknown fields, wrong types and bad picklist
 * values as the org would; and the lengths ccCore cuts text to are the lengths the metadata declares.
 */
import { BridgeCore, DiagnosticCode, ObjectApiName } from 'c/ccCore';
import { EXACT_TEXT_FIELDS, JSON_TEXT_FIELDS, NUMBER_FIELD_DIGITS, TEXT_FIELD_LENGTHS } from '../recordSchema';
import { VirtualClock, flushPromises } from '../../../../../../tools/replay/virtualClock';
import { UiApiEmulator } from '../../../../../../tools/uiApiEmulator/uiApiEmulator';
import { projectObjects } from '../../../../../../tools/uiApiEmulator/objectMetadata';
import { EVOLUX_ORIGIN, seed, variant } from './evoluxFixtures';

const objects = projectObjects();

describe('record fields against the object metadata', () => {
    it('writes every seed scenario without a single write the org would refuse', async () => {
        const api = new UiApiEmulator(projectObjects());
        const bridge = new BridgeCore(
            { userId: '005000000000001AAA' },
            { records: api, clock: new VirtualClock(Date.parse('2021-02-18T20:47:48.000Z')) }
        );
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

        expect(api.calls.filter((call) => !call.ok)).toEqual([]);
        expect(bridge.view().diagnostics.filter((entry) => entry.code === DiagnosticCode.WriteRejected)).toEqual([]);
        expect(api.recordsOf(ObjectApiName.Interaction)).toHaveLength(3);
        expect(api.recordsOf(ObjectApiName.AgentPause)).toHaveLength(2);
    });

    it('cuts text to the same lengths the metadata declares', () => {
        const mismatches: string[] = [];
        for (const [objectApiName, lengths] of Object.entries(TEXT_FIELD_LENGTHS)) {
            for (const [name, length] of Object.entries(lengths)) {
                const declared = objects[objectApiName]?.fields[name]?.length;
                if (declared !== length) {
                    mismatches.push(`${objectApiName}.${name}: ccCore cuts at ${length}, metadata says ${declared}`);
                }
            }
        }
        expect(mismatches).toEqual([]);
    });

    it('knows the digits of every number field the metadata declares, and treats every phone field as exact', () => {
        const mismatches: string[] = [];
        for (const [objectApiName, object] of Object.entries(objects)) {
            for (const [name, field] of Object.entries(object.fields)) {
                const digits = NUMBER_FIELD_DIGITS[objectApiName as keyof typeof NUMBER_FIELD_DIGITS]?.[name];
                if (field.type === 'Number' && digits !== (field.precision ?? 0) - (field.scale ?? 0)) {
                    mismatches.push(`${objectApiName}.${name}: ccCore allows ${digits} digits, metadata ${field.precision},${field.scale}`);
                }
                if (field.type === 'Phone' && !EXACT_TEXT_FIELDS.has(name)) {
                    mismatches.push(`${objectApiName}.${name}: a phone field that fitToFields would cut`);
                }
                if (JSON_TEXT_FIELDS.has(name) && field.type !== 'LongTextArea') {
                    mismatches.push(`${objectApiName}.${name}: JSON field is ${field.type}`);
                }
            }
        }
        expect(mismatches).toEqual([]);
    });

    it('keys every object on a unique, case-sensitive External_Key__c', () => {
        for (const objectApiName of Object.values(ObjectApiName)) {
            expect(objects[objectApiName]?.fields.External_Key__c).toMatchObject({
                type: 'Text',
                length: 255,
                unique: true,
                caseSensitive: true
            });
        }
    });
});
