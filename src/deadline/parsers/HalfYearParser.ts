import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { NEXT_YEAR, setPrecision } from '../tags.js';
import { DIGIT_LIKE, NEXT_YEAR_WORD, YEAR_SLOT, charBefore, slotYear } from './context.js';

/** `2020年上半年`, `2020年下半年底前`, `上半年`. (`每半年` has no 上/下: a frequency.) */
const PATTERN = new RegExp(`${YEAR_SLOT}([上下])半年(?:末|底)?`);

/** `每年上半年`, `明年上半年`: a yearless half after 年 is not the document's. */
const NOT_BEFORE_BARE = /[每年]/;

export class HalfYearParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const [whole, digits, chinese, half] = match;
    const before = charBefore(context, index);
    if (DIGIT_LIKE.test(before)) return null;
    const year = slotYear(digits, chinese);
    if (year === undefined) return null;
    if (/^[上下]/.test(whole!) && NOT_BEFORE_BARE.test(before)) return null;

    const month = half === '上' ? 6 : 12;
    const result = context.createParsingResult(index, whole!, year === null ? { month } : { year, month });
    setPrecision(result.start, 'half');
    if (year === null && NEXT_YEAR_WORD.test(whole!)) result.start.addTag(NEXT_YEAR);
    return result;
  }
}
