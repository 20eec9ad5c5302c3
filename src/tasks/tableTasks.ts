/**
 * build: task table rows → task records. Grouping columns and spanning
 * section rows are carried down over the rows they cover; a row with no task
 * text is no task (a group-only row, a note), but what it carries still
 * applies to the rows below.
 */
import type { Cell, Row, TableBlock } from '../model/document.js';
import type { BuiltTask, Deadline, TableRecord } from '../model/records.js';
import type { TaskColumn, TaskTableLayout } from '../detect/taskTables.js';
import { isRepeatedHeader } from '../detect/taskTables.js';
import { toSimplified } from '../model/traditional.js';
import { NUMBERING, OUTLINE_HEADING } from '../model/vocabulary.js';
import { numberingOf, seqFromCell, withoutNumbering } from './seq.js';
import { splitUnits } from './units.js';

export interface DeadlineCellResolver {
  resolve(text: string): Deadline;
}

/** What one row leaves for the rows below it: carried groups, section, merged cells. */
export interface TableCarry {
  /** The section rows above, outermost first: a numbered heading keeps the ones of outer levels (`一、…` over `（一）…`). */
  sections: { level: number | null; text: string }[];
  groups: string[];
  task: string | null;
  leadCell: Cell | null;
  deadlineText: string | null;
  partnersCell: Cell | null;
  /** The seq column's last cell was a heading (`（一）…`), not a number: the rows merged under it take their seq from the task. */
  seqHeading?: boolean;
}

export const emptyCarry = (): TableCarry => ({ sections: [], groups: [], task: null, leadCell: null, deadlineText: null, partnersCell: null, seqHeading: false });

/** A seq cell holding an outline heading, not a number: `（一）全面实施行政许可事项清单管理。`. */
function isHeadingCell(text: string): boolean {
  return OUTLINE_HEADING.test(text);
}

