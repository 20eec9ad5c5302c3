// Only chrono's Chinese locale: the package root loads every locale (267
// modules, 0.3 s of start-up in each worker), and we use none of the others.
import * as chrono from 'chrono-node/zh';
import { CurrentYearParser } from './parsers/CurrentYearParser.js';
import { DayRangeParser } from './parsers/DayRangeParser.js';
import { DekadParser } from './parsers/DekadParser.js';
import { FiveYearPlanParser } from './parsers/FiveYearPlanParser.js';
import { HalfYearParser } from './parsers/HalfYearParser.js';
import { LostMonthParser } from './parsers/LostMonthParser.js';
import { NumericDateParser } from './parsers/NumericDateParser.js';
import { OpenMonthParser } from './parsers/OpenMonthParser.js';
import { QuarterParser } from './parsers/QuarterParser.js';
import { TwoYearsParser } from './parsers/TwoYearsParser.js';
import { ScrapedDateParser } from './parsers/ScrapedDateParser.js';
import { YearMonthDayParser } from './parsers/YearMonthDayParser.js';
import { YearParser } from './parsers/YearParser.js';
import { ContinuationRefiner } from './refiners/ContinuationRefiner.js';
import { OverlapRefiner } from './refiners/OverlapRefiner.js';
import { RangeRefiner } from './refiners/RangeRefiner.js';
import { SuffixRefiner } from './refiners/SuffixRefiner.js';

/**
 * Built like chrono's zh.hans configuration, minus its "ago"/"deadline"
 * parsers (they read `2022年前` as "2022 years ago", `30日前` as "30 days
 * ago") and minus the common refiners that move dates forward from "now".
 */
const engine = new chrono.Chrono({
  parsers: [
    new DayRangeParser(),
    new DekadParser(),
    new YearMonthDayParser(),
    new YearParser(),
    new ScrapedDateParser(),
    new LostMonthParser(),
    new NumericDateParser(),
    new OpenMonthParser(),
    new QuarterParser(),
    new HalfYearParser(),
    new TwoYearsParser(),
    new CurrentYearParser(),
    new FiveYearPlanParser(),
  ],
  refiners: [new SuffixRefiner(), new OverlapRefiner(), new RangeRefiner(), new ContinuationRefiner()],
});

/**
 * Fixed, so that no result depends on the clock or the time zone. Nothing is
 * read from the values chrono implies from it: a year not written in the
 * phrase comes from the document (DeadlineContext) or not at all.
 */
const REFERENCE: chrono.ParsingReference = { instant: new Date(Date.UTC(2000, 6, 1)), timezone: 0 };

/** Dated phrases of `folded` text, in order, ranges merged. */
export function parsePhrases(folded: string): chrono.ParsingResult[] {
  return engine.parse(folded, REFERENCE) as chrono.ParsingResult[];
}
