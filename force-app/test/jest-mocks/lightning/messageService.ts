/**
 * lightning/messageService for Jest: sfdx-lwc-jest's stub delivers nothing, so two components could
 * never talk in a test. This one delivers every publish to the subscribers of that channel in this
 * page, at once and as a copy (Lightning Message Service carries only serializable data, and keeps
 * no history: a subscriber that comes later hears nothing of earlier messages). `@wire(MessageContext)`
 * gives each component its own context, released with its subscriptions when the component leaves the
 * page, as in the org.
 */

/** A message context: what `@wire(MessageContext)` gives and `createMessageContext()` returns. */
export interface MockMessageContext {
    readonly id: number;
    released: boolean;
}

export interface MockSubscription {
    readonly context: MockMessageContext;
    readonly channel: unknown;
    readonly listener: (message: unknown) => void;
    readonly scope?: unknown;
}

export const APPLICATION_SCOPE = Symbol('APPLICATION_SCOPE');

const subscriptions = new Set<MockSubscription>();
let contexts = 0;

export const createMessageContext = jest.fn((): MockMessageContext => {
    contexts += 1;
    return { id: contexts, released: false };
});

export const releaseMessageContext = jest.fn((context: MockMessageContext | undefined): void => {
    if (!context) {
        return;
    }
    context.released = true;
    for (const subscription of [...subscriptions]) {
        if (subscription.context === context) {
            subscriptions.delete(subscription);
        }
    }
});

export const subscribe = jest.fn(
    (context: MockMessageContext, channel: unknown, listener: (message: unknown) => void, options?: { scope?: unknown }) => {
        if (!context || context.released) {
            throw new Error('subscribe() needs a live MessageContext.');
        }
        const subscription: MockSubscription = { context, channel, listener, scope: options?.scope };
        subscriptions.add(subscription);
        return subscription;
    }
);

export const unsubscribe = jest.fn((subscription: MockSubscription | undefined): void => {
    if (subscription) {
        subscriptions.delete(subscription);
    }
});

export const publish = jest.fn((context: MockMessageContext, channel: unknown, message?: unknown): void => {
    if (!context || context.released) {
        throw new Error('publish() needs a live MessageContext.');
    }
    for (const subscription of [...subscriptions]) {
        // A listener may unsubscribe another one while this publish is being delivered.
        if (subscription.channel === channel && subscriptions.has(subscription)) {
            subscription.listener(message === undefined ? undefined : JSON.parse(JSON.stringify(message)));
        }
    }
});

/** `@wire(MessageContext)`: a context per component, released (with its subscriptions) when the component is removed. */
export class MessageContext {
    private readonly dataCallback: (value: MockMessageContext) => void;
    private context?: MockMessageContext;

    constructor(dataCallback: (value: MockMessageContext) => void) {
        this.dataCallback = dataCallback;
    }

    connect(): void {
        this.context = createMessageContext();
        this.dataCallback(this.context);
    }

    update(): void {
        // No configuration: the context does not change while the component is on the page.
    }

    disconnect(): void {
        releaseMessageContext(this.context);
        this.context = undefined;
    }
}

/** How many subscriptions are live: a removed component must leave none behind. */
export function liveSubscriptionCount(): number {
    return subscriptions.size;
}

/** Forgets every subscription, for a clean page between tests. */
export function resetMessageService(): void {
    subscriptions.clear();
}
