import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { isDay, isMonth, isYear } from '../calendar.js';
import { NO_MARKERS, setPrecision } from '../tags.js';
import { charBefore } from './context.js';

/** `2019-06-19`, `2020.6.30`, `2020/06`: a cell typed the Western way. */
const PATTERN = /(?<!\d)(\d{4})([-./])(\d{1,2})(?:\2(\d{1,2}))?(?![\d.])/;

export class NumericDateParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (/[\d\w]/.test(charBefore(context, index))) return null;
    const year = Number(match[1]);
    const month = Number(match[3]);
    const day = match[4] === undefined ? null : Number(match[4]);
    if (!isYear(year) || !isMonth(month)) return null;
    if (day !== null && !isDay(year, month, day)) return null;
    const result = context.createParsingResult(
      index,
      match[0],
      day === null ? { year, month } : { year, month, day },
    );
    setPrecision(result.start, day === null ? 'month' : 'day');
    result.start.addTag(NO_MARKERS);
    return result;
  }
}
