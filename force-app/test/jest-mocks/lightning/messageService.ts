/**
 * lightning/messageService for Jest: sfdx-lwc-jest's stub delivers nothing, so two components could
 * never talk in a test. This is the fake the local preview uses too (../shared/messageService.ts:
 * delivery at once and as a copy, a context per component, released with its subscriptions), with
 * each function a jest.fn so tests can look at the calls.
 */
import { createMessageService, type FakeMessageContext, type FakeSubscription } from '../shared/messageService';

export type MockMessageContext = FakeMessageContext;
export type MockSubscription = FakeSubscription;

const service = createMessageService();

export const APPLICATION_SCOPE = service.APPLICATION_SCOPE;
export const createMessageContext = jest.fn(service.createMessageContext);
export const releaseMessageContext = jest.fn(service.releaseMessageContext);
export const subscribe = jest.fn(service.subscribe);
export const unsubscribe = jest.fn(service.unsubscribe);
export const publish = jest.fn(service.publish);
export const MessageContext = service.MessageContext;

/** How many subscriptions are live: a removed component must leave none behind. */
export const liveSubscriptionCount = service.liveSubscriptionCount;

/** Forgets every subscription, for a clean page between tests. */
export const resetMessageService = service.reset;
