// The preview server's GraphQL endpoint, without a browser: the bridge's own caller directory and
// GraphQL queue (the compiled .js the org gets) ask it over HTTP, as the preview's lightning/graphql
// does. A field the preview user cannot read is not in its schema, so graphql-js refuses a query
// naming it; the bridge then asks again without it and still finds the seed Contact by Phone.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startPreview } from '../preview/server/previewServer.mjs';
import { GraphqlQueue } from '../force-app/main/default/lwc/ccRecordSearch/graphqlQueue.js';
import { GraphqlCallerDirectory, callerGraphqlRequest } from '../force-app/main/default/lwc/ccRecordSearch/callerGraphql.js';

/** The seed Contact, Maria Souza, `(11) 98765-4321` (examples/seed.json). */
const SEED_CONTACT = '0035g00000XyZaBAAV';
const CALLER = { objects: ['Contact', 'Lead', 'Account'], phoneFragments: ['7654321', '765-4321', '765 4321', '765.4321'] };

let preview;

before(async () => {
    preview = await startPreview({ port: 0, unreadableFields: ['Contact.MobilePhone'] });
});

after(async () => {
    await preview?.close();
});

async function postGraphql(query, variables) {
    const response = await fetch(new URL('/api/graphql', preview.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query, variables })
    });
    assert.equal(response.status, 200);
    return response.json();
}

test('refuses the bridge’s caller query while it names a field the user cannot read, with graphql-js’s message', async () => {
    const { text, variables } = callerGraphqlRequest(CALLER, 'q1');

    const answer = await postGraphql(text, variables);

    assert.equal(answer.data, undefined);
    assert.ok(answer.errors.some((error) => error.message === 'Cannot query field "MobilePhone" on type "Contact".'));
});

test('the bridge’s directory finds the seed Contact by Phone, leaving the unreadable MobilePhone out', async () => {
    const queue = new GraphqlQueue(
        (request) => {
            postGraphql(request.text, request.variables).then(
                (answer) => queue.deliver(answer),
                (error) => queue.deliver({ errors: [{ message: String(error) }] })
            );
        },
        { setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle) }
    );
    const askedBefore = preview.emulator.counts.graphql;

    const candidates = await new GraphqlCallerDirectory(queue).search(CALLER);

    assert.deepEqual(
        candidates.map(({ objectApiName, recordId, name, phones }) => ({ objectApiName, recordId, name, phones })),
        [{ objectApiName: 'Contact', recordId: SEED_CONTACT, name: 'Maria Souza', phones: ['(11) 98765-4321'] }]
    );
    // The refused query, then the one without Contact.MobilePhone.
    assert.equal(preview.emulator.counts.graphql - askedBefore, 2);
});
