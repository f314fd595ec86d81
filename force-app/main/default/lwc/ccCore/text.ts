/** Shortens text shown in a diagnostic, so that one huge value cannot flood the panel. */
export function clip(text: string, max = 60): string {
    return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}
