import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { toInt } from '../numerals.js';
import { NEXT_YEAR, setPrecision } from '../tags.js';
import { DIGIT_LIKE, NEXT_YEAR_WORD, YEAR_SLOT, charBefore, slotYear } from './context.js';

/** `2020年第三季度`, `2020年三季度末`, `第四季度`, `三季度末`. */
const PATTERN = new RegExp(`${YEAR_SLOT}(?:第([一二三四1-4])季度?|([一二三四1-4])季度)(?:末|底)?`);

/** Without a year: `每季度`/`每一季度` is a frequency, `前三季度` a span. */
const NOT_BEFORE_BARE = /[每前个年]/;

export class QuarterParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const [whole, digits, chinese, ordinal, plain] = match;
    const before = charBefore(context, index);
    if (DIGIT_LIKE.test(before)) return null;
    const year = slotYear(digits, chinese);
    if (year === undefined) return null;
    const named = year !== null || !/^[第一二三四1-4]/.test(whole!);
    if (!named && NOT_BEFORE_BARE.test(before)) return null;

    const quarter = toInt(ordinal ?? plain!);
    const known = year === null ? { month: quarter * 3 } : { year, month: quarter * 3 };
    const result = context.createParsingResult(index, whole!, known);
    setPrecision(result.start, 'quarter');
    if (year === null && NEXT_YEAR_WORD.test(whole!)) result.start.addTag(NEXT_YEAR);
    return result;
  }
}
