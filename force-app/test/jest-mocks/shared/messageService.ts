/**
 * One fake of lightning/messageService (Lightning Message Service), shared by Jest
 * (../lightning/messageService.ts wraps it in jest.fn) and the local preview
 * (preview/lwc/lightning/messageService lists each publish in its platform activity).
 *
 * Every publish reaches the subscribers of that channel in this page, at once and as a copy: LMS
 * carries only serializable data, and keeps no history (a subscriber that comes later hears nothing
 * of earlier messages). The copy is a JSON round trip, which also reads a message that comes from
 * inside the Lightning Web Security sandbox (a membrane proxy, which structuredClone refuses).
 * `MessageContext` gives each component its own context, released with its subscriptions when the
 * component leaves the page, as in the org.
 */

/** A message context: what `@wire(MessageContext)` gives and `createMessageContext()` returns. */
export interface FakeMessageContext {
    readonly id: number;
    released: boolean;
}

export interface FakeSubscription {
    readonly context: FakeMessageContext;
    readonly channel: unknown;
    readonly listener: (message: unknown) => void;
    readonly scope?: unknown;
}

export interface MessageServiceObserver {
    /** Called for every publish, with the copy the subscribers get. */
    published?(channel: unknown, message: unknown): void;
}

export function createMessageService(observer: MessageServiceObserver = {}) {
    const subscriptions = new Set<FakeSubscription>();
    let contexts = 0;

    function createMessageContext(): FakeMessageContext {
        contexts += 1;
        return { id: contexts, released: false };
    }

    function releaseMessageContext(context: FakeMessageContext | undefined): void {
        if (!context) {
            return;
        }
        context.released = true;
        for (const subscription of [...subscriptions]) {
            if (subscription.context === context) {
                subscriptions.delete(subscription);
            }
        }
    }

    function subscribe(
        context: FakeMessageContext,
        channel: unknown,
        listener: (message: unknown) => void,
        options?: { scope?: unknown }
    ): FakeSubscription {
        if (!context || context.released) {
            throw new Error('subscribe() needs a live MessageContext.');
        }
        const subscription: FakeSubscription = { context, channel, listener, scope: options?.scope };
        subscriptions.add(subscription);
        return subscription;
    }

    function unsubscribe(subscription: FakeSubscription | undefined): void {
        if (subscription) {
            subscriptions.delete(subscription);
        }
    }

    function publish(context: FakeMessageContext, channel: unknown, message?: unknown): void {
        if (!context || context.released) {
            throw new Error('publish() needs a live MessageContext.');
        }
        // Serialized once (reading a sandboxed message crosses the LWS membrane for every value), parsed per subscriber.
        const text = message === undefined ? undefined : JSON.stringify(message);
        const copy = () => (text === undefined ? undefined : JSON.parse(text));
        observer.published?.(channel, copy());
        for (const subscription of [...subscriptions]) {
            // A listener may unsubscribe another one while this publish is being delivered.
            if (subscription.channel === channel && subscriptions.has(subscription)) {
                subscription.listener(copy());
            }
        }
    }

    /** `@wire(MessageContext)`: a context per component, released (with its subscriptions) when the component is removed. */
    class MessageContext {
        private readonly dataCallback: (value: FakeMessageContext) => void;
        private context?: FakeMessageContext;

        constructor(dataCallback: (value: FakeMessageContext) => void) {
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

    return {
        APPLICATION_SCOPE: Symbol('APPLICATION_SCOPE'),
        createMessageContext,
        releaseMessageContext,
        subscribe,
        unsubscribe,
        publish,
        MessageContext,
        /** How many subscriptions are live: a removed component must leave none behind. */
        liveSubscriptionCount: (): number => subscriptions.size,
        /** Forgets every subscription, for a clean page between tests. */
        reset: (): void => subscriptions.clear()
    };
}
