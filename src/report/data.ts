/**
 * The numbers and lines the report shows, computed from the records (and,
 * for the source view, from the document model's blocks) before any HTML.
 */
import type { DocumentModel } from '../model/document.js';
import type { DocumentRecord, Task } from '../model/records.js';
import { deadlineClass } from '../summary/summarize.js';

/** A line of the source view: the number a task's `line` points to, and its text. */
export interface SourceLine {
  line: number;
  text: string;
}

export interface PlanTimeline {
  /** Dated tasks by the month of their `end` (`2020-12`); a year-end deadline counts in December. */
  months: Record<string, number>;
  ongoing: number;
  recurring: number;
  unspecified: number;
  none: number;
}

export interface Timeline {
  /** Every month from the earliest to the latest due month of the run, so plans share one axis. */
  months: string[];
  plans: PlanTimeline[];
}

export interface MatrixRow {
  canonical: string;
  /** Tasks of the run naming the unit as lead or partner. */
  total: number;
  /** Per plan, in run order: tasks naming the unit, and of those as lead / as partner. */
  cells: { tasks: number; lead: number; partner: number }[];
  names: string[];
}

/**
 * The text of a document, one entry per paragraph and per table row, numbered
 * as `line` counts, in line order; blocks that start on the same line share
 * one entry (so every anchor of the source view is unique).
 */
export function sourceLines(model: DocumentModel): SourceLine[] {
  const byLine = new Map<number, string[]>();
  const add = (line: number, text: string) => {
    const texts = byLine.get(line);
    if (texts) texts.push(text);
    else byLine.set(line, [text]);
  };
  for (const block of model.blocks) {
    if (block.kind === 'paragraph') add(block.line, block.text);
    else for (const row of block.rows) add(row.line, row.cells.filter((c) => !c.covered).map((c) => c.text).join(' │ '));
  }
  return [...byLine].sort((a, b) => a[0] - b[0]).map(([line, texts]) => ({ line, text: texts.join(' ') }));
}

/** The source line a task links to: its own, else the nearest one above it. */
export function anchorLine(lines: readonly SourceLine[], line: number): number | null {
  let lo = 0;
  let hi = lines.length - 1;
  let best: number | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.line <= line) { best = lines[mid]!.line; lo = mid + 1; } else hi = mid - 1;
  }
  return best;
}

const MAX_AXIS_MONTHS = 360;

export function timeline(docs: readonly DocumentRecord[]): Timeline {
  const plans = docs.map((doc) => {
    const p: PlanTimeline = { months: {}, ongoing: 0, recurring: 0, unspecified: 0, none: 0 };
    for (const t of doc.tasks) {
      const cls = deadlineClass(t);
      if (cls === 'dated') {
        const month = t.deadline!.end!.slice(0, 7);
        p.months[month] = (p.months[month] ?? 0) + 1;
      } else p[cls]++;
    }
    return p;
  });
  const all = [...new Set(plans.flatMap((p) => Object.keys(p.months)))].sort();
  if (!all.length) return { months: [], plans };
  const range = monthRange(all[0]!, all[all.length - 1]!);
  // A stray far-off year must not stretch the axis over centuries: then only the months that occur.
  return { months: range.length <= MAX_AXIS_MONTHS ? range : all, plans };
}

export function unitMatrix(docs: readonly DocumentRecord[], top: number): MatrixRow[] {
  const rows = new Map<string, MatrixRow>();
  docs.forEach((doc, i) => {
    for (const t of doc.tasks) {
      const leads = canonicals(t, 'leadUnits');
      const partners = canonicals(t, 'partnerUnits');
      for (const c of new Set([...leads, ...partners])) {
        let row = rows.get(c);
        if (!row) rows.set(c, (row = { canonical: c, total: 0, cells: docs.map(() => ({ tasks: 0, lead: 0, partner: 0 })), names: [] }));
        row.total++;
        const cell = row.cells[i]!;
        cell.tasks++;
        if (leads.has(c)) cell.lead++;
        if (partners.has(c)) cell.partner++;
      }
      for (const u of [...t.leadUnits, ...t.partnerUnits]) {
        const row = rows.get(u.canonical)!;
        if (!row.names.includes(u.name)) row.names.push(u.name);
      }
    }
  });
  const sorted = [...rows.values()].sort((a, b) => b.total - a.total || (a.canonical < b.canonical ? -1 : a.canonical > b.canonical ? 1 : 0));
  for (const r of sorted) r.names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return top > 0 ? sorted.slice(0, top) : sorted;
}

function canonicals(t: Task, key: 'leadUnits' | 'partnerUnits'): Set<string> {
  return new Set(t[key].map((u) => u.canonical));
}

function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  const endY = Number(last.slice(0, 4));
  const endM = Number(last.slice(5, 7));
  while (y < endY || (y === endY && m <= endM)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}
