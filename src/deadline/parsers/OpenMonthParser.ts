import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { isMonth, isYear } from '../calendar.js';
import { toInt, toYear } from '../numerals.js';
import { setPrecision } from '../tags.js';
import { DIGIT_LIKE, charBefore } from './context.js';

const M = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})';
const SEPARATOR = '(?:至|到|~|～|〜|[-－—–―‐]{1,2})';

/**
 * The start of `2020年6—12月` / `2020年6至12月`, whose first 月 is shared with
 * the end. Read only when that end follows, so RangeRefiner always completes it.
 */
const PATTERN = new RegExp(`(\\d{4}|[〇零一二三四五六七八九]{4})年(${M})(?=${SEPARATOR}${M}月)`);

export class OpenMonthParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (DIGIT_LIKE.test(charBefore(context, index))) return null;
    const year = toYear(match[1]!);
    const month = toInt(match[2]!);
    if (!isYear(year) || !isMonth(month)) return null;
    const result = context.createParsingResult(index, match[0], { year, month });
    setPrecision(result.start, 'month');
    return result;
  }
}
