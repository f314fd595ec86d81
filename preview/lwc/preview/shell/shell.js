// The preview's Lightning-like page: a record page (where ccLiveState goes), the records the
// preview org holds, the platform calls components made, and a utility bar with two utilities:
// the simulated softphone (an iframe on another origin, as Open CTI softphones are) and the
// Contact Center Bridge. Both utility panels stay rendered when minimized, as "Start
// automatically" utilities do in the org, so the bridge keeps listening.
import { LightningElement } from 'lwc';
import { PREVIEW_UTILITY_ID } from 'lightning/platformUtilityBarApi';
import { onPlatformChange, utilityState } from 'preview/platformLog';
import { bridgeProperties, softphoneOrigin } from 'preview/config';

const BRIDGE_LABEL = 'Contact Center Bridge';

export default class Shell extends LightningElement {
    bridgeProperties = bridgeProperties;
    softphoneOrigin = softphoneOrigin;
    softphoneOpen = true;
    bridgeOpen = true;
    bridgeUtility = {};
    stopListening;

    connectedCallback() {
        this.stopListening = onPlatformChange(() => {
            this.bridgeUtility = utilityState(PREVIEW_UTILITY_ID);
        });
    }

    disconnectedCallback() {
        this.stopListening?.();
    }

    get softphoneSrc() {
        return `${softphoneOrigin}/?parent=${encodeURIComponent(window.location.origin)}`;
    }

    get bridgeLabel() {
        return this.bridgeUtility.label ?? BRIDGE_LABEL;
    }

    get softphonePressed() {
        return String(this.softphoneOpen);
    }

    get bridgePressed() {
        return String(this.bridgeOpen);
    }

    get softphonePanelClass() {
        return this.softphoneOpen ? 'utility-panel' : 'utility-panel minimized';
    }

    get bridgePanelClass() {
        return this.bridgeOpen ? 'utility-panel' : 'utility-panel minimized';
    }

    get bridgeButtonClass() {
        return this.bridgeUtility.highlighted ? 'utility-button highlighted' : 'utility-button';
    }

    toggleSoftphone() {
        this.softphoneOpen = !this.softphoneOpen;
    }

    toggleBridge() {
        this.bridgeOpen = !this.bridgeOpen;
    }
}
