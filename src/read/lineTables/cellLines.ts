/**
 * One cell a line: each cell closed by ` |`, between lines of `|`, or with no
 * delimiter at all. The header's cells come first, then each row's; a row
 * starts at its seq number, after an empty cell, or (with neither) ends with
 * its unit or date cell.
 */
import type { Cell, Row } from '../../model/document.js';
import { cellKind, isUnitList } from '../../model/cellKinds.js';
import { headerRole } from '../../model/headerRoles.js';
import { cellNumber, cellNumberValue, OUTLINE_NUMBER, PLACE_LEVEL, UNIT_LABEL, UNIT_NOUNS, withoutPinyinNoise } from '../../model/vocabulary.js';
import { coveredCell, emptyCell, makeCell } from '../blocks.js';
import { alignedRow, columnKind, headerWord, KIND_OF_COLUMN, type ColumnKind } from './align.js';
import {
  BARE_PIPE, BLANK, CELL_LINE, cellText, CHROME, headerRow, type LineTable, MAX_HEADER, MAX_HEADER_CELLS, MAX_ROW_TOKENS, MAX_SECTION, MAX_TOKENS_PER_CELL, namesTaskRecord, ITEM_NUMBER, SECTION,
  sectionRow, seqValue, type Token,
} from './shared.js';

/**
 * How the cells of a one-cell-a-line table are marked: each closed by ` |`
 * (`closed`), each between lines of `|` (`between`), or not at all (`bare`).
 */
const ANNEX = /^附\s*件\s*[\d一二三四五六七八九十]{0,3}(?:[\s:：]|$)/u;

export type CellMarks = 'closed' | 'between' | 'bare';

/** A run of cell lines from lines[start]: each cell's text and line, and whether a row break (an empty cell) came before it. */
class CellLineReader {
  readonly tokens: Token[] = [];
  i: number;
  constructor(readonly lines: readonly string[], start: number, private readonly marks: CellMarks) {
    this.i = start;
  }

  /** Reads the next cell into `tokens`; false at the first line that is no cell. */
  take(): boolean {
    const { lines, marks } = this;
    let pipes = 0;
    while (this.i < lines.length) {
      const l = lines[this.i]!;
      this.i++;
      if (BLANK.test(l)) continue;
      if (BARE_PIPE.test(l)) { pipes += (l.match(/\|/gu) ?? []).length; continue; }
      if (marks !== 'bare' && !CELL_LINE.test(l) && !pipeNeighbour(lines, this.i - 1) && !(marks === 'closed' && betweenClosedCells(lines, this.i - 1))) { this.i--; return false; }
      // With no delimiter, a line with `|` or a TAB belongs to another table form.
      if (marks === 'bare' && /[|\t]/u.test(l)) { this.i--; return false; }
      // Between `|` lines one pipe separates two cells; two mark an empty cell, the end of a row.
      // After cells closed by ` |`, a line of pipes is the row's end.
      const breakBefore = marks === 'closed' ? pipes > 0 : marks === 'between' ? pipes > 1 : false;
      const line = this.i;
      this.tokens.push({ text: marks === 'between' ? this.cellOverLines(l) : cellText(l), line, breakBefore });
      return true;
    }
    return false;
  }

  /**
   * Between `|` lines, the lines up to the next `|` line are one cell
   * (`(一)` / `持续` / `推进` / `“两个示范村”建设` / `|`): a scraper broke its text,
   * not its cells. Only when a `|` line closes them; the token's line stays the first.
   */
  private cellOverLines(first: string): string {
    const { lines } = this;
    let end = this.i;
    while (end < lines.length && end - this.i < MAX_TOKENS_PER_CELL * 2 && !BLANK.test(lines[end]!) && !lines[end]!.includes('|')) end++;
    if (end === this.i || end >= lines.length || !BARE_PIPE.test(lines[end]!)) return cellText(first);
    // Kept line by line (`王某` / `方某` are two names): the cell joins them as it joins any cell's lines.
    const text = [first, ...lines.slice(this.i, end)].map(cellText).join('\n');
    this.i = end;
    return text;
  }

  /** Nothing but blank lines and pipes is left: the text ends here. */
  atEnd(): boolean {
    for (let k = this.i; k < this.lines.length; k++) if (!BLANK.test(this.lines[k]!) && !BARE_PIPE.test(this.lines[k]!)) return false;
    return true;
  }

  get last(): Token {
    return this.tokens[this.tokens.length - 1]!;
  }

  /** Gives the last token back: the table ended before it. */
  untake(): void {
    this.i = this.last.line - 1;
    this.tokens.pop();
  }
}

export function readCellLines(lines: readonly string[], start: number, marks: CellMarks): LineTable | null {
  const reader = new CellLineReader(lines, start, marks);
  const header: Token[] = [];
  let stoppedAt: Token | null = null;
  while (header.length < MAX_HEADER_CELLS && reader.take()) {
    const t = reader.last;
    // The rows start at the first seq number (an excerpt may start at `80`), or after an empty cell.
    if (header.length && (seqValue(t.text) !== null || t.breakBefore)) { stoppedAt = t; break; }
    if (!isHeaderCell(t.text, header)) { stoppedAt = t; break; }
    header.push(t);
  }
  if (!stoppedAt) return null;
  // So is a record whose label and value each close with ` |`, a line of pipes after each value (`|` / `整改任务 |` /
  // `…不多。 |` / `|` / `责任单位 |` / …): each label opens a row of two cells.
  if ((marks === 'bare' || marks === 'closed') && header.length === 1 && headerRole(header[0]!.text) !== null) {
    const record = labelledLines(reader, header[0]!, marks === 'closed');
    if (record) return record;
  }
  if (header[0] && columnKind(header[0].text) === 'seq') return seqRows(reader, header, marks);
  // A grouping column before the seq (`类别 | 序号 | …`) whose cells are outline headings (`（一）…`): they head the rows, and the seq opens them.
  // (A scraper may have left its merged cells out altogether: the first row opens with its number.)
  if (header.length > 3 && headerRole(header[0]!.text) === 'group' && columnKind(header[1]!.text) === 'seq' && (isSectionHeading(reader.last) || seqValue(reader.last.text) !== null)) return seqRows(reader, header.slice(1), marks);
  return seqlessHeaderRows(reader, withPersonNouns(header), marks);
}

