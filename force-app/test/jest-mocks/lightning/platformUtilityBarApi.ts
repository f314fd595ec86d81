/**
 * lightning/platformUtilityBarApi for Jest (sfdx-lwc-jest has no stub for it): the fake the local
 * preview uses too (../shared/platformUtilityBarApi.ts: every method resolves as the org's do, and
 * getInfo reports the utility as the admin configured it), each method a jest.fn. Tests emit the
 * utility's id through the EnclosingUtilityId wire adapter, as the utility bar does.
 */
import { createTestWireAdapter } from '@salesforce/wire-service-jest-util';
import { createUtilityBarApi, DEFAULT_UTILITY } from '../shared/platformUtilityBarApi';

/** The label an admin gave the utility item in App Manager. */
export const ADMIN_UTILITY_LABEL = DEFAULT_UTILITY.label;

/** `@wire(EnclosingUtilityId)`: emit an id to place the component in a utility. */
export const EnclosingUtilityId = createTestWireAdapter(jest.fn());

const utilityBar = createUtilityBarApi();

export const updateUtility = jest.fn(utilityBar.updateUtility);
export const updatePanel = jest.fn(utilityBar.updatePanel);
export const open = jest.fn(utilityBar.open);
export const minimize = jest.fn(utilityBar.minimize);
export const enablePopout = jest.fn(utilityBar.enablePopout);
export const enableModal = jest.fn(utilityBar.enableModal);
export const getInfo = jest.fn(utilityBar.getInfo);
export const getAllUtilityInfo = jest.fn(utilityBar.getAllUtilityInfo);
