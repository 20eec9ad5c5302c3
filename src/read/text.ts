/**
 * Plain text → document model. Text exported from Word ("save as plain text")
 * writes a table cell as a line starting with a TAB; the lines after it that
 * do not start with a TAB belong to the same cell, blank lines included. Rows
 * have no marker of their own, so they are rebuilt from the grid width.
 */
import type { Block, DocumentModel, ParagraphBlock, TableBlock } from '../model/document.js';
import { InputFailure } from '../model/errors.js';
import { attachCaptions } from './blocks.js';
import { decodeBytes } from './decode.js';
import { GridBuilder } from './grid.js';
import { readLineTable } from './lineTables.js';
import { cutOffLastRecord, isLabelRow, tableOfRecords } from './lineTables/pipeRows.js';

export async function readText(bytes: Uint8Array, source: string): Promise<DocumentModel> {
  const { text, encoding } = decodeBytes(bytes);
  if (text.includes('\u0000')) {
    throw new InputFailure('NUL_BYTE', 'the text contains NUL bytes (a binary or damaged file)', 'open it in an editor and save it again as UTF-8 text');
  }
  return { source, format: 'txt', encoding, lineBase: 'line', blocks: textBlocks(text), warnings: [] };
}

/** The blocks of a text with their captions (for callers that read a text alone). */
export function parseText(text: string): Block[] {
  const blocks = textBlocks(text);
  attachCaptions(blocks);
  return blocks;
}

/** A cell as a two-level header sees it: its lines and where it starts. */
export interface HeaderCell {
  line: number;
  lines: string[];
}

interface RawCell {
  line: number;
  lines: string[];
  /** A blank line came right before the TAB line that opened this cell. */
  afterBlank: boolean;
}

/** A cell line of Word's export: one TAB, then the cell's first line. */
const isTabLine = (l: string) => l.startsWith('\t') && !isDelimitedRow(l);
/**
 * A row copied from a spreadsheet or a web page: the cells of the whole row
 * on one line, separated by TABs (`1\t建立制度\t区安监局\t2020年`).
 */
const isDelimitedRow = (l: string) => {
  const row = l.startsWith('\t') ? l.slice(1) : l;
  // Most lines hold no TAB at all: no need to split them.
  return row.includes('\t') && row.split('\t').filter((f) => f.trim()).length >= 2;
};
const isBlank = (l: string) => /^[ \u3000\u00a0\r]*$/.test(l);
// A heading can never be the continuation of a finished row's last cell.
const HEADING = /^\s*(?:附\s*件\s*\d*|[一二三四五六七八九十]+、|第[一二三四五六七八九十\d]+[章节部分])/;
const MAX_TRAILING_CONTINUATION = 30;

/** The blocks of a text: paragraphs, and the tables of its TAB-cell and TAB-delimited runs. */
export function textBlocks(text: string): Block[] {
  const lines = text.split(/\r\n|\n|\r/);
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isTabLine(line)) {
      const { table, next } = readTable(lines, i);
      blocks.push(table);
      i = next;
      continue;
    }
    if (isDelimitedRow(line)) {
      const { table, next } = readDelimitedTable(lines, i);
      if (table) {
        blocks.push(table);
        i = next;
        continue;
      }
    }
    const lineTable = isBlank(line) ? null : readLineTable(lines, i);
    if (lineTable) {
      blocks.push(lineTable.table);
      i = lineTable.next;
      continue;
    }
    if (!isBlank(line)) blocks.push({ kind: 'paragraph', text: line, line: i + 1 } satisfies ParagraphBlock);
    i++;
  }
  return blocks;
}

/** Reads the table that starts at lines[start]; returns it and the index of the first line after it. */
function readTable(lines: string[], start: number): { table: TableBlock; next: number } {
  const cells: RawCell[] = [];
  const row = new RowTracker();
  let i = start;
  let blanks = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (isTabLine(line)) {
      const afterBlank = blanks > 0 || i === start;
      cells.push({ line: i + 1, lines: [line.slice(1)], afterBlank });
      row.cell(afterBlank, () => groupSizeAt(lines, i));
      blanks = 0;
      continue;
    }
    if (isBlank(line)) { blanks++; continue; }
    if (!(row.open ? continuesOpenRow(line, blanks) : continuesCell(lines, i, blanks))) break;
    const cell = cells[cells.length - 1]!;
    for (let b = 0; b < blanks; b++) cell.lines.push('');
    cell.lines.push(line);
    blanks = 0;
  }
  // Leave trailing blank lines to the caller.
  const next = i - blanks;
  return { table: buildGrid(cells), next };
}

