/**
 * Rows whose cells a converter separated by spaces, one row a line
 * (`序号 目标任务 责任单位 上半年推进情况` / `1 地区生产总值增长6%以上。 区发展改革委 …`).
 * A row starts at its number; the lines after it without one continue it (a
 * unit cell continued one unit a line, then the cells after it); a heading
 * (`一、…`, `（一）…`) heads the rows below. Each row's pieces are placed in
 * their columns by their kind.
 */
import type { Row } from '../../model/document.js';
import { cellKind } from '../../model/cellKinds.js';
import { makeCell } from '../blocks.js';
import { alignedRow, columnKind, headerWord } from './align.js';
import { BLANK, CHROME, headerRow, type LineTable, MAX_ROW_TOKENS, MAX_SECTION, SECTION, sectionRow, seqValue, type Token } from './shared.js';

const MIN_COLUMNS = 3;
/** How many numbers a row may skip (an excerpt of a longer table). */
const MAX_SKIPPED = 20;
const MAX_COLUMNS = 12;
const SPACES = /[ \u3000\u00a0]+/u;
/** A row's first line: its number, a space, its cells. */
const NUMBERED_LINE = /^\s*(\d{1,3})[.、．]?[ \u3000\u00a0]+(\S.*)$/u;

/** The header words of a line of space-separated header cells, or null. */
/**
 * How a line of space-separated header cells reads: its words, and whether
 * runs of spaces are inside cells (a converter that justified each cell's
 * text, `牵头  领导 牵头         责任单位`, separates the cells by one space).
 * Every run separates cells, unless that reading fails or repeats a word and
 * the one-space reading holds.
 */
export interface SpacedLayout {
  words: string[];
  runsInside: boolean;
}

export function spacedLayout(line: string): SpacedLayout | null {
  const t = line.trim();
  if (!SPACES.test(t) || t.includes('|') || t.includes('\t')) return null;
  const words = headerWords(t.split(SPACES));
  // Words repeated across the header (`牵头 … 牵头`, `责任单位 … 责任单位`) are pieces of cells.
  const repeats = words !== null && new Set(words).size < words.length;
  if (words && !repeats) return { words, runsInside: false };
  const justified = /[ \u3000]{2}/u.test(t) ? headerWords(splitCells(t, true)) : null;
  if (justified) return { words: justified, runsInside: true };
  return words ? { words, runsInside: false } : null;
}

/** The pieces of a row: at every run of spaces, or (`runsInside`) at single spaces only, the runs dropped from the cells. */
function splitCells(text: string, runsInside: boolean): string[] {
  if (!runsInside) return text.split(SPACES);
  return text.split(/(?<![ \u3000]) (?![ \u3000])/u).map((w) => w.replace(/[ \u3000]{2,}/gu, '')).filter(Boolean);
}

function headerWords(split: string[]): string[] | null {
  const words = joinedFragments(split);
  if (words.length < MIN_COLUMNS || words.length > MAX_COLUMNS) return null;
  if (columnKind(words[0]!) !== 'seq') return null;
  // The columns that matter come first; trailing figure columns (`1-8月实际完成率%`) need not be header words.
  const named = words.findIndex((w) => headerWord(w) === null);
  if (named >= 0 && (named < MIN_COLUMNS || !words.slice(named).every(isFigureHeader))) return null;
  const kinds = words.slice(0, named < 0 ? words.length : named).map(columnKind);
  return kinds.includes('text') && kinds.some((k) => k === 'units' || k === 'date') ? words : null;
}

/** `1-` / `8月实际完成情况`: a word ending in a dash was cut at a space and goes on in the next. */
function joinedFragments(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const last = out[out.length - 1];
    if (last !== undefined && /[-—–~至]$/u.test(last)) out[out.length - 1] = last + w;
    else out.push(w);
  }
  return out;
}

/** A header of figures (`1-8月实际完成率%`, `2022年目标`): short, no sentence punctuation. */
function isFigureHeader(word: string): boolean {
  return headerWord(word) !== null || (word.length <= 16 && !/[。；;，,、]/u.test(word) && /\p{Script=Han}/u.test(word));
}

/**
 * The header a table of numbered rows stands under when the scraper dropped
 * its own (`1 地区生产总值增长7%以上。 发改委` / `2 一般公共预算收入增长8%以上。 财政局`):
 * the rows' cells say what the columns are, a sentence of work and its units.
 */
const IMPLIED_HEADER = ['序号', '任务', '责任单位'];
/** Rows that must open such a table, numbered in order, before it is read as one. */
const MIN_HEADERLESS_ROWS = 3;
/** A row with no header above it: its bare number, spaces, its cells (no `1.` or `1、`: those are a list's items). */
const BARE_NUMBERED_LINE = /^\s*(\d{1,3})[ \u3000\u00a0]+(\S.*)$/u;

