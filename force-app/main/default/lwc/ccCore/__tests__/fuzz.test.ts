/**
 * Property-based fuzzing of the gate and every vendor adapter: whatever a window message holds, the
 * bridge answers with events or diagnostics with stable codes, never throws, never writes a record
 * for a message it rejects, and never lets a message touch Object.prototype.
 */
import fc from 'fast-check';
import { ADAPTERS, DiagnosticCode, readConfig } from 'c/ccCore';
import { passGate } from '../gate';
import { setupBridge } from './bridgeHarness';
import { seed } from './evoluxFixtures';
import { adapterPost, CCAIP_ORIGIN, exampleData } from './ccaipFixtures';

const CONFIG = readConfig(
    { allowedOrigins: 'https://*.evolux.net.br,https://*.ccaiplatform.com,https://chat.acme.com.br' },
    '2026-03-02T11:00:00.000Z'
).config;
const RECEIVED = { ms: Date.parse('2026-03-02T11:00:00.000Z'), precision: 3 };
const STABLE_CODES = new Set<string>(Object.values(DiagnosticCode));
const ORIGINS = [
    'https://acme.evolux.net.br',
    'https://acme.ccaiplatform.com',
    'https://chat.acme.com.br',
    'https://evil.example.com',
    'null',
    ''
];

/** JSON-ish values with the keys and value kinds the vendors use, so generated messages reach deep into each adapter. */
const vendorKeys = fc.constantFrom(
    'eventName',
    'payload',
    'id',
    'direction',
    'from',
    'to',
    'number',
    'name',
    'agent',
    'agentId',
    'login',
    'email',
    'extension',
    'startTime',
    'answerTime',
    'endTime',
    'pause',
    'timeStart',
    'timeEnd',
    'reason',
    'productive',
    'maxDuration',
    'queue',
    'slug',
    'campaign',
    'subscriber',
    'extra',
    'type',
    'data',
    'call_id',
    'chat_id',
    'session_type',
    'queue_path',
    'to_queue_path',
    'message',
    'recordUrl',
    'event_name',
    'details',
    'extra1',
    'extra2',
    'conversationId',
    'userStatus',
    'requestedLiveAgent',
    'isTyping',
    'createTime',
    'eventType',
    'representative',
    'representativeType',
    '__proto__',
    'constructor',
    'prototype'
);
const vendorValues = fc.oneof(
    fc.constantFrom(
        'softphoneCallInvited',
        'softphoneCallEnded',
        'agentStartPause',
        'agentStopPause',
        'New_Chat',
        'End_Chat',
        'Transfer_Chat',
        'CRM_Record_Pop',
        'REPRESENTATIVE_JOINED',
        'HUMAN',
        'inbound',
        'outbound',
        '2021-02-18T20:47:47.476Z',
        '2021-02-18T20:51:54.866913+00:00',
        '11987654321',
        '<? $x ?>',
        '',
        'null',
        'true'
    ),
    fc.string({ maxLength: 40 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null)
);
const message = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, vendorValues, tie('object'), tie('array')),
    object: fc.dictionary(vendorKeys, tie('value'), { maxKeys: 6 }),
    array: fc.array(tie('value'), { maxLength: 4 })
})).value;
const asPosted = fc.oneof(
    message,
    message.map((value) => JSON.stringify(value)),
    fc.string({ maxLength: 200 })
);

