import * as chrono from 'chrono-node';
import type { Parser, ParsingContext } from 'chrono-node';
import { isDay, isMonth, isYear } from '../calendar.js';
import { toInt, toYear } from '../numerals.js';
import { INVALID, NEXT_YEAR, setPrecision } from '../tags.js';
import { DIGIT_LIKE, NEXT_YEAR_WORD, charBefore } from './context.js';

const N = '零〇一二两三四五六七八九十';

/**
 * chrono's ZHHansDateParser reads `2020年6月22日` and Chinese numerals well, but
 * its pattern puts `\s*` next to `[\s|,|，]*`, which backtracks quadratically on
 * a long run of spaces, commas or pipes. Same groups (header, year, month,
 * day), linear pattern: white space is already gone, a year must have four
 * digits (`20196月` is a scraped `2019年6月`), a Chinese-numeral day needs 日.
 */
const PATTERN = new RegExp(
  `()(?:(\\d{4}|[〇零一二三四五六七八九]{4})年?|今年|本年度?|当年|明年|次年|来年|翌年)?` +
    `(\\d{1,2}|[${N}]{1,3})月(?:(\\d{1,2}|[${N}]{1,3}(?=[日号]))[日号]?)?`,
);

/** The parser chrono ships (not exported by name: found in its configuration). */
const CHRONO_ZH_DATE: Parser | undefined = chrono.zh.hans
  .createConfiguration()
  .parsers.find((p) => p.constructor.name === 'ZHHansDateParser');

/** False would mean the fallback below is in use (a test watches this across chrono upgrades). */
export const delegatesToChrono = CHRONO_ZH_DATE !== undefined;

export class YearMonthDayParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): chrono.ParsingResult | null {
    const index = match.index ?? 0;
    if (/^\d/.test(match[0]) && DIGIT_LIKE.test(charBefore(context, index))) return null;
    const result = CHRONO_ZH_DATE ? delegate(context, match) : ownExtract(context, match, index);
    if (!result) return null;

    const c = result.start;
    const month = c.get('month') ?? 0;
    const year = c.isCertain('year') ? c.get('year') : null;
    if (year !== null && !isYear(year)) return null;
    if (!isMonth(month) || (c.isCertain('day') && !isDay(year, month, c.get('day') ?? 0))) {
      // Rejecting would let chrono re-read the tail (`2月29日` of `2021年2月29日`) as a
      // valid date; a dated but impossible phrase is kept, and marked.
      if (year === null) return null;
      c.addTag(INVALID);
    }
    if (NEXT_YEAR_WORD.test(match[0]) && !c.isCertain('year')) c.addTag(NEXT_YEAR);
    // chrono implies a day from the reference date: we only trust what was written.
    setPrecision(c, c.isCertain('day') ? 'day' : 'month');
    return result;
  }
}

function delegate(context: ParsingContext, match: RegExpMatchArray): chrono.ParsingResult | null {
  const out = CHRONO_ZH_DATE!.extract(context, match);
  return out instanceof chrono.ParsingResult ? out : null;
}

/** Used only if a chrono release renames its parser. */
function ownExtract(context: ParsingContext, match: RegExpMatchArray, index: number): chrono.ParsingResult {
  const [whole, , year, month, day] = match;
  const known: { year?: number; month: number; day?: number } = { month: toInt(month!) };
  if (year) known.year = toYear(year);
  if (day) known.day = toInt(day);
  return context.createParsingResult(index, whole!, known);
}
