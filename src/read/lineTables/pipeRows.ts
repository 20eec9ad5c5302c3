/**
 * Pipe rows, one row a line: `| 序号 | 任务 | 牵头单位 | 完成时限 |`, with or
 * without the Markdown rule `|---|---|`.
 */
import type { Cell, Row, TableBlock } from '../../model/document.js';
import { cellKind } from '../../model/cellKinds.js';
import { headerRole } from '../../model/headerRoles.js';
import { coveredCell, emptyCell, makeCell } from '../blocks.js';
import { alignedRow, ColumnSeries, columnKind, FIT, headerWord, KIND_OF_COLUMN, type ColumnKind } from './align.js';
import { cellNumberValue } from '../../model/vocabulary.js';
import { BLANK, ITEM_NUMBER, type LineTable, MAX_HEADER, namesTaskRecord, PIPE_RULE, plainRow, SECTION, sectionRow } from './shared.js';

/** A line of pipe-separated cells: at least two cells with text. */
export function isPipeRow(line: string): boolean {
  if (!line.includes('|')) return false;
  return pipeFields(line).filter((f) => f).length >= 2;
}

function pipeFields(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|')) s = s.slice(0, -1);
  return s.split('|').map((f) => f.trim());
}


export function readPipeRows(lines: readonly string[], start: number): LineTable | null {
  const records: { fields: string[]; line: number }[] = [];
  let i = start;
  for (; i < lines.length; i++) {
    let l = lines[i]!;
    if (PIPE_RULE.test(l) && l.includes('-')) continue;
    const at = i + 1;
    // A row the scraper wrapped: it stops without its closing pipe and the next line opens with one
    // (`工作任务 | 具体要求` / `| 责任单位 |`).
    while (l.includes('|') && !/\|\s*$/u.test(l) && i + 1 < lines.length && /^\s*\|/u.test(lines[i + 1]!)) l = `${l} ${lines[++i]!.trim()}`;
    if (isPipeRow(l)) {
      const fields = pipeFields(l);
      // A page's info bar (`索引号: | … | 成文日期: | …`) is no row of the table above it.
      if (isLabelRow(fields)) break;
      records.push({ fields, line: at });
      continue;
    }
    // A row's unit cell wrapped onto a line of its own (`产业政策科 | |` under a row that names no unit) is that row's.
    if (records.length && wrapsUnitCell(l, records[records.length - 1]!)) {
      const prev = records[records.length - 1]!;
      prev.fields = [...prev.fields.slice(0, filledLength(prev.fields)), ...pipeFields(l).filter((f) => f)];
      continue;
    }
    // A row with one cell: a section heading spanning the table (`| 一、强化管控 |`), or a row whose other cells are merged (`8.持续深化… |`).
    // So is one whose empty cells are written out (`新增学位810个 | |||||`).
    if ((/^\s*\|[^|]+\|\s*$/u.test(l) || /^[^|]+\|\s*$/u.test(l) || /^\s*\|?[^|]+\|(?:\s*\|)+\s*$/u.test(l)) && records.length) { records.push({ fields: pipeFields(l), line: at }); continue; }
    // Blank lines, or ones holding only a pipe (`|`, the end of the row before), between rows; a web
    // copy double-spaces them (row, blank, `|`, blank, row).
    if ((BLANK.test(l) || BARE_PIPE_LINE.test(l)) && records.length) {
      let next = i + 1;
      while (next < lines.length && next - i < GAP_LINES && (BLANK.test(lines[next]!) || BARE_PIPE_LINE.test(lines[next]!))) next++;
      if (next < lines.length && isPipeRow(lines[next]!)) {
        i = next - 1;
        continue;
      }
    }
    break;
  }
  const table = tableOfRecords(records, (width, kinds) => cutOffLastRecord(records, lines, i, width, kinds));
  return table ? { table, next: i } : null;
}

/** One row of delimited cells as a scraper wrote it: its fields, a merged cell perhaps left out. */
export interface DelimitedRecord {
  fields: string[];
  line: number;
}

