// Types for the platform modules the components import. The org provides the modules; Jest uses
// sfdx-lwc-jest's stubs or force-app/test/jest-mocks. Only what the package uses is declared.

declare module 'lightning/uiRecordApi' {
    export interface RecordInput {
        apiName?: string;
        fields: Record<string, unknown>;
    }
    export interface RecordRepresentation {
        id: string;
        apiName: string;
        fields: Record<string, { value: unknown; displayValue: string | null }>;
    }
    export function createRecord(recordInput: RecordInput): Promise<RecordRepresentation>;
    export function updateRecord(recordInput: RecordInput): Promise<RecordRepresentation>;
}

declare module '@salesforce/user/Id' {
    const userId: string;
    export default userId;
}
