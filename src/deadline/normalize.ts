import { foldSpaces } from '../model/text.js';
import { foldChar } from './traditional.js';

/** Characters next to which white space is layout, not a word gap. */
const CJKISH = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u2014]/u;
const SPACE = /\s/u;

export interface Prepared {
  /** The record's text: lines joined the way every other cell of the project is. */
  text: string;
  /** What the parsers read: Simplified, half-width digits, no spaces next to CJK. */
  folded: string;
  /** origin[i] = index in `text` of folded[i] (folding drops characters, never adds). */
  origin: Int32Array;
}

export function prepare(input: string): Prepared {
  const text = joinCellLines(input.split(/\r\n|\r|\n/));
  const origin = new Int32Array(text.length);
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (SPACE.test(ch) && (isCjk(text[i - 1]) || isCjk(text[i + 1]))) continue;
    origin[folded.length] = i;
    folded += foldChar(ch);
  }
  return { text, folded, origin };
}

/**
 * The joining rule of model/text's joinLines (CJK joins with no space, Latin
 * with one), kept linear: joinLines reads the last character of a growing
 * string, which flattens it on every line (quadratic on 30 000 short lines).
 */
function joinCellLines(lines: readonly string[]): string {
  const parts: string[] = [];
  let last = '';
  for (const raw of lines) {
    const line = foldSpaces(raw);
    if (!line) continue;
    if (last && !isCjk(last) && !isCjk(line[0])) parts.push(' ');
    parts.push(line);
    last = line[line.length - 1]!;
  }
  return parts.join('');
}

function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJKISH.test(ch);
}

/** The caller's text of folded[start, end). */
export function originalSlice(p: Prepared, start: number, end: number): string {
  if (end <= start) return '';
  return p.text.slice(p.origin[start]!, p.origin[end - 1]! + 1);
}
