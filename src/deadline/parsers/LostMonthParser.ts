import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { isMonth, isYear } from '../calendar.js';
import { setPrecision } from '../tags.js';
import { DIGIT_LIKE, charBefore } from './context.js';

/**
 * A month whose 月 a scraper lost before 底/末: `2016 年 6 底前` is
 * 2016年6月底前. Only with a written year, so `6底` alone is never read.
 * So is a month at the very end of the text, where a page's end cut the cell
 * (`2022年11`): the number after 年 is its month.
 */
const PATTERN = /(\d{4})年(\d{1,2})(?=底|末|$)/;

export class LostMonthParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (DIGIT_LIKE.test(charBefore(context, index))) return null;
    const year = Number(match[1]);
    const month = Number(match[2]);
    if (!isYear(year) || !isMonth(month)) return null;
    const result = context.createParsingResult(index, match[0], { year, month });
    setPrecision(result.start, 'month');
    return result;
  }
}
