/**
 * A BridgeCore wired to the UI API emulator, a virtual clock and a recording navigator, with a
 * `post` that delivers a window message and lets the writes it starts finish.
 */
import { BridgeCore, type BridgeProperties, type RecordTarget, type WindowMessage } from 'c/ccCore';
import { VirtualClock, flushPromises } from '../../../../../../tools/replay/virtualClock';
import { UiApiEmulator } from '../../../../../../tools/uiApiEmulator/uiApiEmulator';
import { projectObjects } from '../../../../../../tools/uiApiEmulator/objectMetadata';

export const USER_ID = '005000000000001AAA';

/**
 * `writer`: a session of an emulated org shared with other bridges (`UiApiEmulator.asUser`); a new org by default.
 * The agent's status record is off unless a test turns it on (`keepAgentStatus: true`): these tests
 * count the writes of calls, chats and pauses; agentStatus.test.ts counts the status writes.
 */
export function setupBridge(properties: BridgeProperties, defaultOrigin: string, writer = new UiApiEmulator(projectObjects())) {
    const clock = new VirtualClock(Date.parse('2021-02-18T20:47:48.000Z'));
    const navigations: RecordTarget[] = [];
    const bridge = new BridgeCore(
        { userId: USER_ID, keepAgentStatus: false, ...properties },
        {
            records: writer,
            clock,
            navigator: { openRecord: (target) => navigations.push(target) },
            callers: { search: (query) => writer.searchCallers(query) },
            recordFinder: writer
        }
    );
    const post = async (data: unknown, origin = defaultOrigin, extra: Partial<WindowMessage> = {}) => {
        const outcome = bridge.receive({ origin, data, ...extra });
        await flushPromises();
        return outcome;
    };
    const codes = () => bridge.view().diagnostics.map((entry) => entry.code);
    return { clock, writer, bridge, post, navigations, codes };
}
