// Lists what components asked of the platform (navigation and screen pops, workspace tabs,
// utility bar changes, Lightning Message Service publishes), newest first: in the org these
// change the console; in the preview this list is where a developer sees them.
import { LightningElement } from 'lwc';
import { onPlatformChange, platformCalls } from 'preview/platformLog';

export default class PlatformActivity extends LightningElement {
    calls = [];
    stopListening;

    connectedCallback() {
        this.calls = platformCalls();
        this.stopListening = onPlatformChange(() => {
            this.calls = platformCalls();
        });
    }

    disconnectedCallback() {
        this.stopListening?.();
    }

    get hasCalls() {
        return this.calls.length > 0;
    }
}
