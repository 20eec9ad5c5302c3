/** Numbering prefixes of task cells and items: `1.`, `5. `, `（1）`, `一、`, `821.`, `①` (its seq is the circled digit as written). */
import { CELL_NUMBERING as PREFIX, cellNumber } from '../model/vocabulary.js';


// `6.70%的老旧小区…` is item 6, but `0.01以内` is a number: a dot followed by
// a digit counts as numbering only when it is the next number in sequence.
const DIGIT_AFTER_DOT = /^\s*(\d{1,4})\s*[.．]\d/u;

/**
 * The number of a numbering prefix, without its punctuation; null when the
 * text has none. `previous` is the number of the item before, if known.
 */
export function numberingOf(text: string, previous: string | null = null): string | null {
  const n = cellNumber(text);
  if (n !== null) return n;
  const d = DIGIT_AFTER_DOT.exec(text);
  if (d && previous && /^\d+$/.test(previous) && Number(d[1]) === Number(previous) + 1) return d[1]!;
  return null;
}

/** The text without the numbering prefix that `numberingOf` read (`1.严格准入` → `严格准入`). */
export function withoutNumbering(text: string, seq: string): string {
  const m = PREFIX.exec(text);
  if (m && cellNumber(text) === seq) return text.slice(m[0].length).trimStart();
  const d = new RegExp(`^\\s*${seq}\\s*[.．]`, 'u').exec(text);
  return d && /^\d+$/u.test(seq) ? text.slice(d[0].length).trimStart() : text;
}

/** A seq cell's value: its digits or numeral, without punctuation. */
export function seqFromCell(text: string): string | null {
  const t = text.replace(/[\s\u3000]+/gu, '');
  if (!t) return null;
  // A mark after the number (`1*`) marks the row, not its number.
  const m = /^[（(]?([0-9]{1,4}|[一二三四五六七八九十百]{1,4})[）)、.．]?[*＊★☆]?$/u.exec(t);
  return m ? m[1]! : t;
}
