// A preview-only hook for the e2e tests (e2e/lws.e2e.test.mjs): they compile a probe module of their
// own with the preview's stage-A build and evaluate it through the very loader and sandbox the
// package runs in, so a test can show what LWS does to a `c` module without a test hook in force-app.
import { createElement } from 'lwc';
import { loadNamespace } from './sandboxLoader.js';
import { platformModules, sandboxKey } from 'preview-sandbox/namespace';

export function exposeSandboxForTests() {
    Object.defineProperty(window, 'previewSandbox', {
        value: Object.freeze({
            /** Evaluates a stage-A source in the package's sandbox; answers its modules by specifier. */
            load: (source) => loadNamespace(sandboxKey, source, platformModules),
            /** The engine's createElement, outside the sandbox, as the page renders the package's components. */
            createElement
        })
    });
}
