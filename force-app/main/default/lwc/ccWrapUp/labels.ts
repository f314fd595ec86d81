/**
 * The wrap-up form's text, from Custom Labels (Portuguese in force-app/main/default/translations).
 * Values with `{0}` are filled by formatLabel.
 */
import CHAT from '@salesforce/label/c.CC_Live_Chat';
import CHOOSE from '@salesforce/label/c.CC_Wrap_Choose';
import DISPOSITION from '@salesforce/label/c.CC_Wrap_Disposition';
import EMPTY from '@salesforce/label/c.CC_Wrap_Empty';
import FAILED from '@salesforce/label/c.CC_Wrap_Failed';
import FOR from '@salesforce/label/c.CC_Wrap_For';
import NEEDS from '@salesforce/label/c.CC_Wrap_Needs';
import NOT_WRITTEN from '@salesforce/label/c.CC_Wrap_Not_Written';
import NOTES from '@salesforce/label/c.CC_Wrap_Notes';
import OPEN from '@salesforce/label/c.CC_Wrap_Open';
import SAVE from '@salesforce/label/c.CC_Wrap_Save';
import SAVED from '@salesforce/label/c.CC_Wrap_Saved';
import SAVING from '@salesforce/label/c.CC_Wrap_Saving';
import TITLE from '@salesforce/label/c.CC_Wrap_Title';

export const WRAP_UP_LABELS = {
    chat: CHAT,
    choose: CHOOSE,
    disposition: DISPOSITION,
    empty: EMPTY,
    failed: FAILED,
    wrapFor: FOR,
    needs: NEEDS,
    notWritten: NOT_WRITTEN,
    notes: NOTES,
    wrapOther: OPEN,
    save: SAVE,
    saved: SAVED,
    saving: SAVING,
    title: TITLE
};
