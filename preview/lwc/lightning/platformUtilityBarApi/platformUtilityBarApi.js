// Preview stand-in for lightning/platformUtilityBarApi: the same fake the Jest tests use
// (force-app/test/jest-mocks/shared/platformUtilityBarApi.ts; calls resolve as the org's do, getInfo
// reports the utility as an admin configured it). The shell has one utility, the bridge: label,
// icon and highlight changes show on its utility bar button, and every call is listed in the
// platform activity. Pop-out does not exist here.
import { recordPlatformCall, updateUtilityState } from 'preview/platformLog';
import { valueAdapter } from 'preview/wire';
import { createUtilityBarApi } from '../../../../force-app/test/jest-mocks/shared/platformUtilityBarApi.ts';

export const PREVIEW_UTILITY_ID = 'preview-utility-ccBridge';

/** `@wire(EnclosingUtilityId) utilityId`. */
export const EnclosingUtilityId = valueAdapter(() => PREVIEW_UTILITY_ID);

const utilityBar = createUtilityBarApi({
    utilityIds: [PREVIEW_UTILITY_ID],
    observer: {
        called(method, detail) {
            recordPlatformCall('platformUtilityBarApi', method, detail);
            if (method === 'updateUtility') {
                const { utilityId, label, icon, highlighted } = detail;
                updateUtilityState(utilityId, definedOnly({ label, icon, highlighted }));
            } else if (method === 'updatePanel') {
                const { utilityId, ...panel } = detail;
                updateUtilityState(utilityId, { panel });
            }
        }
    }
});

export const { updateUtility, updatePanel, open, minimize, enablePopout, enableModal, getInfo, getAllUtilityInfo } = utilityBar;

function definedOnly(values) {
    return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}
