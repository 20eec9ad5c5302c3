import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { isMonth } from '../calendar.js';
import { toInt } from '../numerals.js';
import { NEXT_YEAR, setPrecision } from '../tags.js';
import { DIGIT_LIKE, NEXT_YEAR_WORD, YEAR_SLOT, charBefore, slotYear } from './context.js';

const M = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';

/**
 * A third of a month (旬): `2023年9月中旬`, `9月上旬前`, `6月中下旬` — due by its
 * last day: the 10th (上旬), the 20th (中旬), the month's end (下旬). Without
 * it the month alone would be read, a later date than the plan sets.
 */
const PATTERN = new RegExp(`${YEAR_SLOT}${M}月份?(?:[上中]、?)?([上中下])旬`);

const LAST_DAY: Record<string, number | null> = { 上: 10, 中: 20, 下: null };

export class DekadParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const [whole, digits, chinese, monthText, dekad] = match;
    if (DIGIT_LIKE.test(charBefore(context, index))) return null;
    const year = slotYear(digits, chinese);
    if (year === undefined) return null;
    const month = toInt(monthText!);
    if (!isMonth(month)) return null;
    // 下旬 ends with the month: the month's own precision and end.
    const day = LAST_DAY[dekad!]!;
    const known: Record<string, number> = { month };
    if (year !== null) known.year = year;
    if (day !== null) known.day = day;
    const result = context.createParsingResult(index, whole!, known);
    setPrecision(result.start, day === null ? 'month' : 'day');
    if (year === null && NEXT_YEAR_WORD.test(whole!)) result.start.addTag(NEXT_YEAR);
    return result;
  }
}
