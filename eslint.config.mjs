// LWC's recommended rules on our TypeScript, parsed by typescript-eslint (the experimental
// recommendedTs config of @salesforce/eslint-config-lwc gives false errors; see DESIGN.md).
import lwcConfig from '@salesforce/eslint-config-lwc';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import js from '@eslint/js';

const typescriptFiles = ['**/*.ts'];

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
    }
];
