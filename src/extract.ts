/**
 * The pipeline for one document: model → detect (task tables, task lists,
 * metadata) → build tasks → resolve deadlines → document record.
 */
import type { DocumentModel, TableBlock } from './model/document.js';
import type { DocumentRecord, TableRecord, Task } from './model/records.js';
import { detectTaskTable, type TaskTableLayout } from './detect/taskTables.js';
import { detectTaskLists } from './detect/lists.js';
import { readMeta } from './detect/metadata.js';
import { buildTableTasks, emptyCarry, tableRecord, type TableCarry } from './build/tableTasks.js';
import { buildListTasks } from './build/listTasks.js';
import { DeadlineResolver } from './deadline/index.js';

/** Resolvers by document year, so each distinct phrase is resolved once per run. */
export class ResolverPool {
  private readonly byYear = new Map<number | null, DeadlineResolver>();
  get(year: number | null): DeadlineResolver {
    let r = this.byYear.get(year);
    if (!r) this.byYear.set(year, (r = new DeadlineResolver({ year })));
    return r;
  }
}

/**
 * `idPrefix` starts every task id (default: the file name without extension);
 * the CLI numbers it when two inputs share a name so ids stay unique in a run.
 */
export function extractDocument(model: DocumentModel, pool = new ResolverPool(), idPrefix = stemOf(model.source)): DocumentRecord {
  const meta = readMeta(model.blocks);
  const resolver = pool.get(meta.year);
  const stem = idPrefix;
  const tables: TableRecord[] = [];
  const tasks: Task[] = [];

  let current: { layout: TaskTableLayout; index: number; carry: TableCarry; record: TableRecord } | null = null;
  for (const block of model.blocks) {
    if (block.kind !== 'table') {
      // Any real text between two tables means the second is a table of its own.
      if (!isPageFurniture(block.text)) current = null;
      continue;
    }
    const layout = detectTaskTable(block);
    if (current && continuesTable(block, layout, current.layout)) {
      const rows = buildTableTasks(block, layout ?? current.layout, current.index, resolver, current.carry, layout !== null);
      pushTableTasks(rows, stem, tasks, current.record.rows);
      current.record.rows += rows.length;
    } else if (layout) {
      const index = tables.length;
      const carry = emptyCarry();
      const rows = buildTableTasks(block, layout, index, resolver, carry);
      const record = tableRecord(block, layout, index, rows.length);
      tables.push(record);
      pushTableTasks(rows, stem, tasks, 0);
      current = { layout, index, carry, record };
    } else {
      current = null;
    }
  }

  const items = detectTaskLists(model.blocks);
  buildListTasks(items, resolver).forEach((t, k) => tasks.push({ id: `${stem}:l${k + 1}`, ...t, page: null }));
  tasks.sort((a, b) => a.line - b.line || (a.origin === b.origin ? 0 : a.origin === 'table' ? -1 : 1));
  const pages = pagesByLine(model);
  for (const t of tasks) t.page = pages?.get(t.line) ?? null;

  return {
    source: model.source,
    format: model.format,
    encoding: model.encoding,
    lineBase: model.lineBase,
    title: meta.title,
    docNumber: meta.docNumber,
    issued: meta.issued,
    tables,
    tasks,
    warnings: model.warnings,
  };
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
function pushTableTasks(rows: ReturnType<typeof buildTableTasks>, stem: string, tasks: Task[], offset: number): void {
  rows.forEach((t, k) => tasks.push({ id: `${stem}:t${t.table}:r${offset + k + 1}`, ...t, page: null }));
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
