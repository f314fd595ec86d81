// Small Rollup plugins for the preview build. The org serves `@salesforce/*` modules itself; here
// they become tiny virtual modules with preview values (Custom Labels with their English values),
// so components import them unchanged. LWC's engine reads `process.env.NODE_ENV`, which only
// exists in Node: it is replaced at build time.

/** The Salesforce user the preview runs as (a valid User id shape, for Agent__c lookups). */
export const PREVIEW_USER_ID = '0055g00000AbCdEAAV';

const PREFIX = '\0salesforce:';

const I18N = {
    locale: "'en-US'",
    lang: "'en-US'",
    currency: "'USD'",
    timeZone: 'Intl.DateTimeFormat().resolvedOptions().timeZone',
    firstDayOfWeek: '1'
};

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
            const [objectApiName, fieldApiName] = name.split('.');
            const value = fieldApiName ? { objectApiName, fieldApiName } : { objectApiName };
            return `export default Object.freeze(${JSON.stringify(value)});`;
        }
        case 'i18n':
            return name in I18N ? `export default ${I18N[name]};` : undefined;
        case 'client':
            return name === 'formFactor' ? "export default 'Large';" : undefined;
        default:
            return undefined;
    }
}

export function salesforceModules({ labels = {} } = {}) {
    return {
        name: 'preview-salesforce-modules',
        resolveId(source) {
            return source.startsWith('@salesforce/') && salesforceModuleSource(source, labels) !== undefined ? PREFIX + source : null;
        },
        load(id) {
            return id.startsWith(PREFIX) ? salesforceModuleSource(id.slice(PREFIX.length), labels) : null;
        }
    };
}

export function nodeEnv(mode) {
    const value = JSON.stringify(mode);
    return {
        name: 'preview-node-env',
        transform(code) {
            return code.includes('process.env.NODE_ENV') ? { code: code.replaceAll('process.env.NODE_ENV', value), map: null } : null;
        }
    };
}
