// Preview stand-in for lightning/navigation. The mixin is the fake the Jest tests use
// (force-app/test/jest-mocks/shared/navigation.ts); a Navigate call is listed in the shell's platform
// activity, and a record page reference (a screen pop) opens that record on the preview's record
// page, its URL taking the place of the current one when the call asks to replace it. GenerateUrl
// answers a /lightning/... URL like the org's. CurrentPageReference reads the page's path as
// Lightning's router does: `/lightning/cmp/c__ccCrmLookup?c__phone=…` is that component's page.
// This module wins over lightning-base-components' lightning/navigation (preview/build/bundle.mjs).
import { recordPlatformCall, showPage } from 'preview/platformLog';
import { valueAdapter } from 'preview/wire';
import { createNavigationMixin, lightningUrl } from '../../../../force-app/test/jest-mocks/shared/navigation.ts';

export const NavigationMixin = createNavigationMixin({
    navigate(pageReference, replace) {
        recordPlatformCall('navigation', 'Navigate', { pageReference, replace: Boolean(replace) });
        if (pageReference?.type === 'standard__recordPage') {
            // The moment of the screen pop, for npm run bench:browser (ring → pop latency).
            performance.mark('preview screen pop');
            // A plain copy: the page reference may come from inside the LWS sandbox (a membrane proxy).
            const page = JSON.parse(JSON.stringify(pageReference));
            if (replace) {
                window.history.replaceState(null, '', lightningUrl(page));
            }
            showPage(page);
        }
    }
});

/** `@wire(CurrentPageReference)`: a component's page (`/lightning/cmp/<name>?<state>`), else the preview's app page. */
export const CurrentPageReference = valueAdapter(
    () => componentPage() ?? { type: 'standard__navItemPage', attributes: { apiName: 'Contact_Center_Preview' }, state: {} }
);

/** The page reference of a `/lightning/cmp/...` URL: its parameters as strings, decoded as URLSearchParams decodes them. */
export function componentPage() {
    const match = /^\/lightning\/cmp\/([A-Za-z0-9_]+)$/.exec(window.location.pathname);
    return match
        ? {
              type: 'standard__component',
              attributes: { componentName: match[1] },
              state: Object.fromEntries(new URLSearchParams(window.location.search))
          }
        : null;
}
