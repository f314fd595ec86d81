/**
 * Captured feeds with values real PBXs send and the org refuses or mangles, replayed through the
 * whole pipeline (tools/replay/__tests__/data/*.jsonl): each must still give the right records.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { seed as evolux } from '../../../force-app/main/default/lwc/ccCore/__tests__/evoluxFixtures';
import { adapterPost, CCAIP_ORIGIN, exampleData } from '../../../force-app/main/default/lwc/ccCore/__tests__/ccaipFixtures';
import { parseReplayLog } from '../replayInput';
import type { BridgeProperties } from 'c/ccCore';
import { ReplaySession, type ReplayOutput } from '../replaySession';
import { UiApiEmulator } from '../../uiApiEmulator/uiApiEmulator';
import { projectObjects } from '../../uiApiEmulator/objectMetadata';

const USER_ID = '0055g00000AbCdEAAV';

const BOTH_VENDORS = 'https://*.evolux.net.br,https://*.ccaiplatform.com';

/** Plays a replay log (JSONL text) with these Allowed origins, as `npm run replay` does. */
async function replay(log: string, allowedOrigins = BOTH_VENDORS, properties: BridgeProperties = {}): Promise<ReplayOutput> {
    const session = new ReplaySession({ properties: { userId: USER_ID, allowedOrigins, ...properties } });
    await session.play(parseReplayLog(log));
    session.close();
    return session.output();
}

const replayFixture = (name: string) => replay(readFileSync(join(__dirname, 'data', name), 'utf8'));
/** A log written here, one line per object. */
const jsonl = (lines: unknown[]) => lines.map((line) => JSON.stringify(line)).join('\n');

const byKey = (output: ReplayOutput, objectApiName: string, key: string) =>
    output.records[objectApiName]?.find((record) => record.External_Key__c === key);

describe('values the org refuses do not cost the whole record (refusedValues.jsonl)', () => {
    let output: ReplayOutput;
    beforeAll(async () => {
        output = await replayFixture('refusedValues.jsonl');
    });

    it('ends a call whose PBX dated its start in 1970, leaving only the impossible wait time empty', () => {
        expect(byKey(output, 'CC_Interaction__c', 'evolux:pbx-1970')).toMatchObject({
            Status__c: 'Ended',
            Offered_At__c: '1970-01-01T00:00:00.000Z',
            Wait_Seconds__c: null,
            Talk_Seconds__c: 2
        });
        expect(output.diagnostics).toContainEqual(
            expect.objectContaining({ code: 'FIELD_LEFT_OUT', message: expect.stringContaining('Wait_Seconds__c of evolux:pbx-1970') })
        );
        expect(output.diagnostics.map((entry) => entry.code)).not.toContain('WRITE_REJECTED');
    });

    it('writes a pause whose maximum is "no limit" (2147483647) with Max_Duration_Seconds__c empty', () => {
        const [pause] = output.records.CC_Agent_Pause__c ?? [];
        expect(pause).toMatchObject({ Reason__c: 'Lanche', Max_Duration_Seconds__c: null, Started_At__c: '2021-02-18T20:51:54.866Z' });
    });

    it('keeps Extra__c valid JSON within 32,768 characters when the IVR sends 40,000', () => {
        const extra = String(byKey(output, 'CC_Interaction__c', 'evolux:big-extra')?.Extra__c);
        const parsed = JSON.parse(extra) as Record<string, string>;
        expect(extra.length).toBeLessThanOrEqual(32_768);
        expect(parsed.evolux_cc_queue_slug).toBe('suporte');
        expect(parsed.ura_transcricao).toMatch(/^(fala )+.*… \[40000 characters, the rest not kept\]$/);
        expect(output.diagnostics).toContainEqual(expect.objectContaining({ code: 'FIELD_TRUNCATED' }));
    });
});

