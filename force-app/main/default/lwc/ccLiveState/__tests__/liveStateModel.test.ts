/**
 * The card's model without a DOM: the same snapshot in English for a US user and in Portuguese for a
 * Brazilian one (the labels come from the translation metadata the package ships), and the live
 * region's announcements.
 */
import type { LiveSnapshot } from 'c/ccLiveProtocol';
import { Announcer } from '../announcer';
import { liveStateModel } from '../liveStateModel';
import { sameRecordId } from 'c/ccLiveProtocol';
import { customLabels, labelTranslations, mockCustomLabels } from '../../../../../test/jest-mocks/salesforce/customLabels';
import twoInteractions from './data/twoInteractions.json';

type LabelsModule = typeof import('../labels');

const snapshot = twoInteractions as LiveSnapshot;
/** Three minutes into the chat's wait, 12 minutes into the 10-minute pause. */
const NOW = Date.parse('2021-02-18T21:04:00.000Z');
const CONTACT_PAGE = { recordId: '0035g00000AbCdEAAV', objectApiName: 'Contact' };

/** The card's labels as a user of that language sees them (a fresh module, imported with those label values). */
function labelsIn(language: 'en_US' | 'pt_BR'): LabelsModule {
    let labels: LabelsModule | undefined;
    jest.isolateModules(() => {
        mockCustomLabels(language === 'en_US' ? customLabels() : labelTranslations(language));
        labels = jest.requireActual('../labels') as LabelsModule;
    });
    return labels as LabelsModule;
}

describe('liveStateModel', () => {
    it('shows a US user the ringing chat first, the call, the missed call and the pause over its maximum', () => {
        const { LIVE_LABELS } = labelsIn('en_US');
        const model = liveStateModel(snapshot, NOW, CONTACT_PAGE, {}, LIVE_LABELS, { locale: 'en-US', timeZone: 'America/New_York' });

        expect(model.countLabel).toBe('3 interactions');
        expect(
            model.interactions.map(({ kindLabel, statusLabel, number, route, timer, summary, showLink }) => ({
                kindLabel,
                statusLabel,
                number,
                route,
                timer,
                summary,
                showLink
            }))
        ).toEqual([
            {
                kindLabel: 'Chat',
                statusLabel: 'Ringing',
                number: 'Unknown number',
                route: 'Queue HB TEAM / Ariel',
                timer: '15:30',
                summary: 'since 3:48 PM',
                showLink: false
            },
            {
                kindLabel: 'Inbound call',
                statusLabel: 'Connected',
                number: '601',
                route: 'Queue suporte',
                timer: '16:04', // 16 min 3.895 s, rounded as the records round
                summary: 'since 3:47 PM',
                showLink: true
            },
            {
                kindLabel: 'Inbound call',
                statusLabel: 'Missed',
                number: '11987654321',
                route: 'Queue suporte',
                timer: undefined,
                summary: 'Rang at 3:40 PM',
                showLink: true
            }
        ]);
        expect(model.pause).toMatchObject({
            title: 'Paused: Lanche',
            productiveLabel: 'Not productive',
            timer: '12:05 of 10:00',
            overText: 'Over the maximum of 10:00',
            over: true
        });
    });

    it('shows a Brazilian user the same state in Portuguese, with times in São Paulo', () => {
        const { LIVE_LABELS } = labelsIn('pt_BR');
        const model = liveStateModel(snapshot, NOW, CONTACT_PAGE, {}, LIVE_LABELS, { locale: 'pt-BR', timeZone: 'America/Sao_Paulo' });

        expect(model.countLabel).toBe('3 interações');
        expect(model.interactions.map(({ kindLabel, statusLabel, summary }) => [kindLabel, statusLabel, summary])).toEqual([
            ['Chat', 'Tocando', 'desde 17:48'],
            ['Chamada recebida', 'Em atendimento', 'desde 17:47'],
            ['Chamada recebida', 'Perdida', 'Tocou às 17:40']
        ]);
        expect(model.interactions[1]?.linkButtonLabel).toBe('Vincular a este registro');
        expect(model.pause).toMatchObject({
            title: 'Em pausa: Lanche',
            productiveLabel: 'Improdutiva',
            timer: '12:05 de 10:00',
            overText: 'Acima do máximo de 10:00'
        });
    });

    it('says the card waits for the bridge before any snapshot, and is idle with nothing live', () => {
        const { LIVE_LABELS } = labelsIn('en_US');
        expect(liveStateModel(undefined, NOW, {}, {}, LIVE_LABELS)).toMatchObject({ waiting: true, idle: false });
        const idle = liveStateModel(
            { version: 1, agent: { vendor: 'Evolux', loggedIn: false }, interactions: [] },
            NOW,
            {},
            {},
            LIVE_LABELS
        );
        expect(idle).toMatchObject({ waiting: false, idle: true, agentNote: 'You are logged out of Evolux.' });
    });

    it('follows a link from linking to linked, or to the reason it failed', () => {
        const { LIVE_LABELS } = labelsIn('en_US');
        const key = 'evolux:8eb4d68e-722a-11eb-914b-d185dd1424c7';
        const row = (state: Parameters<typeof liveStateModel>[3]) =>
            liveStateModel(snapshot, NOW, CONTACT_PAGE, state, LIVE_LABELS).interactions.find((interaction) => interaction.key === key);

        expect(row({ [key]: { state: 'linking' } })).toMatchObject({ showLink: true, linking: true, linkButtonLabel: 'Linking…' });
        expect(row({ [key]: { state: 'linked' } })).toMatchObject({ showLink: false, linked: true });
        expect(row({ [key]: { state: 'failed', reason: 'Insufficient access' } })).toMatchObject({
            showLink: true,
            linkError: 'Could not link: Insufficient access'
        });
    });
});

