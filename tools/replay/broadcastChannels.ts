/**
 * BroadcastChannel for the replay's tabs, with the browser's behaviour (HTML standard, "Broadcasting
 * to other browsing contexts"): a message goes to every other open channel of the same name, never
 * back to the one that posted it, later rather than during `postMessage`, as a structured clone
 * (a function in it throws DataCloneError); a closed channel throws InvalidStateError on post and
 * receives nothing more.
 */
import { deserialize, serialize } from 'node:v8';
import type { BroadcastChannelLike } from 'c/ccCore';

type Listener = (event: { data: unknown }) => void;

class HubChannel implements BroadcastChannelLike {
    readonly tab: string;
    readonly name: string;
    private readonly hub: Set<HubChannel>;
    private readonly listeners: Listener[] = [];
    private closed = false;

    constructor(hub: Set<HubChannel>, tab: string, name: string) {
        this.hub = hub;
        this.tab = tab;
        this.name = name;
        hub.add(this);
    }

    postMessage(data: unknown): void {
        if (this.closed) {
            throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
        }
        const copy = structuredCopy(data);
        for (const channel of this.hub) {
            if (channel !== this && channel.name === this.name) {
                queueMicrotask(() => channel.deliver(structuredCopy(copy)));
            }
        }
    }

    addEventListener(type: 'message', listener: Listener): void {
        if (type === 'message') {
            this.listeners.push(listener);
        }
    }

    close(): void {
        this.closed = true;
        this.hub.delete(this);
    }

    private deliver(data: unknown): void {
        if (!this.closed) {
            this.listeners.forEach((listener) => listener({ data }));
        }
    }
}

export class ReplayBroadcastChannels {
    private readonly open = new Set<HubChannel>();

    /** The BroadcastChannel constructor as one tab's page sees it. */
    forTab(tab: string): new (name: string) => BroadcastChannelLike {
        const hub = this.open;
        return class extends HubChannel {
            constructor(name: string) {
                super(hub, tab, name);
            }
        };
    }

    /** The browser closes a tab's channels when the tab goes, whether or not the page closed them. */
    closeTab(tab: string): void {
        [...this.open].filter((channel) => channel.tab === tab).forEach((channel) => channel.close());
    }
}

/**
 * The HTML structured clone: the global where the runtime has one (Node 17+), else V8's serializer,
 * which implements the same algorithm (Jest's jsdom environment hides the global).
 */
function structuredCopy<T>(value: T): T {
    if (typeof structuredClone === 'function') {
        return structuredClone(value);
    }
    try {
        return deserialize(serialize(value)) as T;
    } catch (error) {
        throw new DOMException(error instanceof Error ? error.message : String(error), 'DataCloneError');
    }
}