/**
 * The table of rows of delimited cells, one row a line (pipe rows here, and
 * TAB rows a browser copies from a web table: both leave a rowspan's covered
 * cells out). A row shorter than the header has its cells placed by their
 * kind. `lastRowCut` says whether the text's end cut the last row (then it is
 * no row). Null for fewer than two rows.
 */
export function tableOfRecords(records: DelimitedRecord[], lastRowCut: (width: number, kinds: readonly ColumnKind[] | null) => boolean = () => false): TableBlock | null {
  if (records.length < 2) return null;
  const headerAt = records.findIndex((r) => r.fields.filter((f) => f.length <= MAX_HEADER && headerRole(f)).length >= 2);
  if (headerAt < 0) {
    const record = labelledRecord(records);
    if (record) return record;
  }
  if (headerAt >= 0) joinWrappedHeader(records, headerAt);
  let width = headerAt >= 0 ? records[headerAt]!.fields.length : Math.max(...records.slice(0, 50).map((r) => r.fields.length));
  let kinds = headerAt >= 0 ? records[headerAt]!.fields.map(columnKind) : null;
  const widened = headerAt >= 0 ? widenedHeader(records, headerAt) : null;
  if (widened) ({ width, kinds } = widened);
  if (lastRowCut(width, kinds)) records.pop();
  const rows: Row[] = [];
  const series = new ColumnSeries();
  records.forEach((r, k) => {
    if (rows.length) series.record(rows[rows.length - 1]!);
    if (k === headerAt && widened) {
      rows.push(widened.row);
      return;
    }
    // A scraper pads a row that left a merged cell out with empty cells at its end.
    const filled = filledLength(r.fields);
    const tokens = r.fields.map((text) => ({ text, line: r.line }));
    // A row filling every column stands as written, whatever empty cells a scraper padded its end with
    // (under a widened header only a row of exactly its width: its cells may sit one off).
    if (k <= headerAt || !kinds || ((r.fields.length === width || !widened) && filled === width && r.fields.slice(0, width).every(Boolean)) || filled === 0) rows.push(plainRow(tokens, width, r.line));
    // One cell alone heads the rows below, unless it is a numbered item whose other cells are merged.
    // A target's sub-row stands in the first column of work; every other cell is merged from the row above.
    else if (filledCells(r.fields) === 1 && isTargetSubRow(r.fields, width) && kinds.includes('text')) rows.push(targetSubRow(r.fields[0]!, kinds, width, r.line));
    else if (filledCells(r.fields) === 1 && width > 2 && !ITEM_NUMBER.test(r.fields.find((f) => f)!) && !isTargetSubRow(r.fields, width)) rows.push(sectionRow(r.fields.find((f) => f)!, width, r.line));
    // A full row whose last cell is empty (`说明`, `备注`) stands as written where its cells fit their columns.
    else if (r.fields.length === width && filled === width - 1 && r.fields.slice(0, filled).every(Boolean) && fitsInPlace(r.fields, kinds)) rows.push(plainRow(tokens, width, r.line));
    else rows.push(alignedRow(tokens.filter((t) => t.text), kinds, 0, width, r.line, rows.length > headerAt + 1, series, !widened));
  });
  return { kind: 'table', line: records[0]!.line, width, rows, caption: '' };
}

/** A column's name alone (`整改责任单位`, `整改时间`): short, no punctuation, and a header role. */
function isBareLabel(text: string): boolean {
  return text.length <= MAX_HEADER + 4 && !/[。，,；;：:（）()]/u.test(text) && headerRole(text) !== null;
}

// `重点工作:`, `牵头单位：`: a column's name as the label of its value.
const RECORD_LABEL = /^(\p{Script=Han}[\p{Script=Han}、，, ]{1,24}?)\s*[:：]$/u;

/**
 * One task written label by label, a label and its value a row
 * (`重点工作: | 135.统筹… |` / `牵头单位: | 市城管执法局 |` / …): the table
 * transposed. A row without a label carries on the value above it. When
 * the labels name a task column and a lead or deadline column, the labels
 * are the header and the values the one row under it.
 */
