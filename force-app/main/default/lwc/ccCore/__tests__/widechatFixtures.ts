/**
 * Wide Chat custom events (seed 000) and Business Messages events (seed 003) as test fixtures: the
 * documents' examples as text, and realistic Business Messages payloads in the documented shapes.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import requestedLiveAgent from './data/gbm/requestedLiveAgent.json';
import isTyping from './data/gbm/isTyping.json';
import representativeJoined from './data/gbm/representativeJoined.json';

const read = (path: string) => readFileSync(join(__dirname, 'data', path), 'utf8');

export const widechatExamples = {
    template: read('widechat/template.txt'),
    example1: read('widechat/example1.txt'),
    /** Has a trailing comma: invalid as JSON text. */
    example2: read('widechat/example2.txt')
};

/** Example 2 as a chat widget would post it as an object (structured clone), without the trailing comma. */
export function example2AsObject(): unknown {
    return JSON.parse(widechatExamples.example2.replace(/,(\s*})/, '$1'));
}

export const gbm = {
    userStatusTemplate: read('gbm/userStatus.template.txt'),
    requestedLiveAgent,
    isTyping,
    representativeJoined
};

export const GBM_KEY = `gbm:${requestedLiveAgent.conversationId}`;
export const WIDGET_ORIGIN = 'https://chat.acme.com.br';
