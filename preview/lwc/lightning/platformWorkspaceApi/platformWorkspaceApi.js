// Preview stand-in for lightning/platformWorkspaceApi. The preview is a standard (non-console)
// app, as IsConsoleNavigation says, so components should navigate with NavigationMixin; workspace
// calls still resolve and are listed in the shell's platform activity.
import { recordPlatformCall } from 'preview/platformLog';
import { valueAdapter } from 'preview/wire';

let tabs = 0;

/** `@wire(IsConsoleNavigation) isConsole`: false, a standard navigation app. */
export const IsConsoleNavigation = valueAdapter(() => false);

/** `@wire(EnclosingTabId) tabId`: not inside a workspace tab. */
export const EnclosingTabId = valueAdapter(() => null);

export function openTab(options) {
    tabs += 1;
    recordPlatformCall('platformWorkspaceApi', 'openTab', options);
    return Promise.resolve(`preview-tab-${tabs}`);
}

export function openSubtab(parentTabId, options) {
    tabs += 1;
    recordPlatformCall('platformWorkspaceApi', 'openSubtab', { parentTabId, ...options });
    return Promise.resolve(`preview-tab-${tabs}`);
}

export function focusTab(tabId) {
    recordPlatformCall('platformWorkspaceApi', 'focusTab', { tabId });
    return Promise.resolve(true);
}

export function closeTab(tabId) {
    recordPlatformCall('platformWorkspaceApi', 'closeTab', { tabId });
    return Promise.resolve(true);
}

export function getFocusedTabInfo() {
    return Promise.resolve({ tabId: null, isSubtab: false, url: window.location.href });
}

export function getAllTabInfo() {
    return Promise.resolve([]);
}
