/**
 * lightning/graphql for Jest: sfdx-lwc-jest's stub (the `graphql` test wire adapter and `gql`), plus
 * `refreshGraphQL`, which the stub lacks. Tests that answer the wire from the UI API emulator
 * (force-app/test/support/graphqlEmulated.ts) make a refresh ask the emulator again.
 */
const stub = jest.requireActual('@salesforce/sfdx-lwc-jest/src/lightning-stubs/graphql/graphql') as { gql: unknown; graphql: unknown };

export const { gql, graphql } = stub;

export const refreshGraphQL = jest.fn(() => Promise.resolve());