describe('the link to this record', () => {
    it('is not offered on the page of the record the caller was matched to, which the bridge linked already', () => {
        const { LIVE_LABELS } = labelsIn('en_US');
        const key = 'evolux:8eb4d68e-722a-11eb-914b-d185dd1424c7';
        const matched: LiveSnapshot = {
            ...snapshot,
            interactions: snapshot.interactions.map((interaction) => {
                const caller = { recordId: CONTACT_PAGE.recordId.slice(0, 15), objectApiName: 'Contact' as const, name: 'Suporte' };
                return interaction.key === key ? { ...interaction, caller } : interaction;
            })
        };
        const rowOn = (page: { recordId: string; objectApiName: string }) =>
            liveStateModel(matched, NOW, page, {}, LIVE_LABELS).interactions.find((interaction) => interaction.key === key);

        expect(rowOn(CONTACT_PAGE)).toMatchObject({ isThisRecord: true, showLink: false });
        // Another Contact's page, and a Lead's: the interaction is not linked to them.
        expect(rowOn({ recordId: '0035g00000ZzZzZAAV', objectApiName: 'Contact' })).toMatchObject({ isThisRecord: false, showLink: true });
        expect(rowOn({ recordId: '00Q5g00000XyZaBEAZ', objectApiName: 'Lead' })).toMatchObject({ isThisRecord: false, showLink: true });
    });
});

describe('sameRecordId', () => {
    it('takes a 15-character id and its 18-character form for the same record', () => {
        expect(sameRecordId('0035g00000AbCdE', '0035g00000AbCdEAAV')).toBe(true);
        expect(sameRecordId('0035g00000AbCdEAAV', '0035g00000AbCdFAAV')).toBe(false);
        expect(sameRecordId(undefined, '0035g00000AbCdEAAV')).toBe(false);
    });
});

describe('Announcer', () => {
    it('announces each ringing interaction and a pause over its maximum once', () => {
        const { ANNOUNCEMENT_LABELS } = labelsIn('en_US');
        const announcer = new Announcer();
        expect(announcer.next(snapshot, NOW, ANNOUNCEMENT_LABELS, 'en-US')).toBe(
            'New chat from Unknown number. Pause over its maximum of 10:00'
        );
        expect(announcer.next(snapshot, NOW + 1000, ANNOUNCEMENT_LABELS, 'en-US')).toBeUndefined();
    });

    it('says once when what it announced is over: the ringing chat answered and the pause ended', () => {
        const { ANNOUNCEMENT_LABELS } = labelsIn('en_US');
        const announcer = new Announcer();
        announcer.next(snapshot, NOW, ANNOUNCEMENT_LABELS, 'en-US'); // the ringing chat, and the pause over its maximum
        expect(announcer.outdated(snapshot)).toBe(false);

        const chatAnswered: LiveSnapshot = {
            ...snapshot,
            interactions: snapshot.interactions.map((interaction) => {
                return interaction.status === 'Ringing' ? { ...interaction, status: 'Connected' as const } : interaction;
            })
        };
        expect(announcer.outdated(chatAnswered)).toBe(false); // the pause is still over its maximum
        const pauseEnded: LiveSnapshot = { ...chatAnswered, agent: { vendor: 'Evolux', loggedIn: true } };
        expect(announcer.outdated(pauseEnded)).toBe(true);
        expect(announcer.outdated(pauseEnded)).toBe(false);
    });

    it('leaves alone a text that replaced its announcement (the result of a link)', () => {
        const { ANNOUNCEMENT_LABELS } = labelsIn('en_US');
        const announcer = new Announcer();
        announcer.next(snapshot, NOW, ANNOUNCEMENT_LABELS, 'en-US');
        announcer.forget();
        expect(announcer.outdated({ ...snapshot, interactions: [], agent: undefined })).toBe(false);
    });

    it('does not announce a pause still under its maximum', () => {
        const { ANNOUNCEMENT_LABELS } = labelsIn('en_US');
        const early = Date.parse('2021-02-18T20:52:00.000Z');
        const paused: LiveSnapshot = { ...snapshot, interactions: [] };
        expect(new Announcer().next(paused, early, ANNOUNCEMENT_LABELS)).toBeUndefined();
    });
});
