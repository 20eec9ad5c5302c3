import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { isYear } from '../calendar.js';
import { toYear } from '../numerals.js';
import { BARE, setPrecision } from '../tags.js';
import { DIGIT_LIKE, charAfter, charBefore } from './context.js';

/**
 * `2018`, `2018年`, `2018年底`, `2018年内`, `二〇一八年`. A bare number is kept
 * (tagged) because a deadline cell often holds just `2018`; `2020-2022年`
 * needs it too. Not followed by a digit, `.` or `%`: that is an amount.
 */
const PATTERN = /(\d{4}|[〇零一二三四五六七八九]{4})(?:(年度?)(?:年?(底|末|内|初))?|(?![\d.%．％]))/;
const HAN = /\p{Script=Han}/u;

export class YearParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const [whole, written, nian, tail] = match;
    if (DIGIT_LIKE.test(charBefore(context, index))) return null;
    if (!nian && !/^\d/.test(written!)) return null;
    const year = toYear(written!);
    if (!isYear(year)) return null;

    let text = whole;
    let quarterEnd = false;
    if (tail === '初') {
      // 年初 ends the first quarter; but `2020年初步建成` is 初步, not 年初.
      const next = charAfter(context, match);
      if (HAN.test(next) && next !== '前') text = whole.slice(0, -1);
      else quarterEnd = true;
    }
    const result = context.createParsingResult(index, text, quarterEnd ? { year, month: 3 } : { year });
    setPrecision(result.start, quarterEnd ? 'quarter' : 'year');
    if (!nian) result.start.addTag(BARE);
    return result;
  }
}
