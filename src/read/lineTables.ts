/**
 * Tables that scrapers and converters write as lines of text:
 *
 * - **pipe rows**, one row a line: `| 序号 | 任务 | 牵头单位 | 完成时限 |`, with
 *   or without the Markdown rule `|---|---|`;
 * - **one cell a line**, each cell closed by ` |` (or a line of `|` between
 *   cells);
 * - **one cell a line with no delimiter at all**: the header's cells, then
 *   each row's cells, a row starting at its seq number.
 *
 * Scraped rows leave out the cells a rowspan covers, and a cell of several
 * units may come as several lines. The header gives the columns; the kind of
 * each line (a sentence of work, unit names, a date phrase, a person's name)
 * places it in its column, and a column a row leaves out is covered from the
 * row above, as a rowspan is.
 */
import type { Cell, Row, TableBlock } from '../model/document.js';
import { type CellKind, cellKind } from '../model/cellKinds.js';
import { headerRole, type ColumnRole } from '../model/headerRoles.js';
import { coveredCell, emptyCell, makeCell } from './blocks.js';

interface Token {
  text: string;
  line: number;
}

export interface LineTable {
  table: TableBlock;
  /** Index of the first line after the table. */
  next: number;
}

const BLANK = /^[\s\u3000\u00a0]*$/u;
const PIPE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/u;
// A line of nothing but pipes (`|`, `||||||`) separates cells.
const BARE_PIPE = /^[\s|]*\|[\s|]*$/u;
const CELL_LINE = /\S\s*\|\s*$/u;
const SEQ_TOKEN = /^(\d{1,3})[.、．]?$/u;
const SECTION = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[章部分篇])/u;
const MAX_HEADER = 12;
const CHROME = /^(?:分享到|打印本页|关闭窗口|【?打印】?|【?关闭】?|返回顶部|上一篇|下一篇|扫一扫)/u;
const MAX_HEADER_CELLS = 12;
const MAX_TOKENS_PER_CELL = 8;
const MAX_ROW_TOKENS = 60;

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

/** The table of line forms starting at lines[start], or null. */
export function readLineTable(lines: readonly string[], start: number): LineTable | null {
  const line = lines[start]!;
  if (isPipeRow(line)) return readPipeRows(lines, start);
  if (line.includes('|') && (CELL_LINE.test(line) || BARE_PIPE.test(line))) return readCellLines(lines, start, true);
  const t = line.trim();
  if (t.length <= 4 && headerWord(t) === 'seq') return readCellLines(lines, start, false);
  return null;
}

// ---------------------------------------------------------------------------
// Pipe rows

function readPipeRows(lines: readonly string[], start: number): LineTable | null {
  const records: { fields: string[]; line: number }[] = [];
  let i = start;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (PIPE_RULE.test(l) && l.includes('-')) continue;
    if (isPipeRow(l)) { records.push({ fields: pipeFields(l), line: i + 1 }); continue; }
    // A row with one cell (a section heading spanning the table: `| 一、强化管控 |`).
    if (/^\s*\|[^|]+\|\s*$/u.test(l) && records.length) { records.push({ fields: pipeFields(l), line: i + 1 }); continue; }
    if (BLANK.test(l) && i + 1 < lines.length && isPipeRow(lines[i + 1]!)) continue;
    break;
  }
  if (records.length < 2) return null;
  const headerAt = records.findIndex((r) => r.fields.filter((f) => f.length <= MAX_HEADER && headerRole(f)).length >= 2);
  const width = headerAt >= 0 ? records[headerAt]!.fields.length : Math.max(...records.slice(0, 50).map((r) => r.fields.length));
  const kinds = headerAt >= 0 ? records[headerAt]!.fields.map(columnKind) : null;
  const rows: Row[] = [];
  records.forEach((r, k) => {
    // A scraper pads a row that left a merged cell out with empty cells at its end.
    let filled = r.fields.length;
    while (filled > 0 && !r.fields[filled - 1]) filled--;
    const tokens = r.fields.map((text) => ({ text, line: r.line }));
    if (k <= headerAt || !kinds || (r.fields.length === width && filled === width) || filled === 0) rows.push(plainRow(tokens, width, r.line));
    else if (r.fields.filter((f) => f).length === 1 && width > 2) rows.push(sectionRow(r.fields.find((f) => f)!, width, r.line));
    else rows.push(alignedRow(tokens.filter((t) => t.text), kinds, 0, width, r.line, rows.length > headerAt + 1));
  });
  return { table: { kind: 'table', line: records[0]!.line, width, rows, caption: '' }, next: i };
}

