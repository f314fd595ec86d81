// Preview stand-in for lightning/platformUtilityBarApi. The shell has one utility, the bridge:
// label, icon and highlight changes show on its utility bar button, and every call is listed in
// the platform activity. Calls resolve as the org's do; pop-out does not exist here.
import { recordPlatformCall, updateUtilityState, utilityState } from 'preview/platformLog';
import { valueAdapter } from 'preview/wire';

export const PREVIEW_UTILITY_ID = 'preview-utility-ccBridge';

/** `@wire(EnclosingUtilityId) utilityId`. */
export const EnclosingUtilityId = valueAdapter(() => PREVIEW_UTILITY_ID);

export function updateUtility(utilityId, options) {
    recordPlatformCall('platformUtilityBarApi', 'updateUtility', { utilityId, ...options });
    const { label, icon, highlighted } = options ?? {};
    updateUtilityState(utilityId, definedOnly({ label, icon, highlighted }));
    return Promise.resolve(true);
}

export function updatePanel(utilityId, options) {
    recordPlatformCall('platformUtilityBarApi', 'updatePanel', { utilityId, ...options });
    updateUtilityState(utilityId, { panel: { ...utilityState(utilityId).panel, ...options } });
    return Promise.resolve(true);
}

export function getInfo(utilityId) {
    recordPlatformCall('platformUtilityBarApi', 'getInfo', { utilityId });
    return Promise.resolve(utilityInfo(utilityId));
}

export function getAllUtilityInfo() {
    recordPlatformCall('platformUtilityBarApi', 'getAllUtilityInfo');
    return Promise.resolve([utilityInfo(PREVIEW_UTILITY_ID)]);
}

export function open(utilityId, options) {
    return recordAndResolve('open', { utilityId, ...options });
}

export function minimize(utilityId) {
    return recordAndResolve('minimize', { utilityId });
}

export function enablePopout(utilityId, enabled, options) {
    return recordAndResolve('enablePopout', { utilityId, enabled, ...options });
}

export function disableUtilityPopOut(utilityId, disabled, disabledText) {
    return recordAndResolve('disableUtilityPopOut', { utilityId, disabled, disabledText });
}

export function enableModal(utilityId, enabled) {
    return recordAndResolve('enableModal', { utilityId, enabled });
}

export function isUtilityPoppedOut(utilityId) {
    recordPlatformCall('platformUtilityBarApi', 'isUtilityPoppedOut', { utilityId });
    return Promise.resolve(false);
}

function recordAndResolve(call, detail) {
    recordPlatformCall('platformUtilityBarApi', call, detail);
    return Promise.resolve(true);
}

function utilityInfo(utilityId) {
    const state = utilityState(utilityId);
    return {
        id: utilityId,
        isLoaded: true,
        utilityLabel: state.label ?? 'Contact Center Bridge',
        utilityIcon: state.icon ?? 'call',
        utilityIconVariant: '',
        utilityHighlighted: state.highlighted ?? false,
        utilityVisible: true,
        panelHeaderLabel: state.panel?.label ?? state.label ?? 'Contact Center Bridge',
        panelHeaderIcon: state.panel?.icon ?? state.icon ?? 'call',
        panelHeight: state.panel?.height ?? 480,
        panelWidth: state.panel?.width ?? 340,
        isPoppedOut: false,
        isModal: false
    };
}

function definedOnly(values) {
    return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}
