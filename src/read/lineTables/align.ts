/**
 * Placing a row's lines in their columns: the kind of each line (a sentence
 * of work, unit names, a date phrase, a person's name, a number) against the
 * kind of each column, by dynamic programming.
 */
import type { Cell, Row } from '../../model/document.js';
import { type CellKind, cellKind } from '../../model/cellKinds.js';
import { HEADER_NOTE, headerRole, normalizeHeader, type ColumnRole } from '../../model/headerRoles.js';
import { cellNumberValue } from '../../model/vocabulary.js';
import { coveredCell, emptyCell, makeCell } from '../blocks.js';
import { cellText, MAX_HEADER, MAX_TOKENS_PER_CELL, type Token } from './shared.js';


/** `note`: a remark column (`备注`, `进展情况`): any line may stand there, a sentence of work fits the task column better. */
export type ColumnKind = 'seq' | 'units' | 'date' | 'person' | 'text' | 'note';

export function headerWord(text: string): ColumnRole | 'unknown' | null {
  // A header cell over lines may close with a note in brackets (`责任部门` / `（加*号为牵头部门，` / `其余为参与部门）`).
  const t = cellText(text).replace(/\n/gu, '').replace(HEADER_NOTE, '');
  if (!t || t.length > MAX_HEADER || /[。；;，,、]/u.test(t)) return null;
  const role = headerRole(t);
  if (role) return role;
  // A header outside the synonym lists (`民生实事`, `整改问题`): short, no digits.
  return /^[\p{Script=Han}（）()]{2,8}$/u.test(t) ? 'unknown' : null;
}

export function columnKind(text: string): ColumnKind {
  const role = headerRole(text);
  switch (role) {
    case 'seq': return 'seq';
    case 'lead':
    case 'partners': return 'units';
    case 'deadline': return 'date';
    case 'note': return /领导|责任人|联系人|负责人|姓名/u.test(normalizeHeader(text)) ? 'person' : 'note';
    default: return 'text';
  }
}

export const FIT: Record<CellKind, Record<ColumnKind, number>> = {
  text: { text: 3, units: -3, date: -1, person: -3, seq: -3, note: 2 },
  units: { text: 0, units: 3, date: -2, person: -2, seq: -3, note: 0 },
  date: { text: 0, units: -3, date: 3, person: -2, seq: -3, note: 0 },
  person: { text: -1, units: -1, date: -2, person: 3, seq: -3, note: -1 },
  seq: { text: -1, units: -3, date: -2, person: -3, seq: 2, note: -2 },
  empty: { text: 0, units: 0, date: 0, person: 0, seq: 0, note: 0 },
};
const EXTRA_TOKEN: Record<ColumnKind, number> = { text: -0.5, units: -0.2, date: -2.5, person: -2, seq: -5, note: -0.5 };
const LEFT_OUT = -1.5;
/** Where each token is a cell the page delimited (pipe rows), two of them are rarely one cell. */
const CELLS_JOINED = -4;
const GAP_BIAS = 0.01;
/** A cell whose number continues its column's series (`②` under `①`, `58.` under `57.`) stands in that column. */
const SERIES = 2;

/** The last number each column's cells began with, row by row. */
export class ColumnSeries {
  /** Per column: the last number and the form it was written in (`②` continues `①`, not `1.`). */
  private readonly last = new Map<number, { value: number; form: string }>();
  continues(column: number, text: string): boolean {
    const n = cellNumberValue(text);
    const before = this.last.get(column);
    return n !== null && before !== undefined && n === before.value + 1 && numberForm(text) === before.form;
  }
  record(row: Row): void {
    row.cells.forEach((cell, c) => {
      const n = cell.covered ? null : cellNumberValue(cell.text);
      if (n !== null) this.last.set(c, { value: n, form: numberForm(cell.text) });
    });
  }
}

/** How a number is written: circled, bracketed, Chinese numerals or digits. */
function numberForm(text: string): string {
  const t = text.trimStart();
  if (/^[①-⑳]/u.test(t)) return 'circled';
  const bracketed = /^[（(]/u.test(t) ? 'bracketed ' : '';
  return bracketed + (/^[（(]?\s*\d/u.test(t) ? 'digits' : 'numerals');
}

/**
 * The best monotone assignment of a row's lines to the columns from `offset`
 * on: each column takes none (covered from the row above, or empty in the
 * first row), one or several consecutive lines (a unit list spread over
 * lines, a sentence wrapped). Dynamic programming over lines × columns.
 * `tokensAreCells`: the tokens are cells the page delimited (pipe fields), so
 * joining two into one column costs much more.
 */
export function alignedRow(tokens: readonly Token[], kinds: readonly ColumnKind[], offset: number, width: number, line: number, hasRowAbove: boolean, series?: ColumnSeries, tokensAreCells = false): Row {
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
      // Cells a row leaves out before its first line are mostly merged leading
      // columns; after it, gaps are mostly the row's empty end. Ties go that way.
      const leftOut = here + LEFT_OUT - (a === 0 ? c : m - c) * GAP_BIAS;
      if (leftOut > best[c + 1]![a]!) { best[c + 1]![a] = leftOut; from[c + 1]![a] = a; }
      let score = here;
      for (let b = a + 1; b <= n && b - a <= MAX_TOKENS_PER_CELL; b++) {
        score += FIT[k[b - 1]!][kind] + (b - a > 1 ? (tokensAreCells ? CELLS_JOINED : EXTRA_TOKEN[kind]) : 0) + (b - a === 1 && series?.continues(offset + c, tokens[a]!.text) ? SERIES : 0);
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
    else cells.push(hasRowAbove ? coveredCell(line, 'above') : emptyCell(line));
  }
  return { cells, line };
}


/** The column kind a line of each kind fits. */
export const KIND_OF_COLUMN: Record<string, ColumnKind> = { text: 'text', units: 'units', date: 'date', person: 'person', seq: 'seq' };