function plainRow(tokens: readonly Token[], width: number, line: number): Row {
  const cells: Cell[] = [];
  for (let c = 0; c < width; c++) {
    const t = c === width - 1 ? tokens.slice(c) : tokens.slice(c, c + 1);
    const text = t.map((x) => x.text).filter(Boolean);
    cells.push(text.length ? makeCell(text, t[0]!.line) : emptyCell(line));
  }
  return { cells, line };
}

function sectionRow(text: string, width: number, line: number): Row {
  const cells: Cell[] = [makeCell([text], line, width, 1)];
  for (let c = 1; c < width; c++) cells.push({ ...coveredCell(line), coveredFrom: 'left' });
  return { cells, line };
}

// ---------------------------------------------------------------------------
// One cell a line

function readCellLines(lines: readonly string[], start: number, delimited: boolean): LineTable | null {
  // The header: a run of short header words, the first a seq header.
  const tokens: Token[] = [];
  let i = start;
  const take = (): boolean => {
    while (i < lines.length) {
      const l = lines[i]!;
      i++;
      if (BLANK.test(l) || BARE_PIPE.test(l)) continue;
      if (delimited && !CELL_LINE.test(l) && !pipeNeighbour(lines, i - 1)) { i--; return false; }
      if (!delimited && l.includes('|')) { i--; return false; }
      tokens.push({ text: l.replace(/\s*\|\s*$/u, '').trim(), line: i });
      return true;
    }
    return false;
  };
  const header: Token[] = [];
  while (header.length < MAX_HEADER_CELLS && take()) {
    const t = tokens[tokens.length - 1]!;
    // The rows start at the first seq number (an excerpt may start at `80`).
    if (header.length && SEQ_TOKEN.test(t.text)) break;
    // After the seq header, any short label is a column (`年度投资金额（万元）`).
    if (!headerWord(t.text) && !(header.length && t.text.length <= MAX_HEADER + 4 && !/[。；;]/u.test(t.text))) return null;
    header.push(t);
  }
  const kinds = header.map((h) => columnKind(h.text));
  const width = header.length;
  if (width < 3 || kinds[0] !== 'seq' || !kinds.some((k) => k === 'units' || k === 'date') || !kinds.includes('text')) return null;
  const first = tokens[tokens.length - 1];
  const firstSeq = first ? SEQ_TOKEN.exec(first.text) : null;
  if (!first || !firstSeq) return null;

  // Rows: from each seq number to the next one.
  const rows: Row[] = [{ cells: header.map((h) => makeCell([h.text], h.line)), line: header[0]!.line }];
  let expected = Number(firstSeq[1]);
  let row: Token[] = [first];
  const flush = () => {
    const [seq, ...rest] = row;
    // A number with no cells after it (an excerpt cut off, a stray line) is no row.
    if (!rest.length) return;
    splitSubRows(rest, kinds.slice(1)).forEach((part, k) => {
      const at = k === 0 ? seq!.line : part[0]!.line;
      const built = alignedRow(part, kinds.slice(1), 1, width, at, rows.length > 1);
      // A sub-row has no number of its own; its seq cell is merged from above.
      built.cells[0] = k === 0 ? makeCell([seq!.text], seq!.line) : { ...coveredCell(at), coveredFrom: 'above' };
      rows.push(built);
    });
  };
  while (take()) {
    const t = tokens[tokens.length - 1]!;
    const n = SEQ_TOKEN.exec(t.text);
    if (n && Number(n[1]) === expected + 1) {
      flush();
      expected++;
      row = [t];
      continue;
    }
    // A heading right before the next row heads the rows below it.
    if (SECTION.test(t.text) && t.text.length <= 40 && nextIsSeq(lines, i, expected + 1)) {
      flush();
      rows.push(sectionRow(t.text, width, t.line));
      row = [];
      continue;
    }
    if (!row.length) break;
    // Page chrome after the table (`分享到：`, `打印本页`) is no cell.
    if (/[:：]$/u.test(t.text) || CHROME.test(t.text)) { i = t.line - 1; tokens.pop(); break; }
    // The last row ends where its columns are full and the text goes on as prose.
    if (row.length > MAX_ROW_TOKENS || (row.length >= width && cellKind(t.text) === 'text' && t.text.length > 60 && !delimited)) { i = t.line - 1; tokens.pop(); break; }
    row.push(t);
  }
  if (row.length) flush();
  if (rows.length < 2) return null;
  return { table: { kind: 'table', line: header[0]!.line, width, rows, caption: '' }, next: i };
}