const MAX_RECORD_LABELS = 12;

/**
 * One task written label by label, each label alone on its line and its
 * value on the lines after it (`具体任务` / `全面落实…` / `责任单位` / `卫健局、文旅局`
 * / `完成时限` / …): the table transposed. When the labels name a task column
 * and a lead or deadline column, they are the header and the values the one
 * row under it. The reader's last token is the first value; on failure the
 * reader is left as it was.
 */
function labelledLines(reader: CellLineReader, first: Token, labelsOpenRows = false): LineTable | null {
  const at = { i: reader.i, tokens: reader.tokens.length };
  const labels: Token[] = [first];
  const values: Token[][] = [[reader.last]];
  const isLabel = (t: Token) => (!labelsOpenRows || t.breakBefore) && headerWord(t.text) !== null && headerRole(t.text) !== null;
  while (labels.length <= MAX_RECORD_LABELS && reader.take()) {
    const t = reader.last;
    if (/[:：]$/u.test(t.text) || CHROME.test(t.text) || values[values.length - 1]!.length >= MAX_TOKENS_PER_CELL) { reader.untake(); break; }
    if (isLabel(t)) {
      // A label after a label is no record's: a header's next cell.
      if (!values[values.length - 1]!.length) { reader.untake(); break; }
      labels.push(t);
      values.push([]);
    } else values[values.length - 1]!.push(t);
  }
  // A last label without its value (the text ends, or another form starts) is given back.
  if (!values[values.length - 1]!.length) {
    labels.pop();
    values.pop();
    reader.untake();
  }
  // Three labels at least: two short lines each (`具体任务` / `…` / `责任单位` / `…`) are as often a heading and its text.
  if (!namesTaskRecord(labels.map((l) => l.text), 3)) {
    reader.i = at.i;
    reader.tokens.length = at.tokens;
    return null;
  }
  const rows: Row[] = [headerRow(labels), { cells: values.map((v) => makeCell(v.map((t) => t.text), v[0]!.line)), line: first.line }];
  return { table: { kind: 'table', line: first.line, width: labels.length, rows, caption: '' }, next: reader.i };
}

/** A header cell: a header word; after a seq header, any short label (`年度投资金额（万元）`). */
function isHeaderCell(text: string, header: readonly Token[]): boolean {
  if (headerWord(text)) return true;
  const afterSeq = header.length > 0 && columnKind(header[0]!.text) === 'seq';
  // A section heading (`一、持续强化规划引领`) after the header heads the first rows: it is no column.
  return afterSeq && text.length <= MAX_HEADER + 4 && !/[。；;]/u.test(text) && !SECTION.test(text);
}

/** The header names a task column and a unit or date column. */
function isTaskHeader(kinds: readonly ColumnKind[]): boolean {
  return kinds.some((k) => k === 'units' || k === 'date') && kinds.includes('text');
}

/** Rows under a header that starts with a seq column: each row from its seq number to the next one. */
const OTHER_LEVEL_UNITS = new RegExp(`^(?:国家|中央|省|${PLACE_LEVEL})${UNIT_LABEL}\\s*[:：]`, 'u');

function seqRows(reader: CellLineReader, rawHeader: Token[], marks: CellMarks): LineTable | null {
  const header = joinedHeader(withSubHeader(reader, rawHeader), firstRowWidth(reader));
  const kinds = header.map((h) => columnKind(h.text));
  const width = header.length;
  if (width < 3 || !isTaskHeader(kinds)) return null;
  const rows: Row[] = [headerRow(header)];
  let first = reader.last;
  // A section heading may come before the first row (`一、主要经济指标…` / `1` / …).
  if (seqValue(first.text) === null && SECTION.test(first.text) && first.text.length <= MAX_SECTION && reader.take() && seqValue(reader.last.text) !== null) {
    rows.push(sectionRow(first.text, width, first.line));
    first = reader.last;
  } else if (seqValue(first.text) === null && first !== reader.last) {
    reader.untake();
  }
  // …or several, not all outline headings (`强化科技创新支撑能力。` / `(一)` / `加强战略科技力量建设。` / `1`).
  if (seqValue(first.text) === null) {
    const headings = leadHeadings(reader);
    if (headings) {
      for (const h of headings) rows.push(sectionRow(h.text, width, h.line));
      first = reader.last;
    }
  }
  const firstSeq = seqValue(first.text);
  if (firstSeq === null) return null;

  let expected = firstSeq;
  let row: Token[] = [first];
  let dataRows = 0;
  const flush = () => {
    const [seq, ...all] = row;
    // A line naming another level's units after the row's own (`省牵头单位：省农业农村厅` under
    // `市农业农村局、…`) is a note on them: no cell of this table.
    const rest = all.filter((t, k) => !(OTHER_LEVEL_UNITS.test(t.text) && all.slice(0, k).some((u) => cellKind(u.text) === 'units')));
    // A number with no cells after it (an excerpt cut off, a stray line) is no row.
    if (!rest.length) return;
    // An empty cell (a line of pipes) inside a numbered row ends a sub-row; else the kinds tell.
    const parts = rest.some((t, k) => k > 0 && t.breakBefore) ? splitAtBreaks(rest) : splitSubRows(rest, kinds.slice(1));
    parts.forEach((part, k) => {
      const at = k === 0 ? seq!.line : part[0]!.line;
      // A section heading above is no row to merge from.
      const built = alignedRow(part, kinds.slice(1), 1, width, at, dataRows > 0);
      dataRows++;
      // A sub-row has no number of its own; its seq cell is merged from above.
      built.cells[0] = k === 0 ? makeCell([seq!.text], seq!.line) : coveredCell(at, 'above');
      rows.push(built);
    });
  };
  while (reader.take()) {
    const t = reader.last;
    // Numbers may jump once the row so far is full, or after a heading that closed it.
    const afterHeading = !row.length && rows.length > 1;
    const full = row.length >= width || afterHeading;
    if (isNextSeq(t.text, expected, full, afterHeading ? MAX_SEQ_JUMP_AFTER_HEADINGS : MAX_SEQ_JUMP)) {
      flush();
      expected = seqValue(t.text)!;
      row = [t];
      continue;
    }
    // The header repeated (after a page break on the source page) is no cell of the row before it.
    if (t.text === rawHeader[0]!.text && rawHeader.length > 1 && skipRepeatedHeader(reader, rawHeader)) {
      flush();
      row = [];
      continue;
    }
    // A heading right before a header of its own (`二、…任务责任分解` / `序号` / …) starts the next table.
    if (SECTION.test(t.text) && t.text.length <= MAX_SECTION && row.length > 1 && nextLineIs(reader, rawHeader[0]!.text)) {
      reader.untake();
      break;
    }
    // A heading right before the next row heads the rows below it; so does the last of a run of
    // headings (sections an excerpt left with no rows: `二、…` / `三、…` / `68`), each a row of its own.
    if (isSectionHeading(t) && isNextSeq(afterHeadings(reader) ?? '', expected, full, MAX_SEQ_JUMP_AFTER_HEADINGS)) {
      flush();
      rows.push(sectionRow(t.text, width, t.line));
      row = [];
      continue;
    }
    if (!row.length) break;
    if (endsTable(t, cellsIn(row), width, marks)) { reader.untake(); break; }
    row.push(t);
  }
  if (row.length) flush();
  dropCutLastRow(reader, rows, kinds);
  if (rows.length < 2) return null;
  return { table: { kind: 'table', line: header[0]!.line, width, rows, caption: '' }, next: reader.i };
}