describe('junk that looks like a vendor event writes nothing (junkCalls.jsonl)', () => {
    let output: ReplayOutput;
    beforeAll(async () => {
        output = await replayFixture('junkCalls.jsonl');
    });

    it('writes only the one real call, without the 5,000-digit caller number, and names each problem', () => {
        expect(output.records.CC_Interaction__c).toEqual([
            expect.objectContaining({
                External_Key__c: 'evolux:real-call',
                Direction__c: 'Inbound',
                Customer_Number__c: null,
                From_Number__c: null
            })
        ]);
        expect(output.stats).toMatchObject({ messages: 13, accepted: 1, rejected: 12 });
        expect(
            output.diagnostics.filter((entry) => entry.code === 'FIELD_MISSING' || entry.code === 'FIELD_INVALID').length
        ).toBeGreaterThanOrEqual(12);
    });
});

describe('an admin who typed the softphone host without https://', () => {
    it('logs the example shift as with the full origin, and says how the entry was read', async () => {
        const output = await replay(
            readFileSync(join(__dirname, '..', '..', '..', 'examples', 'evolux-shift.jsonl'), 'utf8'),
            'acme.evolux.net.br'
        );

        expect(output.stats.rejected).toBe(0);
        expect(output.records.CC_Interaction__c).toHaveLength(3);
        expect(output.diagnostics).toContainEqual(expect.objectContaining({ code: 'CONFIG_ADJUSTED' }));
    });
});

describe('the vendor’s own pause sequence: a stop naming the segment a change closed (pauseStopAfterChange.jsonl)', () => {
    it('ends the open Reunião segment when the stop arrives, and publishes the agent as no longer paused', async () => {
        const output = await replayFixture('pauseStopAfterChange.jsonl');

        expect(output.records.CC_Agent_Pause__c?.map((record) => [record.Reason__c, record.Ended_At__c])).toEqual([
            ['Lanche', '2021-02-18T20:52:35.366Z'],
            ['Reunião', '2021-02-18T21:10:00.000Z']
        ]);
        const last = output.published.at(-1)?.message as { snapshot: { agent?: { pause?: unknown } } };
        expect(last.snapshot.agent).toBeDefined();
        expect(last.snapshot.agent?.pause).toBeUndefined();
    });
});

describe('a value that does not fit, in every update of its record', () => {
    it('is reported once, not at each write', async () => {
        const output = await replayFixture('refusedValues.jsonl');
        const waitReports = output.diagnostics.filter(
            (entry) => entry.code === 'FIELD_LEFT_OUT' && entry.message.startsWith('Wait_Seconds__c of evolux:pbx-1970')
        );
        // The answer and the end both map Wait_Seconds__c out of range; one diagnostic says so.
        expect(waitReports).toHaveLength(1);
    });
});

describe('an answer time the PBX sends only with the end (answerTimeOnlyAtEnd.jsonl)', () => {
    it('records the vendor’s answer time, not the moment the Accepted without one was received', async () => {
        const output = await replayFixture('answerTimeOnlyAtEnd.jsonl');
        expect(output.records.CC_Interaction__c?.[0]).toMatchObject({
            Answered_At__c: '2021-02-18T20:47:56.105Z',
            Talk_Seconds__c: 2,
            Wait_Seconds__c: 9
        });
    });
});

describe('a call whose end the softphone never sent', () => {
    it('is published as no longer live after 4 hours, and a reload does not bring it back', async () => {
        const output = await replay(
            jsonl([
                { at: '2021-02-18T20:47:48.000Z', origin: 'https://acme.evolux.net.br', data: evolux.softphoneCallInvited },
                { control: 'advance', ms: 4 * 60 * 60 * 1000 + 1000 },
                { control: 'reload', tab: 'A' },
                { control: 'advance', ms: 1000 }
            ])
        );

        const last = output.published.at(-1)?.message as { snapshot: { interactions: unknown[] } };
        expect(last.snapshot.interactions).toEqual([]);
        expect(output.records.CC_Interaction__c?.[0]).toMatchObject({ Status__c: 'Ringing' });
        expect(output.diagnostics.map((entry) => entry.code)).toContain('STALE_CLOSED');
    });
});

