// The preview's Lightning-like page, in SLDS: a record page (with ccLiveState in its sidebar, and
// the records the preview org holds and the platform calls components made in its main column), or
// the team board's app page (/lightning/n/Contact_Center_Team_Board), and
// a utility bar docked at the bottom of the viewport with two utilities:
// the simulated softphone (an iframe on another origin, as Open CTI softphones are) and the
// Contact Center Bridge. Both utility panels stay rendered when minimized, as "Start
// automatically" utilities do in the org, so the bridge keeps listening.
import { LightningElement } from 'lwc';
import { PREVIEW_UTILITY_ID } from 'lightning/platformUtilityBarApi';
import { componentPage } from 'lightning/navigation';
import { currentPage, onPlatformChange, utilityState } from 'preview/platformLog';
import { bridgeProperties, developerPanels, softphoneOrigin } from 'preview/config';

const BRIDGE_LABEL = 'Contact Center Bridge';
/** The team board's app page, as Lightning names a page tab (`/lightning/n/<tab>`). */
const TEAM_BOARD_PATH = '/lightning/n/Contact_Center_Team_Board';

export default class Shell extends LightningElement {
    bridgeProperties = bridgeProperties;
    softphoneOrigin = softphoneOrigin;
    developerPanels = developerPanels;
    softphoneOpen = true;
    bridgeOpen = true;
    bridgeUtility = {};
    /** The team board's page: the supervisors' app page, with the bridge in the utility bar as on any page. */
    boardPage = window.location.pathname === TEAM_BOARD_PATH;
    /** The customer lookup's URL was opened, and it has not navigated to a record yet. */
    lookupPage = componentPage()?.attributes.componentName === 'c__ccCrmLookup';
    stopListening;

    connectedCallback() {
        this.stopListening = onPlatformChange(() => {
            this.bridgeUtility = utilityState(PREVIEW_UTILITY_ID);
            this.lookupPage = this.lookupPage && currentPage() === undefined;
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

    get bridgeIconName() {
        return `utility:${this.bridgeUtility.icon ?? 'call'}`;
    }

    get softphonePanelClass() {
        return panelClass('softphone-panel', this.softphoneOpen);
    }

    get bridgePanelClass() {
        return panelClass('bridge-panel', this.bridgeOpen);
    }

    get softphoneButtonClass() {
        return buttonClass(this.softphoneOpen, false);
    }

    get bridgeButtonClass() {
        return buttonClass(this.bridgeOpen, this.bridgeUtility.highlighted);
    }

    toggleSoftphone() {
        this.softphoneOpen = !this.softphoneOpen;
    }

    toggleBridge() {
        this.bridgeOpen = !this.bridgeOpen;
    }
}

function panelClass(name, open) {
    return `slds-utility-panel slds-grid slds-grid_vertical ${name}${open ? ' slds-is-open' : ''}`;
}

function buttonClass(active, highlighted) {
    return `slds-button slds-utility-bar__action${active ? ' slds-is-active' : ''}${highlighted ? ' highlighted' : ''}`;
}