/**
 * Whether the row being read still lacks cells, as far as can be told while
 * reading: the width is the size of the first group of two or more cells (the
 * header), and a lone cell followed by a full group was a row spanning the
 * table. While a row lacks cells, a line without TAB can only continue its
 * last cell, however long — prose cannot sit in the middle of a row.
 */
class RowTracker {
  private width = 0;
  private group = 0;
  private groups = 0;
  private inRow = 0;

  get open(): boolean {
    return this.width === 0 || this.inRow !== 0;
  }

  cell(startsGroup: boolean, nextGroupSize: () => number): void {
    if (startsGroup) {
      this.groups++;
      if (this.width === 0 && this.group >= 2) this.width = this.group;
      // The top row of a two-level header has fewer cells than the grid.
      else if (this.groups <= 3 && this.group > this.width) { this.width = this.group; this.inRow = 0; }
      else if (this.width && this.inRow === 1 && nextGroupSize() >= this.width) this.inRow = 0;
      this.group = 0;
    }
    this.group++;
    if (this.width) this.inRow = (this.inRow + 1) % this.width;
  }
}

/** The number of cells in the group starting at lines[at]: TAB lines up to the next blank line before a TAB line. */
function groupSizeAt(lines: string[], at: number): number {
  let size = 0;
  let blank = false;
  for (let j = at; j < lines.length && j < at + 400; j++) {
    const l = lines[j]!;
    if (isTabLine(l)) {
      if (blank && size > 0) break;
      size++;
      blank = false;
    } else if (isBlank(l)) blank = true;
    else if (blank && size > 0 && !isTabLine(l)) blank = false;
  }
  return size;
}

/** In a row that still lacks cells only an attachment heading or a long gap ends the table. */
function continuesOpenRow(line: string, blanks: number): boolean {
  return blanks < 3 && !/^\s*附\s*件\s*\d*\s*$/u.test(line);
}

/**
 * Consecutive TAB-delimited rows (single blank lines between them allowed)
 * form a table; one such line alone is only a paragraph with TABs.
 */
function readDelimitedTable(lines: string[], start: number): { table: TableBlock | null; next: number } {
  const records: { line: number; fields: string[][] }[] = [];
  // Rows that open with a TAB where the first does not open with an empty cell (`\t\t牵头\t配合` under
  // `序号\t重点任务\t责任单位…`); where every row opens with one, it is the export's own.
  const ownLeadingTab = lines[start]!.startsWith('\t');
  let i = start;
  while (i < lines.length) {
    if (isDelimitedRow(lines[i]!)) {
      const record = readRecord(lines, i, ownLeadingTab);
      records.push({ line: i + 1, fields: record.fields });
      i = record.next;
      continue;
    }
    if (isBlank(lines[i]!) && i + 1 < lines.length && isDelimitedRow(lines[i + 1]!)) {
      i++;
      continue;
    }
    break;
  }
  if (records.length < 2) return { table: null, next: start };
  // No spread: a call with 250,000 arguments overflows the stack.
  const width = records.reduce((w, r) => Math.max(w, r.fields.length), 0);
  // Rows a browser copied from a web table leave a rowspan's covered cells out (`15.推进…\t完成…\t教育体育局`
  // under `类别\t民生事项名称\t…`): read as scraped pipe rows are, each short row's cells placed by their kind.
  if (leavesCellsOut(records, width)) {
    const rows = records.map((r) => ({ fields: r.fields.map((f) => f[0]!.trim()), line: r.line }));
    // A page's info bar after the rows (`索引号:\t…\t成文日期:\t…`) is no row of the table: the text goes on from it.
    const bar = rows.findIndex((r, k) => k >= 2 && isLabelRow(r.fields));
    const kept = bar < 0 ? rows : rows.slice(0, bar);
    const next = bar < 0 ? i : kept[kept.length - 1]!.line;
    // The text's end may cut the last row before its unit cells (it lends none from above): every other row is whole.
    const table = tableOfRecords(kept, (w, kinds) => cutOffLastRecord(kept, lines, next, w, kinds, (r) => r !== kept[kept.length - 1]));
    if (table) return { table, next };
  }
  const grid = new GridBuilder(records.length);
  grid.reserveWidth(width);
  for (const { line, fields } of records) {
    grid.startRow(line);
    fields.forEach((cellLines, c) => {
      if (cellLines.some((l) => l.trim())) grid.place(c, { lines: cellLines });
    });
  }
  return { table: grid.finish()!, next: i };
}

