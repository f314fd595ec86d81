const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
    ...jestConfig,
    testMatch: ['**/__tests__/**/*.test.ts'],
    // sfdx-lwc-jest's stubs do not cover these modules, or deliver nothing; see force-app/test/jest-mocks.
    moduleNameMapper: {
        '^lightning/platformUtilityBarApi$': '<rootDir>/force-app/test/jest-mocks/lightning/platformUtilityBarApi',
        '^lightning/navigation$': '<rootDir>/force-app/test/jest-mocks/lightning/navigation',
        '^lightning/messageService$': '<rootDir>/force-app/test/jest-mocks/lightning/messageService'
    },
    // sa11y's toBeAccessible() matcher, and Custom Labels with their English values: force-app/test/jest-setup.ts.
    setupFilesAfterEnv: [...jestConfig.setupFilesAfterEnv, '<rootDir>/force-app/test/jest-setup.ts'],
    modulePathIgnorePatterns: ['<rootDir>/.localdevserver'],
    testPathIgnorePatterns: ['/node_modules/', '/.preview-build/'],
    coverageProvider: 'v8',
    collectCoverageFrom: ['force-app/main/default/lwc/**/*.ts', '!**/__tests__/**']
};
