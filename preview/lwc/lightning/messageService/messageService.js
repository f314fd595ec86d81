// Preview stand-in for lightning/messageService (Lightning Message Service): the same fake the Jest
// tests use (force-app/test/jest-mocks/shared/messageService.ts: messages reach every subscriber of
// the channel in this page, as LMS does within one browser tab; no history, no crossing tabs), and
// each publish is listed in the shell's platform activity.
import { recordPlatformCall } from 'preview/platformLog';
import { createMessageService } from '../../../../force-app/test/jest-mocks/shared/messageService.ts';

const service = createMessageService({
    published: (channel, message) => recordPlatformCall('messageService', 'publish', { channel: channelName(channel), message })
});

export const { APPLICATION_SCOPE, createMessageContext, releaseMessageContext, subscribe, unsubscribe, publish, MessageContext } = service;

function channelName(messageChannel) {
    return messageChannel?.channelName ?? String(messageChannel);
}
