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

declare module 'lightning/navigation' {
    export interface PageReference {
        type: string;
        attributes: Record<string, unknown>;
        state?: Record<string, unknown>;
    }
    type Constructor<T = object> = new (...args: never[]) => T;
    export const NavigationMixin: {
        <T extends Constructor>(base: T): T;
        readonly Navigate: unique symbol;
        readonly GenerateUrl: unique symbol;
    };
    export const CurrentPageReference: unknown;
}

declare module 'lightning/platformWorkspaceApi' {
    import type { WireAdapterConstructor } from 'lwc';
    export function openTab(options: {
        recordId?: string;
        url?: string;
        pageReference?: unknown;
        focus?: boolean;
        label?: string;
    }): Promise<string>;
    /** Wire adapter: true in a Lightning console app. */
    export const IsConsoleNavigation: WireAdapterConstructor<Record<string, never>, boolean>;
}
