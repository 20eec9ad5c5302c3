/** Text normalisation shared by every reader and builder. */

const HAN = /\p{Script=Han}/u;
// (`\s` holds U+3000 and U+00A0, and every character `trim` removes.)
const ANY_SPACE = /\s/u;
// Characters after which/before which a line break joins with no space:
// Han, full-width punctuation and brackets, CJK symbols.
const CJKISH = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u2014]/u;

/**
 * A char code `\s` matches (the same set: ASCII spaces and controls, NBSP,
 * U+1680, U+2000–200A, line and paragraph separators, U+202F, U+205F, U+3000,
 * the BOM), read without making a string of the character.
 */
export function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Fold white space inside one line: runs of spaces (ASCII, ideographic, NBSP,
 * TAB) become one space, and a space standing between two Han characters is
 * dropped — in Chinese text it is layout (`房 屋`, a justified cell), never a
 * word boundary.
 */
export function foldSpaces(line: string): string {
  // Most lines and cells hold no white space at all: one test, no copy.
  if (!ANY_SPACE.test(line)) return line;
  let s = line.replace(/[\s\u3000\u00a0]+/gu, ' ').trim();
  if (s.includes(' ')) {
    s = s.replace(/(\p{Script=Han}) (?=\p{Script=Han})/gu, '$1');
  }
  return s;
}

/**
 * Join the lines of one cell or paragraph: CJK text joins with no space,
 * Latin words with one; blank lines are dropped.
 */
export function joinLines(lines: readonly string[]): string {
  const parts: string[] = [];
  // Track the last character instead of reading it back from the joined
  // string: indexing a string being built by += flattens it every time.
  let last = '';
  for (const raw of lines) {
    const line = foldSpaces(raw);
    if (!line) continue;
    if (parts.length && !(CJKISH.test(last) || CJKISH.test(line[0]!))) parts.push(' ');
    parts.push(line);
    last = line[line.length - 1]!;
  }
  return parts.join('');
}

/**
 * A merged cell whose text Word repeats after each page break
 * (`打造安全发展型行业打造安全发展型行业`) collapses to one copy.
 */
export function collapseRepeats(text: string): string {
  const n = text.length;
  if (n < 4) return text;
  for (let size = 2; size <= n / 2; size++) {
    if (n % size !== 0) continue;
    // A text made of copies of its first `size` characters starts its second copy with its first character.
    if (text.charCodeAt(size) !== text.charCodeAt(0)) continue;
    const unit = text.slice(0, size);
    if (unit.repeat(n / size) === text && HAN.test(unit)) return unit;
  }
  return text;
}
