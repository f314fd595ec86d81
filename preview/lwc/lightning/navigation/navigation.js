// Preview stand-in for lightning/navigation. There is no Lightning router here: the mixin is the
// fake the Jest tests use (force-app/test/jest-mocks/shared/navigation.ts); a Navigate call is
// listed in the shell's platform activity, and a record page reference (a screen pop) opens that
// record on the preview's record page. GenerateUrl answers a /lightning/... URL like the org's.
// This module wins over lightning-base-components' lightning/navigation (preview/build/bundle.mjs).
import { recordPlatformCall, showPage } from 'preview/platformLog';
import { valueAdapter } from 'preview/wire';
import { createNavigationMixin } from '../../../../force-app/test/jest-mocks/shared/navigation.ts';

export const NavigationMixin = createNavigationMixin({
    navigate(pageReference, replace) {
        recordPlatformCall('navigation', 'Navigate', { pageReference, replace: Boolean(replace) });
        if (pageReference?.type === 'standard__recordPage') {
            // The moment of the screen pop, for npm run bench:browser (ring → pop latency).
            performance.mark('preview screen pop');
            // A plain copy: the page reference may come from inside the LWS sandbox (a membrane proxy).
            showPage(JSON.parse(JSON.stringify(pageReference)));
        }
    }
});

/** `@wire(CurrentPageReference)`: the preview's only page. */
export const CurrentPageReference = valueAdapter(() => ({
    type: 'standard__navItemPage',
    attributes: { apiName: 'Contact_Center_Preview' },
    state: {}
}));
