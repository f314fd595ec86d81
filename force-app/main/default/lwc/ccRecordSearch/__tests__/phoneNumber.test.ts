/**
 * Phone normalization with Brazilian and North American numbers, as softphones send them and as
 * users type them into Salesforce.
 */
import { normalizePhone, phoneSearchFragments, samePhone } from '../phoneNumber';

describe('normalizePhone with default country 55 (Brazil)', () => {
    it.each([
        ['11987654321', '+5511987654321'],
        ['011987654321', '+5511987654321'],
        ['+55 11 98765-4321', '+5511987654321'],
        ['5511987654321', '+5511987654321'],
        ['(11) 98765-4321', '+5511987654321'],
        ['(11) 3456-7890', '+551134567890'],
        ['1134567890', '+551134567890'],
        ['0 21 11 98765-4321', '+5511987654321'],
        ['0055 11 98765 4321', '+5511987654321'],
        ['+1 (222) 333-4444', '+12223334444'],
        ['11.98765.4321', '+5511987654321']
    ])('reads %s as %s', (raw, e164) => {
        expect(normalizePhone(raw, '55')).toMatchObject({ kind: 'e164', e164 });
    });

    it.each(['601', '700', '4000', '123456'])('treats %s as an internal extension', (raw) => {
        expect(normalizePhone(raw, '55')).toEqual({ kind: 'extension', digits: raw });
    });

    it.each(['', 'anonymous', 'sip:joao@pbx', '60916f51-c6f5-a853-3651-a8a456064080'])('refuses %j as a number', (raw) => {
        expect(['invalid', 'extension', 'national']).toContain(normalizePhone(raw, '55').kind);
        expect(normalizePhone(raw, '55').e164).toBeUndefined();
    });
});

describe('normalizePhone with default country 1 (North America)', () => {
    it.each([
        ['(222) 333-4444', '+12223334444'],
        ['222.333.4444', '+12223334444'],
        ['1 222 333 4444', '+12223334444'],
        ['+1 (222) 333-4444', '+12223334444'],
        ['+55 11 98765-4321', '+5511987654321']
    ])('reads %s as %s', (raw, e164) => {
        expect(normalizePhone(raw, '1')).toMatchObject({ e164 });
    });
});

describe('samePhone', () => {
    const n = (raw: string, country = '55') => normalizePhone(raw, country);
    const same = (a: string, b: string) => samePhone(n(a), n(b), true);

    it('matches a softphone national number with a formatted Salesforce phone', () => {
        expect(same('11987654321', '(11) 98765-4321')).toBe(true);
        expect(same('5511987654321', '+55 (11) 98765-4321')).toBe(true);
    });

    it('does not match different lines, or numbers from different countries with the same digits', () => {
        expect(same('11987654321', '(11) 98765-4322')).toBe(false);
        expect(same('+1 222 333 4444', '+55 22 2333-4444')).toBe(false);
    });

    it('never matches an extension', () => {
        expect(same('601', '601')).toBe(false);
    });

    it('does not match a number saved without its area code, which would match every area code', () => {
        expect(same('+55 21 98765-4321', '98765-4321')).toBe(false);
        expect(same('+55 21 3765-4321', '3765-4321')).toBe(false);
    });

    it('without a default country, matches a national number with its area code at the end of an international one', () => {
        const plain = (raw: string) => normalizePhone(raw);
        expect(samePhone(plain('11987654321'), plain('+55 11 98765-4321'), false)).toBe(true);
        expect(samePhone(plain('98765-4321'), plain('+55 11 98765-4321'), false)).toBe(false);
        expect(samePhone(plain('4321'), plain('+55 11 98765-4321'), false)).toBe(false);
    });

    it('searches by the last seven digits as people type them, which the usual formats all contain, and never for an extension', () => {
        const fragments = phoneSearchFragments(n('11987654321')) ?? [];
        expect(fragments).toEqual(['7654321', '765-4321', '765 4321', '765.4321']);
        for (const stored of ['(11) 98765-4321', '+5511987654321', '11 98765 4321', '(11) 98765-4321 ramal 200', '+55 (11) 9 8765-4321']) {
            expect({ stored, found: fragments.some((fragment) => stored.includes(fragment)) }).toEqual({ stored, found: true });
        }
        expect(phoneSearchFragments(n('601'))).toBeUndefined();
    });
});
