/**
 * Confirming the caller among the candidates the directory returns: on normalized numbers, in the
 * admin's order of objects, and on a CPF or email as typed.
 */
import { confirmCaller, cpfVariants } from '../callerMatch';

describe('confirmCaller', () => {
    const query = {
        objects: ['Contact', 'Lead', 'Account'] as ('Contact' | 'Lead' | 'Account')[],
        phoneFragments: ['7654321', '765-4321', '765 4321', '765.4321']
    };

    it('confirms on normalized numbers, not on the last four digits the query used', () => {
        const match = confirmCaller(
            { number: '11987654321' },
            query,
            [
                { objectApiName: 'Contact', recordId: 'a', phones: ['(21) 91234-4321'] },
                { objectApiName: 'Contact', recordId: 'b', phones: ['+55 (11) 98765-4321'] }
            ],
            '55'
        );
        expect(match).toEqual({
            outcome: 'single',
            record: { objectApiName: 'Contact', recordId: 'b' },
            candidates: [{ objectApiName: 'Contact', recordId: 'b' }],
            number: '11987654321'
        });
    });

    it('lets the first object in the admin order with a match decide', () => {
        const candidates = [
            { objectApiName: 'Account' as const, recordId: 'acc', phones: ['11 98765 4321'] },
            { objectApiName: 'Lead' as const, recordId: 'lead', phones: ['11 98765 4321'] }
        ];
        expect(confirmCaller({ number: '11987654321' }, query, candidates, '55').record?.recordId).toBe('lead');
        expect(
            confirmCaller({ number: '11987654321' }, { ...query, objects: ['Account', 'Lead'] }, candidates, '55').record?.recordId
        ).toBe('acc');
    });

    it('matches a CPF typed with or without punctuation, and an email in any case', () => {
        expect(cpfVariants('123.456.789-09')).toEqual(['12345678909', '123.456.789-09']);
        expect(cpfVariants('1234')).toBeUndefined();
        const candidates = [
            { objectApiName: 'Contact' as const, recordId: 'c', phones: [], cpf: '123.456.789-09', email: 'Maria@Acme.com.br' }
        ];
        expect(confirmCaller({ cpf: '12345678909' }, query, candidates, '55').outcome).toBe('single');
        expect(confirmCaller({ email: 'maria@acme.com.br' }, query, candidates, '55').outcome).toBe('single');
    });
});
