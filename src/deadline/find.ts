import type { ParsingResult } from 'chrono-node';
import type { Prepared } from './normalize.js';
import { INVALID, START_ONLY } from './tags.js';
import { anchoredOnEvent } from './vocabulary.js';

/** Pairs whose inside is a title or a document number: `《2020年工作要点》`, `〔2019〕`. */
const ENCLOSURES: ReadonlyArray<readonly [string, string]> = [
  ['《', '》'],
  ['〔', '〕'],
  ['【', '】'],
  ['[', ']'],
];
/** Far enough for a title, short enough to stay linear and not pair unrelated brackets. */
const WINDOW = 120;
/** `（2021年修订）`, `2019年版`: the edition of a document, not a due date. */
const EDITION = /修订|修正|版/y;

/** A phrase with no year is a due date only when it says so: `6月底前`, `年底前`, `三季度末`. */
const YEARLESS_DUE = /(?:底|末|前|[上下]半年|年内|第[一二三四1-4]季度)$/;
const DUE_AFTER = /^(?:前|以前|之前)/;

/**
 * Where the first due phrase of a list item is, in folded coordinates, or
 * null. It must carry 年 or 月 (a bare `2016` in running text is a standard's
 * year: `GB/T 33000-2016`). A phrase with no year (`6月底前`) counts only
 * when the document has a year of its own to give it, and only in its due
 * form — `3月` alone in running text is too often someone else's month.
 */
export function locateDuePhrase(p: Prepared, results: ParsingResult[], documentYear: number | null = null): { start: number; end: number } | null {
  for (const r of results) {
    if (!r.end && r.start.tags().has(START_ONLY)) continue;
    if (r.start.tags().has(INVALID) || r.end?.tags().has(INVALID)) continue;
    if (!/[年月季日]/.test(r.text)) continue;
    if (enclosed(p.folded, r.index) || anchoredOnEvent(p.folded, r)) continue;
    const end = r.index + r.text.length;
    if (!r.start.isCertain('year')) {
      if (documentYear === null) continue;
      if (!YEARLESS_DUE.test(r.text) && !DUE_AFTER.test(p.folded.slice(end, end + 2))) continue;
    }
    EDITION.lastIndex = end;
    if (EDITION.test(p.folded)) continue;
    // The spec's own example keeps 到 (`到2018年底`); 在/于/力争 are dropped.
    const start = p.folded[r.index - 1] === '到' ? r.index - 1 : r.index;
    return { start, end };
  }
  return null;
}

function enclosed(text: string, index: number): boolean {
  return ENCLOSURES.some(([open, close]) => {
    const opened = nearest(text, index - 1, -1, open, close) === open;
    return opened && nearest(text, index, 1, close, open) === close;
  });
}

/** The first of `a`/`b` met walking from `from` in `step` direction, within WINDOW. */
function nearest(text: string, from: number, step: 1 | -1, a: string, b: string): string | null {
  for (let i = from, n = 0; i >= 0 && i < text.length && n < WINDOW; i += step, n++) {
    const ch = text[i];
    if (ch === a || ch === b) return ch;
  }
  return null;
}
