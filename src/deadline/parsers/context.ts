import type { ParsingContext } from 'chrono-node';
import { toYear } from '../numerals.js';
import { isYear } from '../calendar.js';

/**
 * Chrono restarts a pattern on a substring after a rejected match, so a
 * look-behind cannot see the character before the match: read it from the
 * whole text instead.
 */
export function charBefore(context: ParsingContext, index: number): string {
  return index > 0 ? context.text[index - 1]! : '';
}

export function charAfter(context: ParsingContext, match: RegExpMatchArray): string {
  return context.text[(match.index ?? 0) + match[0].length] ?? '';
}

/** A digit before a year means the year is the tail of a longer number (a code, an amount). */
export const DIGIT_LIKE = /[\d〇零一二两三四五六七八九十百千]/;

/**
 * The year slot shared by the quarter and half-year parsers: digits (their 年
 * may be lost in scraped text), Chinese digits with 年, or "this year" words.
 */
export const YEAR_SLOT = '(?:(\\d{4})年?|([〇零一二三四五六七八九]{4})年|今年|本年度?|当年|明年|次年|来年|翌年)?';

/** Words for the year after the document's: the phrase is tagged NEXT_YEAR. */
export const NEXT_YEAR_WORD = /^(?:明年|次年|来年|翌年)/;

/**
 * The year of a YEAR_SLOT match: a number, `null` when the phrase named no
 * year (the document's year applies), `undefined` when the digits are no year.
 */
export function slotYear(digits: string | undefined, chinese: string | undefined): number | null | undefined {
  const written = digits ?? chinese;
  if (written === undefined) return null;
  const year = toYear(written);
  return isYear(year) ? year : undefined;
}