/**
 * The number that starts the next row: the one after `expected`, or, once the
 * row so far holds all its cells, a later one (an excerpt or a page that skips
 * numbers: `4` … `6`, `22` … `30`), written as a bare number.
 */
function isNextSeq(text: string, expected: number, rowIsFull: boolean, maxJump = MAX_SEQ_JUMP): boolean {
  const n = seqValue(text);
  return n === expected + 1 || (n !== null && n > expected + 1 && n <= expected + maxJump && rowIsFull && BARE_NUMBER.test(text));
}

/** A row's number written bare (`68`), as a row opens with it. */
const BARE_NUMBER = /^\d{1,3}$/u;

/** How far the numbers of an excerpt's rows may jump (`22`, `24`, `30`: the rows between were left out). */
const MAX_SEQ_JUMP = 60;
/** After outline headings, whole sections may have been left out (`3` … `二、` … `六、` / `68`): any later bare number. */
const MAX_SEQ_JUMP_AFTER_HEADINGS = 999;

/**
 * Takes the rest of the header's lines when they follow in order (the
 * reader's last token is its first); gives every token back otherwise.
 */
function skipRepeatedHeader(reader: CellLineReader, rawHeader: readonly Token[]): boolean {
  let taken = 0;
  for (let k = 1; k < rawHeader.length; k++) {
    if (!reader.take()) break;
    taken++;
    if (reader.last.text !== rawHeader[k]!.text) break;
    if (k === rawHeader.length - 1) return true;
  }
  for (; taken > 0; taken--) reader.untake();
  return false;
}

/**
 * A last row the text's end cuts off (an excerpt ending inside it) before
 * its unit cells lost them: they were cut, not merged, and the row names no
 * unit of its own. It is no row of the table.
 */
/** What is left after the reader is one cell the text's end cut before its closing ` |` (`改造小江初中现有教学楼…,`). */
function endsInOpenCell(reader: CellLineReader): boolean {
  let left = 0;
  for (let k = reader.i; k < reader.lines.length; k++) {
    const l = reader.lines[k]!;
    if (BLANK.test(l) || BARE_PIPE.test(l)) continue;
    if (/\|\s*$/u.test(l) || ++left > 1) return false;
  }
  return left === 1;
}

function dropCutLastRow(reader: CellLineReader, rows: Row[], kinds: readonly ColumnKind[]): void {
  // (rows[0] is the header.) A table's only row has no row above to lend it units: cut before them, it is no row.
  if (rows.length < 2 || !(reader.atEnd() || endsInOpenCell(reader))) return;
  const last = rows[rows.length - 1]!;
  let filled = last.cells.length - 1;
  while (filled >= 0 && (last.cells[filled]!.covered || !last.cells[filled]!.text)) filled--;
  const unitsAfter = kinds.some((k, c) => k === 'units' && c > filled);
  const unitsIn = kinds.some((k, c) => k === 'units' && c <= filled && !last.cells[c]!.covered && last.cells[c]!.text);
  if (unitsAfter && !unitsIn) { rows.pop(); return; }
  // Cut inside its first unit cell (`市发` for `市发改委`): who leads is not known, and the row is none.
  const firstUnits = kinds.indexOf('units');
  const cell = firstUnits >= 0 && firstUnits === filled ? last.cells[filled]! : null;
  if (reader.atEnd() && cell && !cell.covered && !isUnitList(cell.text)) rows.pop();
}

/**
 * A second header row after the first one's end (`本月进展情况` over `前期手续` /
 * `在建形象进度`): short header words before the first number split the
 * header's last cell into the columns they name.
 */
function withSubHeader(reader: CellLineReader, header: Token[]): Token[] {
  const sub: Token[] = [];
  while (sub.length < MAX_HEADER_CELLS && seqValue(reader.last.text) === null && headerWord(reader.last.text) && (sub.length > 0 || reader.last.breakBefore)) {
    sub.push(reader.last);
    if (!reader.take()) break;
  }
  if (!sub.length) return header;
  if (seqValue(reader.last.text) === null) return header;
  return [...header.slice(0, -1), ...sub];
}

