/**
 * Linking an interaction to the caller's record: which lookup of CC_Interaction__c a record's
 * object goes in, and the UI API write that sets it, shared by the live-state card and the pages.
 */
export { failureReason, linkInteraction } from './interactionLinker';
export { linkFieldFor } from './linkFields';
