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
    /** Wire adapter: a record's fields (`{ data, error }`). */
    export const getRecord: import('lwc').WireAdapterConstructor<
        { recordId?: string; fields?: unknown[]; optionalFields?: unknown[] },
        { data?: RecordRepresentation; error?: unknown }
    >;
}

declare module 'lightning/uiObjectInfoApi' {
    import type { WireAdapterConstructor } from 'lwc';
    /** Wire adapter: an object's metadata; the wrap-up needs its default record type. */
    export const getObjectInfo: WireAdapterConstructor<
        { objectApiName?: unknown },
        { data?: { apiName: string; defaultRecordTypeId?: string }; error?: unknown }
    >;
    /** Wire adapter: a picklist's values for a record type, labels in the user's language. */
    export const getPicklistValues: WireAdapterConstructor<
        { recordTypeId?: string; fieldApiName?: unknown },
        { data?: { values: { label: string; value: string }[] }; error?: unknown }
    >;
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
    /** Wire adapter: the page reference of the page the component is on (its `state` holds the URL's `c__` parameters). */
    export const CurrentPageReference: import('lwc').WireAdapterConstructor<Record<string, never>, PageReference>;
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
    export function closeTab(tabId: string): Promise<boolean>;
    /** Wire adapter: true in a Lightning console app. */
    export const IsConsoleNavigation: WireAdapterConstructor<Record<string, never>, boolean>;
    /** Wire adapter: the id of the workspace tab or subtab the component is in; null outside a console tab. */
    export const EnclosingTabId: WireAdapterConstructor<Record<string, never>, string | null>;
}

declare module 'lightning/messageService' {
    import type { WireAdapterConstructor } from 'lwc';
    /** Opaque: what `@wire(MessageContext)` gives and `createMessageContext()` returns. */
    export interface MessageContextValue {
        readonly __messageContext?: never;
    }
    /** Opaque: what `subscribe()` returns, for `unsubscribe()`. */
    export interface MessageSubscription {
        readonly __messageSubscription?: never;
    }
    export const APPLICATION_SCOPE: unique symbol;
    export interface SubscriberOptions {
        scope?: typeof APPLICATION_SCOPE;
    }
    export const MessageContext: WireAdapterConstructor<Record<string, never>, MessageContextValue>;
    export function createMessageContext(): MessageContextValue;
    export function releaseMessageContext(messageContext: MessageContextValue): void;
    export function publish(messageContext: MessageContextValue, messageChannel: unknown, message?: unknown): void;
    export function subscribe(
        messageContext: MessageContextValue,
        messageChannel: unknown,
        listener: (message: unknown) => void,
        subscriberOptions?: SubscriberOptions
    ): MessageSubscription;
    export function unsubscribe(subscription: MessageSubscription): void;
}

declare module '@salesforce/messageChannel/*' {
    /** A message channel (opaque; compared by identity). */
    const messageChannel: unknown;
    export default messageChannel;
}

declare module 'lightning/platformUtilityBarApi' {
    import type { WireAdapterConstructor } from 'lwc';
    export interface UtilityAttributes {
        label?: string;
        icon?: string;
        iconVariant?: string;
        highlighted?: boolean;
    }
    export interface UtilityInfo {
        id: string;
        isLoaded: boolean;
        utilityLabel: string;
        utilityIcon: string;
        utilityIconVariant: string;
        utilityHighlighted: boolean;
        utilityVisible: boolean;
        utilityPoppedOut?: boolean;
        panelHeaderLabel: string;
        panelHeaderIcon: string;
        panelHeight: number;
        panelWidth: number;
    }
    /** Wire adapter: the id of the utility the component runs in, or null outside the utility bar. */
    export const EnclosingUtilityId: WireAdapterConstructor<Record<string, never>, string | null>;
    export function updateUtility(utilityId: string, utilityAttrs?: UtilityAttributes): Promise<boolean>;
    export function enablePopout(utilityId: string, enabled: boolean, options?: { disabledText?: string }): Promise<boolean>;
    export function getInfo(utilityId: string): Promise<UtilityInfo>;
}

declare module '@salesforce/label/*' {
    const label: string;
    export default label;
}

declare module '@salesforce/i18n/*' {
    const value: string;
    export default value;
}

declare module '@salesforce/schema/*' {
    const field: { objectApiName: string; fieldApiName: string };
    export default field;
}

declare module 'lightning/graphql' {
    import type { WireAdapterConstructor } from 'lwc';
    /** Parses a GraphQL query; lightning/graphql also takes queries built at run time. */
    export function gql(strings: TemplateStringsArray, ...values: unknown[]): unknown;
    export const graphql: WireAdapterConstructor<
        { query?: unknown; variables?: Record<string, unknown> },
        { data?: unknown; errors?: unknown; refresh?: () => Promise<unknown> }
    >;
}

declare module 'lightning/pageReferenceUtils' {
    export function encodeDefaultFieldValues(values: Record<string, unknown>): string;
}
