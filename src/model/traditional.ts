/**
 * Traditional → Simplified for the vocabulary the detectors match on (header
 * roles, responsibility markers, deadline words). Only matching uses it; task
 * text is always kept as written.
 */
import { TRADITIONAL_PAIRS } from './traditionalChars.js';

/**
 * OpenCC's own character table (generated from opencc-js's t2s dictionary,
 * see traditionalChars.ts), and the variants it leaves out that plans use.
 */
const EXTRA_PAIRS = '衞卫';

/**
 * The Simplified code unit of every Traditional character that folds to
 * another one (0: none), indexed by UTF-16 code unit; every pair is in the
 * BMP. Most texts hold no Traditional character, so folding is one tight scan
 * that returns the string itself, and only texts that have some pay for the
 * copy. (Folding character by character with string concatenation took 19%
 * of a run.)
 */
const FOLD = new Uint16Array(0x10000);
for (const pairs of [TRADITIONAL_PAIRS, EXTRA_PAIRS]) {
  for (let i = 0; i + 1 < pairs.length; i += 2) FOLD[pairs.charCodeAt(i)] = pairs.charCodeAt(i + 1);
}

/** One character for one, so positions in folded text are positions in the original. */
export function simplifiedChar(ch: string): string {
  const f = ch.length === 1 ? FOLD[ch.charCodeAt(0)]! : 0;
  return f === 0 ? ch : String.fromCharCode(f);
}

export function toSimplified(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (FOLD[s.charCodeAt(i)] !== 0) return foldFrom(s, i);
  }
  return s;
}

/** `s` folded from its first foldable unit at `first` on. */
function foldFrom(s: string, first: number): string {
  let out = '';
  let from = 0;
  for (let i = first; i < s.length; i++) {
    const f = FOLD[s.charCodeAt(i)]!;
    if (f !== 0) {
      out += s.slice(from, i) + String.fromCharCode(f);
      from = i + 1;
    }
  }
  return out + s.slice(from);
}