const KIND_OF_COLUMN: Record<string, ColumnKind> = { text: 'text', units: 'units', date: 'date', person: 'person', seq: 'seq' };

/**
 * A row's lines may hold a sub-row with no number of its own (`开工建设县老年
 * 养护楼。` / `县民政局` / `5月底前` / `开工建设老年大学。` / `12月底前`): once
 * the lines have walked past the last column of their kind, a line of that
 * kind starts the next sub-row.
 */
function splitSubRows(tokens: readonly Token[], kinds: readonly ColumnKind[]): Token[][] {
  // Only a row with more lines than columns can hold a sub-row.
  if (tokens.length <= kinds.length) return [[...tokens]];
  const parts: Token[][] = [[]];
  let col = 0;
  let lastKind: ColumnKind | null = null;
  for (const t of tokens) {
    const kind = KIND_OF_COLUMN[cellKind(t.text)];
    if (!kind || kind === lastKind) {
      parts[parts.length - 1]!.push(t);
      continue;
    }
    let c = col;
    while (c < kinds.length && kinds[c] !== kind) c++;
    if (c === kinds.length && kind === 'text' && kinds.slice(0, col).includes('text') && parts[parts.length - 1]!.length) {
      parts.push([t]);
      col = kinds.indexOf('text') + 1;
    } else {
      parts[parts.length - 1]!.push(t);
      if (c < kinds.length) col = c + 1;
    }
    lastKind = kind;
  }
  return parts.filter((p) => p.length);
}

/** A line between two lines of `|` is a cell (`|` / `序号` / `|`). */
function pipeNeighbour(lines: readonly string[], at: number): boolean {
  const prev = prevNonBlank(lines, at);
  return prev !== null && BARE_PIPE.test(prev);
}

function prevNonBlank(lines: readonly string[], at: number): string | null {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) if (!BLANK.test(lines[k]!)) return lines[k]!;
  return null;
}

function nextIsSeq(lines: readonly string[], from: number, seq: number): boolean {
  for (let k = from; k < lines.length && k < from + 4; k++) {
    const l = lines[k]!;
    if (BLANK.test(l) || BARE_PIPE.test(l)) continue;
    return SEQ_TOKEN.exec(l.replace(/\s*\|\s*$/u, '').trim())?.[1] === String(seq);
  }
  return false;
}

// ---------------------------------------------------------------------------
// Placing a row's lines in their columns

type ColumnKind = 'seq' | 'units' | 'date' | 'person' | 'text';

