/**
 * detect: which tables are task tables, and what each column means. A table
 * is a task table when its header has a task column and a lead or deadline
 * column; indicator tables (序号/指标内容/累计降幅) and statistics forms
 * (现有数量（个）) have neither and yield no task.
 */
import type { Row, TableBlock } from '../model/document.js';
import { type ColumnRole, headerRole, normalizeHeader } from './headerRoles.js';

export interface TaskColumn {
  index: number;
  role: ColumnRole;
  /** Header text as written (two-level headers joined, top first). */
  name: string;
}

export interface TaskTableLayout {
  /** Row indices of the header (one or two rows). */
  headerRows: number[];
  /** One entry per grid column (role null for a column nobody understood). */
  columns: (TaskColumn | null)[];
  /** The header's normalised texts, to spot it repeated after a page break. */
  signature: string;
  /** A title row above the header, inside the table. */
  title: string;
}

const HEADER_SEARCH_ROWS = 4;

export function detectTaskTable(table: TableBlock): TaskTableLayout | null {
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, table.rows.length); r++) {
    const layout = layoutFromHeader(table, r);
    if (layout) return layout;
  }
  return null;
}

function layoutFromHeader(table: TableBlock, r: number): TaskTableLayout | null {
  const row = table.rows[r]!;
  const roles = rowRoles(row);
  if (roles.filter(Boolean).length < 2) return null;
  const headerRows = [r];
  // A two-level header: `责任分工` spanning `牵头单位 | 完成时限` in the row below.
  const below = table.rows[r + 1];
  const columns: (TaskColumn | null)[] = row.cells.map((cell, i) => {
    const role = roles[i];
    return role ? { index: i, role, name: cell.text } : null;
  });
  if (below && isSubHeader(row, below)) {
    headerRows.push(r + 1);
    const subRoles = rowRoles(below);
    below.cells.forEach((cell, i) => {
      const role = subRoles[i];
      if (role && !cell.covered) columns[i] = { index: i, role, name: cell.text };
    });
  }
  const has = (role: ColumnRole) => columns.some((c) => c?.role === role);
  if (!has('task') && has('content')) {
    // No task column but a measures column: the measures are the tasks.
    const first = columns.find((c) => c?.role === 'content')!;
    first.role = 'task';
  }
  if (!has('task') || !(has('lead') || has('deadline'))) return null;
  resolveDuplicates(columns);
  const title = r > 0 ? table.rows.slice(0, r).map((x) => x.cells.find((c) => c.text)?.text ?? '').filter(Boolean).join('') : '';
  return { headerRows, columns, signature: signatureOf(table.rows.slice(r, r + headerRows.length)), title };
}

/** A header cell spanning several columns names only its first; the covered ones get no role. */
function rowRoles(row: Row): (ColumnRole | null)[] {
  return row.cells.map((c) => (c.covered ? null : headerRole(c.text)));
}

function isSubHeader(row: Row, below: Row): boolean {
  const spans = row.cells.some((c) => c.colSpan > 1);
  if (!spans) return false;
  const subRoles = rowRoles(below).filter(Boolean).length;
  return subRoles >= 2;
}

/**
 * Two task-like columns (`任务` and `主要内容` both present is fine; two
 * `任务`-keyword columns are not): the later one holds the content. A
 * `责任单位` column beside a `牵头单位` column lists the partners.
 */
function resolveDuplicates(columns: (TaskColumn | null)[]): void {
  const tasks = columns.filter((c): c is TaskColumn => c?.role === 'task');
  const hasContent = columns.some((c) => c?.role === 'content');
  for (const extra of tasks.slice(1)) extra.role = hasContent ? 'note' : 'content';
  const leads = columns.filter((c): c is TaskColumn => c?.role === 'lead');
  if (leads.length > 1) {
    const marked = leads.find((c) => /牵头|主责/.test(normalizeHeader(c.name)));
    if (marked) for (const c of leads) if (c !== marked) c.role = 'partners';
  }
}

function signatureOf(rows: Row[]): string {
  return rows.map((row) => row.cells.map((c) => normalizeHeader(c.text)).join('|')).join('/');
}

export function isRepeatedHeader(rows: Row[], at: number, layout: TaskTableLayout): boolean {
  return signatureOf(rows.slice(at, at + layout.headerRows.length)) === layout.signature;
}

/**
 * Why a table is no task table, in words for `--explain` and the no-task
 * warning: the first rows hold no header, or the header lacks a task column,
 * or a lead and a deadline column.
 */
export function whyNotTaskTable(table: TableBlock): string {
  const rows = table.rows.slice(0, HEADER_SEARCH_ROWS);
  if (!rows.length) return 'the table is empty';
  let best = rows[0]!;
  let bestRoles = rowRoles(best).filter(Boolean).length;
  for (const row of rows.slice(1)) {
    const n = rowRoles(row).filter(Boolean).length;
    if (n > bestRoles) { best = row; bestRoles = n; }
  }
  const header = best.cells.filter((c) => !c.covered && c.text).map((c) => c.text.slice(0, 12)).join(' | ');
  if (bestRoles < 2) return `no header: none of its first ${rows.length} row(s) names two known columns (${header || 'empty'})`;
  const roles = new Set(rowRoles(best));
  if (!roles.has('task') && !roles.has('content')) return `the header (${header}) has no task column`;
  return `the header (${header}) has no lead-unit or deadline column`;
}
