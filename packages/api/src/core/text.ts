/** Control characters (C0 but tab, newline and carriage return; DEL; C1). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

export function hasControlChars(value: string): boolean {
  return CONTROL.test(value);
}

/**
 * The text without its control characters (NUL, BEL, ESC…): they never enter the database.
 * `removed` tells the caller to warn whoever sent it.
 */
export function withoutControlChars(value: string): { text: string; removed: boolean } {
  return CONTROL.test(value)
    ? { text: value.replace(CONTROLS, ''), removed: true }
    : { text: value, removed: false };
}

/** The text with each control character shown as « � »: for messages that quote a sender's value. */
export function showControlChars(value: string): string {
  return value.replace(CONTROLS, '\uFFFD');
}
