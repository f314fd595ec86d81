/**
 * Hides personal numbers in what the panel shows: a phone number keeps its last four digits, a CPF
 * its last two. The records and the exported log keep the real values; the panel is on screen.
 */

// Digit runs of 7 or more, possibly split by spaces, dots, dashes or parentheses (a phone or a CPF),
// standing on their own: digits inside an id (a UUID, a record id) are left alone.
const LONG_NUMBER = /(?<![\w-])\+?\(?\d(?:[\d\s().-]{5,}\d)(?![\w])/g;

export function maskForDisplay(text: string): string {
    return text.replace(LONG_NUMBER, (match) => {
        const digits = match.replace(/\D/g, '');
        if (digits.length < 7) {
            return match;
        }
        const keep = digits.length === 11 && /^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(match) ? 2 : 4;
        let hidden = digits.length - keep;
        // Keep the punctuation, hide all but the last digits.
        return match.replace(/\d/g, (digit) => (hidden-- > 0 ? '•' : digit));
    });
}
