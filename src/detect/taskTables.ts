/**
 * detect: which tables are task tables, and what each column means. A table
 * is a task table when its header has a task column and a lead or deadline
 * column; indicator tables (序号/指标内容/累计降幅) and statistics forms
 * (现有数量（个）) have neither and yield no task.
 */
import type { Row, TableBlock } from '../model/document.js';
import { cellKind } from '../model/cellKinds.js';
import { toSimplified } from '../model/traditional.js';
import { type ColumnRole, headerRole, normalizeHeader, OUTLINE_LEVEL } from '../model/headerRoles.js';
import { OUTLINE_HEADING } from '../model/vocabulary.js';

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
const REMARKS_HEADER = /^(?:备注|说明)$/u;
const INDICATOR_HEADER = /指标|目标值|年度目标|计量单位|^单位$|评分|分值/u;
/**
 * A disclosure catalogue (主动公开基本目录: `政务信息公开类别及事项 | 公开内容 |
 * 责任单位`) lists the information each unit publishes, not work to be done.
 */
const CATALOGUE_HEADER = /公开(?:内容|类别|目录)|信息(?:公开)?类别|类别及事项/u;

export function detectTaskTable(table: TableBlock): TaskTableLayout | null {
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, table.rows.length); r++) {
    const layout = layoutFromHeader(table, r);
    if (layout) return layout;
  }
  return null;
}

const MIN_HEADERLESS_ROWS = 3;
const MIN_HEADERLESS_TASK = 10;

/**
 * A table with no header at all (an excerpt that starts at its first row):
 * its columns are read by their cells alone (spec: an unknown header never
 * hides a table whose columns plainly hold tasks and units). Only a table
 * whose rows are numbered, with a column of sentences of work and a column
 * of unit names, qualifies: the numbers are the seq, the first sentence
 * column the task, the first unit column after it the leads, a date column
 * the deadline. The layout has no header rows.
 */
export function headerlessLayout(table: TableBlock): TaskTableLayout | null {
  const body = table.rows.slice(0, SAMPLE_ROWS);
  if (body.length < MIN_HEADERLESS_ROWS) return null;
  const kinds: (string | null)[] = [];
  for (let i = 0; i < table.width; i++) {
    kinds.push(majority(columnKinds(body, i)));
    // The numbers come first (or after one grouping column): a table without them is read no further.
    if (i === Math.min(1, table.width - 1) && !kinds.includes('seq')) return null;
  }
  const seq = kinds.findIndex((k, i) => k === 'seq' && allFilled(body, i));
  const task = kinds.findIndex((k, i) => i > seq && k === 'text' && meanLength(body, i) >= MIN_HEADERLESS_TASK);
  const lead = kinds.findIndex((k, i) => i > task && k === 'units');
  if (seq < 0 || task < 0 || lead < 0) return null;
  // A status column (`按时序推进`) reads as dates too: only written dates make a deadline column here.
  const deadline = kinds.findIndex((k, i) => i > task && k === 'date' && bodyCells(body, i).filter((c) => !c.covered && /\d/u.test(c.text)).length * 2 > body.length);
  const columns: (TaskColumn | null)[] = kinds.map(() => null);
  columns[seq] = { index: seq, role: 'seq', name: '' };
  columns[task] = { index: task, role: 'task', name: '' };
  columns[lead] = { index: lead, role: 'lead', name: '' };
  if (deadline >= 0) columns[deadline] = { index: deadline, role: 'deadline', name: '' };
  return { headerRows: [], columns, signature: '', title: '' };
}

/** How many cells of column `i` are of each kind (a cell of several lines read as one list). */
function columnKinds(body: readonly Row[], i: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of body) {
    const cell = row.cells[i];
    if (!cell || cell.covered || !cell.text) continue;
    const kind = cellKind(cell.lines.length > 1 ? cell.lines.join('、') : cell.text);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return counts;
}

/** The kind more than half the counted cells have, or null. */
function majority(counts: Map<string, number>): string | null {
  let total = 0;
  for (const v of counts.values()) total += v;
  for (const [k, v] of counts) if (v * 2 > total) return k;
  return null;
}

