/**
 * One fake of lightning/navigation's NavigationMixin, shared by Jest (../lightning/navigation.ts
 * records navigations in a jest.fn) and the local preview (preview/lwc/lightning/navigation lists
 * them and opens a record page reference on its record page). There is no router in either:
 * `Navigate` hands the page reference to the observer; `GenerateUrl` answers the URL Lightning
 * Experience uses for it, relative to the app's origin.
 */

export interface PageReferenceLike {
    type?: string;
    attributes?: Record<string, unknown>;
    state?: Record<string, unknown>;
}

export interface NavigationObserver {
    navigate(pageReference: PageReferenceLike, replace?: boolean): void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the TypeScript mixin pattern requires any[]
type Constructor = new (...args: any[]) => object;

export function createNavigationMixin(observer: NavigationObserver) {
    const Navigate = Symbol('Navigate');
    const GenerateUrl = Symbol('GenerateUrl');
    return Object.assign(
        <T extends Constructor>(Base: T) =>
            class extends Base {
                [Navigate](pageReference: PageReferenceLike, replace?: boolean) {
                    observer.navigate(pageReference, replace);
                }
                [GenerateUrl](pageReference: PageReferenceLike) {
                    return Promise.resolve(lightningUrl(pageReference));
                }
            },
        { Navigate, GenerateUrl }
    );
}

/** The Lightning Experience path of a page reference (`/lightning/r/Contact/003.../view`). */
export function lightningUrl(pageReference: PageReferenceLike | undefined): string {
    const { type, attributes = {} } = pageReference ?? {};
    if (type === 'standard__recordPage') {
        return `/lightning/r/${String(attributes.objectApiName ?? 'sObject')}/${String(attributes.recordId)}/${String(attributes.actionName ?? 'view')}`;
    }
    if (type === 'standard__objectPage') {
        return `/lightning/o/${String(attributes.objectApiName)}/${String(attributes.actionName ?? 'home')}`;
    }
    return '/lightning/page/home';
}
