// The preview org's UI API over HTTP: one UiApiEmulator (the replay command's, built from the
// package's object metadata) answers every tab's createRecord/updateRecord and GraphQL queries, so
// records are shared across tabs and a second tab's create of the same key meets DUPLICATE_VALUE,
// as in an org.
//
// A refused write is still HTTP 200, with `{ok: false, error}` holding exactly what the emulator
// rejected with: Lightning Data Service also reports record errors in its answer, and the browser
// would otherwise log every expected DUPLICATE_VALUE as a failed request.
import { readJsonBody, sendJson } from './http.mjs';

const RECORD_PATH = /^\/api\/ui-api\/records(?:\/([^/]+))?$/;

/**
 * Handles /api/records, /api/ui-api/records[/id] and /api/graphql; answers false for any other
 * path. `seededObjects` are the standard objects the preview org was given records of (Contact...).
 * `answerDelayMs` holds back every UI API and GraphQL answer, as an org's round trip does (the browser
 * benchmark's 150 ms).
 */
/** UI API's picklist values of a field for a record type. */
const PICKLIST_PATH = /^\/api\/ui-api\/object-info\/([^/]+)\/picklist-values\/([^/]+)\/([^/]+)$/;

export function recordsApi(emulator, seededObjects = [], answerDelayMs = 0) {
    const objectNames = [...Object.keys(emulator.objects), ...seededObjects];
    return async function handle(req, res, pathname) {
        if (answerDelayMs > 0 && (pathname === '/api/graphql' || pathname.startsWith('/api/ui-api/'))) {
            await new Promise((resolve) => setTimeout(resolve, answerDelayMs));
        }
        if (pathname === '/api/records' && req.method === 'GET') {
            sendJson(res, 200, { records: emulator.snapshot(), counts: emulator.counts });
            return true;
        }
        if (pathname === '/api/graphql' && req.method === 'POST') {
            await answerGraphql(emulator, req, res);
            return true;
        }
        const picklist = PICKLIST_PATH.exec(pathname);
        if (picklist && req.method === 'GET') {
            const [, objectApiName, , fieldApiName] = picklist.slice(0).map((part) => part && decodeURIComponent(part));
            const values = emulator.objects[objectApiName]?.fields[fieldApiName]?.picklistValues;
            if (values) {
                sendJson(res, 200, {
                    controllerValues: {},
                    defaultValue: null,
                    values: values.map((value) => ({ label: value, value, validFor: [] }))
                });
            } else {
                sendJson(res, 404, [{ errorCode: 'NOT_FOUND', message: `No picklist ${objectApiName}.${fieldApiName}` }]);
            }
            return true;
        }
        const match = RECORD_PATH.exec(pathname);
        if (!match) {
            return false;
        }
        const recordId = match[1] === undefined ? undefined : decodeURIComponent(match[1]);
        let body;
        try {
            body = req.method === 'GET' ? null : await readJsonBody(req);
        } catch (error) {
            sendJson(res, 400, { message: `Bad request body: ${error.message}` });
            return true;
        }
        const call = uiApiCall(emulator, objectNames, req.method, recordId, body);
        if (!call) {
            sendJson(res, 405, { message: `${req.method} ${pathname} is not a UI API call of the preview` });
            return true;
        }
        try {
            sendJson(res, 200, { ok: true, record: await call() });
        } catch (error) {
            if (error instanceof Error) {
                // A bug, not a UI API answer: let the page see a failed request.
                sendJson(res, 500, { message: error.message });
            } else {
                sendJson(res, 200, { ok: false, error });
            }
        }
        return true;
    };
}

/**
 * GraphQL answers `{data, errors}` with HTTP 200, as the platform's wire gives them: the emulator's
 * graphql-js stand-in with the schema this user would have (tools/uiGraphql).
 */
async function answerGraphql(emulator, req, res) {
    let body;
    try {
        body = await readJsonBody(req);
    } catch (error) {
        sendJson(res, 400, { message: `Bad request body: ${error.message}` });
        return;
    }
    try {
        sendJson(res, 200, await emulator.graphql(body?.query, body?.variables ?? {}));
    } catch (error) {
        // The emulator's network is down: the wire reports the failed fetch in `errors`.
        sendJson(res, 200, { data: null, errors: [{ message: error?.body?.message ?? String(error) }] });
    }
}

function uiApiCall(emulator, objectNames, method, recordId, body) {
    if (method === 'POST' && recordId === undefined) {
        return async () => {
            const { id } = await emulator.createRecord(body?.apiName, body?.fields ?? {});
            return recordRepresentation(emulator, objectNames, id);
        };
    }
    if (method === 'PATCH' && recordId !== undefined) {
        return async () => {
            await emulator.updateRecord(recordId, body?.fields ?? {});
            return recordRepresentation(emulator, objectNames, recordId);
        };
    }
    if (method === 'GET' && recordId !== undefined) {
        return async () => {
            const record = recordRepresentation(emulator, objectNames, recordId);
            if (!record) {
                throw {
                    status: 404,
                    ok: false,
                    statusText: 'Not Found',
                    body: [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]
                };
            }
            return record;
        };
    }
    return undefined;
}

/**
 * A record as UI API returns it: `{apiName, id, fields: {Name: {value, displayValue}}}`; package
 * objects with every field (null when empty), seeded records with the fields they were given.
 */
function recordRepresentation(emulator, objectNames, recordId) {
    const snapshot = emulator.snapshot();
    for (const apiName of objectNames) {
        const stored = emulator.recordsOf(apiName).find((candidate) => candidate.Id === recordId);
        if (stored) {
            const row = snapshot[apiName]?.find((candidate) => candidate.Id === recordId) ?? stored.fields;
            const fields = Object.fromEntries(
                Object.entries(row)
                    .filter(([name]) => name !== 'Id')
                    .map(([name, value]) => [name, { value, displayValue: null }])
            );
            return { apiName, id: recordId, fields };
        }
    }
    return undefined;
}
