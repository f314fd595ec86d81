/**
 * The navigator port in the org: opens a record as a workspace tab in console apps and navigates
 * elsewhere. Only the browser tab the agent is looking at opens it, so several Salesforce tabs
 * that all hear the same screen pop open the record once.
 */
import { openTab } from 'lightning/platformWorkspaceApi';
import type { PageReference } from 'lightning/navigation';
import { recordPageReference, type RecordNavigator, type RecordTarget } from 'c/ccCore';

export function recordNavigator(inConsole: () => boolean, navigate: (pageReference: PageReference) => void): RecordNavigator {
    return {
        openRecord(target: RecordTarget): void {
            if (document.visibilityState !== 'visible') {
                return;
            }
            const pageReference: PageReference = recordPageReference(target);
            if (inConsole()) {
                openTab({ pageReference, focus: true }).catch(() => navigate(pageReference));
            } else {
                navigate(pageReference);
            }
        }
    };
}
