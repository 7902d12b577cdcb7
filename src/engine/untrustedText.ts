/**
 * Text that came from outside (a file, a URL, a trainee's name) before it is shown or printed:
 * clipped so a huge value cannot flood a screen or a terminal, and with invisible or
 * direction-changing characters made visible, so `\u202Egnp.exe` cannot pose as `exe.png`.
 */

/** Bidirectional overrides/isolates, zero-width and other invisible formatting, C0/C1 controls. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g;

/** Shortens `text` to at most `max` characters, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, Math.max(0, max - 1))}…` : text;
}

/** Replaces invisible and direction-changing characters with a visible `<U+XXXX>` mark. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}

/** Untrusted text made safe to show on one line: invisible characters visible, then clipped. */
export function untrusted(text: string, max = 120): string {
  return clip(showInvisible(String(text)), max);
}
