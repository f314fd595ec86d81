// Preview stand-in for lightning/messageService (Lightning Message Service): messages published on
// a channel reach every subscriber of that channel in this page, as LMS does within one browser
// tab (it keeps no history, and does not cross tabs). Messages are copied with structuredClone,
// since LMS only carries serializable data; publishes are listed in the shell's platform activity.
import { recordPlatformCall } from 'preview/platformLog';
import { valueAdapter } from 'preview/wire';

export const APPLICATION_SCOPE = Symbol('APPLICATION_SCOPE');

const subscriptions = new Set();
let contexts = 0;

export function createMessageContext() {
    contexts += 1;
    return { id: contexts, released: false };
}

export function releaseMessageContext(messageContext) {
    if (!messageContext) {
        return;
    }
    messageContext.released = true;
    for (const subscription of [...subscriptions]) {
        if (subscription.messageContext === messageContext) {
            subscriptions.delete(subscription);
        }
    }
}

/** `@wire(MessageContext) messageContext`: one context per component, released with it in the org. */
export const MessageContext = valueAdapter(() => createMessageContext());

export function subscribe(messageContext, messageChannel, listener, subscriberOptions) {
    const subscription = { messageContext, messageChannel, listener, scope: subscriberOptions?.scope };
    subscriptions.add(subscription);
    return subscription;
}

export function unsubscribe(subscription) {
    subscriptions.delete(subscription);
}

export function publish(messageContext, messageChannel, message) {
    const copy = message === undefined ? undefined : structuredClone(message);
    recordPlatformCall('messageService', 'publish', { channel: channelName(messageChannel), message: copy });
    for (const subscription of [...subscriptions]) {
        if (subscription.messageChannel === messageChannel && subscriptions.has(subscription)) {
            subscription.listener(copy === undefined ? undefined : structuredClone(copy));
        }
    }
}

function channelName(messageChannel) {
    return messageChannel?.channelName ?? String(messageChannel);
}
