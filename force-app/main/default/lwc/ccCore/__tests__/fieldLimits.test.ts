/**
 * Values the org would refuse never cost the whole record: fitToFields leaves out numbers outside
 * their field's range and identifiers too long to keep whole, cuts names with a visible marker, and
 * keeps JSON fields valid JSON however large the vendor's data.
 */
import { CUT_MARKER, fitToFields, shortenJson } from '../fieldLimits';

describe('fitToFields', () => {
    it('leaves out a duration with more digits than Number(9,0) holds, and a negative one, and keeps the rest', () => {
        const { fields, problems } = fitToFields('CC_Interaction__c', {
            Status__c: 'Ended',
            Wait_Seconds__c: 1_772_446_805,
            Talk_Seconds__c: -3,
            Transfer_Count__c: 2
        });

        expect(fields).toEqual({ Status__c: 'Ended', Wait_Seconds__c: null, Talk_Seconds__c: null, Transfer_Count__c: 2 });
        expect(problems.map(({ field, outcome }) => `${field}:${outcome}`)).toEqual([
            'Wait_Seconds__c:left-out',
            'Talk_Seconds__c:left-out'
        ]);
    });

    it('keeps the largest whole number the field holds and rounds fractions', () => {
        const { fields, problems } = fitToFields('CC_Agent_Pause__c', { Duration_Seconds__c: 999_999_999, Max_Duration_Seconds__c: 59.6 });
        expect(fields).toEqual({ Duration_Seconds__c: 999_999_999, Max_Duration_Seconds__c: 60 });
        expect(problems).toEqual([]);
    });

    it('never cuts a key or a phone number: a value too long is left out', () => {
        const { fields, problems } = fitToFields('CC_Interaction__c', {
            External_Key__c: `evolux:${'x'.repeat(300)}`,
            Customer_Number__c: '1'.repeat(41),
            From_Number__c: '+55 11 98765-4321'
        });
        expect(fields).toEqual({ External_Key__c: null, Customer_Number__c: null, From_Number__c: '+55 11 98765-4321' });
        expect(problems.map((problem) => problem.outcome)).toEqual(['left-out', 'left-out']);
    });

    it('cuts a long name to the field, ending in a marker and never in half a character', () => {
        const name = 'Conceição ' + '😀'.repeat(200);
        const { fields, problems } = fitToFields('CC_Interaction__c', { From_Name__c: name });
        const cut = String(fields.From_Name__c);

        expect(cut.length).toBeLessThanOrEqual(255);
        expect(cut.endsWith(CUT_MARKER)).toBe(true);
        expect(cut.startsWith('Conceição 😀')).toBe(true);
        expect(/[\uD800-\uDBFF]…$/.test(cut)).toBe(false);
        expect(problems).toEqual([expect.objectContaining({ field: 'From_Name__c', outcome: 'cut' })]);
    });

    it('keeps Extra__c valid JSON over 32,768 characters, shortening its largest values with a marker', () => {
        const extra = { cpf: '12345678909', ivr_path: '1>3>2', transcript: 'a'.repeat(40_000), notes: 'b'.repeat(5_000) };
        const { fields, problems } = fitToFields('CC_Interaction__c', { Extra__c: JSON.stringify(extra) });
        const stored = String(fields.Extra__c);
        const parsed = JSON.parse(stored) as Record<string, string>;

        expect(stored.length).toBeLessThanOrEqual(32_768);
        expect(parsed.cpf).toBe('12345678909');
        expect(parsed.ivr_path).toBe('1>3>2');
        expect(parsed.notes).toBe(extra.notes);
        expect(parsed.transcript).toMatch(/^a+… \[40000 characters, the rest not kept\]$/);
        expect(problems).toEqual([expect.objectContaining({ field: 'Extra__c', outcome: 'shortened-json' })]);
    });

    it('keeps Details__c valid JSON when it is many small values, replacing the largest members by markers', () => {
        const details = Object.fromEntries(
            Array.from({ length: 3_000 }, (_, index) => [`field${index}`, { value: index, label: `Item ${index}` }])
        );
        const { fields } = fitToFields('CC_Custom_Event__c', { Details__c: JSON.stringify(details) });
        const stored = String(fields.Details__c);

        expect(stored.length).toBeLessThanOrEqual(32_768);
        expect(() => JSON.parse(stored)).not.toThrow();
        expect(stored).toContain('members not kept]');
    });
});

describe('shortenJson', () => {
    it('leaves JSON that fits as it is, and refuses text that is not JSON', () => {
        expect(shortenJson('{"a":"ü"}', 100)).toBe('{"a":"ü"}');
        expect(shortenJson('{"a":', 100)).toBeNull();
    });
});

describe('shortenJson on lists and markers', () => {
    it('shortens a plain list of 25,000 numbers instead of leaving it out, quickly', () => {
        const list = Array.from({ length: 25_000 }, (_, index) => index);
        const started = Date.now();
        const stored = shortenJson(JSON.stringify({ ivr: list }), 32_768);
        const parsed = JSON.parse(String(stored)) as { ivr: unknown[] };

        expect(String(stored).length).toBeLessThanOrEqual(32_768);
        expect(parsed.ivr.slice(0, 3)).toEqual([0, 1, 2]);
        expect(parsed.ivr.at(-1)).toMatch(/members not kept\]$/);
        // A generous bound: the failure this guards against took seconds, not milliseconds.
        expect(Date.now() - started).toBeLessThan(2_000);
    });

    it('never overwrites a key of the vendor’s own named like the marker', () => {
        const details = { '…': 'the vendor’s', ...Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, 'v'.repeat(30)])) };
        const parsed = JSON.parse(String(shortenJson(JSON.stringify(details), 600))) as Record<string, string>;
        expect(parsed['…']).toBe('the vendor’s');
        expect(parsed['……']).toMatch(/members not kept\]$/);
    });
});
