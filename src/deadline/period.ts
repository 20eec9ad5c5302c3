import type { ParsingComponents } from 'chrono-node';
import type { Precision } from '../model/records.js';
import { type Period, firstDay, isDay, lastDay } from './calendar.js';
import { NEXT_YEAR, precisionOf } from './tags.js';

/** The period a parsed phrase names, in the given year (the phrase's own, or one lent to it). */
export function toPeriod(c: ParsingComponents, year: number): Period {
  const precision: Precision = precisionOf(c) ?? 'year';
  return {
    year,
    month: precision === 'year' ? null : c.get('month'),
    day: precision === 'day' ? c.get('day') : null,
    precision,
  };
}

/** Year written in the phrase, or null: chrono's implied year is the reference date's, not ours. */
export function writtenYear(c: ParsingComponents): number | null {
  return c.isCertain('year') ? c.get('year') : null;
}

export interface Span {
  first: string;
  last: string;
  precision: Precision;
  /** Year of the last day, lent to a following phrase that names none (`2021年3月、6月`). */
  endYear: number;
}

/** First and last day of a parsed phrase (a range: start of its start to end of its end). */
export function spanOf(start: ParsingComponents, end: ParsingComponents | undefined, fallbackYear: number | null): Span | null {
  // `明年6月` counts from the year it is lent (the document's), plus one.
  const startYear = writtenYear(start) ?? (fallbackYear === null ? null : fallbackYear + (start.tags().has(NEXT_YEAR) ? 1 : 0));
  if (startYear === null) return null;
  const from = toPeriod(start, startYear);
  const endYear = end ? writtenYear(end) ?? (end.tags().has(NEXT_YEAR) && !start.tags().has(NEXT_YEAR) ? startYear + 1 : startYear) : startYear;
  const to = end ? toPeriod(end, endYear) : from;
  // 2月29日 is only checked once the year is known.
  if (!valid(from) || !valid(to)) return null;
  return { first: firstDay(from), last: lastDay(to), precision: from.precision, endYear };
}

function valid(p: Period): boolean {
  return p.day === null || p.month === null || isDay(p.year, p.month, p.day);
}
