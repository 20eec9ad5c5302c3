import type { ParsingResult } from 'chrono-node';
import type { Prepared } from './normalize.js';
import type { Every } from '../model/records.js';
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
/** `（2021年修订）`, `2019年版`, `（2019年本）`: the edition of a document, not a due date. */
const EDITION = /修订|修正|版|本(?=[）)\]】])/y;

/** A phrase with no year is a due date when it says so: `6月底前`, `年底前`, `三季度末`. */
const YEARLESS_DUE = /(?:底|末|前|[上下]半年|年内|季度)$/;
const DUE_AFTER = /^(?:前|以前|之前)/;
/**
 * …or when it opens a clause and the work follows (`6月组织开展…`,
 * `二季度完成…`): not `6月份的数据`, `3月起`, `3月以来`.
 */
const CLAUSE_START = /(?:^|[，,。；;：:、（(]|于|在|到|力争|确保|争取)$/;
const NOT_WORK_AFTER = /^(?:份|的|起|以来|至|到|和|及|、|—|-|开始|期间|中旬|上旬|下旬)/;
/**
 * A year alone (`2022年`, `2024年度`) is a due date only as a target: after
 * 到/至/力争 (`到2025年`), or opening a clause with the work after it
 * (`2022年，…`, `2022年对…`). `2024年度学习计划`, `2022年“智改数转”方案` and
 * `不高于2017年标准` name a year, not a due date.
 */
const YEAR_ONLY = /^(?:\d{4}|[〇零一二三四五六七八九]{4})年度?$/;
const TARGET_BEFORE = /(?:到|至|截至|截止|力争|争取|确保|预计)$/;
const COMPARED_BEFORE = /(?:高于|低于|多于|少于|早于|晚于|不迟于)$/;
const NOT_TARGET_AFTER = /^(?:度|版|修订|修正|“|"|《|的|以来|起|开始|工作|计划|方案|要点|报告|规划)/;
/**
 * `2024年计划改造…`, `2024年度计划对…进行…`: the year's plan for the work that follows is
 * a target, not a plan's name (`2024年计划的通知`, `2024年度学习计划`).
 */
const PLAN_TO_DO = /^(?:度)?计划(?:对|在|于|[^，,。；;：:”"》]{0,4}?(?:完成|改造|新建|新增|建设|建成|实施|开展|推进|投资))/u;
/** A year that closes the item (`…，完成时间2020年。`) is its due date. */
const CLOSES_TEXT = /^[。；;，,）)]?$/;
/** `全年实现…` is a whole-year target, not a deadline; only a deadline cell reads `全年` as one. */
const WHOLE_YEAR = /全年/;
const PLAN_END = /十[一二三四五六七八九]?五[”"’']?末/u;
const TIMES_AFTER = /^[^，,。；;]{0,10}?(?:\d+|[一二两三四五六七八九十])\s*次/u;
/** A due day that repeats: `每年的1月30日前`, `每季度末25日前`, `每月5日前`. */
const RECURRING_DUE = /每(?:个)?(半年|年度?|季度?|月)(?:的)?(?:末|底|初)?(?:月|\d{1,2}月)?\d{1,2}[日号](?:前|之前|以前)/;

export type DuePhrase = { start: number; end: number; yearless?: boolean } | { start: number; end: number; every: Every };

/**
 * Where the first due phrase of a list item is, in folded coordinates, or
 * null. It must carry 年 or 月 (a bare `2016` in running text is a standard's
 * year: `GB/T 33000-2016`). A phrase with no year (`6月底前`) counts only
 * when the document has a year of its own to give it. A recurring due day
 * (`每年的1月30日前报送`) that comes first is returned with its rhythm.
 */
export function locateDuePhrase(p: Prepared, results: ParsingResult[], documentYear: number | null = null): DuePhrase | null {
  const recurringDue = RECURRING_DUE.exec(p.folded);
  for (const r of results) {
    if (recurringDue && recurringDue.index <= r.index) break;
    if (!r.end && r.start.tags().has(START_ONLY)) continue;
    if (r.start.tags().has(INVALID) || r.end?.tags().has(INVALID)) continue;
    // A five-year plan's end (`“十三五”末`) is a due date as much as `2020年底` is.
    if ((!/[年月季日]/.test(r.text) && !PLAN_END.test(r.text)) || WHOLE_YEAR.test(r.text)) continue;
    if (enclosed(p.folded, r.index) || anchoredOnEvent(p.folded, r)) continue;
    const end = r.index + r.text.length;
    // `年内分别组织2次以上` counts times within the year: a frequency of work, not a due date.
    if (/年内$/u.test(r.text) && TIMES_AFTER.test(p.folded.slice(end, end + 16))) continue;
    const before = p.folded.slice(Math.max(0, r.index - 4), r.index);
    const after = p.folded.slice(end, end + 4);
    let yearless = false;
    if (!r.start.isCertain('year')) {
      const due = YEARLESS_DUE.test(r.text) || DUE_AFTER.test(after) || (CLAUSE_START.test(before) && !NOT_WORK_AFTER.test(after));
      if (!due) continue;
      // With no document year the phrase is still the item's due phrase, left unspecified.
      yearless = documentYear === null;
    } else if (isYearMention(p.folded, r)) {
      continue;
    } else if (!YEARLESS_DUE.test(r.text)) {
      EDITION.lastIndex = end;
      // `（2021年修订）` is an edition; `9月底前修订…` is a due date.
      if (EDITION.test(p.folded)) continue;
    }
    // The spec's own example keeps 到 (`到2018年底`); 在/于/力争 are dropped.
    const start = p.folded[r.index - 1] === '到' ? r.index - 1 : r.index;
    return yearless ? { start, end, yearless } : { start, end };
  }
  if (recurringDue) return { start: recurringDue.index, end: recurringDue.index + recurringDue[0].length, every: everyOf(recurringDue[1]!) };
  return null;
}

/**
 * A year named in running text, not as a due date: a year alone that is no
 * target (`2024年度学习计划`, `不高于2017年标准`, `明确2023年指标`).
 */
export function isYearMention(folded: string, r: { index: number; text: string; end?: unknown }): boolean {
  if (r.end || !YEAR_ONLY.test(r.text)) return false;
  const end = r.index + r.text.length;
  const before = folded.slice(Math.max(0, r.index - 4), r.index);
  const after = folded.slice(end, end + 4);
  if (COMPARED_BEFORE.test(before) || (NOT_TARGET_AFTER.test(after) && !PLAN_TO_DO.test(folded.slice(end, end + 12)))) return true;
  return !TARGET_BEFORE.test(before) && !DUE_AFTER.test(after) && !CLAUSE_START.test(before) && !CLOSES_TEXT.test(after);
}

function everyOf(word: string): Every {
  if (word.includes('半年')) return 'half';
  if (word.includes('季')) return 'quarter';
  if (word.includes('月')) return 'month';
  return 'year';
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
