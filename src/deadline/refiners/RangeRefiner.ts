import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { isYear } from '../calendar.js';
import { spanOf, writtenYear } from '../period.js';

/** What joins the two ends of a range: `2020年至2022年`, `2020-2022年`, `2020年7月—12月`. */
const BETWEEN = /^ ?(?:至|到|~|～|〜|[-－—–―‐]{1,2}) ?(次年|翌年)?$/;

/**
 * `2020年7月` + `至` + `12月` → one range. The end borrows the start's year
 * (`7月至12月`) and vice versa; an end before the start moves to the next year
 * when its year was borrowed, and otherwise the two stay separate phrases.
 * `2020年11月至次年3月` names the next year outright.
 */
export class RangeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i]!;
      const b = results[i + 1];
      const merged = b ? merge(context, a, b) : null;
      if (merged) {
        out.push(merged);
        i++;
      } else {
        out.push(a);
      }
    }
    return out;
  }
}

function merge(context: ParsingContext, a: ParsingResult, b: ParsingResult): ParsingResult | null {
  if (a.end || b.end) return null;
  const between = context.text.slice(a.index + a.text.length, b.index);
  const joint = BETWEEN.exec(between);
  if (!joint) return null;

  const aYear = writtenYear(a.start);
  const bYear = writtenYear(b.start);
  const nextYear = joint[1] !== undefined;
  if (nextYear && (aYear === null || bYear !== null)) return null;
  if (aYear === null && bYear !== null) a.start.assign('year', bYear);
  // Years the end may have, in order of preference.
  const candidates = bYear !== null || aYear === null ? [bYear] : nextYear ? [aYear + 1] : [aYear, aYear + 1];
  for (const year of candidates) {
    if (year !== null) {
      if (!isYear(year)) break;
      b.start.assign('year', year);
    }
    if (inOrder(a, b)) return context.createParsingResult(a.index, a.text + between + b.text, a.start, b.start);
  }
  if (aYear === null) a.start.delete('year');
  if (bYear === null) b.start.delete('year');
  return null;
}

/** Years still unknown on both ends are the same (the document's): compare in a leap year. */
function inOrder(a: ParsingResult, b: ParsingResult): boolean {
  const from = spanOf(a.start, undefined, 2000);
  const to = spanOf(b.start, undefined, 2000);
  return from !== null && to !== null && from.first <= to.last;
}
