/**
 * build: task table rows → task records. Grouping columns and spanning
 * section rows are carried down over the rows they cover; a row with no task
 * text is no task (a group-only row, a note), but what it carries still
 * applies to the rows below.
 */
import type { Cell, Row, TableBlock } from '../model/document.js';
import type { Deadline, TableRecord, Task } from '../model/records.js';
import type { TaskColumn, TaskTableLayout } from '../detect/taskTables.js';
import { isRepeatedHeader } from '../detect/taskTables.js';
import { toSimplified } from '../model/traditional.js';
import { numberingOf, seqFromCell } from './seq.js';
import { splitUnits } from './units.js';

export interface DeadlineCellResolver {
  resolve(text: string): Deadline;
}

/** What one row leaves for the rows below it: carried groups, section, merged cells. */
export interface TableCarry {
  section: string | null;
  groups: string[];
  task: string | null;
  leadCell: Cell | null;
  deadlineText: string | null;
  partnersCell: Cell | null;
}

export const emptyCarry = (): TableCarry => ({ section: null, groups: [], task: null, leadCell: null, deadlineText: null, partnersCell: null });

export type TableTask = Omit<Task, 'id'> & { row: number };

const NOTE_ROW = /^(?:备注|注|说明)\s*\d*\s*[:：]/u;

export function buildTableTasks(
  table: TableBlock,
  layout: TaskTableLayout,
  tableIndex: number,
  resolver: DeadlineCellResolver,
  carry: TableCarry = emptyCarry(),
  skipHeader = true,
): TableTask[] {
  const cols = (role: TaskColumn['role']) => layout.columns.filter((c): c is TaskColumn => c?.role === role);
  const [seqCol] = cols('seq');
  const [taskCol] = cols('task');
  const [contentCol] = cols('content');
  const [leadCol] = cols('lead');
  const [deadlineCol] = cols('deadline');
  const partnerCols = cols('partners');
  const groupCols = cols('group');
  const headerEnd = skipHeader ? Math.max(...layout.headerRows) + 1 : 0;
  const tasks: TableTask[] = [];
  let lastSeq: string | null = null;

  for (let r = headerEnd; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    if (isRepeatedHeader(table.rows, r, layout)) {
      r += layout.headerRows.length - 1;
      continue;
    }
    const spanning = spanningText(row, table.width);
    if (spanning !== null) {
      // A row spanning the table is a section heading (`一、强化源头管控`) or a note; never a task.
      if (!NOTE_ROW.test(toSimplified(spanning))) {
        carry.section = spanning;
        carry.groups = [];
      }
      continue;
    }
    carryGroups(row, groupCols, carry);
    const taskCell = row.cells[taskCol!.index]!;
    let task = taskCell.text;
    if (!task && taskCell.covered) task = carry.task ?? '';
    const content = contentCol ? row.cells[contentCol.index]!.text : '';
    if (!task) continue;
    carry.task = task;

    const leadCell = leadCol ? pick(row.cells[leadCol.index]!, carry, 'leadCell') : null;
    const units = leadCell ? splitUnits(leadCell.lines.length ? leadCell.lines : [leadCell.text], { dropConjoinedTail: true }) : { leads: [], partners: [] };
    const partners = [...units.partners];
    for (const col of partnerCols) {
      const cell = pick(row.cells[col.index]!, carry, 'partnersCell');
      const more = splitUnits(cell.lines.length ? cell.lines : [cell.text], { dropConjoinedTail: true });
      for (const u of [...more.leads, ...more.partners]) if (!partners.includes(u)) partners.push(u);
    }

    let deadline: Deadline | null = null;
    if (deadlineCol) {
      const cell = row.cells[deadlineCol.index]!;
      const text = cell.covered ? carry.deadlineText ?? '' : cell.text;
      carry.deadlineText = text;
      deadline = resolver.resolve(text);
    }

    const seqCell = seqCol ? row.cells[seqCol.index]! : null;
    const seq: string | null = seqCell ? (seqCell.covered ? null : seqFromCell(seqCell.text)) : numberingOf(task, lastSeq);
    if (seq) lastSeq = seq;
    const path = [...(carry.section ? [carry.section] : []), ...carry.groups.filter(Boolean)];
    tasks.push({
      origin: 'table',
      table: tableIndex,
      seq,
      path,
      task,
      content: content || null,
      leads: units.leads,
      partners,
      deadline,
      line: row.line,
      row: r,
    });
  }
  return tasks;
}

/** The text of a row whose one cell spans the whole table (null for an ordinary row). */
function spanningText(row: Row, width: number): string | null {
  if (width < 2) return null;
  const live = row.cells.filter((c) => !c.covered);
  if (live.length !== 1) return null;
  const cell = live[0]!;
  return cell.colSpan >= width && cell.text ? cell.text : null;
}

/**
 * A grouping cell with text starts a new group at its level and clears the
 * levels below it; an empty or covered one continues the group above.
 */
function carryGroups(row: Row, groupCols: TaskColumn[], carry: TableCarry): void {
  groupCols.forEach((col, level) => {
    const cell = row.cells[col.index]!;
    if (cell.covered || !cell.text) return;
    carry.groups[level] = cell.text;
    for (let deeper = level + 1; deeper < groupCols.length; deeper++) {
      const d = row.cells[groupCols[deeper]!.index]!;
      if (!d.text || d.covered) carry.groups[deeper] = '';
    }
  });
}

/** A cell covered by a vertical merge takes the merged cell's content from above. */
function pick(cell: Cell, carry: TableCarry, key: 'leadCell' | 'partnersCell'): Cell {
  if (cell.covered && carry[key]) return carry[key]!;
  carry[key] = cell;
  return cell;
}

export function tableRecord(table: TableBlock, layout: TaskTableLayout, index: number, rows: number): TableRecord {
  const header = layout.headerRows.map((r) => table.rows[r]!);
  const columns: string[] = [];
  for (let i = 0; i < table.width; i++) {
    // The lowest header row that names the column wins (two-level headers).
    let name = '';
    for (const row of header) {
      const cell = row.cells[i]!;
      if (!cell.covered && cell.text) name = cell.text;
    }
    if (name) columns.push(name);
  }
  return {
    index,
    title: table.caption || layout.title,
    columns,
    rows,
    line: table.rows[layout.headerRows[0]!]!.line,
  };
}
