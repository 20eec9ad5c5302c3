/**
 * The summary as aligned text tables (cli-table3, which measures CJK
 * characters as two columns), as tidy CSV (one count a row) or as JSON.
 */
import Table from 'cli-table3';
import { Chalk, type ChalkInstance } from 'chalk';
import { stringify } from 'csv-stringify/sync';
import { DEADLINE_CLASSES, share, type PlanSummary, type RunSummary, type UnitCount } from './summarize.js';

export const SUMMARY_FORMATS = ['text', 'csv', 'json'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

/** Keep the `top` most-tasked units of each list (0 keeps all). */
export function limitUnits(summary: RunSummary, top: number): RunSummary {
  if (top <= 0) return summary;
  const cut = <T extends PlanSummary>(p: T): T => ({ ...p, leads: p.leads.slice(0, top), partners: p.partners.slice(0, top) });
  return { ...summary, documents: summary.documents.map(cut), overall: cut(summary.overall) };
}

export function summaryJson(summary: RunSummary): string {
  const withShares = <T extends PlanSummary>(p: T) => ({
    ...p,
    shares: Object.fromEntries(DEADLINE_CLASSES.map((c) => [c, share(p.deadlines[c], p.tasks)])),
  });
  return `${JSON.stringify({ ...summary, documents: summary.documents.map(withShares), overall: withShares(summary.overall) }, null, 2)}\n`;
}

export const SUMMARY_CSV_COLUMNS = ['scope', 'source', 'title', 'measure', 'key', 'count', 'share'] as const;

/** Tidy CSV: one count a row (`measure` = tasks, deadline, due_year, due_quarter, lead, partner, …). */
export function summaryCsv(summary: RunSummary, excel = false): string {
  const rows: (string | number | null)[][] = [];
  const plan = (scope: string, p: PlanSummary) => {
    const row = (measure: string, key: string, count: number, shareOf?: number) =>
      rows.push([scope, p.source, p.title, measure, key, count, shareOf === undefined ? null : share(count, shareOf)]);
    row('tasks', '', p.tasks);
    row('tables', '', p.tables);
    row('table_tasks', '', p.tableTasks, p.tasks);
    row('list_tasks', '', p.listTasks, p.tasks);
    for (const c of DEADLINE_CLASSES) row('deadline', c, p.deadlines[c], p.tasks);
    for (const y of p.dueByYear) {
      row('due_year', y.year, y.tasks, p.tasks);
      for (const q of [1, 2, 3, 4] as const) if (y[`q${q}`]) row('due_quarter', `${y.year}-Q${q}`, y[`q${q}`], p.tasks);
      if (y.yearOnly) row('due_year_only', y.year, y.yearOnly, p.tasks);
    }
    for (const u of p.leads) row('lead', u.canonical, u.tasks, p.tasks);
    for (const u of p.partners) row('partner', u.canonical, u.tasks, p.tasks);
  };
  for (const p of summary.documents) plan('document', p);
  plan('all', summary.overall);
  return stringify(rows, { header: true, columns: [...SUMMARY_CSV_COLUMNS], bom: excel, escape_formulas: excel });
}

export interface TextOptions {
  /** Colour level for headings (0 = none); the CLI passes chalk's own detection of stdout. */
  colour: 0 | 1 | 2 | 3;
}

export function summaryText(summary: RunSummary, options: TextOptions = { colour: 0 }): string {
  const c = new Chalk({ level: options.colour });
  const out: string[] = [];
  out.push(c.bold(`Plans: ${summary.overall.documents} documents, ${summary.overall.tasks} tasks`));
  out.push(plansTable(summary, c));
  for (const p of summary.documents) out.push(planDetail(`${p.title ?? '(no title)'} — ${p.source}`, p, c));
  if (summary.documents.length > 1) out.push(planDetail('All documents', summary.overall, c));
  if (summary.errors.length) out.push(c.bold(`Not read: ${summary.errors.map((e) => `${e.source} (${e.code})`).join(', ')}`));
  return `${out.join('\n\n')}\n`;
}

function table(head: string[], c: ChalkInstance, options: { colWidths?: (number | null)[]; colAligns?: ('left' | 'right')[] } = {}) {
  return new Table({
    head: head.map((h) => c.bold(h)),
    // No colours of cli-table3's own (they ignore NO_COLOR); headings are bold through chalk.
    style: { head: [], border: [], compact: true },
    ...options,
  });
}

const pct = (count: number, of: number) => (of === 0 ? '0' : `${count} (${(share(count, of) * 100).toFixed(1)}%)`);

function plansTable(summary: RunSummary, c: ChalkInstance): string {
  const t = table(['plan', 'tasks', 'tables', 'table tasks', 'list tasks', 'dated', 'ongoing', 'recurring', 'unspecified', 'no deadline'], c, {
    colWidths: [34, null, null, null, null, null, null, null, null, null],
    colAligns: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
  });
  const row = (label: string, p: PlanSummary) => [
    label, p.tasks, p.tables, p.tableTasks, p.listTasks,
    ...DEADLINE_CLASSES.map((k) => pct(p.deadlines[k], p.tasks)),
  ];
  for (const p of summary.documents) t.push(row(p.title ?? p.source ?? '', p));
  if (summary.documents.length > 1) t.push(row('all documents', summary.overall).map((v) => c.bold(String(v))));
  return t.toString();
}

function planDetail(heading: string, p: PlanSummary, c: ChalkInstance): string {
  const parts = [c.bold(heading)];
  if (p.dueByYear.length) {
    const t = table(['due in', 'tasks', 'Q1', 'Q2', 'Q3', 'Q4', 'year only'], c, { colAligns: ['left', 'right', 'right', 'right', 'right', 'right', 'right'] });
    for (const y of p.dueByYear) t.push([y.year, y.tasks, y.q1, y.q2, y.q3, y.q4, y.yearOnly]);
    parts.push(t.toString());
  } else {
    parts.push('no dated tasks');
  }
  parts.push(unitsTable('lead units', p.leads, c), unitsTable('partner units', p.partners, c));
  return parts.join('\n');
}

/** The first few names as written; the JSON and CSV keep them all. */
function asWritten(names: string[]): string {
  const shown = names.slice(0, 2).join('、');
  return names.length > 2 ? `(${names.length}) ${shown}…` : shown;
}

function unitsTable(title: string, units: UnitCount[], c: ChalkInstance): string {
  if (!units.length) return `no ${title}`;
  const t = table(['#', title, 'tasks', 'as written'], c, { colWidths: [null, null, null, 50], colAligns: ['right', 'left', 'right', 'left'] });
  units.forEach((u, i) => t.push([i + 1, u.canonical, u.tasks, asWritten(u.names)]));
  return t.toString();
}
