/**
 * A live view's side of the CC_Live_State__c message channel, shared by the live-state card and the
 * contact center history: hear the bridge's snapshots (application scope, as the bridge lives in the
 * utility bar), and ask for the current one at once, since Lightning Message Service keeps no history.
 */
import { APPLICATION_SCOPE, publish, subscribe, unsubscribe, type MessageContextValue } from 'lightning/messageService';
import LIVE_STATE_CHANNEL from '@salesforce/messageChannel/CC_Live_State__c';
import { liveStateRequest, readLiveStateMessage, type LiveSnapshot } from 'c/ccLiveProtocol';

/** Calls `onSnapshot` with each snapshot the bridge publishes, from the answer to this request on; answers the function that stops. */
export function listenToLiveState(
    messageContext: MessageContextValue,
    source: string,
    onSnapshot: (snapshot: LiveSnapshot) => void
): () => void {
    const subscription = subscribe(
        messageContext,
        LIVE_STATE_CHANNEL,
        (message) => {
            const read = readLiveStateMessage(message);
            // A request (this view's own or another's), or not a message of this protocol: nothing to show.
            if (read?.type === 'snapshot') {
                onSnapshot(read.snapshot);
            }
        },
        { scope: APPLICATION_SCOPE }
    );
    publish(messageContext, LIVE_STATE_CHANNEL, liveStateRequest(source, newRequestId()));
    return () => unsubscribe(subscription);
}

/** An id for a request, unique enough to tell this view's answer from another's. */
function newRequestId(): string {
    return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
