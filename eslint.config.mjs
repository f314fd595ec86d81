// LWC's recommended rules on our TypeScript, parsed by typescript-eslint (the experimental
// recommendedTs config of @salesforce/eslint-config-lwc gives false errors; see DESIGN.md).
import lwcConfig from '@salesforce/eslint-config-lwc';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import js from '@eslint/js';
import lockerPlugin from '@locker/eslint-plugin-locker';
import { createRequire } from 'node:module';

const typescriptFiles = ['**/*.ts'];

/**
 * The rules of a legacy (eslintrc) shareable config, with those of the configs it `extends`
 * (theirs first, so the config's own settings win). @locker/eslint-config-locker 0.24.8 ships only
 * eslintrc objects: `recommended.js` extends `base.js` by absolute path and names the plugin in
 * `plugins: ['@locker/eslint-plugin-locker']`, which ESLint 9 flat config cannot read.
 */
function eslintrcRules(id, require = createRequire(import.meta.url)) {
    const config = require(id);
    const inherited = (config.extends ?? []).map((parent) => eslintrcRules(require.resolve(parent), require));
    return Object.assign({}, ...inherited, config.rules);
}

export default [
    {
        // Compiled output (npm run build) and tools' folders are not sources.
        ignores: [
            'node_modules/**',
            'coverage/**',
            '.tools-build/**',
            '.sf/**',
            '.sfdx/**',
            'force-app/main/default/lwc/**/*.js',
            '.preview-build/**'
        ]
    },
    ...lwcConfig.configs.recommended.map((config) => ({ ...config, files: typescriptFiles })),
    ...tseslint.configs.recommended.map((config) => ({ ...config, files: typescriptFiles })),
    {
        files: typescriptFiles,
        languageOptions: {
            parser: tseslint.parser,
            parserOptions: { sourceType: 'module' },
            globals: { ...globals.browser }
        },
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
            // Types are checked by tsc; these import rules cannot resolve `c/*` or `lightning/*`.
            'import/no-unresolved': 'off',
            'import/named': 'off',
            'import/namespace': 'off',
            'import/default': 'off',
            'import/no-named-as-default-member': 'off'
        }
    },
    {
        // Lightning Web Security: flags browser APIs that LWS blocks (errors) or changes (warnings) in
        // the org. Rule ids keep the `@locker/locker/` prefix that eslintrc derived from the package name.
        // Only code that ships: tests and Jest mocks run in Jest, never under LWS (.forceignore).
        files: ['force-app/main/default/**/*.ts'],
        ignores: ['**/__tests__/**'],
        plugins: { '@locker/locker': lockerPlugin },
        rules: {
            ...eslintrcRules('@locker/eslint-config-locker/recommended'),
            // The plugin catches `window.onstorage = …` but not the listener, which LWS refuses just
            // the same ("Cannot add 'storage' event listener to Window object", @locker/sandbox 0.28.4,
            // issue 12): the bridge threw on start in every org.
            'no-restricted-syntax': [
                'error',
                {
                    selector: "CallExpression[callee.property.name='addEventListener'][arguments.0.value='storage']",
                    message: "Lightning Web Security throws on a 'storage' listener; tell other tabs through BroadcastChannel."
                }
            ]
        }
    },
    {
        // Record pages load what the live-state card and the lookup page import: the protocol, the
        // record search and the caller link, never the event pipeline.
        files: [
            'force-app/main/default/lwc/ccLiveState/**/*.ts',
            'force-app/main/default/lwc/ccLiveProtocol/**/*.ts',
            'force-app/main/default/lwc/ccLiveChannel/**/*.ts',
            'force-app/main/default/lwc/ccRecordSearch/**/*.ts',
            'force-app/main/default/lwc/ccCallerLink/**/*.ts',
            'force-app/main/default/lwc/ccCrmLookup/**/*.ts',
            'force-app/main/default/lwc/ccWrapUp/**/*.ts',
            'force-app/main/default/lwc/ccInteractionHistory/**/*.ts',
            'force-app/main/default/lwc/ccTeamBoard/**/*.ts'
        ],
        ignores: ['**/__tests__/**'],
        rules: {
            'no-restricted-imports': [
                'error',
                {
                    paths: [
                        {
                            name: 'c/ccCore',
                            message:
                                'A page loads c/ccLiveProtocol, c/ccRecordSearch and c/ccCallerLink only: c/ccCore is the whole pipeline.'
                        }
                    ]
                }
            ]
        }
    },
    {
        files: ['**/__tests__/**/*.ts', 'force-app/test/**/*.ts'],
        languageOptions: { globals: { ...globals.node, ...globals.jest } },
        rules: {
            '@lwc/lwc/no-unexpected-wire-adapter-usages': 'off',
            // Tests deliver events one after another on purpose, and fake UI API errors are plain
            // objects because that is what lightning/uiRecordApi rejects with.
            'no-await-in-loop': 'off',
            'no-throw-literal': 'off'
        }
    },
    {
        // Node tools (replay, emulator, benchmark): a replay delivers lines one after another on
        // purpose, and emulated UI API errors are plain objects, as lightning/uiRecordApi rejects with.
        files: ['tools/**/*.ts'],
        languageOptions: { globals: { ...globals.node } },
        rules: {
            'no-await-in-loop': 'off',
            'no-throw-literal': 'off',
            '@lwc/lwc/no-async-operation': 'off'
        }
    },
    {
        files: ['scripts/**/*.mjs', '*.mjs', '*.js'],
        languageOptions: { sourceType: 'module', globals: { ...globals.node } }
    },
    {
        // The local preview (npm start) and its end-to-end tests, plain ES modules: the page's and
        // the softphone's modules run in the browser, the build, servers and tests in Node (the tests
        // also hand functions to the page, hence both sets of globals there).
        files: ['preview/**/*.{js,mjs}', 'e2e/**/*.mjs'],
        ...js.configs.recommended,
        languageOptions: { sourceType: 'module', globals: { ...globals.browser } }
    },
    {
        // The preview's stand-ins for LWC base components declare public properties with @api,
        // which only the LWC configuration's parser (Babel with decorators) reads.
        files: ['preview/lwc/lightning/**/*.js'],
        languageOptions: { ...lwcConfig.configs.base[0].languageOptions, sourceType: 'module' }
    },
    {
        files: ['preview/build/**', 'preview/server/**', 'preview/*.mjs', 'e2e/**'],
        languageOptions: { globals: { ...globals.node, ...globals.browser } }
    },
    {
        // The clock ports are where the package's timers live (write retries, the task record writes
        // go out in, the animation frames the live state is shown at, the running timers of the
        // utility label and the card, the lookup page's GraphQL timeout, the team board's timers and refresh); everything else gets time through them. Said here rather
        // than inline: the platform's rules refuse inline disables in shipped code (Code Analyzer,
        // @lwc/lwc-platform/no-inline-disable). LWS only distorts string callbacks to these
        // timers, which no-implied-eval already forbids.
        files: [
            'force-app/main/default/lwc/ccBridge/browserClock.ts',
            'force-app/main/default/lwc/ccLiveState/liveClock.ts',
            'force-app/main/default/lwc/ccCrmLookup/lookupClock.ts',
            'force-app/main/default/lwc/ccTeamBoard/boardClock.ts'
        ],
        rules: {
            '@lwc/lwc/no-async-operation': 'off',
            '@locker/locker/distorted-window-set-timeout': 'off',
            '@locker/locker/distorted-window-set-interval': 'off'
        }
    }
];
