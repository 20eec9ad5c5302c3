import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { isDay, isMonth, isYear } from '../calendar.js';
import { NO_MARKERS, setPrecision } from '../tags.js';
import { charBefore } from './context.js';

/**
 * Web pages scraped through a lossy converter drop 年/月/日: `2019619` is
 * 2019年6月19日, `201971` is 2019年7月1日. Read only when one split is possible:
 * `201912` (2019年1月2日 or 2019年12月?) is left alone. A trailing 月 means
 * only 年 was lost; YearMonthDayParser reads that. A trailing 日 means 年 and
 * 月 were lost: `2020930日前` is 2020年9月30日前.
 */
const PATTERN = /(?<!\d)(\d{4})(\d{2,4})[日号]?(?![\d年月日号])/;

export class ScrapedDateParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (/\d/.test(charBefore(context, index))) return null;
    const year = Number(match[1]);
    if (!isYear(year)) return null;
    const md = splitMonthDay(year, match[2]!);
    if (!md) return null;
    const result = context.createParsingResult(index, match[0], { year, month: md[0], day: md[1] });
    setPrecision(result.start, 'day');
    result.start.addTag(NO_MARKERS);
    return result;
  }
}

function splitMonthDay(year: number, rest: string): [number, number] | null {
  const splits: Array<[number, number]> = [];
  for (let cut = 1; cut < rest.length && cut <= 2; cut++) {
    const monthText = rest.slice(0, cut);
    const dayText = rest.slice(cut);
    // Days are written without a leading zero (`2021年10月1日` → `2021101`, not 1月01日).
    if (dayText.length > 2 || dayText.startsWith('0') || (monthText.startsWith('0') && cut === 1)) continue;
    const month = Number(monthText);
    const day = Number(dayText);
    if (isMonth(month) && isDay(year, month, day)) splits.push([month, day]);
  }
  // `201912` could also be 2019年12月 with both markers lost.
  if (rest.length === 2 && isMonth(Number(rest)) && Number(rest) >= 10) return null;
  return splits.length === 1 ? splits[0]! : null;
}
