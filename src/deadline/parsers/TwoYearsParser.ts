import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { NEXT_YEAR, setPrecision } from '../tags.js';

/**
 * This year and the next: `今明两年`, `今明2年`. A range from the document's
 * year to the year after it, both left implied (the resolver fills in the
 * document's year, or gives up).
 */
const PATTERN = /今明(?:两|二|2)年/;

export class TwoYearsParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const result = context.createParsingResult(match.index ?? 0, match[0], {}, {});
    setPrecision(result.start, 'year');
    setPrecision(result.end!, 'year');
    result.end!.addTag(NEXT_YEAR);
    return result;
  }
}
