/**
 * The pipeline for one document: model → detect (task tables, task lists,
 * metadata) → build tasks → resolve deadlines → document record. Besides the
 * record it tells what it saw and why it took or left each thing (the
 * explanation behind `--explain` and the no-task warning).
 */
import type { DocumentModel, TableBlock } from './model/document.js';
import type { BuiltTask, DocumentRecord, TableRecord } from './model/records.js';
import { defaultUnitNamer, withUnits } from './units/annotate.js';
import { WarningLog } from './model/diagnostics.js';
import { detectTaskTable, headerlessLayout, whyNotTaskTable, type TaskTableLayout } from './detect/taskTables.js';
import { detectTaskLists, type SkippedItem } from './detect/lists.js';
import type { ColumnRole } from './model/headerRoles.js';
import { readMeta } from './detect/metadata.js';
import { detectParts, partAt } from './detect/parts.js';
import { buildTableTasks, emptyCarry, tableRecord, type TableCarry, type TableTask } from './tasks/tableTasks.js';
import { buildListTasks } from './tasks/listTasks.js';
import { convertCommand } from './read/doc.js';
import { ResolverPool } from './deadline/pool.js';
import { normalizeOptions, type ExtractOptions, type NormalizedOptions } from './options.js';

export { ResolverPool };

/** The role of a column as the output names it (`group` columns make the `path`; `ignored` columns feed nothing). */
export type ExplainedRole = 'seq' | 'path' | 'task' | 'content' | 'leads' | 'partners' | 'deadline' | 'ignored' | 'unknown';

export interface ExplainedColumn {
  name: string;
  role: ExplainedRole;
}

/** A task as built, with its id and part, before its unit records. */
type PlacedTask = BuiltTask & { id: string; page: number | null; part: string | null };

/** One table of the document, as detection saw it. */
export type ExplainedTable =
  | { status: 'taken'; line: number; caption: string; index: number; columns: ExplainedColumn[]; rows: number }
  | { status: 'continued'; line: number; caption: string; index: number; rows: number }
  | { status: 'skipped'; line: number; caption: string; reason: string };

export interface Explanation {
  source: string;
  /** The year year-less deadlines were resolved with, and where it came from. */
  year: { value: number | null; from: 'document' | 'reference' | null };
  tables: ExplainedTable[];
  /** The list tasks found: their numbering, first sentence and line. */
  listItems: { seq: string | null; task: string; line: number }[];
  /** Numbered paragraphs that became no task because no responsibility clause names their units. */
  skippedItems: SkippedItem[];
  /** Every deadline left `unspecified`, with its text and the task's line. */
  unspecified: { id: string; text: string; line: number }[];
  only: NormalizedOptions['only'];
}

const ROLE_NAMES: Record<ColumnRole, ExplainedRole> = {
  seq: 'seq', group: 'path', task: 'task', content: 'content', lead: 'leads', partners: 'partners', deadline: 'deadline', note: 'ignored',
};

/**
 * Extracts one document. `options` may be a `ResolverPool` (the earlier
 * signature); `idPrefix` starts every task id (default: the file name
 * without extension), which the CLI numbers when two inputs share a name.
 */
export function extractDocument(model: DocumentModel, options?: ExtractOptions | ResolverPool): DocumentRecord {
  return explainDocument(model, normalizeOptions(options)).record;
}

