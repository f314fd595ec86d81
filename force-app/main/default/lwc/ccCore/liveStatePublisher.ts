/**
 * The publisher of the live-state protocol (c/ccLiveProtocol): turns the bridge's views into the
 * snapshot messages to publish on the CC_Live_State__c channel. It is pure (the caller supplies the
 * view and the time), so the utility item and the replay command publish exactly the same messages.
 */
import {
    LIVE_STATE_BRIDGE_SOURCE,
    LIVE_STATE_VERSION,
    MAX_ENDED_IN_SNAPSHOT,
    isObject,
    readLiveStateMessage,
    type LiveAgent,
    type LiveInteraction,
    type LivePause,
    type LiveSnapshot,
    type LiveSnapshotMessage
} from 'c/ccLiveProtocol';
import type { AgentView, InteractionView, LiveView } from './bridgeView';
import { withoutUndefined } from './objects';

/**
 * Turns a bridge's successive views into the snapshot messages to publish. One per bridge: it
 * remembers what it published last and the interactions that ended, which a view no longer lists.
 */
export class LiveStatePublisher {
    private readonly source: string;
    /** The open interactions of the last view followed, by key. */
    private openByKey = new Map<string, LiveInteraction>();
    /** Interactions that ended since the last one opened, most recent first. */
    private ended: LiveInteraction[] = [];
    /** Keys of the ended interactions the last view listed: an ended one not among them has just ended. */
    private shownEnded = new Set<string>();
    private lastPublished?: { snapshot: LiveSnapshot; text: string };

    constructor(source: string = LIVE_STATE_BRIDGE_SOURCE) {
        this.source = source;
    }

    /** The last snapshot published, if any. */
    get current(): LiveSnapshot | undefined {
        return this.lastPublished?.snapshot;
    }

    /**
     * After a change in the bridge: the message to publish, or undefined when nothing a live view
     * shows has changed since the last publish (a diagnostic, a retry, a duplicate event). The first
     * call always publishes, so components that started before the bridge get its state.
     */
    changed(view: LiveView): LiveSnapshotMessage | undefined {
        const snapshot = this.follow(view);
        const text = JSON.stringify(snapshot);
        return text === this.lastPublished?.text ? undefined : this.publish(snapshot, text);
    }

    /**
     * For a message heard on the channel: the current snapshot when it is a request (its id echoed),
     * else undefined. The view is asked for only then: the bridge hears its own snapshots too.
     */
    answer(message: unknown, view: () => LiveView): LiveSnapshotMessage | undefined {
        // A snapshot is not read at all: under LWS each of its values would cross the sandbox boundary.
        const request = isObject(message) && message.type === 'request' ? readLiveStateMessage(message) : undefined;
        if (request?.type !== 'request') {
            return undefined;
        }
        const snapshot = this.follow(view());
        return { ...this.publish(snapshot, JSON.stringify(snapshot)), requestId: request.requestId };
    }

    private publish(snapshot: LiveSnapshot, text: string): LiveSnapshotMessage {
        this.lastPublished = { snapshot, text };
        return { type: 'snapshot', source: this.source, snapshot };
    }

    /**
     * The snapshot of a view: its open interactions, then those that ended since the last one opened,
     * as the core says they ended (the status and end time their record holds). A call heard only at
     * its end is among them too.
     */
    private follow(view: LiveView): LiveSnapshot {
        const open = new Map(view.openInteractions.map((interaction) => [interaction.key, liveInteraction(interaction)]));
        const opened = [...open.keys()].some((key) => !this.openByKey.has(key));
        const ended = new Map(view.recentlyEnded.map((interaction) => [interaction.key, liveInteraction(interaction)]));
        const endedNow = [...ended.values()].filter((interaction) => !this.shownEnded.has(interaction.key));
        // What was shown stays, refreshed from the core, until another interaction opens.
        const kept = (opened ? [] : this.ended)
            .filter((interaction) => !open.has(interaction.key))
            .map((interaction) => ended.get(interaction.key) ?? interaction);
        this.ended = [...endedNow, ...kept.filter((interaction) => !endedNow.some((now) => now.key === interaction.key))].slice(
            0,
            MAX_ENDED_IN_SNAPSHOT
        );
        this.shownEnded = new Set(ended.keys());
        this.openByKey = open;
        return withoutUndefined<LiveSnapshot>({
            version: LIVE_STATE_VERSION,
            agent: view.agent && liveAgent(view.agent),
            interactions: [...open.values(), ...this.ended]
        });
    }
}

function liveAgent(agent: AgentView): LiveAgent {
    return withoutUndefined<LiveAgent>({
        vendor: agent.vendor,
        loggedIn: agent.loggedIn,
        login: agent.login,
        name: agent.name,
        pause:
            agent.pause &&
            withoutUndefined<LivePause>({
                reason: agent.pause.reason,
                productive: agent.pause.productive,
                startedAt: agent.pause.startedAt,
                maxDurationSeconds: agent.pause.maxDurationSeconds
            })
    });
}

/** What only this tab's panel shows of an interaction. */
type PanelOnly = 'notes' | 'focused' | 'callerOutcome';

/** What the live state publishes of an interaction: the view without what only this tab's panel needs. */
function liveInteraction(interaction: InteractionView): LiveInteraction {
    // The panel's fields are emptied and withoutUndefined leaves them out, in one copy. Not `delete`:
    // an object that loses a property becomes a slow dictionary in V8, and this runs for every
    // interaction shown at every change (with delete it was the product's largest self time in a
    // CPU profile of `npm run bench`).
    const live: Omit<InteractionView, PanelOnly> & { [name in PanelOnly]?: undefined } = {
        ...interaction,
        notes: undefined,
        focused: undefined,
        callerOutcome: undefined,
        caller: interaction.caller && { ...interaction.caller },
        candidates: interaction.candidates?.map((candidate) => ({ ...candidate }))
    };
    return withoutUndefined(live) as LiveInteraction;
}