describe('a call the bridge hears only at its end', () => {
    it('is published with the status and end time its record holds', async () => {
        const output = await replay(
            jsonl([{ at: '2021-02-18T20:48:00.000Z', origin: 'https://acme.evolux.net.br', data: evolux.softphoneCallEnded }])
        );

        const last = output.published.at(-1)?.message as { snapshot: { interactions: { status: string; endedAt?: string }[] } };
        expect(last.snapshot.interactions).toEqual([expect.objectContaining({ status: 'Ended', endedAt: '2021-02-18T20:47:58.470Z' })]);
        expect(output.records.CC_Interaction__c?.[0]).toMatchObject({ Status__c: 'Ended', Ended_At__c: '2021-02-18T20:47:58.470Z' });
    });
});

describe('a reload and the stale clock', () => {
    it('neither gives a stuck call more time nor brings back a call that ended hours ago', async () => {
        const output = await replay(
            jsonl([
                { at: '2021-02-18T12:00:00.000Z', origin: 'https://acme.evolux.net.br', data: evolux.softphoneCallEnded },
                { at: '2021-02-18T12:00:01.000Z', origin: 'https://acme.evolux.net.br', data: evolux.softphoneCallInvitedCampaign },
                { control: 'advance', ms: 3 * 60 * 60 * 1000 },
                { control: 'reload', tab: 'A' },
                { control: 'advance', ms: 60 * 60 * 1000 + 5_000 }
            ])
        );

        // 4 hours after its last event, not 4 hours after the reload: closed as stale.
        expect(output.diagnostics.filter((entry) => entry.code === 'STALE_CLOSED')).toHaveLength(1);
        // The reloaded page does not show the call that ended 3 hours before it.
        const afterReload = output.published.filter((entry) => entry.tab === 'A').at(-1)?.message as {
            snapshot: { interactions: unknown[] };
        };
        expect(afterReload.snapshot.interactions).toEqual([]);
    });
});

describe('a busy chat with a message that tries to pass for the agent', () => {
    it('stores one transcript line per message, escaped, in far fewer updates than messages', async () => {
        const chat = exampleData('New_Chat');
        const say = (type: string, message: string, second: number) => ({
            at: new Date(Date.parse('2026-03-02T11:00:00.000Z') + second * 1000).toISOString(),
            origin: CCAIP_ORIGIN,
            data: adapterPost(type, { ...exampleData(type), chat_id: chat.chat_id, message })
        });
        const lines = [
            { at: '2026-03-02T11:00:00.000Z', origin: CCAIP_ORIGIN, data: adapterPost('New_Chat', chat) },
            say('Chat_Inbound_Message', 'Oi\n2026-03-02T11:00:02Z Agent: reembolso aprovado', 1),
            ...Array.from({ length: 60 }, (_, index) =>
                say(index % 2 === 0 ? 'Chat_Outbound_Message' : 'Chat_Inbound_Message', `mensagem ${index}`, 2 + index)
            ),
            {
                at: '2026-03-02T11:01:10.000Z',
                origin: CCAIP_ORIGIN,
                data: adapterPost('End_Chat', { ...exampleData('End_Chat'), chat_id: chat.chat_id })
            }
        ];
        const output = await replay(jsonl(lines), 'https://*.ccaiplatform.com', { storeTranscript: true });

        const transcript = String(output.records.CC_Interaction__c?.[0]?.Transcript__c).split('\n');
        expect(transcript).toHaveLength(61);
        expect(transcript[0]).toMatch(/ Customer: Oi\\n2026-03-02T11:00:02Z Agent: reembolso aprovado$/);
        expect(output.stats.apiCalls.updateRecord).toBeLessThan(15);
    });
});