export type TableTask = BuiltTask;

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
  // A second lead column (`责任单位` then `实施部门`) lists more units: partners, never lost.
  const partnerCols = [...cols('partners'), ...cols('lead').slice(1)].sort((a, b) => a.index - b.index);
  const groupCols = cols('group');
  const headerEnd = skipHeader && layout.headerRows.length ? Math.max(...layout.headerRows) + 1 : 0;
  const tasks: TableTask[] = [];
  let lastSeq: string | null = null;

  for (let r = headerEnd; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    if (isRepeatedHeader(table.rows, r, layout)) {
      r += layout.headerRows.length - 1;
      continue;
    }
    const spanning = sectionText(row, taskCol!.index, seqCol?.index ?? -1);
    if (spanning !== null) {
      // A row spanning the table is a section heading (`一、强化源头管控`) or a note; never a task.
      if (!NOTE_ROW.test(toSimplified(spanning))) {
        carry.sections = withSection(carry.sections, spanning);
        carry.groups = [];
        // No merged cell reaches across a row spanning the table.
        carry.task = null;
      }
      continue;
    }
    carryGroups(row, groupCols, carry);
    // Only a vertical merge carries a cell's content down; a position covered
    // by a span from the left is simply not there (the grid builder says which).
    const fromAbove = (i: number) => row.cells[i]!.coveredFrom === 'above';
    const taskCell = row.cells[taskCol!.index]!;
    let task = taskCell.text;
    let content = contentCol ? row.cells[contentCol.index]!.text : '';
    if (!task && fromAbove(taskCol!.index)) {
      // Merged from nothing but the section headings above: they stand for the
      // task cell (`一、…` / `（一）…` over `1.…` items), and the item is the task.
      if (carry.task === null && content) { task = content; content = ''; }
      else task = carry.task ?? '';
    } else if (task) carry.task = task;
    if (!task) continue;

    const leadCell = leadCol ? pick(row.cells[leadCol.index]!, fromAbove(leadCol.index), carry, 'leadCell') : null;
    const units = leadCell ? splitUnits(leadCell.lines.length ? leadCell.lines : [leadCell.text], { dropConjoinedTail: true }) : { leads: [], partners: [] };
    const partners = [...units.partners];
    // A partners column that repeats the lead (`责任单位` listing the 牵头单位 too) does not make it a partner.
    const known = new Set([...units.leads, ...partners]);
    for (const col of partnerCols) {
      const cell = pick(row.cells[col.index]!, fromAbove(col.index), carry, 'partnersCell');
      const more = splitUnits(cell.lines.length ? cell.lines : [cell.text], { dropConjoinedTail: true });
      for (const u of [...more.leads, ...more.partners]) if (!known.has(u)) { known.add(u); partners.push(u); }
    }

    let deadline: Deadline | null = null;
    if (deadlineCol) {
      const cell = row.cells[deadlineCol.index]!;
      const text = fromAbove(deadlineCol.index) ? carry.deadlineText ?? '' : cell.text;
      carry.deadlineText = text;
      deadline = resolver.resolve(text);
    }

    const seqCell = seqCol ? row.cells[seqCol.index]! : null;
    // A seq column that holds the heading its rows are merged under (`（一）全面实施…管理。`):
    // the heading goes into the path, and the task cell's own prefix (`1.按照…`) is the seq.
    const heading = seqCell && !seqCell.covered && isHeadingCell(seqCell.text) ? seqCell.text.trim() : null;
    if (heading) carry.sections = withSection(carry.sections, heading);
    // Rows merged under it (their seq cell covered) carry the same task; a number in the column ends it.
    if (seqCell && !seqCell.covered) carry.seqHeading = heading !== null;
    const seq: string | null = heading ? numberingOf(task, lastSeq) : seqCell ? (seqCell.covered ? null : seqFromCell(seqCell.text)) : numberingOf(task, lastSeq);
    if (seq) lastSeq = seq;
    // A numbering prefix that became the seq is not part of the task (nor of the same task merged down).
    const prefix = seq && (!seqCell || heading) ? seq : seqCell?.covered && carry.seqHeading ? numberingOf(task, null) : null;
    if (prefix) task = withoutNumbering(task, prefix) || task;
    const path = [...carry.sections.map((x) => x.text), ...carry.groups.filter(Boolean)];
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
    });
  }
  return tasks;
}

/**
 * The sections once `text` heads the rows: a numbered heading replaces the
 * ones of its level and below and keeps the outer ones (`一、…` then `（一）…`,
 * and a heading without a number above it: `强化科技创新支撑能力。` then `（一）…`);
 * a heading without a number replaces them all.
 */
function withSection(sections: TableCarry['sections'], text: string): TableCarry['sections'] {
  const level = NUMBERING.find(([re]) => re.test(text))?.[1] ?? null;
  if (level === null) return [{ level, text }];
  return [...sections.filter((x) => x.level === null || x.level < level), { level, text }];
}

/**
 * The heading of a section row, or null for an ordinary row. A section row is
 * one cell spanning the table (`一、强化源头管控`), or a number in the seq
 * column beside one cell spanning the rest (`一` | `农村供水保障`): a span
 * across the task column with nothing else in the row.
 */
function sectionText(row: Row, taskIndex: number, seqIndex: number): string | null {
  let heading: Cell | null = null;
  for (let i = 0; i < row.cells.length; i++) {
    const cell = row.cells[i]!;
    if (cell.covered) continue;
    if (cell.colSpan > 1 && i <= taskIndex && i + cell.colSpan > taskIndex) heading = cell;
    else if (cell.text && i !== seqIndex) return null;
  }
  return heading?.text || null;
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
function pick(cell: Cell, mergedFromAbove: boolean, carry: TableCarry, key: 'leadCell' | 'partnersCell'): Cell {
  if (mergedFromAbove && carry[key]) return carry[key]!;
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
    line: table.rows[layout.headerRows[0] ?? 0]!.line,
  };
}
