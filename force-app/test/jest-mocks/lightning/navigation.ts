/**
 * lightning/navigation for Jest: sfdx-lwc-jest's stub drops every navigation; this one records
 * them in `navigate` so tests can check where a component sent the user. The mixin is the fake the
 * local preview uses too (../shared/navigation.ts).
 */
import { createTestWireAdapter } from '@salesforce/wire-service-jest-util';
import { createNavigationMixin } from '../shared/navigation';

/** Every `this[NavigationMixin.Navigate](pageReference, replace)` call. */
export const navigate = jest.fn();

export const NavigationMixin = createNavigationMixin({ navigate: (pageReference, replace) => navigate(pageReference, replace) });

export const CurrentPageReference = createTestWireAdapter(jest.fn());