function labelledRecord(records: readonly { fields: string[]; line: number }[]): TableBlock | null {
  const labels: { text: string; line: number }[] = [];
  const values: { parts: string[]; line: number }[] = [];
  // Labels may also come without their colon (`整改任务概述 | … |` / `整改责任单位 | … |`): a column's
  // name alone in a row's first cell, its value beside it. Then three of them must name a task record.
  let bare = 0;
  for (const r of records) {
    const filled = r.fields.filter((f) => f);
    const colon = filled.length ? RECORD_LABEL.exec(filled[0]!) : null;
    const name = colon ? colon[1]! : filled.length === 2 && isBareLabel(filled[0]!) ? filled[0]! : null;
    if (name) {
      if (!colon) bare++;
      labels.push({ text: name, line: r.line });
      values.push({ parts: filled.slice(1), line: r.line });
    } else if (values.length) values[values.length - 1]!.parts.push(...filled);
    else return null;
  }
  if (!namesTaskRecord(labels.map((l) => l.text), bare ? 3 : 2)) return null;
  const rows: Row[] = [
    { cells: labels.map((l) => makeCell([l.text], l.line)), line: labels[0]!.line },
    { cells: values.map((v) => (v.parts.length ? makeCell([v.parts.join(' ')], v.line) : emptyCell(v.line))), line: labels[0]!.line },
  ];
  return { kind: 'table', line: records[0]!.line, width: labels.length, rows, caption: '' };
}

/**
 * A row that writes out its empty cells and fills only its first with a
 * target (`新增学位810个 | |||||`): a sub-row of the task above, its seq and
 * units merged from it, not a heading spanning the table (a heading names
 * a part of the plan, `一、…` or a field of work, and holds no figure).
 */
function isTargetSubRow(fields: readonly string[], width: number): boolean {
  const text = fields[0]!;
  return fields.length >= width - 1 && !SECTION.test(text) && /\d/u.test(text.replace(/^(?:19|20)\d{2}\s*年度?/u, ''));
}

/**
 * The last row, when the text's end cut it (a page kept as its beginning):
 * its line is the text's last, it lacks the closing pipe the other rows
 * have, and its cells stop short of the width before its unit cells. Its
 * missing cells were cut, not merged: it is no row (the cells above would
 * lend it their units).
 */
export function cutOffLastRecord(
  records: readonly DelimitedRecord[],
  lines: readonly string[],
  next: number,
  width: number,
  kinds: readonly ColumnKind[] | null,
  // Pipe rows say it: a row the text's end cut lost its closing pipe. TAB rows have no such mark.
  closed: (r: DelimitedRecord) => boolean = (r) => /\|\s*$/u.test(lines[r.line - 1]!),
): boolean {
  const last = records[records.length - 1];
  if (!last || records.length < 3 || next < lines.length) return false;
  for (let k = last.line; k < lines.length; k++) if (!BLANK.test(lines[k]!)) return false;
  const filled = filledLength(last.fields);
  // Cut after its unit cells (only a progress note lost), the row stands.
  const hasUnits = kinds?.some((k, c) => k === 'units' && c < filled && last.fields[c]) ?? false;
  return !closed(last) && records.slice(0, -1).every(closed) && filled < width && !hasUnits;
}

function targetSubRow(text: string, kinds: readonly ColumnKind[], width: number, line: number): Row {
  const at = kinds.indexOf('text');
  const cells: Cell[] = [];
  for (let c = 0; c < width; c++) cells.push(c === at ? makeCell([text], line) : coveredCell(line, 'above'));
  return { cells, line };
}

/** `line` holds only unit names in its cells, and the record before it names none. */
function wrapsUnitCell(line: string, prev: { fields: string[] }): boolean {
  if (!line.includes('|')) return false;
  const cells = pipeFields(line).filter((f) => f);
  const kind = (f: string) => cellKind(f);
  return cells.length >= 1 && cells.length <= 2 && cells.every((f) => kind(f) === 'units') && !prev.fields.some((f) => f && kind(f) === 'units');
}

const LABEL_CELL = /^\p{Script=Han}{2,8}\s*[:：]$/u;