/** `why` receives the reason when row `r` reads as a header but the table is no task table (for `whyNotTaskTable`). */
function layoutFromHeader(table: TableBlock, r: number, why: string[] = []): TaskTableLayout | null {
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
  // An indicator or scoring table (`考核指标 | 单位 | 年度目标 | 责任部门`) names
  // targets, not tasks, even where it has a unit column; with a due date for each
  // (`考核指标 | … | 责任单位 | 完成时限`), its indicators are tasks owned and due.
  // …and so are indicators written as sentences of work (`每年3月1日前，市、县政府向…报告…`) beside
  // their units: of several indicator columns (`二级指标 | 评价指标`), the one of the longest cells.
  const sample = table.rows.slice(r + headerRows.length, r + headerRows.length + SAMPLE_ROWS);
  let indicator = -1;
  if (!has('task')) {
    row.cells.forEach((c, i) => {
      if (c.covered || !INDICATOR_HEADER.test(normalizeHeader(c.text))) return;
      if (indicator < 0 || meanLength(sample, i) > meanLength(sample, indicator)) indicator = i;
    });
  }
  const owned = has('lead') || has('partners');
  const sentences = indicator >= 0 && meanLength(sample, indicator) >= MIN_WORK_SENTENCE;
  if (indicator >= 0 && !(owned && (has('deadline') || sentences))) {
    why.push(`an indicator table (${headerText(row)}): it names targets, not tasks`);
    return null;
  }
  if (indicator >= 0) columns[indicator] = { index: indicator, role: 'task', name: row.cells[indicator]!.text };
  if (row.cells.some((c) => !c.covered && CATALOGUE_HEADER.test(normalizeHeader(c.text)))) {
    why.push(`a disclosure catalogue (${headerText(row)}): it lists information to publish, not tasks`);
    return null;
  }
  confirmByCells(table, r + headerRows.length, columns, row);
  promoteUnmergedGroup(table, r + headerRows.length, columns);
  yieldFigureTask(table, r + headerRows.length, columns);
  yieldEmptyTask(table, r + headerRows.length, columns);
  demoteMergedTask(table, r + headerRows.length, columns, row);
  if (!has('task') && has('content')) {
    // No task column but a measures column: the measures are the tasks.
    const first = columns.find((c) => c?.role === 'content')!;
    first.role = 'task';
  }
  if (!has('task') || !(has('lead') || has('deadline'))) {
    why.push(`the header (${headerText(row)}) has ${has('task') ? 'no lead-unit or deadline column' : 'no task column'}`);
    return null;
  }
  resolveDuplicates(columns);
  const title = r > 0 ? table.rows.slice(0, r).map((x) => x.cells.find((c) => c.text)?.text ?? '').filter(Boolean).join('') : '';
  return { headerRows, columns, signature: signatureOf(table.rows.slice(r, r + headerRows.length)), title };
}

const SAMPLE_ROWS = 30;

/**
 * A header is read by its meaning, and the column's cells confirm it: a
 * column under a header outside the synonym lists (`民生实事`, `整改问题`)
 * takes the role its cells show (sentences of work: the task; unit names:
 * the units; date phrases: the deadline), and a unit column whose cells are
 * persons' names (`叶林`, `王副县长`) names people, not units.
 */