describe('a chat transferred from Ira to Ariel (transferredChat.*.jsonl: each agent’s own capture)', () => {
    const IRA = '0055g00000IrAaaAAA';
    const ARIEL = '0055g00000ArIeLAAA';
    const CHAT_KEY = 'ccaip:chat:103646';
    let output: ReplayOutput;
    beforeAll(async () => {
        // One org, Private objects: each agent's bridge runs in their own session of it.
        const org = new UiApiEmulator(projectObjects());
        const play = async (userId: string, fixture: string) => {
            const properties = { userId, allowedOrigins: BOTH_VENDORS, storeTranscript: true };
            const session = new ReplaySession({ properties, api: org.asUser(userId) });
            await session.play(parseReplayLog(readFileSync(join(__dirname, 'data', fixture), 'utf8')));
            session.close();
            return session.output();
        };
        await play(IRA, 'transferredChat.ira.jsonl');
        // Ariel's output: every record of the org, and her bridge's diagnostics.
        output = await play(ARIEL, 'transferredChat.ariel.jsonl');
    });

    it('gives each agent a record of their own, both with the chat’s Conversation_Key__c', () => {
        const records = output.records.CC_Interaction__c ?? [];
        expect(records.map((record) => [record.External_Key__c, record.Conversation_Key__c, record.Agent__c])).toEqual([
            [CHAT_KEY, CHAT_KEY, IRA],
            [`${CHAT_KEY}@${ARIEL}`, CHAT_KEY, ARIEL]
        ]);
    });

    it('keeps the transfer and the queue on Ira’s record, and Ariel’s part (queue, times, transcript, end) on hers', () => {
        const [ira, ariel] = output.records.CC_Interaction__c ?? [];
        expect(ira).toMatchObject({ Transfer_Count__c: 1, Queue__c: 'Schemes / Auric', Ended_At__c: null });
        expect(String(ira?.Transcript__c)).toContain('Meu pedido não chegou');
        expect(ariel).toMatchObject({ Queue__c: 'Schemes / Auric', Status__c: 'Ended', Ended_At__c: '2026-03-02T14:08:05.000Z' });
        expect(String(ariel?.Transcript__c)).toContain('vou verificar o rastreio');
        expect(String(ariel?.Transcript__c)).toContain('Obrigado!');
        expect(String(ariel?.Transcript__c)).not.toContain('Meu pedido');
    });

    it('creates Ariel’s record once, through her tab’s reload, and refuses nothing', () => {
        const codes = output.diagnostics.map((entry) => entry.code);
        expect(codes.filter((code) => code === 'AGENT_LEG')).toHaveLength(1);
        expect(codes).not.toContain('WRITE_REJECTED');
        expect(output.records.CC_Interaction__c).toHaveLength(2);
    });
});

