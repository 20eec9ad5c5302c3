/**
 * Rows whose cells a converter separated by spaces, one row a line
 * (`序号 目标任务 责任单位 上半年推进情况` / `1 地区生产总值增长6%以上。 区发展改革委 …`).
 * A row starts at its number; the lines after it without one continue it (a
 * unit cell continued one unit a line, then the cells after it); a heading
 * (`一、…`, `（一）…`) heads the rows below. Each row's pieces are placed in
 * their columns by their kind.
 */
import type { Row } from '../../model/document.js';
import { makeCell } from '../blocks.js';
import { alignedRow, columnKind, headerWord } from './align.js';
import { BLANK, CHROME, headerRow, type LineTable, MAX_ROW_TOKENS, SECTION, sectionRow, seqValue, type Token } from './shared.js';

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

/** The rows under a header line read by `spacedLayout`. */
export function readSpacedRows(lines: readonly string[], start: number, layout: SpacedLayout): LineTable | null {
  const { words, runsInside } = layout;
  const kinds = words.map(columnKind);
  const width = words.length;
  const rows: Row[] = [headerRow(words.map((text) => ({ text, line: start + 1 })))];
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
    row.push({ text: t, line: i + 1 });
  }
  flush();
  // At least two numbered rows: a lone line of header words over prose is no table.
  if (rows.filter((r) => !r.cells[0]!.covered && seqValue(r.cells[0]!.text) !== null).length < 2) return null;
  return { table: { kind: 'table', line: start + 1, width, rows, caption: '' }, next: i };
}