function confirmByCells(table: TableBlock, bodyFrom: number, columns: (TaskColumn | null)[], header: Row): void {
  const body = table.rows.slice(bodyFrom, bodyFrom + SAMPLE_ROWS);
  if (!body.length) return;
  const kindsOf = (i: number) => columnKinds(body, i);
  const roles = new Set(columns.map((c) => c?.role));
  // A measures column stands in for a missing task column (see below).
  if (roles.has('content')) roles.add('task');
  header.cells.forEach((cell, i) => {
    const col = columns[i];
    // Read only where a rule below asks for it: a column whose header named a task or a date never does.
    let counted: string | null | undefined;
    const kindOf = () => (counted === undefined ? (counted = majority(kindsOf(i))) : counted);
    // A column of numbers under no header of its own (the cell before it spans it) is the seq.
    if (!col && !roles.has('seq') && (cell.covered || !cell.text || headerRole(cell.text) === null) && kindOf() === 'seq' && allFilled(body, i)) {
      roles.add('seq');
      columns[i] = { index: i, role: 'seq', name: cell.text };
      return;
    }
    if (cell.covered || !cell.text) return;
    if (col && (col.role === 'lead' || col.role === 'partners') && kindOf() === 'person') {
      col.role = 'note';
      return;
    }
    // A remarks column of date phrases (`备注 | 11月底前完成`) in a table with no deadline column gives the due dates.
    if (col?.role === 'note' && !roles.has('deadline') && REMARKS_HEADER.test(normalizeHeader(cell.text)) && kindOf() === 'date') {
      col.role = 'deadline';
      roles.add('deadline');
      return;
    }
    // A plan column of `4月：…` steps under a header nobody knows (`月度工作计划`) gives each row its due month.
    if (!col && !roles.has('deadline') && headerRole(cell.text) === null && datedSteps(body, i)) {
      roles.add('deadline');
      columns[i] = { index: i, role: 'deadline', name: cell.text };
      return;
    }
    if (col || headerRole(cell.text) !== null) return;
    const kind = kindOf();
    if (!kind) return;
    // A column of `是`/`否` or ticks is no sentence of work.
    if (kind === 'text' && meanLength(body, i) < MIN_SENTENCE) return;
    const role: ColumnRole | null =
      kind === 'text' ? (!roles.has('task') ? 'task' : roles.has('content') ? null : 'content') : kind === 'units' ? (roles.has('lead') ? null : 'lead') : kind === 'date' ? (roles.has('deadline') ? null : 'deadline') : null;
    if (!role) return;
    roles.add(role);
    columns[i] = { index: i, role, name: cell.text };
  });
}

/**
 * With no task column, a grouping column (`项目名称`) that is never merged —
 * each row names its own project — is the task, and the measures beside it
 * its content.
 */
function promoteUnmergedGroup(table: TableBlock, bodyFrom: number, columns: (TaskColumn | null)[]): void {
  if (columns.some((c) => c?.role === 'task')) return;
  if (promoteDeepestLevel(table, bodyFrom, columns)) return;
  const body = table.rows.slice(bodyFrom, bodyFrom + SAMPLE_ROWS);
  // One row is enough where nothing else could hold the task.
  if (body.length < (columns.some((c) => c?.role === 'content') ? 2 : 1)) return;
  for (const col of columns) {
    if (col?.role !== 'group') continue;
    const cells = body.map((row) => row.cells[col.index]!);
    // Each row names its own project; an excerpt's last row may have lost its cell.
    const own = cells.filter((c) => !c.covered && c.text && c.rowSpan === 1).length;
    if (own === cells.length || (cells.length >= 5 && own >= cells.length - 1)) {
      col.role = 'task';
      return;
    }
  }
}

/**
 * Columns named as outline levels (`一级要点` / `二级要点`): the deepest level
 * is the task, the ones above it and a merged measures column before them
 * (`工作要求`) group it. True when it gave the task.
 */
function promoteDeepestLevel(table: TableBlock, bodyFrom: number, columns: (TaskColumn | null)[]): boolean {
  const levels = columns.filter((c): c is TaskColumn => c?.role === 'group' && OUTLINE_LEVEL.test(normalizeHeader(c.name)));
  if (levels.length < 2) return false;
  const deepest = levels[levels.length - 1]!;
  deepest.role = 'task';
  const body = table.rows.slice(bodyFrom, bodyFrom + SAMPLE_ROWS);
  for (const c of columns) {
    if (c?.role === 'content' && c.index < deepest.index && bodyCells(body, c.index).some((x) => x.covered || x.rowSpan > 1)) c.role = 'group';
  }
  return true;
}

const MIN_SENTENCE = 5;

// `4月：…`, `2024年6月底前：…`, `二季度：…`: a step of a plan, led by its date.
const DATED_STEP = /^(?:(?:\d{4}|[〇零一二三四五六七八九]{4})年)?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月|第?[一二三四1-4]季度)[^:：，,。]{0,4}[:：]/u;