/**
 * The number of cells of the first row, from its number (the reader's last
 * token) to the next number, or null when no next number comes soon.
 */
function firstRowWidth(reader: CellLineReader): number | null {
  let seq = seqValue(reader.last.text);
  let k = reader.i;
  // Headings before the first row (`一、…` / `1` / …, or the lines `leadHeadings` takes): the row starts after them.
  if (seq === null && reader.last.text.length <= MAX_HEADING) {
    for (let seen = 0; k < reader.lines.length && seen < 2 * MAX_LEAD_HEADINGS; k++) {
      const l = reader.lines[k]!;
      if (BLANK.test(l) || BARE_PIPE.test(l)) continue;
      const t = cellText(l);
      if (BARE_NUMBER.test(t)) { seq = seqValue(t); k++; break; }
      if (t.length > MAX_HEADING) break;
      seen++;
    }
  }
  if (seq === null) return null;
  const next = seq + 1;
  let cells = 1;
  let continued = false;
  for (const end = k + MAX_ROW_TOKENS; k < reader.lines.length && k < end; k++) {
    const l = reader.lines[k]!;
    if (BLANK.test(l) || BARE_PIPE.test(l)) continue;
    const t = cellText(l);
    if (seqValue(t) === next) return cells;
    // A line ending in a separator (`区财政局、区商务局、`) goes on in the next: one cell.
    if (!continued) cells++;
    continued = /[、，,]$/u.test(t);
  }
  return null;
}

/**
 * Header cells a scraper split over lines (`责任` / `领导`, `攻坚目标` / `任务`),
 * where the header has more lines than its first row has cells: a fragment
 * that means nothing alone joins the next line when together they name a
 * column.
 */
const BARE_HEADER_NOUN = new RegExp(`^(?:${[...UNIT_NOUNS].join('|')})$`, 'u');

function joinedHeader(header: Token[], rowWidth: number | null): Token[] {
  // A copy: the raw header stays as read (a repeated header is matched against it).
  const base = withUnitNouns(withPersonNouns(withBracketQualifiers(header)));
  if (rowWidth === null) return [...base];
  const periods = periodSubHeader(base, rowWidth);
  const out = base.slice(0, periods);
  if (out.length <= rowWidth) return out;
  for (let k = 0; k + 1 < out.length && out.length > rowWidth; ) {
    const a = out[k]!.text;
    const joined = a + out[k + 1]!.text;
    const b = out[k + 1]!.text;
    // `责任` / `领导`: a piece that means nothing alone; `牵头` / `部门`: a bare noun after a role word;
    // `项目` / `类别`: two short pieces of one meaning.
    const role = headerRole(joined);
    const fragments = joined.length <= 4 && headerRole(a) === role && headerRole(b) === role;
    // (A whole header of its own, `工作绩效目标`, is no fragment: a column the rows leave empty follows it.)
    const meaningless = headerRole(a) === null && withoutPinyinNoise(a).length <= MAX_FRAGMENT;
    if (role !== null && (meaningless || (BARE_HEADER_NOUN.test(b) && headerRole(b) === null) || fragments)) out.splice(k, 2, { ...out[k]!, text: joined });
    else k++;
  }
  // Once the fragments are joined, the cell the periods sat under is the one left without a role.
  if (periods < base.length) withoutPeriodsParent(out, rowWidth);
  return out;
}

const MAX_FRAGMENT = 4;

/**
 * A bare unit noun (`单位`, `部门`) after a piece that names no column alone
 * (`责任` / `单位`) is the end of one header cell, whatever the first row's
 * width: no column is headed by `单位` alone beside the piece of a role.
 */
function withUnitNouns(header: Token[]): Token[] {
  const out: Token[] = [];
  for (const h of header) {
    const prev = out[out.length - 1];
    const joined = prev ? prev.text + h.text : '';
    const role = prev ? headerRole(joined) : null;
    if (prev && BARE_HEADER_NOUN.test(h.text) && headerRole(prev.text) === null && (role === 'lead' || role === 'partners')) out[out.length - 1] = { ...prev, text: joined };
    else out.push(h);
  }
  return out;
}

