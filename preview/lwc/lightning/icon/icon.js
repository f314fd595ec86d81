// Preview stand-in for the lightning-icon base component: the org draws an SLDS icon; the preview
// shows its alternative text in a small badge, which keeps it readable and accessible.
import { LightningElement, api } from 'lwc';

export default class Icon extends LightningElement {
    @api iconName;
    @api alternativeText;
    @api size;
    @api variant;
    @api title;

    get text() {
        return this.alternativeText || (this.iconName || '').split(':').pop();
    }
}
