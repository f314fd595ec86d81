/**
 * lightning/platformUtilityBarApi for Jest (sfdx-lwc-jest has no stub for it). Every method is a
 * jest.fn that resolves as the org's do (`true`, or a utilityInfo for getInfo); tests emit the
 * utility's id through the EnclosingUtilityId wire adapter, as the utility bar does.
 */
import { createTestWireAdapter } from '@salesforce/wire-service-jest-util';

/** The label an admin gave the utility item in App Manager. */
export const ADMIN_UTILITY_LABEL = 'Contact Center Bridge';

/** `@wire(EnclosingUtilityId)`: emit an id to place the component in a utility. */
export const EnclosingUtilityId = createTestWireAdapter(jest.fn());

export const updateUtility = jest.fn((_utilityId: string, _attributes?: Record<string, unknown>) => Promise.resolve(true));
export const updatePanel = jest.fn((_utilityId: string, _attributes?: Record<string, unknown>) => Promise.resolve(true));
export const open = jest.fn((_utilityId: string, _options?: Record<string, unknown>) => Promise.resolve(true));
export const minimize = jest.fn((_utilityId: string) => Promise.resolve(true));
export const enablePopout = jest.fn((_utilityId: string, _enabled: boolean, _options?: { disabledText?: string }) => Promise.resolve(true));
export const enableModal = jest.fn((_utilityId: string, _enabled: boolean) => Promise.resolve(true));
export const getInfo = jest.fn((utilityId: string) =>
    Promise.resolve({
        id: utilityId,
        isLoaded: true,
        utilityLabel: ADMIN_UTILITY_LABEL,
        utilityIcon: 'call',
        utilityIconVariant: '',
        utilityHighlighted: false,
        utilityVisible: false,
        utilityPoppedOut: false,
        panelHeaderLabel: ADMIN_UTILITY_LABEL,
        panelHeaderIcon: 'call',
        panelHeight: 480,
        panelWidth: 340
    })
);
export const getAllUtilityInfo = jest.fn(() => Promise.resolve([]));
