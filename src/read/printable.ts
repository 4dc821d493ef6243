/**
 * Text for a terminal: control characters (C0, DEL, C1), line and paragraph separators and
 * the bidirectional controls are shown as escapes (`\n`, `\x1b`, `\u202e`), so a file
 * named with a newline or an escape sequence cannot forge lines or colours in a message.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function printable(s: string): string {
  return s.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`);
  });
}