// `一季度`, `上半年`, `3月`: the name of a period, as a second header row names the columns under a cell.
const PERIOD_WORD = /^(?:第?[一二三四1-4]季度|[上下]半年|(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?)$/u;

/**
 * A second header row of periods (`工作绩效目标` over `一季度` … `四季度`)
 * comes after the whole first row when a table is scraped one cell a line.
 * Where the header is wider than its first row, the rows leave those columns
 * empty (their blank lines are gone): the periods are no columns of the
 * rows. Returns where they start (the header's length when there are none).
 */
function periodSubHeader(header: readonly Token[], rowWidth: number): number {
  let from = header.length;
  while (from > 0 && PERIOD_WORD.test(header[from - 1]!.text)) from--;
  const periods = header.length - from;
  return periods < 2 || header.length <= rowWidth || from < rowWidth ? header.length : from;
}

/**
 * The cell the periods were under names no column of its own: where one
 * header cell of no known role is left and the header is still wider than
 * the row, it is that cell (`工作绩效目标`). Edits `header`.
 */
function withoutPeriodsParent(header: Token[], rowWidth: number): void {
  if (header.length <= rowWidth) return;
  const unknown = header.flatMap((t, k) => (k > 0 && headerRole(t.text) === null ? [k] : []));
  if (unknown.length === 1) header.splice(unknown[0]!, 1);
}

// `领导`, `责任人`: the person a role word before it names (`牵头负责` / `领导`).
const BARE_PERSON_NOUN = /^(?:领导|责任人|负责人)$/u;
const ENDS_WITH_ROLE = /(?:牵头|负责|责任|分管|协管|包保|联系)$/u;

/**
 * A person noun alone on its line after a role word (`牵头负责` / `领导`) ends
 * that header cell, whatever the rows' width: `领导` names no column alone,
 * and `牵头负责` alone would read as the lead units' column.
 */
function withPersonNouns(header: Token[]): Token[] {
  if (!header.some((t) => BARE_PERSON_NOUN.test(t.text))) return header;
  const out: Token[] = [];
  for (const t of header) {
    const before = out[out.length - 1];
    if (before && BARE_PERSON_NOUN.test(t.text) && ENDS_WITH_ROLE.test(withoutPinyinNoise(before.text))) out[out.length - 1] = { ...before, text: before.text + t.text };
    else out.push(t);
  }
  return out;
}

// `（单位）`, `(年月)`: a short bracketed qualifier alone on its line.
const QUALIFIER_LINE = /^[（(][^（()）]{1,6}[）)]$/u;

/**
 * A header line that is only a bracketed qualifier (`责任股室` / `（单位）`)
 * is the end of the header cell before it, never a column of its own: no
 * header names a column by a bracket alone. A year alone (`2023年` /
 * `目标进度`) is the start of the cell after it.
 */
function withBracketQualifiers(header: Token[]): Token[] {
  const qualifier = (t: Token) => QUALIFIER_LINE.test(withoutPinyinNoise(t.text));
  const yearOnly = (t: Token) => YEAR_LINE.test(t.text);
  if (!header.some((t) => qualifier(t) || yearOnly(t))) return header;
  const out: Token[] = [];
  for (let k = 0; k < header.length; k++) {
    const t = header[k]!;
    const before = out[out.length - 1];
    const next = header[k + 1];
    if (before && qualifier(t)) out[out.length - 1] = { ...before, text: before.text + t.text };
    // `2023年` / `目标进度`: a year alone heads the words after it.
    else if (yearOnly(t) && next && headerWord(withoutPinyinNoise(next.text)) !== null && !YEAR_LINE.test(next.text)) { out.push({ ...t, text: t.text + next.text }); k++; }
    else out.push(t);
  }
  return out;
}

const YEAR_LINE = /^(?:19|20)\d{2}\s*年度?$/u;

/**
 * Rows under a header with no seq column (`工作任务 | 具体要求 | 责任科室 |
 * 时限要求`). Either the rows carry seq numbers the header does not name
 * (a merged 工作任务 cell before each number: the header's first cell spans
 * both), or, between `|` lines, an empty cell ends each row.
 */
function seqlessHeaderRows(reader: CellLineReader, header: Token[], marks: CellMarks): LineTable | null {
  // A group cell before the first row's number may read like a header word
  // (`深化政策解读形式`): the header ends at its last known column name.
  let known = header.length;
  while (known > 0 && headerWord(header[known - 1]!.text) === 'unknown') known--;
  const kinds = header.slice(0, known).map((h) => columnKind(h.text));
  // Two columns (`工作任务` / `责任单位和工作要求`) only with no delimiter, when the words name the task and the units.
  const twoColumns = known === 2 && marks === 'bare' && headerRole(header[0]!.text) === 'task' && kinds[1] === 'units';
  if ((known < 3 && !twoColumns) || !isTaskHeader(kinds)) return null;
  // The first row's number, if the rows carry numbers: after at most one cell per column before it.
  const pending = [...header.slice(known), reader.last];
  const isFirstSeq = (t: Token) => { const n = seqValue(t.text); return n !== null && n <= 1; };
  // (After cells closed by ` |`, a break before the first token is the header's own end: `||` under `时限要求 |`.)
  const headerEnd = (k: number) => k === 1 && marks === 'closed';
  while (!pending.some(isFirstSeq) && pending.length < known && !(reader.last.breakBefore && !headerEnd(pending.length)) && reader.take()) pending.push(reader.last);
  const seqAt = pending.findIndex(isFirstSeq);
  // Outline headings before the first number (`一、…` / `（一）…` / `1`) head the rows below them, not a column.
  if (seqAt > 0 && pending.slice(0, seqAt).every(isSectionHeading)) return numberedRows(reader, header.slice(0, known), kinds, pending.slice(seqAt), 0, marks, pending.slice(0, seqAt));
  if (seqAt >= 0 && seqAt < known) return numberedRows(reader, header.slice(0, known), kinds, pending, seqAt, marks);
  if (marks === 'between' && pending.length === 1 && reader.last.breakBefore) return brokenRows(reader, header.slice(0, known), kinds, pending);
  const closing = kinds[kinds.length - 1]!;
  if (marks !== 'between' && (closing === 'units' || closing === 'date')) return closedRows(reader, header.slice(0, known), kinds, pending, marks);
  // Cells closed by ` |` whose rows each end at a line of pipes (`||`), under a header that closes with neither units nor dates (`备注 |`).
  if (marks === 'closed' && pending.length > 1 && pending[pending.length - 1]!.breakBefore) return brokenRows(reader, header.slice(0, known), kinds, pending);
  const leadingText = kinds.findIndex((k) => k !== 'text');
  if (marks === 'bare' && leadingText >= 1 && kinds[leadingText] === 'units') return openedRows(reader, header.slice(0, known), kinds, pending, leadingText);
  return null;
}

/**
 * Rows with no number and no delimiter under a header that opens with the
 * task (and its target: `目标任务` / `年度目标`) and then its units (`牵头单位`
 * / `进展情况` / `下步举措`): each row opens with that many sentences followed
 * by unit names; the lines up to the next such run are the rest of its
 * cells. The table ends at a label or page chrome. An excerpt may hold one
 * row only when the text ends with it.
 */
function openedRows(reader: CellLineReader, header: Token[], kinds: ColumnKind[], pending: Token[], texts: number): LineTable | null {
  const width = header.length;
  const tokens: Token[] = [];
  const fits = (t: Token) => tokens.length < MAX_ROW_TOKENS * MAX_OPENED_ROWS && !/[:：]$/u.test(t.text) && !CHROME.test(t.text);
  let stop: Token | null = null;
  for (const t of pending) if (!stop) { if (fits(t)) tokens.push(t); else stop = t; }
  while (!stop && reader.take()) { if (fits(reader.last)) tokens.push(reader.last); else stop = reader.last; }
  if (stop) reader.i = stop.line - 1;
  const allKinds = tokens.map((t) => KIND_OF_COLUMN[cellKind(t.text)] ?? 'text');
  const opensAt = (ks: readonly ColumnKind[], k: number) => k + texts < ks.length && ks[k + texts] === 'units' && ks.slice(k, k + texts).every((x) => x === 'text');
  // An outline heading right before a row's sentences (`（一）…` / `全面公开…` / `法规科`) heads the rows below it.
  const cells: Token[] = [];
  const kind: ColumnKind[] = [];
  const headingsBefore = new Map<number, Token[]>();
  tokens.forEach((t, k) => {
    if (isSectionHeading(t) && opensAt(allKinds, k + 1)) headingsBefore.set(cells.length, [...(headingsBefore.get(cells.length) ?? []), t]);
    else { cells.push(t); kind.push(allKinds[k]!); }
  });
  // A row may also open with its first columns left out (merged from the row above): its first
  // cell then continues the numbering of a line of the row before (`2.建立…` after `1.加大…`), then units.
  const starts: number[] = [];
  const merged = new Map<number, number>();
  for (let k = 0; k + texts < cells.length; k++) {
    if (opensAt(kind, k) && (k === 0 || kind[k - 1] !== 'text' || starts.length > 0)) { starts.push(k); k += texts; continue; }
    const last = starts[starts.length - 1];
    if (last !== undefined && texts >= 2 && kind[k] === 'text' && kind[k + 1] === 'units' && continuesNumbering(cells.slice(last, k), cells[k]!)) {
      starts.push(k);
      merged.set(k, texts - 1);
      k += 1;
    }
  }
  const enough = starts.length >= 2 || (starts.length === 1 && !stop && reader.atEnd());
  if (!enough || starts[0] !== 0) { reader.i = (pending[0] ?? reader.last).line - 1; return null; }
  const rows: Row[] = [headerRow(header)];
  starts.forEach((from, n) => {
    for (const h of headingsBefore.get(from) ?? []) rows.push(sectionRow(h.text, width, h.line));
    const part = cells.slice(from, starts[n + 1] ?? cells.length);
    const left = merged.get(from) ?? 0;
    const row = alignedRow(part, kinds.slice(left), 0, width - left, part[0]!.line, rows.length > 1);
    const covered: Cell[] = Array.from({ length: left }, () => coveredCell(part[0]!.line, 'above'));
    rows.push(left ? { cells: [...covered, ...row.cells], line: row.line } : row);
  });
  return { table: { kind: 'table', line: header[0]!.line, width, rows, caption: '' }, next: reader.i };
}

const MAX_OPENED_ROWS = 50;


/** `t` opens with the number after one that opens a line of `row` (`2.` after `1.`, `（三）` after `（二）`). */
function continuesNumbering(row: readonly Token[], t: Token): boolean {
  const n = cellNumberValue(t.text);
  return n !== null && n >= 2 && row.some((x) => cellNumberValue(x.text) === n - 1 && numberForm(x.text) === numberForm(t.text));
}

/** The punctuation around a cell's number (`1.` and `2.` share it; `（1）` does not). */
function numberForm(text: string): string {
  const n = cellNumber(text);
  return n === null ? '' : text.trimStart().slice(0, text.trimStart().indexOf(n) + n.length + 1).replace(/[\d一二三四五六七八九十百①-⑳]/gu, '');
}

/**
 * Rows with no number and no delimiter, under a header whose last column
 * holds units or dates (`目标` / `任务` / `主要内容` / `责任单位`): each row ends
 * with its cell of that kind (several lines of units are one cell), and the
 * next line of another kind starts the next row. The table ends at a row
 * that never closes.
 */
function closedRows(reader: CellLineReader, header: Token[], kinds: ColumnKind[], pending: Token[], marks: CellMarks, headingsHead = false): LineTable | null {
  const start = { i: reader.i, tokens: reader.tokens.length };
  const width = header.length;
  const closing = kinds[width - 1]!;
  const rows: Row[] = [headerRow(header)];
  let row: Token[] = [];
  let closed = false;
  const kindOf = (t: Token) => KIND_OF_COLUMN[cellKind(t.text)] ?? 'text';
  const flush = () => {
    rows.push(alignedRow(row, kinds, 0, width, row[0]!.line, rows.length > 1));
    row = [];
    closed = false;
  };
  // Outline headings opening a row with no delimiter: the row's first cells, or headings of the rows below.
  let held: Token[] = [];
  const textColumns = kinds.filter((k) => k === 'text').length;
  // How the held headings were read: one table reads its headings one way (see the end).
  let headed = false;
  let asCells = false;
  const feed = (t: Token): boolean => {
    const kind = kindOf(t);
    if (closed && kind !== closing) flush();
    // A row that borrows its closing cell from the row above (merged) ends where the
    // next item of its numbering (`2.` after `1.`) or a new outline heading starts.
    else if (!closed && row.length && kind === 'text' && (continuesNumbering(row, t) || (isSectionHeading(t) && row.some((x) => ITEM_NUMBER.test(x.text))))) flush();
    if (row.length >= MAX_ROW_TOKENS || held.length >= MAX_ROW_TOKENS || /[:：]$/u.test(t.text) || CHROME.test(t.text)) return false;
    // Cells closed by ` |`: an outline heading opening a row (`一、… | ||`) heads the rows below it.
    if (marks === 'closed' && !row.length && isSectionHeading(t)) {
      rows.push(sectionRow(t.text, width, t.line));
      return true;
    }
    if (marks === 'bare' && !row.length && isSectionHeading(t)) {
      held.push(t);
      return true;
    }
    if (held.length) {
      // `一、…` / `（一）…` / `1.…` / units: headings before a numbered item, or more than the text columns
      // hold, head the rows below; else (`方向` / `任务` / `主要内容` columns) they are the row's own cells.
      const overflow = held.length + 1 > textColumns;
      if (kind === 'text' && (headingsHead || ITEM_NUMBER.test(t.text) || overflow)) {
        for (const h of held) rows.push(sectionRow(h.text, width, h.line));
        headed = true;
      } else {
        row.push(...held);
        if (kind === 'text') asCells = true;
      }
      held = [];
    }
    row.push(t);
    if (kind === closing) closed = true;
    return true;
  };
  let stop: Token | null = null;
  for (const t of pending) if (!stop && !feed(t)) stop = t;
  while (!stop && reader.take()) if (!feed(reader.last)) stop = reader.last;
  if (stop) reader.i = stop.line - 1;
  // A row that never closed (prose after the table, a label) is not the table's.
  if (!closed && row.length) reader.i = row[0]!.line - 1;
  else if (row.length) flush();
  // Headings that head some rows (over numbered items) head all of them: read again so.
  if (headed && asCells && !headingsHead) {
    reader.i = start.i;
    reader.tokens.length = start.tokens;
    return closedRows(reader, header, kinds, pending, marks, true);
  }
  if (rows.length < 3) return null;
  return { table: { kind: 'table', line: header[0]!.line, width, rows, caption: '' }, next: reader.i };
}

/**
 * Rows that carry seq numbers under a header without a seq column: the
 * `prefix` columns before the number (a grouping cell, often merged, so left
 * out), the number, then the header's other columns. The lines between two
 * numbers are the end of one row and the start of the next; one alignment
 * over both places them.
 */
function numberedRows(reader: CellLineReader, header: Token[], kinds: ColumnKind[], pending: Token[], prefix: number, marks: CellMarks, headings: readonly Token[] = []): LineTable | null {
  const width = header.length + 1;
  const headCells: Cell[] = header.map((h) => makeCell([h.text], h.line));
  // The number's column has no header of its own: the cell before it spans it (or, first, it is empty).
  if (prefix > 0) {
    headCells[prefix - 1] = { ...headCells[prefix - 1]!, colSpan: 2 };
    headCells.splice(prefix, 0, coveredCell(header[0]!.line, 'left'));
  } else headCells.unshift(emptyCell(header[0]!.line));
  const rows: Row[] = [{ cells: headCells, line: header[0]!.line }];
  for (const h of headings) rows.push(sectionRow(h.text, width, h.line));
  const before = kinds.slice(0, prefix);
  const after = kinds.slice(prefix);
  let seqToken = pending[prefix]!;
  let expected = seqValue(seqToken.text)!;
  let leadCells: Cell[] = alignedRow(pending.slice(0, prefix), before, 0, prefix, seqToken.line, false).cells;
  let tail: Token[] = [];
  const emit = (nextSeq: Token | null): Cell[] => {
    // The lines after this row's number: its own columns, then (if another row follows) the next row's prefix.
    const cols = nextSeq ? [...after, ...before] : after;
    const aligned = alignedRow(tail, cols, 0, cols.length, seqToken.line, rows.length > 1).cells;
    rows.push({ cells: [...leadCells, makeCell([seqToken.text], seqToken.line), ...aligned.slice(0, after.length)], line: seqToken.line });
    const nextLead = aligned.slice(after.length);
    // Cells the next row leaves out before its number are covered from the row above.
    return nextLead.map((c) => (c.covered || c.text ? c : coveredCell(c.line, 'above')));
  };
  // False once a heading row has closed the current row (it was emitted before the heading).
  let open = true;
  while (reader.take()) {
    const t = reader.last;
    // (A row leaving one merged cell out is full.)
    if (isNextSeq(t.text, expected, tail.length >= Math.max(1, after.length - 1))) {
      leadCells = open ? emit(t) : [];
      seqToken = t;
      expected = seqValue(t.text)!;
      tail = [];
      open = true;
      continue;
    }
    // With no grouping column, an outline heading before the next number heads the rows below it.
    if (prefix === 0 && isSectionHeading(t) && (headingsThenSeq(reader, expected + 1) || (tail.length >= after.length - 1 && headingsThenSeq(reader, expected + 2)))) {
      if (open) emit(null);
      open = false;
      rows.push(sectionRow(t.text, width, t.line));
      continue;
    }
    if (endsTable(t, tail.length + 1, width, marks)) { reader.untake(); break; }
    tail.push(t);
  }
  if (open && tail.length) emit(null);
  dropCutLastRow(reader, rows, [...before, 'seq', ...after]);
  if (rows.length < 2) return null;
  return { table: { kind: 'table', line: header[0]!.line, width, rows, caption: '' }, next: reader.i };
}

/**
 * Rows each ended by an empty cell (between `|` lines) or a line of pipes
 * (after cells closed by ` |`); a row's lines are placed by their kind. A
 * row of one outline heading (`一、年底前专项工作任务 |` / `|||||`) heads the
 * rows below it. `pending` holds the tokens read after the header.
 */
function brokenRows(reader: CellLineReader, header: Token[], kinds: ColumnKind[], pending: readonly Token[]): LineTable | null {
  const width = header.length;
  const rows: Row[] = [headerRow(header)];
  let row: Token[] = [];
  let dataRows = 0;
  const flush = () => {
    if (row.length === 1 && isSectionHeading(row[0]!)) rows.push(sectionRow(row[0]!.text, width, row[0]!.line));
    else if (row.length) { rows.push(alignedRow(row, kinds, 0, width, row[0]!.line, rows.length > 1)); dataRows++; }
    row = [];
  };
  const feed = (t: Token): boolean => {
    if (t.breakBefore && row.length) flush();
    if (row.length >= MAX_ROW_TOKENS || /[:：]$/u.test(t.text) || CHROME.test(t.text)) return false;
    row.push(t);
    return true;
  };
  let stopped = false;
  for (const t of pending) if (!stopped && !feed(t)) { stopped = true; reader.i = t.line - 1; }
  while (!stopped && reader.take()) if (!feed(reader.last)) { reader.untake(); stopped = true; }
  flush();
  if (dataRows < 1 || rows.length < 3) return null;
  return { table: { kind: 'table', line: header[0]!.line, width, rows, caption: '' }, next: reader.i };
}


/**
 * The table ends before `t`: page chrome (`分享到：`, `打印本页`), a label,
 * or (with no delimiter) prose once the row's columns are full.
 */
/** The cells a row's lines make at most: a run of unit lines (`万盛街道` / `东林街道` / `万东镇`) is one cell. */
function cellsIn(row: readonly Token[]): number {
  let cells = 0;
  let units = false;
  for (const t of row) {
    const isUnits = cellKind(t.text) === 'units';
    if (!(isUnits && units)) cells++;
    units = isUnits;
  }
  return cells;
}

function endsTable(t: Token, rowLength: number, width: number, marks: CellMarks): boolean {
  // The next attachment's marker (`附件2 …分解表`) starts another part of the document.
  if (/[:：]$/u.test(t.text) || CHROME.test(t.text) || ANNEX.test(t.text)) return true;
  return rowLength > MAX_ROW_TOKENS || (marks === 'bare' && rowLength >= width && cellKind(t.text) === 'text' && t.text.length > 60);
}


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
    // A remark column takes sentences too (`基本完成。` under `落实情况`).
    while (c < kinds.length && kinds[c] !== kind && !(kinds[c] === 'note' && kind === 'text')) c++;
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

function splitAtBreaks(tokens: readonly Token[]): Token[][] {
  const parts: Token[][] = [];
  for (const t of tokens) {
    if (!parts.length || t.breakBefore) parts.push([]);
    parts[parts.length - 1]!.push(t);
  }
  return parts;
}

/**
 * A cell whose closing ` |` was lost (an excerpt cut the long line: `…方面\ufffd`)
 * between two closed cells is a cell too.
 */
function betweenClosedCells(lines: readonly string[], at: number): boolean {
  const prev = nearNonBlank(lines, at, -1);
  const next = nearNonBlank(lines, at, 1);
  return prev !== null && next !== null && CELL_LINE.test(prev) && CELL_LINE.test(next) && !/[:：]$/u.test(lines[at]!.trim());
}

/** A line next to a line of `|` is a cell (`|` / `序号` / `|`); a table's first cell may have none before it. */
export function pipeNeighbour(lines: readonly string[], at: number): boolean {
  const prev = nearNonBlank(lines, at, -1);
  if (prev !== null && BARE_PIPE.test(prev)) return true;
  const next = nearNonBlank(lines, at, 1);
  return next !== null && BARE_PIPE.test(next);
}

function nearNonBlank(lines: readonly string[], at: number, step: 1 | -1): string | null {
  for (let k = at + step; k >= 0 && k < lines.length && Math.abs(k - at) <= 3; k += step) if (!BLANK.test(lines[k]!)) return lines[k]!;
  return null;
}

export function nextIsKnownHeader(lines: readonly string[], at: number): boolean {
  const next = nearNonBlank(lines, at, 1);
  const word = next === null ? null : headerWord(next.trim());
  return word !== null && word !== 'unknown';
}

const MAX_HEADING = 40;
/** Headings that may stand before a table's first row, at most. */
const MAX_LEAD_HEADINGS = 4;
const OUTLINE_NUMBER_ALONE = new RegExp(`^${OUTLINE_NUMBER}$`, 'u');

/**
 * Headings before a table's first row that are not outline headings alone
 * (`强化科技创新支撑能力。` / `(一)` / `加强战略科技力量建设。` / `1`): short lines of
 * text, an outline number alone joined to the line after it, up to the first
 * row's bare number. The reader's last token is the first of them; they are
 * taken from it, or everything is given back and null returned.
 */
function leadHeadings(reader: CellLineReader): { text: string; line: number }[] | null {
  const mark = reader.tokens.length;
  const at = reader.i;
  const out: { text: string; line: number }[] = [];
  const giveBack = () => { reader.tokens.length = mark; reader.i = at; return null; };
  let t = reader.last;
  while (!BARE_NUMBER.test(t.text)) {
    if (out.length >= MAX_LEAD_HEADINGS) return giveBack();
    const line = t.line;
    let text = t.text;
    if (OUTLINE_NUMBER_ALONE.test(text)) {
      if (!reader.take()) return giveBack();
      text += reader.last.text;
    }
    if (text.length > MAX_HEADING || cellKind(text) !== 'text') return giveBack();
    out.push({ text, line });
    if (!reader.take()) return giveBack();
    t = reader.last;
  }
  return out.length ? out : giveBack();
}
const isSectionHeading = (t: Token) => SECTION.test(t.text) && t.text.length <= MAX_HEADING;

/** Outline headings, then the row numbered `seq`, come next. */
function headingsThenSeq(reader: CellLineReader, seq: number): boolean {
  const next = afterHeadings(reader);
  return next !== null && seqValue(next) === seq;
}

/** The lines looked at past a run of headings: a bound, so each heading costs a constant. */
const HEADINGS_LOOKAHEAD = 16;

/** The first cell text after the outline headings (and blank lines) that come next, or null. */
function afterHeadings(reader: CellLineReader): string | null {
  const { lines } = reader;
  for (let k = reader.i; k < lines.length && k < reader.i + HEADINGS_LOOKAHEAD; k++) {
    const l = lines[k]!;
    if (BLANK.test(l) || BARE_PIPE.test(l)) continue;
    const t = cellText(l);
    if (SECTION.test(t) && t.length <= MAX_HEADING) continue;
    return t;
  }
  return null;
}

/** The next line with text is `text` (a header's first cell). */
function nextLineIs(reader: CellLineReader, text: string): boolean {
  const { lines } = reader;
  for (let k = reader.i; k < lines.length && k < reader.i + 4; k++) {
    const l = lines[k]!;
    if (BLANK.test(l) || BARE_PIPE.test(l)) continue;
    return cellText(l) === text;
  }
  return false;
}
