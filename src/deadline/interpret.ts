import type { ParsingResult } from 'chrono-node';
import type { Deadline } from '../model/records.js';
import type { Prepared } from './normalize.js';
import { type Span, spanOf } from './period.js';
import { dated, ongoing, recurring, unspecified } from './record.js';
import { INVALID, ONGOING, START_ONLY } from './tags.js';
import { ONGOING_WORDS, anchoredOnEvent, frequencyOf } from './vocabulary.js';
import { isYearMention } from './find.js';

const SENTENCES = /[，,。；;].{8,}/u;

interface Dated {
  result: ParsingResult;
  span: Span;
}

/** A whole deadline cell → its record. */
export function interpret(p: Prepared, results: ParsingResult[], documentYear: number | null): Deadline {
  if (!p.folded) return unspecified(p.text);
  if (results.some((r) => r.start.tags().has(INVALID) || r.end?.tags().has(INVALID))) return unspecified(p.text);
  if (results.some((r) => anchoredOnEvent(p.folded, r))) return unspecified(p.text);
  // A cell of milestones in sentences names other years too (`明确2023年指标`): only due phrases count.
  if (SENTENCES.test(p.folded)) results = results.filter((r) => !isYearMention(p.folded, r));
  const found: Dated[] = [];
  let startsOnly = false;
  let lentYear: number | null = null;
  // A due date was written, but with no year to give it (spec: unspecified, never a guess).
  let missingYear = false;
  for (const result of results) {
    if (!result.end && result.start.tags().has(START_ONLY)) {
      startsOnly = true;
      continue;
    }
    // A phrase without a year takes the previous phrase's, else the document's.
    const span = spanOf(result.start, result.end, lentYear ?? documentYear);
    if (!span) {
      if (lentYear === null && documentYear === null && !result.start.isCertain('year')) missingYear = true;
      continue;
    }
    found.push({ result, span });
    lentYear = span.endYear;
  }

  refineBracketed(found, p.folded);
  const frequency = frequencyOf(p.folded);
  // `2020年起，每年…`, `每年6月底前`: the frequency governs.
  if (frequency && (found.length === 0 || frequency.index < found[0]!.result.index)) {
    return recurring(p.text, frequency.every);
  }
  if (found.length === 0) {
    // `1月底前完成，并长期坚持` with no document year: due on a day nobody can name, and it goes on.
    if (missingYear) return { ...unspecified(p.text), ongoing: ONGOING_WORDS.test(p.folded) };
    // `2020年起` alone: work that starts and does not end.
    return startsOnly || ONGOING_WORDS.test(p.folded) ? ongoing(p.text) : unspecified(p.text);
  }

  const goesOn = frequency !== null || found.some((d) => d.result.start.tags().has(ONGOING));
  if (found.length === 1) {
    const { result, span } = found[0]!;
    return result.end
      ? dated(p.text, 'range', span.first, span.last, span.precision, goesOn)
      : dated(p.text, 'date', null, span.last, span.precision, goesOn);
  }
  let latest = found[0]!.span;
  for (const d of found) if (d.span.last > latest.last) latest = d.span;
  return dated(p.text, 'multiple', null, latest.last, latest.precision, goesOn);
}

/**
 * A phrase in brackets right after another, inside its span, narrows it:
 * `第四季度（11月份）` is due at the end of November, not of December.
 */
function refineBracketed(found: Dated[], text: string): void {
  for (let k = found.length - 2; k >= 0; k--) {
    const a = found[k]!;
    const b = found[k + 1]!;
    const between = text.slice(a.result.index + a.result.text.length, b.result.index);
    if (/^\s*[（(]\s*$/u.test(between) && b.span.first >= a.span.first && b.span.last <= a.span.last) found.splice(k, 1);
  }
}
