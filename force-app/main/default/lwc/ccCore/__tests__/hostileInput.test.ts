/**
 * Messages built to break the bridge (found in review): event names that are Object.prototype
 * members, sparse arrays that claim billions of slots, and anything that makes handling throw.
 */
import { DiagnosticCode } from 'c/ccCore';
import { readMessageData } from '../plainJson';
import { flushPromises } from '../../../../../../tools/replay/virtualClock';
import { setupBridge } from './bridgeHarness';
import { seed } from './evoluxFixtures';

const PROTOTYPE_NAMES = ['constructor', 'valueOf', 'toString', '__proto__', 'hasOwnProperty', 'isPrototypeOf'];

describe('event names that are Object.prototype members', () => {
    it.each(PROTOTYPE_NAMES)('refuses the Evolux event name %s as unknown, without a write', async (name) => {
        const { post, writer } = setupBridge({}, 'https://acme.evolux.net.br');
        const outcome = await post({ eventName: name, payload: seed.softphoneCallInvited.payload });
        expect(outcome.accepted).toBe(false);
        expect(outcome.diagnostics.map((entry) => entry.code)).toEqual([DiagnosticCode.EventUnknown]);
        expect(writer.calls).toEqual([]);
    });

    it.each(PROTOTYPE_NAMES)('refuses the CCAI Platform type %s as unknown, without a write or a throw', async (name) => {
        const { post, writer } = setupBridge({}, 'https://acme.ccaiplatform.com');
        const forged = { kind: 'interaction.connected', key: 'evolux:victim', vendor: 'Evolux', facts: { queue: 'forged' } };
        const outcome = await post(JSON.stringify({ type: name, data: forged }));
        expect(outcome.accepted).toBe(false);
        expect(outcome.diagnostics.map((entry) => entry.code)).toEqual([DiagnosticCode.EventUnknown]);
        expect(writer.calls).toEqual([]);
    });
});

describe('sparse arrays', () => {
    it('charges an array by its length, so a sparse one cannot slip past the size limit', () => {
        const sparse: unknown[] = [];
        sparse.length = 2 ** 32 - 1;
        const started = Date.now();
        expect(readMessageData({ eventName: 'x', payload: sparse })).toMatchObject({ ok: false, code: 'MESSAGE_TOO_LARGE' });
        // Refused without walking the slots (a walk takes minutes).
        expect(Date.now() - started).toBeLessThan(1000);
    });
});

describe('a failure the bridge did not foresee', () => {
    it('becomes a diagnostic instead of an exception', async () => {
        const { bridge, writer } = setupBridge({}, 'https://acme.evolux.net.br');
        jest.spyOn(writer, 'createRecord').mockImplementation(() => {
            throw new Error('the writer broke');
        });
        // A writer that throws instead of rejecting: the write is reported, and nothing escapes.
        const outcome = bridge.receive({ origin: 'https://acme.evolux.net.br', data: seed.softphoneCallInvited });
        await flushPromises();
        expect(outcome.accepted).toBe(true);
        expect(bridge.view().pendingWrites).toEqual([expect.objectContaining({ error: expect.stringContaining('the writer broke') })]);

        const hostile = {
            origin: 'https://acme.evolux.net.br',
            get data(): unknown {
                throw new Error('a getter that throws');
            }
        };
        expect(() => bridge.receive(hostile)).not.toThrow();
        expect(bridge.view().diagnostics[0]).toMatchObject({
            code: DiagnosticCode.InternalError,
            message: expect.stringContaining('a getter that throws')
        });
    });
});
