// Evaluates a namespace's modules inside Salesforce's Lightning Web Security sandbox, as the org
// does: `evaluateInSandbox(key, source, context)` from npm @locker/sandbox (the library that
// enforces LWS in Lightning Experience; API in its dist/index.cjs.d.ts and README). The source is
// what preview/build/namespaceBundle.mjs compiled: one AMD `define([...platform modules], factory)`.
// The sandbox gets `define` as its `$lockerEvalContext$` (README: "the value of the optional sandbox
// context binding"); `define` runs out here and calls the factory with the platform modules, which
// stay outside (the LWC engine, lightning/*), so only the namespace's own code is sandboxed. What
// the factory returns (the component classes) reaches this side through LWS's membrane, and the
// real engine renders it. Everything happens synchronously, before any module that imports it runs.
import { evaluateInSandbox } from '@locker/sandbox';

/**
 * Evaluates `source` in the sandbox `key` (`'c'` for the package) and answers its modules by
 * specifier (`{'c/ccBridge': {default: CcBridge}, ...}`). `platformModules` holds every module the
 * source may import, by specifier. Throws what the sandbox throws (an LWS error, for one).
 */
export function loadNamespace(key, source, platformModules) {
    let modules;
    const define = (dependencies, factory) => {
        const args = Array.from(dependencies, (specifier) => {
            if (!Object.hasOwn(platformModules, specifier)) {
                throw new Error(`${key}: the page does not provide ${specifier} to the sandbox`);
            }
            return platformModules[specifier];
        });
        modules = factory(...args);
    };
    evaluateInSandbox(key, `(function (define) {\n${source}\n})($lockerEvalContext$);\n//# sourceURL=lws-sandbox/${key}.js`, define);
    if (!modules) {
        throw new Error(`${key}: the namespace's source defined no modules`);
    }
    return modules;
}
