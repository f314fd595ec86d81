// Preview stand-in for the lightning-card base component: a titled box with the card's slots, so
// components that use it render in the preview as they do in the org (without its icon set).
import { LightningElement, api } from 'lwc';

export default class Card extends LightningElement {
    @api title;
    @api iconName;
}
