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