/**
 * Rows of one line a cell (no quoted cell of several lines) where a row after
 * the first has fewer cells than the widest: a browser writes an empty cell
 * as an empty field, so fewer fields means cells were left out.
 */
function leavesCellsOut(records: readonly { fields: string[][] }[], width: number): boolean {
  let short = false;
  for (const [k, r] of records.entries()) {
    if (r.fields.some((f) => f.length !== 1)) return false;
    if (k > 0 && r.fields.length < width) short = true;
  }
  return short;
}

const MAX_QUOTED_LINES = 50;

/**
 * One TAB-delimited row starting at lines[at]. A spreadsheet copies a cell
 * holding line breaks in double quotes (`"第一行` … `第二行"`, `""` for a quote
 * inside), so a quoted field may run over several lines; each field is
 * returned as its lines.
 */
function readRecord(lines: string[], at: number, dropLeadingTab: boolean): { fields: string[][]; next: number } {
  const fields: string[][] = [];
  let j = at;
  let text = dropLeadingTab ? lines[j]!.replace(/^\t/, '') : lines[j]!;
  let field: string[] = [];
  let current = '';
  let k = 0;
  const endField = () => { field.push(current); fields.push(field); field = []; current = ''; };
  for (;;) {
    if (k >= text.length) { endField(); return { fields, next: j + 1 }; }
    if (text[k] === '"' && current === '' && field.length === 0) {
      // A quoted field: find its closing quote, over lines if it must.
      let close = -1;
      let body = '';
      let from = k + 1;
      for (let extra = 0; extra <= MAX_QUOTED_LINES; extra++) {
        close = closingQuote(text, from);
        if (close >= 0) { body += text.slice(from, close); break; }
        if (j + 1 >= lines.length || extra === MAX_QUOTED_LINES) break;
        body += text.slice(from) + '\n';
        text = lines[++j]!;
        from = 0;
      }
      if (close < 0) {
        // No closing quote: the quote was text, and the field ends at the line.
        endField();
        return { fields, next: j + 1 };
      }
      const parts = body.replace(/""/g, '"').split('\n');
      field.push(...parts.slice(0, -1));
      current = parts[parts.length - 1]!;
      k = close + 1;
      while (k < text.length && text[k] !== '\t') current += text[k++];
      continue;
    }
    if (text[k] === '\t') { endField(); k++; continue; }
    current += text[k++];
  }
}

/** Index of the quote that closes a quoted field in `text` from `from` (a `""` pair is an escaped quote), or -1. */
function closingQuote(text: string, from: number): number {
  for (let k = from; k < text.length; k++) {
    if (text[k] !== '"') continue;
    if (text[k + 1] === '"') { k++; continue; }
    return k;
  }
  return -1;
}

/**
 * Whether the non-TAB line lines[i] continues the last cell, or the table has
 * ended. Inside a table a cell may hold blank lines (`区经贸局` / blank /
 * `区发改局`), so a single blank line proves nothing; two blank lines, a
 * heading, or a long line with no TAB line soon after end the table.
 */
function continuesCell(lines: string[], i: number, blanks: number): boolean {
  const line = lines[i]!;
  if (blanks >= 2) return false;
  if (HEADING.test(line)) return false;
  if (blanks === 0 && line.trim().length <= 60) return true;
  // Continuations are short fragments; prose after a table is not, and a
  // table that goes on shows its next TAB line within a few lines.
  if (line.trim().length > MAX_TRAILING_CONTINUATION) return false;
  // The table goes on if a TAB line follows. Where it ends instead (two
  // blank lines or the end of the text), only a lone fragment belongs to its
  // last cell; two lines or more are a sign-off (`…指挥部` / `2024年1月5日`).
  let run = 0;
  let others = 0;
  let j = i + 1;
  for (let seen = 0; j < lines.length && seen < 40; j++, seen++) {
    const l = lines[j]!;
    if (isTabLine(l)) return true;
    if (isBlank(l)) {
      if (++run >= 2) return others === 0;
      continue;
    }
    run = 0;
    others++;
    if (l.trim().length > MAX_TRAILING_CONTINUATION || HEADING.test(l)) return false;
  }
  return j >= lines.length && others === 0;
}

