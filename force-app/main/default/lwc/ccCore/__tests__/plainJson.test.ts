/**
 * Reading message data: bounded, plain and free of prototype tricks.
 */
import { MAX_MESSAGE_BYTES, MAX_MESSAGE_DEPTH, readMessageData, utf8Length } from '../plainJson';
import { seed } from './evoluxFixtures';

describe('readMessageData', () => {
    it('copies a seed message unchanged', () => {
        const result = readMessageData(seed.softphoneCallInvited);
        expect(result).toEqual({ ok: true, value: seed.softphoneCallInvited, bytes: expect.any(Number) });
        expect(result.ok && result.value).not.toBe(seed.softphoneCallInvited);
    });

    it('parses a JSON string the way adapters post them', () => {
        const result = readMessageData(JSON.stringify(seed.agentLogin));
        expect(result.ok && result.value).toEqual(seed.agentLogin);
    });

    it('says where invalid JSON breaks', () => {
        const result = readMessageData('{"type": "New_Call", "data": {"call_id": 7,}}');
        expect(result).toEqual({ ok: false, code: 'JSON_INVALID', message: expect.stringContaining('not valid JSON') });
    });

    it('measures size in UTF-8 bytes, so multi-byte text counts for what it weighs', () => {
        expect(utf8Length('João')).toBe(5);
        expect(utf8Length('😀')).toBe(4);
        const justOver = 'ã'.repeat(MAX_MESSAGE_BYTES / 2 + 1);
        expect(readMessageData(justOver)).toMatchObject({ ok: false, code: 'MESSAGE_TOO_LARGE' });
        expect(readMessageData({ note: justOver })).toMatchObject({ ok: false, code: 'MESSAGE_TOO_LARGE' });
    });

    it('rejects nesting deeper than the limit, as object or as text', () => {
        let deep: unknown = 'bottom';
        for (let i = 0; i < MAX_MESSAGE_DEPTH + 1; i++) {
            deep = { next: deep };
        }
        expect(readMessageData(deep)).toMatchObject({ ok: false, code: 'MESSAGE_TOO_DEEP' });
        expect(readMessageData('['.repeat(5000) + ']'.repeat(5000))).toMatchObject({ ok: false, code: 'MESSAGE_TOO_DEEP' });
    });

    it('drops __proto__, constructor and prototype keys so nothing reaches Object.prototype', () => {
        const result = readMessageData(
            '{"eventName":"agentLogin","__proto__":{"polluted":true},"payload":{"constructor":{"prototype":{"polluted":true}}}}'
        );
        expect(result.ok && result.value).toEqual({ eventName: 'agentLogin', payload: {} });
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it.each([
        [
            'a cycle',
            (() => {
                const cyclic: Record<string, unknown> = { eventName: 'x' };
                cyclic.payload = cyclic;
                return cyclic;
            })()
        ],
        ['a Date', { eventName: 'x', payload: { at: new Date() } }],
        ['a Map', { eventName: 'x', payload: new Map() }],
        ['a function', { eventName: 'x', payload: () => 1 }],
        ['an infinite number', { eventName: 'x', payload: { n: Infinity } }]
    ])('rejects %s as not JSON', (_case, data) => {
        expect(readMessageData(data)).toMatchObject({ ok: false, code: 'MESSAGE_NOT_JSON' });
    });

    it('reports a getter that throws as unreadable instead of crashing', () => {
        const hostile = Object.defineProperty({}, 'payload', {
            enumerable: true,
            get() {
                throw new Error('boom');
            }
        });
        expect(readMessageData(hostile)).toEqual({ ok: false, code: 'MESSAGE_NOT_JSON', message: expect.stringContaining('boom') });
    });
});