/** The record and the explanation of one document, from options already normalised. */
export function explainDocument(model: DocumentModel, options: NormalizedOptions): { record: DocumentRecord; explanation: Explanation } {
  const meta = readMeta(model.blocks);
  const year = meta.year ?? options.referenceYear;
  const resolver = (options.pool ?? new ResolverPool()).get(year);
  resolver.takeFailures();
  const stem = options.idPrefix ?? stemOf(model.source);
  const warnings = new WarningLog();
  warnings.push(...model.warnings);
  const tables: TableRecord[] = [];
  const tasks: PlacedTask[] = [];
  const seen: ExplainedTable[] = [];
  const lostMerges: number[] = [];

  let current: { layout: TaskTableLayout; index: number; carry: TableCarry; record: TableRecord } | null = null;
  for (const block of model.blocks) {
    if (block.kind !== 'table') {
      // Any real text between two tables means the second is a table of its own.
      if (!isPageFurniture(block.text)) current = null;
      continue;
    }
    if (options.only === 'lists') {
      seen.push({ status: 'skipped', line: block.line, caption: block.caption, reason: 'tables were left out (--only lists)' });
      continue;
    }
    const layout = detectTaskTable(block);
    if (current && continuesTable(block, layout, current.layout)) {
      const rows = buildTableTasks(block, layout ?? current.layout, current.index, resolver, current.carry, layout !== null);
      pushTableTasks(rows, stem, tasks, current.record.rows);
      current.record.rows += rows.length;
      seen.push({ status: 'continued', line: block.line, caption: block.caption, index: current.index, rows: rows.length });
      if (model.format === 'doc') lostMerges.push(...emptyLeadRows(rows, layout ?? current.layout));
      continue;
    }
    // A table with no header that does not continue the one before is read by its cells.
    const own = layout ?? headerlessLayout(block);
    if (own) {
      const index = tables.length;
      const carry = emptyCarry();
      const rows = buildTableTasks(block, own, index, resolver, carry);
      const record = tableRecord(block, own, index, rows.length);
      tables.push(record);
      pushTableTasks(rows, stem, tasks, 0);
      current = { layout: own, index, carry, record };
      seen.push({ status: 'taken', line: record.line, caption: record.title, index, columns: explainColumns(block, own), rows: rows.length });
      if (model.format === 'doc') lostMerges.push(...emptyLeadRows(rows, own));
    } else {
      current = null;
      seen.push({ status: 'skipped', line: block.line, caption: block.caption, reason: whyNotTaskTable(block) });
    }
  }
  // Record the final row counts of split tables.
  for (const t of seen) if (t.status === 'taken') t.rows = tables[t.index]!.rows;

  const skippedItems: SkippedItem[] = [];
  const listItems: Explanation['listItems'] = [];
  if (options.only !== 'tables') {
    const items = detectTaskLists(model.blocks, { warnings, skipped: skippedItems });
    buildListTasks(items, resolver).forEach((t, k) => {
      tasks.push({ id: `${stem}:l${k + 1}`, ...t, page: null, part: null });
      listItems.push({ seq: t.seq, task: t.task, line: t.line });
    });
  }
  tasks.sort((a, b) => a.line - b.line || (a.origin === b.origin ? 0 : a.origin === 'table' ? -1 : 1));
  const parts = detectParts(model.blocks);
  for (const t of tasks) t.part = partAt(parts, t.line);
  const pages = pagesByLine(model);
  for (const t of tasks) t.page = pages?.get(t.line) ?? null;

  if (lostMerges.length) {
    warnings.add('MERGE_LOST', `${lostMerges.length} task row(s) have an empty lead cell (first at line ${lostMerges[0]}): the binary Word format (.doc, .wps) keeps a vertically merged cell's text in its first row only, so these rows lost their units — convert it with \`${convertCommand(model.source)}\` and run again on the .docx`, lostMerges[0]);
  }
  for (const f of resolver.takeFailures().slice(0, 5)) {
    warnings.add('DETECTOR_FAILED', `the deadline resolver failed on "${f.text.slice(0, 40)}" (${f.error}); it is left unspecified — please report it with the file`);
  }
  if (!tasks.length) warnings.add('NO_TASKS', noTaskMessage(seen, skippedItems, options));

  const record: DocumentRecord = {
    source: model.source,
    format: model.format,
    encoding: model.encoding,
    lineBase: model.lineBase,
    title: meta.title,
    docNumber: meta.docNumber,
    issued: meta.issued,
    tables,
    tasks: tasks.map((t) => withUnits(t, options.units ?? defaultUnitNamer())),
    warnings: warnings.toArray(),
  };
  const explanation: Explanation = {
    source: model.source,
    year: { value: year, from: meta.year !== null ? 'document' : year !== null ? 'reference' : null },
    tables: seen,
    listItems,
    skippedItems,
    unspecified: tasks.filter((t) => t.deadline?.kind === 'unspecified').map((t) => ({ id: t.id, text: t.deadline!.text, line: t.line })),
    only: options.only,
  };
  return { record, explanation };
}

