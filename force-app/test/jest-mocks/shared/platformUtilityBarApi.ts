/**
 * One fake of lightning/platformUtilityBarApi, shared by Jest (../lightning/platformUtilityBarApi.ts
 * wraps each method in jest.fn) and the local preview (preview/lwc/lightning/platformUtilityBarApi
 * shows label and highlight on its utility bar and lists every call). Every method resolves as the
 * org's do (`true`, or a utility info); `getInfo` reports the utility as an admin configured it in
 * App Manager, which is what a component asks it for when it starts.
 */

export interface UtilityConfiguration {
    /** The label an admin gave the utility item in App Manager. */
    label: string;
    icon: string;
    panelHeight: number;
    panelWidth: number;
}

export interface UtilityBarObserver {
    /** Called for every method call, with its name and its arguments as one object. */
    called?(method: string, detail: Record<string, unknown>): void;
}

export interface UtilityInfo {
    id: string;
    isLoaded: boolean;
    utilityLabel: string;
    utilityIcon: string;
    utilityIconVariant: string;
    utilityHighlighted: boolean;
    utilityVisible: boolean;
    utilityPoppedOut: boolean;
    panelHeaderLabel: string;
    panelHeaderIcon: string;
    panelHeight: number;
    panelWidth: number;
}

export const DEFAULT_UTILITY: UtilityConfiguration = { label: 'Contact Center Bridge', icon: 'call', panelHeight: 480, panelWidth: 340 };

type Options = Record<string, unknown> | undefined;

export interface UtilityBarOptions {
    configuration?: UtilityConfiguration;
    /** The utilities on the bar, for getAllUtilityInfo. */
    utilityIds?: readonly string[];
    observer?: UtilityBarObserver;
}

export function createUtilityBarApi({ configuration = DEFAULT_UTILITY, utilityIds = [], observer = {} }: UtilityBarOptions = {}) {
    const resolveTrue = (method: string, detail: Record<string, unknown>) => {
        observer.called?.(method, detail);
        return Promise.resolve(true);
    };
    const info = (utilityId: string): UtilityInfo => ({
        id: utilityId,
        isLoaded: true,
        utilityLabel: configuration.label,
        utilityIcon: configuration.icon,
        utilityIconVariant: '',
        utilityHighlighted: false,
        utilityVisible: false,
        utilityPoppedOut: false,
        panelHeaderLabel: configuration.label,
        panelHeaderIcon: configuration.icon,
        panelHeight: configuration.panelHeight,
        panelWidth: configuration.panelWidth
    });
    return {
        updateUtility: (utilityId: string, attributes?: Options) => resolveTrue('updateUtility', { utilityId, ...attributes }),
        updatePanel: (utilityId: string, attributes?: Options) => resolveTrue('updatePanel', { utilityId, ...attributes }),
        open: (utilityId: string, options?: Options) => resolveTrue('open', { utilityId, ...options }),
        minimize: (utilityId: string) => resolveTrue('minimize', { utilityId }),
        enablePopout: (utilityId: string, enabled: boolean, options?: { disabledText?: string }) =>
            resolveTrue('enablePopout', { utilityId, enabled, ...options }),
        enableModal: (utilityId: string, enabled: boolean) => resolveTrue('enableModal', { utilityId, enabled }),
        getInfo: (utilityId: string) => {
            observer.called?.('getInfo', { utilityId });
            return Promise.resolve(info(utilityId));
        },
        getAllUtilityInfo: () => {
            observer.called?.('getAllUtilityInfo', {});
            return Promise.resolve(utilityIds.map(info));
        }
    };
}
