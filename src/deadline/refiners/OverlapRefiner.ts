import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/**
 * Several parsers read the same characters (`2020年` inside `2020年6月底前`):
 * the longest reading wins, the earlier on a tie. Results arrive sorted by index.
 */
export class OverlapRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const kept: ParsingResult[] = [];
    for (const result of results) {
      const last = kept[kept.length - 1];
      if (last && result.index < last.index + last.text.length) {
        if (result.text.length > last.text.length) kept[kept.length - 1] = result;
        continue;
      }
      kept.push(result);
    }
    return kept;
  }
}
