/**
 * The standard objects the bridge reads (caller matching), with the fields it and the preview use,
 * typed as the Salesforce Object Reference types them. Not from this package's metadata: every org
 * has them. No Node-only code, as the emulator.
 */
import type { FieldDefinition, FieldType, ObjectDefinition } from './objectMetadata';

/** Characters a Phone field holds. */
export const PHONE_LENGTH = 40;

/** Contact, Lead and Account; `textFields` are Text fields an admin added to all three (the CPF field). */
export function standardObjects(textFields: readonly string[] = []): Record<string, ObjectDefinition> {
    const field = (apiName: string, label: string, type: FieldType, length?: number): FieldDefinition => ({
        apiName,
        label,
        type,
        ...(length !== undefined ? { length } : {}),
        unique: false,
        caseSensitive: false,
        restrictedPicklist: false
    });
    const added = textFields.map((apiName) => field(apiName, apiName, 'Text', 255));
    const object = (apiName: string, fields: FieldDefinition[]): ObjectDefinition => ({
        apiName,
        label: apiName,
        fields: Object.fromEntries([...fields, ...added].map((definition) => [definition.apiName, definition]))
    });
    // Contact and Lead have no Name field of their own here: GraphQL reads it built from the first and last names.
    const person = [
        field('FirstName', 'First Name', 'Text', 40),
        field('LastName', 'Last Name', 'Text', 80),
        field('Phone', 'Phone', 'Phone', PHONE_LENGTH),
        field('MobilePhone', 'Mobile Phone', 'Phone', PHONE_LENGTH),
        field('Email', 'Email', 'Email', 80)
    ];
    return {
        Contact: object('Contact', [...person, { ...field('AccountId', 'Account ID', 'Lookup'), referenceTo: 'Account' }]),
        Lead: object('Lead', [...person, field('Company', 'Company', 'Text', 255)]),
        Account: object('Account', [field('Name', 'Account Name', 'Text', 255), field('Phone', 'Account Phone', 'Phone', PHONE_LENGTH)])
    };
}