/** Most filled cells of column `i` open with a date and a colon. */
function datedSteps(body: readonly Row[], i: number): boolean {
  const cells = bodyCells(body, i).filter((c) => !c.covered && c.text);
  return cells.length > 0 && cells.filter((c) => DATED_STEP.test(toSimplified(c.text.trim()))).length * 2 > cells.length;
}
/** A figure (`8950人`, `51个`, `100%`): a short cell with a digit. */
const FIGURE = /^[^。；;，,]{0,12}$/u;

/**
 * A task column whose cells are mostly figures (`目标任务`: `1300人`, `2所`)
 * names targets, not work: a grouping column beside it that each row fills
 * with its own project (`项目名称`) is the task, the figures its content.
 */
function yieldFigureTask(table: TableBlock, bodyFrom: number, columns: (TaskColumn | null)[]): void {
  const task = columns.find((c) => c?.role === 'task');
  if (!task || !columns.some((c) => c?.role === 'group')) return;
  const cells = bodyCells(table.rows.slice(bodyFrom, bodyFrom + SAMPLE_ROWS), task.index).filter((c) => !c.covered && c.text);
  const figures = cells.filter((c) => /\d/u.test(c.text) && FIGURE.test(c.text)).length;
  if (!cells.length || figures * 2 <= cells.length) return;
  task.role = 'content';
  promoteUnmergedGroup(table, bodyFrom, columns);
  if (!columns.some((c) => c?.role === 'task')) task.role = 'task';
}

function bodyCells(body: readonly Row[], i: number) {
  return body.map((row) => row.cells[i]).filter((c) => c !== undefined);
}

function allFilled(body: readonly Row[], i: number): boolean {
  const cells = bodyCells(body, i);
  return cells.length > 0 && cells.every((c) => !c.covered && c.text);
}

function meanLength(body: readonly Row[], i: number): number {
  const texts = bodyCells(body, i).filter((c) => !c.covered && c.text).map((c) => c.text.length);
  return texts.length ? texts.reduce((a, b) => a + b, 0) / texts.length : 0;
}

/**
 * A task column with no text in any row (a scraper left its merged cell out
 * everywhere: `主要任务 | 全年目标任务`) gives its role to the next task-like
 * column that has text.
 */
function yieldEmptyTask(table: TableBlock, bodyFrom: number, columns: (TaskColumn | null)[]): void {
  const body = table.rows.slice(bodyFrom, bodyFrom + SAMPLE_ROWS);
  const task = columns.find((c) => c?.role === 'task');
  if (!task || !body.length || bodyCells(body, task.index).some((c) => !c.covered && c.text)) return;
  const next = columns.find((c) => c && c !== task && (c.role === 'task' || c.role === 'content') && bodyCells(body, c.index).some((x) => !x.covered && x.text));
  if (!next) return;
  task.role = 'group';
  next.role = 'task';
}

/**
 * A task column merged over several rows, beside a sentence column that each
 * row fills with its own text (`工作任务` over `具体要求`), groups those rows:
 * each row's own sentence is its task, and the merged cell its path.
 */
/** Mean length of an indicator column's cells above which they are sentences of work, not targets' names. */
const MIN_WORK_SENTENCE = 24;


