import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { ONGOING } from '../tags.js';
import { ONGOING_WORDS } from '../vocabulary.js';

/** `2020年底前形成，并持续强化`: the date is due, and the work goes on after it. */
export class ContinuationRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    results.forEach((result, i) => {
      const from = result.index + result.text.length;
      const to = results[i + 1]?.index ?? context.text.length;
      if (ONGOING_WORDS.test(context.text.slice(from, to))) result.start.addTag(ONGOING);
    });
    return results;
  }
}
