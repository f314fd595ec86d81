// Entry of the preview page, bundled by preview/build/bundle.mjs. Synthetic shadow comes first, as
// in Lightning Experience: it must patch the DOM before the engine loads, and with it the global
// SLDS stylesheet styles the components, as in the org. The shell's `c-cc-bridge` and
// `c-cc-live-state` come from the package's namespace, evaluated in the LWS sandbox on import.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import Shell from 'preview/shell';
import { exposeSandboxForTests } from './sandboxHook.js';

exposeSandboxForTests();
// `?shell=off`: the platform and the sandbox load, and nothing is shown (npm run bench:browser mounts
// its sandboxed plain listener on such a page, without the bridge).
if (new URLSearchParams(window.location.search).get('shell') !== 'off') {
    document.getElementById('app').appendChild(createElement('preview-shell', { is: Shell }));
}
