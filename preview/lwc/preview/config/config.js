// The preview page's settings, written by the preview server into index.html: where the simulated
// softphone is served, the bridge's properties (the replay example's, accepting the softphone's
// origin exactly) and the record the record page opens on.
const element = typeof document === 'undefined' ? null : document.getElementById('preview-config');
const config = element ? JSON.parse(element.textContent) : {};

/** Origin of the simulated softphone, e.g. http://127.0.0.1:5174. */
export const softphoneOrigin = config.softphoneOrigin ?? '';

/** The bridge's properties in the preview, by their names (allowedOrigins, defaultCountryCode...). */
export const bridgeProperties = config.bridgeProperties ?? {};

/** `{objectApiName, recordId}` of the record the record page shows first, or null. */
export const homeRecord = config.homeRecord ?? null;

/**
 * Whether the page shows the preview's developer panels (the org's records, the platform calls).
 * `?developerPanels=off` leaves them out: the page then holds only what an org page would, the
 * bridge and the live-state card (npm run bench:browser measures it so).
 */
export const developerPanels =
    typeof window === 'undefined' || new URLSearchParams(window.location.search).get('developerPanels') !== 'off';