/**
 * Rebuild rows from the cells. A blank line before a TAB line usually starts a
 * row, but a cell can also end with a blank line; the width (the most common
 * row length) decides: cells accumulate until a row is full. A lone cell
 * followed by a full row is a title or section row spanning the table.
 */
function buildGrid(cells: RawCell[]): TableBlock {
  const groups: RawCell[][] = [];
  for (const c of cells) {
    if (c.afterBlank || groups.length === 0) groups.push([c]);
    else groups[groups.length - 1]!.push(c);
  }
  const width = modeWidth(groups);
  // Each row takes at least one cell: the cell count bounds the rows.
  const grid = new GridBuilder(null);
  grid.reserveWidth(width);
  let rows = 0;
  let pending: RawCell[] = [];
  const flush = (list: RawCell[]) => {
    if (!list.length) return;
    // A short final row (a truncated table) is padded to the grid width.
    grid.startRow(list[0]!.line);
    for (const c of list) grid.add({ lines: c.lines, line: c.line });
    rows++;
  };
  // How many rows from the top span the table: kept as a count, since a
  // scan of all rows for each group is quadratic.
  let spanningRows = 0;
  const onlySpanningRows = () => spanningRows === rows;
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    const nextGroup = groups[g + 1];
    if (pending.length === 0 && group.length === 1 && width > 1 && (!nextGroup || nextGroup.length >= width)) {
      const raw = group[0]!;
      grid.startRow(raw.line);
      grid.add({ lines: raw.lines, line: raw.line, colSpan: width });
      if (spanningRows === rows) spanningRows++;
      rows++;
      continue;
    }
    if (pending.length === 0 && onlySpanningRows() && nextGroup?.length === width && spreadHeader(grid, group, nextGroup, width)) {
      rows += 2;
      g++;
      continue;
    }
    // One cell at a time (a spread of a 300,000-cell group overflows the
    // stack), and rows cut by index: re-slicing the rest after every row is
    // quadratic on a long run of cells.
    for (const c of group) pending.push(c);
    let from = 0;
    for (; pending.length - from >= width; from += width) flush(pending.slice(from, from + width));
    if (from) pending = pending.slice(from);
  }
  flush(pending);
  return grid.finish()!;
}

/**
 * A two-level header in Word's text export: the top row has fewer cells than
 * the grid because a cell spans the sub-headers below it (`序号 | 重点任务 |
 * 责任分工` over `· | · | 牵头单位 | 完成时限`), and the bottom row is empty where
 * the top cells reach down. Each run of sub-headers gets one spanning cell;
 * the rest of the top row fills the empty positions in order, reaching down
 * over the bottom row. Returns false (nothing built) when the rows are not
 * such a header.
 */
export function spreadHeader(grid: GridBuilder, top: readonly HeaderCell[], bottom: readonly HeaderCell[], width: number): boolean {
  const filled = bottom.map((c) => c.lines.some((l) => !isBlank(l)));
  const runs: [number, number][] = [];
  for (let i = 0; i < width; i++) {
    if (!filled[i]) continue;
    if (runs.length && runs[runs.length - 1]![1] === i) runs[runs.length - 1]![1] = i + 1;
    else runs.push([i, i + 1]);
  }
  const empty = filled.filter((f) => !f).length;
  if (!runs.length || empty === 0 || top.length !== empty + runs.length || runs.some(([a, b]) => b - a < 2)) return false;
  grid.startRow(top[0]!.line);
  let next = 0;
  for (let i = 0; i < width; ) {
    const run = runs.find(([a]) => a === i);
    const raw = top[next++]!;
    if (run) {
      grid.place(i, { lines: raw.lines, line: raw.line, colSpan: run[1] - run[0] });
      i = run[1];
    } else {
      grid.place(i, { lines: raw.lines, line: raw.line, rowSpan: 2 });
      i++;
    }
  }
  grid.startRow(bottom[0]!.line);
  for (const [a, b] of runs) for (let k = a; k < b; k++) grid.place(k, { lines: bottom[k]!.lines, line: bottom[k]!.line });
  return true;
}

function modeWidth(groups: RawCell[][]): number {
  const counts = new Map<number, number>();
  for (const g of groups) if (g.length >= 2) counts.set(g.length, (counts.get(g.length) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [w, n] of counts) if (n > bestCount || (n === bestCount && w > best)) { best = w; bestCount = n; }
  return best || groups.reduce((w, g) => Math.max(w, g.length), 1);
}