/**
 * Rows from lines[start] on with no header line: at least three numbered in
 * order, each a sentence of work and then, after a space, unit names. The
 * outline heading right above the first row heads them.
 */
export function readHeaderlessRows(lines: readonly string[], start: number): LineTable | null {
  if (!BARE_NUMBERED_LINE.test(lines[start]!)) return null;
  let expected: number | null = null;
  let rows = 0;
  for (let k = start; k < lines.length && rows < MIN_HEADERLESS_ROWS; k++) {
    const l = lines[k]!;
    if (BLANK.test(l)) continue;
    const m = BARE_NUMBERED_LINE.exec(l.trim());
    const n = m ? Number(m[1]) : null;
    if (!m || (expected !== null && n !== expected + 1)) return null;
    expected = n;
    const pieces = m[2]!.split(SPACES);
    if (pieces.length < 2 || cellKind(pieces[pieces.length - 1]!) !== 'units' || cellKind(pieces.slice(0, -1).join(' ')) !== 'text') return null;
    rows++;
  }
  if (rows < MIN_HEADERLESS_ROWS) return null;
  let above = start - 1;
  while (above >= 0 && BLANK.test(lines[above]!)) above--;
  const heading = above >= 0 && SECTION.test(lines[above]!.trim()) && lines[above]!.trim().length <= MAX_SECTION ? above : null;
  return readSpacedRows(lines, start - 1, { words: IMPLIED_HEADER, runsInside: false }, { implied: true, heading });
}

interface SpacedRowsOptions {
  /** The header is implied (`IMPLIED_HEADER`): `start` is the line before the first row, not a header line. */
  implied: boolean;
  /** The line of an outline heading above the first row, which heads the rows. */
  heading: number | null;
}

/** The rows under a header line read by `spacedLayout`. */
export function readSpacedRows(lines: readonly string[], start: number, layout: SpacedLayout, options: SpacedRowsOptions = { implied: false, heading: null }): LineTable | null {
  const { words, runsInside } = layout;
  const kinds = words.map(columnKind);
  const width = words.length;
  const headerLine = options.implied ? start + 2 : start + 1;
  const rows: Row[] = [headerRow(words.map((text) => ({ text, line: headerLine })))];
  if (options.heading !== null) rows.push(sectionRow(lines[options.heading]!.trim(), width, options.heading + 1));
  let row: Token[] = [];
  let expected: number | null = null;
  const flush = () => {
    if (row.length > 1) {
      const [seq, ...cells] = row;
      const built = alignedRow(cells, kinds.slice(1), 1, width, seq!.line, rows.length > 1);
      built.cells[0] = makeCell([seq!.text], seq!.line);
      rows.push(built);
    }
    row = [];
  };
  let i = start + 1;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (BLANK.test(l)) continue;
    const t = l.trim();
    const numbered = NUMBERED_LINE.exec(t);
    const n = numbered ? seqValue(numbered[1]!) : null;
    // The next number starts the next row; so does a later one on a line of a full row's cells
    // (an excerpt of a longer table skips rows: `81`, `85`, `87`).
    const skipsAhead = numbered && n !== null && expected !== null && n > expected + 1 && n <= expected + MAX_SKIPPED && splitCells(numbered[2]!, runsInside).length >= MIN_COLUMNS;
    if (numbered && n !== null && (expected === null || n === expected + 1 || skipsAhead)) {
      flush();
      expected = n;
      row = [{ text: numbered[1]!, line: i + 1 }, ...splitCells(numbered[2]!, runsInside).map((text) => ({ text, line: i + 1 }))];
      continue;
    }
    // A heading heads the rows below it; before the first row too.
    if (SECTION.test(t) && t.length <= 60 && !SPACES.test(t)) {
      flush();
      rows.push(sectionRow(t, width, i + 1));
      continue;
    }
    if (!row.length || row.length >= MAX_ROW_TOKENS || CHROME.test(t) || /[:：]$/u.test(t) || t.includes('|')) break;
    // A continuation line is split as the row's first line is: a unit cell's last unit, then the cells after it.
    row.push(...splitCells(t, runsInside).map((text) => ({ text, line: i + 1 })));
  }
  flush();
  // At least two numbered rows: a lone line of header words over prose is no table.
  if (rows.filter((r) => !r.cells[0]!.covered && seqValue(r.cells[0]!.text) !== null).length < 2) return null;
  return { table: { kind: 'table', line: headerLine, width, rows, caption: '' }, next: i };
}
