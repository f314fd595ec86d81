/**
 * The Evolux Phone payloads from the vendor document (seed 004), exactly as posted, plus helpers to
 * derive the variants the nasty-case tests need without retyping a payload.
 */
import softphoneCallInvited from './data/evolux/softphoneCallInvited.json';
import softphoneCallInvitedCampaign from './data/evolux/softphoneCallInvitedCampaign.json';
import softphoneCallAccepted from './data/evolux/softphoneCallAccepted.json';
import softphoneCallEnded from './data/evolux/softphoneCallEnded.json';
import agentStartPause from './data/evolux/agentStartPause.json';
import agentChangePause from './data/evolux/agentChangePause.json';
import agentStopPause from './data/evolux/agentStopPause.json';
import agentLogin from './data/evolux/agentLogin.json';

export const seed = {
    softphoneCallInvited,
    softphoneCallInvitedCampaign,
    softphoneCallAccepted,
    softphoneCallEnded,
    agentStartPause,
    agentChangePause,
    agentStopPause,
    agentLogin
};

export type EvoluxMessage = { eventName: string; payload: Record<string, unknown> };

export const EVOLUX_ORIGIN = 'https://acme.evolux.net.br';
export const CALL_KEY = 'evolux:8eb4d68e-722a-11eb-914b-d185dd1424c7';

/** A deep copy of a seed message with some payload fields replaced (a nested object is replaced whole). */
export function variant(message: EvoluxMessage, changes: Record<string, unknown>, eventName = message.eventName): EvoluxMessage {
    const payload = JSON.parse(JSON.stringify(message.payload)) as Record<string, unknown>;
    return { eventName, payload: { ...payload, ...changes } };
}
