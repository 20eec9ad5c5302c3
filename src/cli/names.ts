/**
 * File names as they appear in messages. A name may hold any byte but `/`
 * and NUL: a newline or an escape sequence in it would split an error over
 * two lines or repaint the terminal, so control characters are written as
 * escapes (`\n`, `\t`, `\x1b`, `\u2028`) and every message stays one line.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const CONTROL_ALL = new RegExp(CONTROL.source, 'g');
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function displayName(name: string): string {
  if (!CONTROL.test(name)) return name;
  return name.replace(CONTROL_ALL, (c) => NAMED[c] ?? (c.charCodeAt(0) < 0x100 ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}` : `\\u${c.charCodeAt(0).toString(16)}`));
}
