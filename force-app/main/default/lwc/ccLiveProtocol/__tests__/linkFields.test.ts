import { CALLER_LOOKUP_FIELDS, linkFieldFor } from 'c/ccLiveProtocol';

describe('linkFieldFor', () => {
    it("names the interaction's lookup to a Contact, a Lead and an Account", () => {
        expect(linkFieldFor('Contact')).toBe('Contact__c');
        expect(linkFieldFor('Lead')).toBe('Lead__c');
        expect(linkFieldFor('Account')).toBe('Account__c');
    });

    it('names none for an object the interaction has no lookup to, or for no object', () => {
        expect(linkFieldFor('Case')).toBeUndefined();
        expect(linkFieldFor(undefined)).toBeUndefined();
        // Not an inherited property of the map either.
        expect(linkFieldFor('toString')).toBeUndefined();
        expect(linkFieldFor('__proto__')).toBeUndefined();
    });
});

describe('CALLER_LOOKUP_FIELDS', () => {
    it('lists the three lookups linkFieldFor names, and nothing else', () => {
        expect([...CALLER_LOOKUP_FIELDS].sort()).toEqual(['Account__c', 'Contact__c', 'Lead__c']);
    });
});
