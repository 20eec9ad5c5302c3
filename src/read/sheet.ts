/**
 * A worksheet → blocks, shared by the .xlsx and .xls readers: the used
 * range is the grid (merged ranges as spans, clamped to it), a title row
 * merged across the sheet (or the only filled cell of the top row) becomes a
 * paragraph above the table, so it is the table's caption, and rows of notes
 * below stay rows. Each sheet is one table; `line` counts blocks.
 */
import type { Block } from '../model/document.js';
import { GridBuilder } from './grid.js';

export interface SheetCell {
  row: number;
  col: number;
  text: string;
}

export interface Merge {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface Sheet {
  name: string;
  cells: SheetCell[];
  merges: Merge[];
}

const BLANK = /^[\s\u3000\u00a0]*$/u;

export function sheetBlocks(sheets: readonly Sheet[], nextLine: () => number): Block[] {
  const blocks: Block[] = [];
  for (const sheet of sheets) {
    const cells = sheet.cells.filter((c) => !BLANK.test(c.text));
    if (!cells.length) continue;
    let r0 = Infinity, r1 = -1, c0 = Infinity, c1 = -1;
    for (const c of cells) {
      r0 = Math.min(r0, c.row); r1 = Math.max(r1, c.row);
      c0 = Math.min(c0, c.col); c1 = Math.max(c1, c.col);
    }
    const byRow = new Map<number, SheetCell[]>();
    for (const c of cells) {
      const list = byRow.get(c.row) ?? [];
      list.push(c);
      byRow.set(c.row, list);
    }
    const merges = sheet.merges
      .map((m) => ({ r0: Math.max(m.r0, r0), c0: Math.max(m.c0, c0), r1: Math.min(m.r1, r1), c1: Math.min(m.c1, c1) }))
      .filter((m) => m.r0 <= m.r1 && m.c0 <= m.c1 && (m.r1 > m.r0 || m.c1 > m.c0));
    const mergeAt = new Map<string, Merge>();
    for (const m of merges) mergeAt.set(`${m.r0}:${m.c0}`, m);
    const width = c1 - c0 + 1;
    // Title rows: a top row holding one cell (merged across the sheet, or alone).
    let top = r0;
    while (top < r1) {
      const row = byRow.get(top) ?? [];
      const m = row.length === 1 ? mergeAt.get(`${top}:${row[0]!.col}`) : undefined;
      const across = m ? m.c1 - m.c0 + 1 >= Math.max(2, width * 0.6) && m.r1 === m.r0 : false;
      if (row.length !== 1 || !(across || width > 1 && (byRow.get(top + 1)?.length ?? 0) >= 2)) break;
      if (!across && row[0]!.text.length > 60) break;
      blocks.push({ kind: 'paragraph', text: row[0]!.text.replace(/\s*\n\s*/g, ''), line: nextLine() });
      top++;
    }
    const grid = new GridBuilder(r1 - top + 1);
    grid.reserveWidth(width);
    const taken = new Set<string>();
    for (let r = top; r <= r1; r++) {
      grid.startRow();
      for (const c of (byRow.get(r) ?? []).sort((a, b) => a.col - b.col)) {
        const m = mergeAt.get(`${r}:${c.col}`);
        taken.add(`${r}:${c.col}`);
        grid.place(c.col - c0, { lines: c.text.split(/\r\n|\n|\r/), colSpan: m ? m.c1 - m.c0 + 1 : 1, rowSpan: m ? m.r1 - m.r0 + 1 : 1 });
      }
      // A merged range whose first cell is empty still covers its positions.
      for (const m of merges) {
        if (m.r0 === r && !taken.has(`${r}:${m.c0}`)) grid.place(m.c0 - c0, { lines: [], colSpan: m.c1 - m.c0 + 1, rowSpan: m.r1 - m.r0 + 1 });
      }
    }
    const table = grid.finish({ nextLine });
    if (table) blocks.push(table);
  }
  return blocks;
}

/** `B12` → { row: 11, col: 1 } (0-based); null when not a cell reference. */
export function cellRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** An Excel date serial (1900 system) → `2022年6月30日`. */
export function serialDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  // Serial 60 is the 1900-02-29 Excel pretends existed.
  const days = Math.floor(serial) - (serial > 60 ? 1 : 0);
  const d = new Date(Date.UTC(1899, 11, 31) + days * 86_400_000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}
