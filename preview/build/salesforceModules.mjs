// The `@salesforce/*` modules the org serves, as the preview build and the Node loader
// (scripts/lwc-node-hooks.mjs) give them to components: tiny modules with preview values. A schema
// reference to a custom object or field that force-app does not define is refused, as the org
// refuses to save such a component ("FIELD_INTEGRITY_EXCEPTION - Invalid reference … of type
// sobjectField"); standard objects and fields are taken on trust, the org has them.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const objectsDir = fileURLToPath(new URL('../../force-app/main/default/objects', import.meta.url));

/** The Salesforce user the preview runs as (a valid User id shape, for Agent__c lookups). */
export const PREVIEW_USER_ID = '0055g00000AbCdEAAV';

const I18N = {
    locale: "'en-US'",
    lang: "'en-US'",
    currency: "'USD'",
    timeZone: 'Intl.DateTimeFormat().resolvedOptions().timeZone',
    firstDayOfWeek: '1'
};

const isCustom = (apiName) => apiName.endsWith('__c');

/**
 * `@salesforce/schema/<Object>[.<Field>]` as the platform resolves it: `{ objectApiName, fieldApiName }`.
 * A reference through relationships (`Contact.Account.Name`) keeps the path as its fieldApiName;
 * only its object is checked here.
 */
function schemaReference(specifier, name) {
    const [objectApiName, ...fieldPath] = name.split('.');
    const fieldApiName = fieldPath.join('.');
    const objectDir = path.join(objectsDir, objectApiName);
    if (isCustom(objectApiName) && !existsSync(path.join(objectDir, `${objectApiName}.object-meta.xml`))) {
        throw new Error(`${specifier}: Invalid reference ${objectApiName} of type sobject (no such object in force-app)`);
    }
    if (fieldPath.length === 1 && isCustom(fieldApiName) && !existsSync(path.join(objectDir, 'fields', `${fieldApiName}.field-meta.xml`))) {
        throw new Error(`${specifier}: Invalid reference ${name} of type sobjectField (no such field in force-app)`);
    }
    return fieldApiName ? { objectApiName, fieldApiName } : { objectApiName };
}

/**
 * Source of a virtual `@salesforce/*` module, or undefined when the preview has none. `labels` are
 * the Custom Label values by name; a label missing from them is an error, as it is in the org.
 */
export function salesforceModuleSource(specifier, labels = {}) {
    const [, kind, name, ...rest] = specifier.split('/');
    if (rest.length > 0 || !name) {
        return undefined;
    }
    switch (kind) {
        case 'user':
            return name === 'Id' ? `export default ${JSON.stringify(PREVIEW_USER_ID)};` : undefined;
        case 'messageChannel':
            // Lightning Message Service compares channels by identity; one frozen object per channel does that.
            return `export default Object.freeze({ channelName: ${JSON.stringify(name)} });`;
        case 'label': {
            const labelName = name.replace(/^c\./, '');
            if (!Object.hasOwn(labels, labelName)) {
                throw new Error(`${specifier}: no Custom Label ${labelName} in force-app/main/default/labels`);
            }
            return `export default ${JSON.stringify(labels[labelName])};`;
        }
        case 'schema': {
            return `export default Object.freeze(${JSON.stringify(schemaReference(specifier, name))});`;
        }
        case 'i18n':
            return name in I18N ? `export default ${I18N[name]};` : undefined;
        case 'client':
            return name === 'formFactor' ? "export default 'Large';" : undefined;
        default:
            return undefined;
    }
}
