// Preview stand-in for lightning/navigation. There is no Lightning router here: a Navigate call is
// listed in the shell's platform calls, and a record page reference (a screen pop) opens that
// record on the preview's record page. GenerateUrl answers a /lightning/... URL like the org's.
import { recordPlatformCall, showPage } from 'preview/platformLog';
import { valueAdapter } from 'preview/wire';

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

export function NavigationMixin(Base) {
    return class extends Base {
        [Navigate](pageReference, replace) {
            recordPlatformCall('navigation', 'Navigate', { pageReference, replace: Boolean(replace) });
            if (pageReference?.type === 'standard__recordPage') {
                showPage(pageReference);
            }
        }

        [GenerateUrl](pageReference) {
            return Promise.resolve(urlOf(pageReference));
        }
    };
}
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;

/** `@wire(CurrentPageReference)`: the preview's only page. */
export const CurrentPageReference = valueAdapter(() => ({
    type: 'standard__navItemPage',
    attributes: { apiName: 'Contact_Center_Preview' },
    state: {}
}));

function urlOf(pageReference) {
    const { type, attributes = {} } = pageReference ?? {};
    if (type === 'standard__recordPage') {
        return `/lightning/r/${attributes.objectApiName ?? 'sObject'}/${attributes.recordId}/${attributes.actionName ?? 'view'}`;
    }
    if (type === 'standard__objectPage') {
        return `/lightning/o/${attributes.objectApiName}/${attributes.actionName ?? 'home'}`;
    }
    return '/lightning/page/home';
}
