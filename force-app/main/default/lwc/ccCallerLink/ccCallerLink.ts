/**
 * Linking an interaction to the caller's record: the UI API write that sets the interaction's lookup
 * to it (the lookup of each object is c/ccLiveProtocol's linkFieldFor), for the live-state card.
 */
export { failureReason, linkInteraction } from './interactionLinker';