describe('fuzzing the gate and the adapters', () => {
    it('answers every generated message with events or stable diagnostics, and never throws', () => {
        fc.assert(
            fc.property(asPosted, fc.constantFrom(...ORIGINS), (data, origin) => {
                const result = passGate({ origin, data }, CONFIG, ADAPTERS, RECEIVED);
                for (const entry of result.diagnostics) {
                    expect(STABLE_CODES.has(entry.code)).toBe(true);
                    expect(entry.message.length).toBeGreaterThan(0);
                }
                // Nothing is dropped in silence: a message yields events, or says why not.
                expect(result.events.length + result.diagnostics.length).toBeGreaterThan(0);
            }),
            { numRuns: 3000, seed: 20260302 }
        );
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('runs every generated message through a whole bridge without a throw, an internal error or a refused write', async () => {
        await fc.assert(
            fc.asyncProperty(fc.array(fc.tuple(asPosted, fc.constantFrom(...ORIGINS)), { maxLength: 6 }), async (messages) => {
                const { post, writer, codes } = setupBridge(
                    { allowedOrigins: 'https://*.evolux.net.br,https://*.ccaiplatform.com,https://chat.acme.com.br' },
                    ORIGINS[0] ?? ''
                );
                for (const [data, origin] of messages) {
                    await post(data, origin);
                }
                expect(codes()).not.toContain(DiagnosticCode.InternalError);
                expect(writer.calls.filter((call) => !call.ok)).toEqual([]);
            }),
            { numRuns: 400, seed: 20260302 }
        );
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('mutating any field of a real payload never throws and never writes for a rejected message', async () => {
        const mutation = fc.record({ key: fc.constantFrom(...Object.keys(seed.softphoneCallInvited.payload)), value: vendorValues });
        await fc.assert(
            fc.asyncProperty(fc.array(mutation, { maxLength: 4 }), async (mutations) => {
                const { post, writer } = setupBridge({}, 'https://acme.evolux.net.br');
                const payload: Record<string, unknown> = { ...seed.softphoneCallInvited.payload };
                for (const { key, value } of mutations) {
                    payload[key] = value;
                }
                const outcome = await post({ eventName: 'softphoneCallInvited', payload });
                // A rejected message writes nothing.
                expect(outcome.accepted || writer.calls.length === 0).toBe(true);
                expect(writer.calls.filter((call) => !call.ok)).toEqual([]);
            }),
            { numRuns: 300, seed: 20260302 }
        );
    });

    describe('look-alike junk: real event names with the fields a real payload always carries missing or unusable', () => {
        /** What a broken or hostile feed puts where an id, a direction or a time should be. */
        const junk = fc.oneof(
            fc.constantFrom(null, 'null', 'undefined', 'NaN', '', '   ', true, false, 0.38, -1, 'sideways', 'yesterday', 'x'.repeat(5_000)),
            fc.constant({}),
            fc.constant([]),
            fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
            fc.string({ maxLength: 12 }).map((text) => `${text} ${text}`)
        );
        /** For each required field: kept, deleted, or replaced by junk. */
        const fate = fc.oneof(
            fc.constant('keep' as const),
            fc.constant('delete' as const),
            junk.map((value) => ({ value }))
        );

        it('writes no Evolux call whose id, direction or startTime is missing or junk, and writes one when all are real', async () => {
            await fc.assert(
                fc.asyncProperty(
                    fc.constantFrom(seed.softphoneCallInvited, seed.softphoneCallAccepted, seed.softphoneCallEnded),
                    fc.record({ id: fate, direction: fate, startTime: fate }),
                    fc.array(fc.record({ key: vendorKeys, value: vendorValues }), { maxLength: 3 }),
                    async (realMessage, fates, noise) => {
                        const { post, writer } = setupBridge({}, 'https://acme.evolux.net.br');
                        const payload: Record<string, unknown> = { ...realMessage.payload };
                        for (const { key, value } of noise) {
                            if (!['id', 'direction', 'startTime', '__proto__'].includes(key)) {
                                payload[key] = value;
                            }
                        }
                        for (const [field, what] of Object.entries(fates)) {
                            if (what === 'delete') {
                                delete payload[field];
                            } else if (what !== 'keep') {
                                payload[field] = what.value;
                            }
                        }
                        const outcome = await post({ eventName: realMessage.eventName, payload });
                        const allReal = Object.values(fates).every((what) => what === 'keep');
                        const explained = outcome.diagnostics.some((entry) => /^FIELD_(MISSING|INVALID)$/.test(entry.code));
                        // A real call is one record; anything less is none, with the reason in a diagnostic.
                        expect({ records: writer.recordsOf('CC_Interaction__c').length, explained: allReal || explained }).toEqual({
                            records: allReal ? 1 : 0,
                            explained: true
                        });
                    }
                ),
                { numRuns: 400, seed: 20261202 }
            );
        });

        it('writes no CCAI Platform session whose call_id or session_type is missing or junk', async () => {
            await fc.assert(
                fc.asyncProperty(
                    fc.constantFrom('New_Call', 'End_Call'),
                    fc.record({ call_id: fate, session_type: fate }),
                    async (type, fates) => {
                        const { post, writer } = setupBridge({ allowedOrigins: 'https://*.ccaiplatform.com' }, CCAIP_ORIGIN);
                        const data: Record<string, unknown> = { ...exampleData(type) };
                        for (const [field, what] of Object.entries(fates)) {
                            if (what === 'delete') {
                                delete data[field];
                            } else if (what !== 'keep') {
                                data[field] = what.value;
                            }
                        }
                        await post(adapterPost(type, data));
                        // A junk session_type that is still text (e.g. "sideways") is a session type the vendor may add.
                        const idReal = fates.call_id === 'keep';
                        const typeReal =
                            fates.session_type === 'keep' ||
                            (typeof fates.session_type === 'object' &&
                                ['string', 'number'].includes(typeof fates.session_type.value) &&
                                String(fates.session_type.value).trim() !== '');
                        expect(writer.recordsOf('CC_Interaction__c').length).toBe(idReal && typeReal ? 1 : 0);
                    }
                ),
                { numRuns: 300, seed: 20261202 }
            );
        });
    });
});
