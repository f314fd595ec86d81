// The `@salesforce/*` modules the preview and the Node tools give components, checked as the org
// would serve or refuse them. Run with the Node loader (npm run test:e2e), so the last tests import
// them the way the replay and the benchmark load the pipeline.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { salesforceModuleSource } from '../preview/build/salesforceModules.mjs';

/** The default export of a module source, evaluated as the module would be. */
const defaultOf = (source) => new Function(`return ${source.replace(/^export default /, '').replace(/;$/, '')}`)();

test('a schema reference to a field of the package is { objectApiName, fieldApiName }, as the platform resolves it', () => {
    assert.deepEqual(defaultOf(salesforceModuleSource('@salesforce/schema/CC_Interaction__c.Contact__c')), {
        objectApiName: 'CC_Interaction__c',
        fieldApiName: 'Contact__c'
    });
    assert.deepEqual(defaultOf(salesforceModuleSource('@salesforce/schema/CC_Agent_Pause__c')), { objectApiName: 'CC_Agent_Pause__c' });
});

test('a schema reference to a custom field or object force-app does not define is refused, as the org refuses to save it', () => {
    assert.throws(
        () => salesforceModuleSource('@salesforce/schema/CC_Interaction__c.Contato__c'),
        /Invalid reference CC_Interaction__c\.Contato__c of type sobjectField/
    );
    assert.throws(() => salesforceModuleSource('@salesforce/schema/CC_Call__c.Status__c'), /Invalid reference CC_Call__c of type sobject/);
});

test('standard objects and fields are taken on trust: every org has them', () => {
    assert.deepEqual(defaultOf(salesforceModuleSource('@salesforce/schema/Contact.Phone')), {
        objectApiName: 'Contact',
        fieldApiName: 'Phone'
    });
});

test('a reference through a relationship keeps its path as the fieldApiName, as the platform gives it', () => {
    assert.deepEqual(defaultOf(salesforceModuleSource('@salesforce/schema/CC_Interaction__c.Contact__r.Name')), {
        objectApiName: 'CC_Interaction__c',
        fieldApiName: 'Contact__r.Name'
    });
});

test('the Node loader serves schema references to the pipeline, and refuses a missing field on import', async () => {
    const { linkFieldFor } = await import('c/ccLiveProtocol');
    assert.equal(linkFieldFor('Account'), 'Account__c');
    await assert.rejects(import('@salesforce/schema/CC_Interaction__c.Missing__c'), /Invalid reference CC_Interaction__c\.Missing__c/);
});

test('the Node loader leaves the npm packages of the @salesforce scope to Node', async () => {
    // Not an org module: Node's own resolution answers (here, that the package is not installed).
    await assert.rejects(import('@salesforce/not-an-org-module'), { code: 'ERR_MODULE_NOT_FOUND' });
});
