import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { isYear } from '../calendar.js';
import { toInt } from '../numerals.js';
import { setPrecision } from '../tags.js';

/**
 * `“十三五”期间`, `十四五末`: the n-th five-year plan. From the 4th plan on
 * (1971–1975) they follow each other without gaps, so the 13th is 2016–2020.
 */
const PATTERN = /[“"]?十([一二三四五六七八九])五[”"]?(?:(期间|时期)|(末期?))?/;

export class FiveYearPlanParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const plan = 10 + toInt(match[1]!);
    const first = 1971 + (plan - 4) * 5;
    const last = first + 4;
    if (!isYear(first) || !isYear(last)) return null;
    const index = match.index ?? 0;
    const result = match[3]
      ? context.createParsingResult(index, match[0], { year: last })
      : context.createParsingResult(index, match[0], { year: first }, { year: last });
    setPrecision(result.start, 'year');
    if (result.end) setPrecision(result.end, 'year');
    return result;
  }
}