/**
 * Two or more labels (`索引号:`, `成文日期：`), each followed by its value, make
 * half the row's filled cells. (One label and its value, `牵头单位: | 市财政局`,
 * is a line of a record written label by label.)
 */
export function isLabelRow(fields: readonly string[]): boolean {
  const filled = fields.filter((f) => f);
  const labels = filled.filter((f) => LABEL_CELL.test(f)).length;
  return labels >= 2 && labels * 2 >= filled.length;
}

const BARE_PIPE_LINE = /^\s*\|\s*$/u;
/** At most this many blank or lone-pipe lines between two rows of one table. */
const GAP_LINES = 4;

/** How many of a record's cells hold text. */
function filledCells(fields: readonly string[]): number {
  return fields.filter((f) => f).length;
}

/** Filled cells of a record, the empty ones a scraper pads its end with not counted. */
function filledLength(fields: readonly string[]): number {
  let n = fields.length;
  while (n > 0 && !fields[n - 1]) n--;
  return n;
}

/**
 * A header that names fewer columns than its full rows fill (`工作任务 | 具体要求
 * | 责任单位 | 时限要求 | |` over `一、… | （一）… | 1 | … | … | 持续推进 |`): its
 * first cell spans the columns the rows have before the others (grouping
 * cells, a seq number), as its colspan did on the page. Their kinds come from
 * the first full row.
 */
function widenedHeader(records: readonly { fields: string[]; line: number }[], headerAt: number): { width: number; kinds: ColumnKind[]; row: Row } | null {
  const header = records[headerAt]!;
  const named = filledLength(header.fields);
  if (named < 2 || header.fields.slice(0, named).some((f) => !f)) return null;
  const body = records.slice(headerAt + 1, headerAt + 51);
  const full = body.find((r) => filledLength(r.fields) > named && r.fields.slice(0, filledLength(r.fields)).every(Boolean));
  if (!full) return null;
  const width = filledLength(full.fields);
  const extra = width - named;
  const headerKinds = header.fields.slice(0, named).map(columnKind);
  const kinds: ColumnKind[] = [headerKinds[0]!];
  for (let c = 1; c <= extra; c++) kinds.push(KIND_OF_COLUMN[cellKind(full.fields[c]!)] ?? 'text');
  kinds.push(...headerKinds.slice(1));
  const cells: Cell[] = [makeCell([header.fields[0]!], header.line, extra + 1, 1)];
  for (let c = 1; c <= extra; c++) cells.push(coveredCell(header.line, 'left'));
  for (const f of header.fields.slice(1, named)) cells.push(makeCell([f], header.line));
  return { width, kinds, row: { cells, line: header.line } };
}

/**
 * A header the page wrapped onto the next line (`序号 | 项目名称 | 责任单位 |
 * 目标任务 | 实际完成情况 |` / `任务完成率 | 备注 | |`): a line right after it
 * whose cells are all header words — no number, no unit or person — goes on
 * with its columns, when the rows below have room for them.
 */
function joinWrappedHeader(records: { fields: string[]; line: number }[], headerAt: number): void {
  const header = records[headerAt]!;
  const next = records[headerAt + 1];
  if (!next) return;
  const named = header.fields.slice(0, filledLength(header.fields));
  const more = next.fields.slice(0, filledLength(next.fields));
  if (!more.length || named.some((f) => !f) || more.some((f) => !f)) return;
  if (!more.every((f) => headerWord(f) !== null && cellNumberValue(f) === null && (headerRole(f) !== null || cellKind(f) === 'text'))) return;
  const widest = Math.max(...records.slice(headerAt + 2, headerAt + 52).map((r) => r.fields.length), 0);
  if (named.length + more.length > widest) return;
  records.splice(headerAt, 2, { fields: [...named, ...more], line: header.line });
}

/** Every filled cell of the row suits the column it stands under. */
function fitsInPlace(fields: readonly string[], kinds: readonly ColumnKind[]): boolean {
  // A seq column may hold the heading its rows are merged under (`（一）全面实施…清单管理。`).
  return fields.every((f, c) => !f || FIT[cellKind(f)][kinds[c] ?? 'text'] > 0 || (kinds[c] === 'seq' && SECTION.test(f)));
}
