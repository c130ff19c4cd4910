/**
 * What people type into names and entries may be any text, but no control character: NUL, ESC
 * and the rest of C0 and C1, DEL, and the bidirectional overrides that make text read other
 * than it is stored. They would reach the outcome documents (server/README [E1]).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const LINE_BREAK = /[\r\n\u2028\u2029]/;

/** A name or title: one line, no control characters. */
export function isPlainLine(text: string): boolean {
  return !CONTROL.test(text) && !LINE_BREAK.test(text) && !text.includes('\t');
}

/** An entry or statement: line breaks and tabs allowed, no other control characters. */
export function isPlainText(text: string): boolean {
  return !CONTROL.test(text);
}

export const PLAIN_LINE_MESSAGE = 'one line, without control characters (such as NUL or ESC)';
export const PLAIN_TEXT_MESSAGE = 'no control characters (such as NUL or ESC)';