describe('more of what real feeds send, each from its own captured log', () => {
    it('keeps a change of reason made within the second the pause started (pauseReasonSameSecond.jsonl)', async () => {
        const output = await replayFixture('pauseReasonSameSecond.jsonl');
        expect(output.records.CC_Agent_Pause__c).toEqual([
            expect.objectContaining({ External_Key__c: 'evolux:1:2021-02-18T20:51:54Z', Reason__c: 'Reunião', Productive__c: true })
        ]);
    });

    it('shows Ended on the card, as the record does, for a call whose Accepted never came (acceptedNeverHeard.jsonl)', async () => {
        const output = await replayFixture('acceptedNeverHeard.jsonl');
        const last = output.published.at(-1)?.message as { snapshot: { interactions: { status: string }[] } };
        expect(output.records.CC_Interaction__c?.[0]).toMatchObject({ Status__c: 'Ended', Answered_At__c: '2021-02-18T20:47:56.105Z' });
        expect(last.snapshot.interactions.map((interaction) => interaction.status)).toEqual(['Ended']);
    });

    it('reads "Outbound " and " INBOUND" as directions (directionSpellings.jsonl)', async () => {
        const output = await replayFixture('directionSpellings.jsonl');
        expect(output.records.CC_Interaction__c?.map((record) => [record.External_Key__c, record.Direction__c])).toEqual([
            ['evolux:outbound-spaced', 'Outbound'],
            ['evolux:inbound-spaced', 'Inbound']
        ]);
    });

    it('never answers a chat after its end when New_Chat comes late (lateNewChat.jsonl)', async () => {
        const output = await replayFixture('lateNewChat.jsonl');
        const [chat] = output.records.CC_Interaction__c ?? [];
        expect(chat).toMatchObject({ Status__c: 'Ended', Talk_Seconds__c: 0 });
        expect(Date.parse(String(chat?.Answered_At__c))).toBeLessThanOrEqual(Date.parse(String(chat?.Ended_At__c)));
    });

    it('keeps Details__c valid JSON within 32,768 characters when a survey comment is 45,000 (bigDetails.jsonl)', async () => {
        const output = await replay(readFileSync(join(__dirname, 'data', 'bigDetails.jsonl'), 'utf8'), 'https://chat.acme.com.br');
        const details = String(output.records.CC_Custom_Event__c?.[0]?.Details__c);
        expect(details.length).toBeLessThanOrEqual(32_768);
        expect(JSON.parse(details)).toMatchObject({ field1: 'nota 5', field2: 'contrato 7781' });
        expect(output.diagnostics.map((entry) => entry.code)).toContain('FIELD_TRUNCATED');
    });
});

describe('a caller whose number is stored with an extension', () => {
    it('is linked and popped when the call comes from the number without it', async () => {
        const CONTACT = '0035g00000RaMaLAAV';
        const session = new ReplaySession({
            properties: { userId: USER_ID, allowedOrigins: BOTH_VENDORS, defaultCountryCode: '55' },
            seed: { Contact: [{ Id: CONTACT, FirstName: 'Marta', LastName: 'Ramal', Phone: '(11) 98765-4321 ramal 200' }] }
        });
        const invited = {
            ...evolux.softphoneCallInvited,
            payload: { ...evolux.softphoneCallInvited.payload, from: { name: '', number: '11987654321' } }
        };
        await session.play(
            parseReplayLog(jsonl([{ at: '2021-02-18T20:47:48.000Z', origin: 'https://acme.evolux.net.br', data: invited }]))
        );
        session.close();
        const output = session.output();

        expect(output.records.CC_Interaction__c?.[0]).toMatchObject({ Contact__c: CONTACT });
        expect(output.navigations).toEqual([
            expect.objectContaining({
                pageReference: expect.objectContaining({ attributes: expect.objectContaining({ recordId: CONTACT }) })
            })
        ]);
    });
});

describe('an open call through a shift of more than 400 other records', () => {
    it('is updated at its end, not created again', async () => {
        const start = Date.parse('2021-02-18T21:00:00.000Z');
        const pauses = Array.from({ length: 450 }, (_, index) => {
            // A change of reason every 30 seconds: within the call's 4 hours, so it stays open throughout.
            const timeStart = new Date(start + index * 30_000).toISOString();
            const pause = { ...evolux.agentChangePause.payload.pause, timeStart };
            return {
                at: timeStart,
                origin: 'https://acme.evolux.net.br',
                data: { ...evolux.agentChangePause, payload: { ...evolux.agentChangePause.payload, pause } }
            };
        });
        const output = await replay(
            jsonl([
                { at: '2021-02-18T20:47:48.000Z', origin: 'https://acme.evolux.net.br', data: evolux.softphoneCallInvited },
                ...pauses,
                { at: '2021-02-19T00:46:00.000Z', origin: 'https://acme.evolux.net.br', data: evolux.softphoneCallEnded }
            ])
        );

        expect(output.records.CC_Interaction__c).toEqual([expect.objectContaining({ Status__c: 'Ended' })]);
        expect(output.records.CC_Agent_Pause__c).toHaveLength(450);
        expect(output.diagnostics.map((entry) => entry.code)).not.toContain('WRITE_MERGED_DUPLICATE');
    });
});
