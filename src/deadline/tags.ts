import type { ParsingComponents } from 'chrono-node';
import type { Precision } from '../model/records.js';

/**
 * Chrono's components know year/month/day but not how much of the period the
 * phrase named; the precision and our phrase flags ride along as tags.
 */
const PRECISION = 'plan/precision/';
/** `2020年起`, `2019年以来`: a starting point, never a due date. */
export const START_ONLY = 'plan/start-only';
/** A four-digit year with no 年 (`2018`, `GB/T 33000-2016`): a due date only in a deadline cell. */
export const BARE = 'plan/bare';
/** A digit run that lost its 年/月/日 in scraping (`2019619`). */
export const NO_MARKERS = 'plan/no-markers';
/** Written like a date but impossible (`2021年2月29日`, `2020年13月`): the cell is not guessed at. */
export const INVALID = 'plan/invalid';
/** The year after the document's (`明年`, `次年`, `来年`): resolved from the document year plus one. */
export const NEXT_YEAR = 'plan/next-year';
/** Followed by continuing work (`…，并持续强化`). */
export const ONGOING = 'plan/ongoing';

/** Set once, by the parser that read the phrase (chrono's tags() is a copy: tags cannot be removed). */
export function setPrecision(c: ParsingComponents, p: Precision): void {
  c.addTag(PRECISION + p);
}

export function precisionOf(c: ParsingComponents): Precision | null {
  for (const tag of c.tags()) {
    if (tag.startsWith(PRECISION)) return tag.slice(PRECISION.length) as Precision;
  }
  return null;
}
