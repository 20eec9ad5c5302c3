import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { NEXT_YEAR, setPrecision } from '../tags.js';
import { NEXT_YEAR_WORD, charBefore } from './context.js';

/**
 * The document's own year: `年底前`, `今年年底`, `本年度`, `当年内`, `全年` (in a
 * deadline cell: the whole year, due at its end), and the next one: `明年`,
 * `次年底`. The year is left implied; the resolver fills in the document's
 * year (or gives up).
 */
const PATTERN = /(?:今年|本年度?|当年)?年(?:底|末|内)|(?:今年|本年度?|当年|全年)(?:底|末|内)?|(?:明年|次年|来年|翌年)(?:年?(?:底|末|内))?/;

/**
 * A bare 年底/年内 after these is someone else's year: `三年内` (a span),
 * `每年年底` (a frequency), `去年底`, `明年底`, `2020年年底` (read by YearParser).
 */
const NOT_BEFORE_BARE = /[\d〇零一二两三四五六七八九十百千几多每去明前上次往历同逐半全近该年]/;

export class CurrentYearParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (match[0].startsWith('年') && NOT_BEFORE_BARE.test(charBefore(context, index))) return null;
    const result = context.createParsingResult(index, match[0], {});
    setPrecision(result.start, 'year');
    if (NEXT_YEAR_WORD.test(match[0])) result.start.addTag(NEXT_YEAR);
    return result;
  }
}
