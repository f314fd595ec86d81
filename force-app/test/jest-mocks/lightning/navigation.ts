/**
 * lightning/navigation for Jest: sfdx-lwc-jest's stub drops every navigation; this one records
 * them in `navigate` so tests can check where a component sent the user.
 */
import { createTestWireAdapter } from '@salesforce/wire-service-jest-util';

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

/** Every `this[NavigationMixin.Navigate](pageReference, replace)` call. */
export const navigate = jest.fn();

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the TypeScript mixin pattern requires any[]
type Constructor = new (...args: any[]) => object;

export const NavigationMixin = Object.assign(
    <T extends Constructor>(Base: T) =>
        class extends Base {
            [Navigate](pageReference: unknown, replace?: boolean) {
                navigate(pageReference, replace);
            }
            [GenerateUrl]() {
                return Promise.resolve('https://acme.lightning.force.com/');
            }
        },
    { Navigate, GenerateUrl }
);

export const CurrentPageReference = createTestWireAdapter(jest.fn());