function demoteMergedTask(table: TableBlock, bodyFrom: number, columns: (TaskColumn | null)[], header: Row): void {
  const sample = table.rows.slice(bodyFrom, bodyFrom + SAMPLE_ROWS);
  const task = columns.find((c) => c?.role === 'task');
  const content = task ? columns.find((c) => c?.role === 'content' && c.index > task.index) : undefined;
  if (!task || !content) return;
  // A task column of outline headings (`（一）加强…`) is an outline level: a section row spanning
  // the table (`一、以公开助力…`) above its rows is then no row of the columns.
  const headings = bodyCells(sample, task.index).filter((c) => !c.covered && c.text && c.colSpan < sample[0]!.cells.length);
  const outline = headings.length > 0 && headings.every((c) => OUTLINE_HEADING.test(c.text));
  const body = outline ? sample.filter((row) => !(row.cells[0] && row.cells[0].colSpan >= row.cells.length && row.cells.length > 1)) : sample;
  if (body.length < 2) return;
  const merged = bodyCells(body, task.index).some((c) => c.covered || c.rowSpan > 1);
  if (!(merged && allFilled(body, content.index) && meanLength(body, content.index) > meanLength(body, task.index))) return;
  task.role = 'group';
  content.role = 'task';
  // The header's task cell may span a second grouping level (`一、…` then `（一）…`),
  // and a merged column before it under a word of its own (`目标`) is an outer level.
  const mergedText = (i: number) => {
    const cells = bodyCells(body, i);
    return cells.some((c) => c.covered || c.rowSpan > 1) && cells.some((c) => !c.covered && c.text && cellKind(c.text) === 'text');
  };
  for (let i = 0; i < content.index; i++) {
    if ((columns[i] && columns[i]!.role !== 'content') || i === task.index || !mergedText(i)) continue;
    if (i > task.index ? header.cells[i]?.covered : !header.cells[i]?.covered) columns[i] = { index: i, role: 'group', name: header.cells[i]?.text ?? '' };
  }
}

/** A header cell spanning several columns names only its first; the covered ones get no role. */
function rowRoles(row: Row): (ColumnRole | null)[] {
  return row.cells.map((c) => (c.covered ? null : headerRole(c.text)));
}

function isSubHeader(row: Row, below: Row): boolean {
  const spans = row.cells.some((c) => c.colSpan > 1);
  if (spans) return rowRoles(below).filter(Boolean).length >= 2;
  // A text export keeps no span: the merged header cell is its text then empty cells
  // (`责任单位 | ` over `牵头 | 配合`). The row below is all short column names, two at least,
  // one of them under an empty cell of the header (a first data row fills its seq and task).
  const filled = below.cells.flatMap((c, i) => (c.text ? [i] : []));
  if (filled.length < 2) return false;
  const subRoles = rowRoles(below);
  if (!filled.every((i) => subRoles[i] && below.cells[i]!.text.length <= MAX_SUB_HEADER)) return false;
  if (!filled.some((i) => !row.cells[i]?.text)) return false;
  // Each name sits under a header cell with text, or after another name or such a cell (the span it refines).
  return filled.every((i) => row.cells[i]?.text || filled.includes(i - 1) || (i > 0 && row.cells[i - 1]?.text));
}
const MAX_SUB_HEADER = 8;

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

/**
 * `signatureOf(rows at `at`) === layout.signature`, checked cell by cell so a
 * body row stops at its first cell that differs: it runs for every body row,
 * and normalising a row's long task text for nothing was a tenth of a large
 * table's extraction.
 */
export function isRepeatedHeader(rows: Row[], at: number, layout: TaskTableLayout): boolean {
  if (!layout.headerRows.length) return false;
  const want = layout.signature;
  let pos = 0;
  const header = rows.slice(at, at + layout.headerRows.length);
  for (let r = 0; r < header.length; r++) {
    if (r > 0 && want[pos++] !== '/') return false;
    const cells = header[r]!.cells;
    for (let c = 0; c < cells.length; c++) {
      if (c > 0 && want[pos++] !== '|') return false;
      const text = normalizeHeader(cells[c]!.text);
      if (!want.startsWith(text, pos)) return false;
      pos += text.length;
    }
  }
  return pos === want.length;
}

/**
 * Why a table is no task table, in words for `--explain` and the no-task
 * warning: the reason the first row that reads as a header was refused, or
 * no header in the first rows at all.
 */
export function whyNotTaskTable(table: TableBlock): string {
  const rows = table.rows.slice(0, HEADER_SEARCH_ROWS);
  if (!rows.length) return 'the table is empty';
  for (let r = 0; r < rows.length; r++) {
    const why: string[] = [];
    if (layoutFromHeader(table, r, why)) return 'it is a task table';
    if (why.length) return why[0]!;
  }
  return `no header: none of its first ${rows.length} row(s) names two known columns (${headerText(rows[0]!) || 'empty'})`;
}

function headerText(row: Row): string {
  return row.cells.filter((c) => !c.covered && c.text).map((c) => c.text.slice(0, 12)).join(' | ');
}
