import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { isDay, isMonth, isYear } from '../calendar.js';
import { setPrecision } from '../tags.js';
import { DIGIT_LIKE, charBefore } from './context.js';

/**
 * Days of one month: `2024年1月17日至19日`, `1月17日-19日`. The end names only
 * its day, so no other parser reads it; the range borrows the start's year
 * and month.
 */
const PATTERN = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]?(?:至|到|-|－|—|–|~|～)(\d{1,2})[日号]/;

export class DayRangeParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (DIGIT_LIKE.test(charBefore(context, index))) return null;
    const [whole, y, m, d1, d2] = match;
    const year = y ? Number(y) : null;
    const month = Number(m);
    const from = Number(d1);
    const to = Number(d2);
    if ((year !== null && !isYear(year)) || !isMonth(month) || to <= from) return null;
    // The days are checked against the calendar once the year is known (spanOf).
    if (!isDay(year ?? 2000, month, from) || !isDay(year ?? 2000, month, to)) return null;
    const start = year === null ? { month, day: from } : { year, month, day: from };
    const end = year === null ? { month, day: to } : { year, month, day: to };
    const result = context.createParsingResult(index, whole!, start, end);
    setPrecision(result.start, 'day');
    setPrecision(result.end!, 'day');
    return result;
  }
}