function headerWord(text: string): ColumnRole | 'unknown' | null {
  const t = text.replace(/\s*\|\s*$/u, '').trim();
  if (!t || t.length > MAX_HEADER || /[。；;，,、]/u.test(t)) return null;
  const role = headerRole(t);
  if (role) return role;
  // A header outside the synonym lists (`民生实事`, `整改问题`): short, no digits.
  return /^[\p{Script=Han}（）()]{2,8}$/u.test(t) ? 'unknown' : null;
}

function columnKind(text: string): ColumnKind {
  const role = headerRole(text);
  switch (role) {
    case 'seq': return 'seq';
    case 'lead':
    case 'partners': return 'units';
    case 'deadline': return 'date';
    case 'note': return /领导|责任人|联系人/u.test(text) ? 'person' : 'text';
    default: return 'text';
  }
}

const FIT: Record<CellKind, Record<ColumnKind, number>> = {
  text: { text: 3, units: -3, date: -1, person: -3, seq: -3 },
  units: { text: 0, units: 3, date: -2, person: -2, seq: -3 },
  date: { text: 0, units: -2, date: 3, person: -2, seq: -3 },
  person: { text: -1, units: -1, date: -2, person: 3, seq: -3 },
  seq: { text: -1, units: -3, date: -2, person: -3, seq: 2 },
  empty: { text: 0, units: 0, date: 0, person: 0, seq: 0 },
};
const EXTRA_TOKEN: Record<ColumnKind, number> = { text: -0.5, units: -0.2, date: -2.5, person: -2, seq: -5 };
const LEFT_OUT = -1.5;

/**
 * The best monotone assignment of a row's lines to the columns from `offset`
 * on: each column takes none (covered from the row above, or empty in the
 * first row), one or several consecutive lines (a unit list spread over
 * lines, a sentence wrapped). Dynamic programming over lines × columns.
 */
function alignedRow(tokens: readonly Token[], kinds: readonly ColumnKind[], offset: number, width: number, line: number, hasRowAbove: boolean): Row {
  const n = tokens.length;
  const m = width - offset;
  const k = tokens.map((t) => cellKind(t.text));
  const NEG = -1e9;
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(NEG));
  const from: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(-1));
  best[0]![0] = 0;
  for (let c = 0; c < m; c++) {
    const kind = kinds[c] ?? 'text';
    for (let a = 0; a <= n; a++) {
      const here = best[c]![a]!;
      if (here === NEG) continue;
      if (here + LEFT_OUT > best[c + 1]![a]!) { best[c + 1]![a] = here + LEFT_OUT; from[c + 1]![a] = a; }
      let score = here;
      for (let b = a + 1; b <= n && b - a <= MAX_TOKENS_PER_CELL; b++) {
        score += FIT[k[b - 1]!][kind] + (b - a > 1 ? EXTRA_TOKEN[kind] : 0);
        if (score > best[c + 1]![b]!) { best[c + 1]![b] = score; from[c + 1]![b] = a; }
      }
    }
  }
  // Lines left over (more than the columns could take) go to the last column.
  let used = n;
  while (used > 0 && best[m]![used] === NEG) used--;
  const cells: Cell[] = [];
  for (let c = 0; c < offset; c++) cells.push(emptyCell(line));
  const spans: [number, number][] = new Array(m);
  for (let c = m, b = used; c > 0; c--) {
    const a = from[c]![b]!;
    spans[c - 1] = [a, b];
    b = a;
  }
  if (used < n && m > 0) spans[m - 1] = [spans[m - 1]![0], n];
  for (let c = 0; c < m; c++) {
    const [a, b] = spans[c]!;
    if (b > a) cells.push(makeCell(tokens.slice(a, b).map((t) => t.text), tokens[a]!.line));
    else cells.push(hasRowAbove ? { ...coveredCell(line), coveredFrom: 'above' } : emptyCell(line));
  }
  return { cells, line };
}
