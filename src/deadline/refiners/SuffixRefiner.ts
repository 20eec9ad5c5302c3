import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { START_ONLY, precisionOf } from '../tags.js';

/** `6月份`, `6月底`: still the month, up to its last day. */
const MONTH_TAIL = /份?(?:底|末|初|上旬|中旬|下旬)?/y;
/**
 * `前`/`以前`/`内` keep the due date (`2018年前` = by the end of 2018 — and
 * never chrono's "2018 years ago"); `起`/`以来` make it a starting point.
 * `起草` is drafting, not 起.
 */
const DUE_TAIL = /(?:前|以前|之前|内)?(起(?!草)|以来|开始|以后)?/y;

/** `自2020年…`, `从2020年6月…`: a start, whatever follows. */
const FROM = /[自从]/;

/** Phrase ends shared by every parser, so that no parser repeats them. */
export class SuffixRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      let end = result.index + result.text.length;
      if (precisionOf(result.start) === 'month') end += tail(MONTH_TAIL, context.text, end)?.[0].length ?? 0;
      const due = tail(DUE_TAIL, context.text, end);
      if (due) {
        end += due[0].length;
        if (due[1]) result.start.addTag(START_ONLY);
      }
      result.text = context.text.slice(result.index, end);
      if (FROM.test(context.text[result.index - 1] ?? '')) result.start.addTag(START_ONLY);
    }
    return results;
  }
}

function tail(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}