function explainColumns(table: TableBlock, layout: TaskTableLayout): ExplainedColumn[] {
  const header = layout.headerRows.map((r) => table.rows[r]!);
  const out: ExplainedColumn[] = [];
  for (let i = 0; i < table.width; i++) {
    let name = '';
    for (const row of header) {
      const cell = row.cells[i]!;
      if (!cell.covered && cell.text) name = cell.text;
    }
    if (!name) continue;
    const role = layout.columns[i]?.role;
    out.push({ name, role: role ? ROLE_NAMES[role] : 'unknown' });
  }
  return out;
}

/** Task rows of a .doc table with a lead column but no unit: the merged lead cell above them was not carried. */
function emptyLeadRows(rows: TableTask[], layout: TaskTableLayout): number[] {
  if (!layout.columns.some((c) => c?.role === 'lead')) return [];
  return rows.filter((t) => t.leads.length === 0 && t.partners.length === 0).map((t) => t.line);
}

function noTaskMessage(seen: ExplainedTable[], skipped: SkippedItem[], options: NormalizedOptions): string {
  const what = options.only === 'tables' ? 'no task table found (--only tables)' : options.only === 'lists' ? 'no task list found (--only lists)' : 'no task table or task list found';
  const parts = [what];
  const skippedTables = seen.filter((t): t is Extract<ExplainedTable, { status: 'skipped' }> => t.status === 'skipped');
  if (skippedTables.length && options.only !== 'lists') {
    const shown = skippedTables.slice(0, 3).map((t) => `line ${t.line}${t.caption ? ` (${t.caption.slice(0, 20)})` : ''}: ${t.reason}`);
    const more = skippedTables.length > 3 ? `; and ${skippedTables.length - 3} more` : '';
    parts.push(`${skippedTables.length} table(s) seen, none a task table — ${shown.join('; ')}${more}`);
  } else if (options.only !== 'lists') {
    parts.push('no table seen');
  }
  if (skipped.length && options.only !== 'tables') parts.push(`${skipped.length} numbered item(s) name no responsible units`);
  return `${parts.join('; ')} (--explain shows more)`;
}

/** For a paged document (PDF), the page of each block line: paragraphs and table rows. */
function pagesByLine(model: DocumentModel): Map<number, number> | null {
  if (model.lineBase !== 'block') return null;
  const pages = new Map<number, number>();
  for (const b of model.blocks) {
    if (b.kind === 'paragraph') {
      if (b.page !== undefined) pages.set(b.line, b.page);
    } else {
      for (const r of b.rows) if (r.page !== undefined) pages.set(r.line, r.page);
    }
  }
  return pages.size ? pages : null;
}

/** Ids count the task rows of a table from 1, across the pages of a split table. */
function pushTableTasks(rows: TableTask[], stem: string, tasks: PlacedTask[], offset: number): void {
  rows.forEach((t, k) => tasks.push({ id: `${stem}:t${t.table}:r${offset + k + 1}`, ...t, page: null, part: null }));
}

/**
 * A table split over pages continues the task table before it: it repeats
 * the header, or has no header of its own but the same number of columns.
 */
function continuesTable(table: TableBlock, layout: TaskTableLayout | null, previous: TaskTableLayout): boolean {
  if (layout) return layout.signature === previous.signature;
  return table.width === previous.columns.length;
}

/** Page numbers (`- 3 -`, `第3页`) between the halves of a split table don't end it. */
function isPageFurniture(text: string): boolean {
  return /^\s*(?:[-—–]\s*\d+\s*[-—–]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+)\s*$/u.test(text);
}

function stemOf(source: string): string {
  const base = source.split(/[\\/]/).pop() ?? source;
  return base.replace(/\.[^.]+$/, '') || 'stdin';
}
