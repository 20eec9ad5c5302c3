/**
 * Tables that scrapers and converters write as lines of text:
 *
 * - **pipe rows**, one row a line: `| 序号 | 任务 | 牵头单位 | 完成时限 |`, with
 *   or without the Markdown rule `|---|---|`;
 * - **one cell a line**, each cell closed by ` |` (or a line of `|` between
 *   cells);
 * - **cells separated by spaces**, one row a line, a row continued on the
 *   lines after it (`src/read/lineTables/spacedRows.ts`), under a header line
 *   or (numbered rows of work and units) under none;
 * - **one cell a line with no delimiter at all**: the header's cells, then
 *   each row's cells, a row starting at its seq number.
 *
 * Scraped rows leave out the cells a rowspan covers, and a cell of several
 * units may come as several lines. The header gives the columns; the kind of
 * each line (a sentence of work, unit names, a date phrase, a person's name)
 * places it in its column, and a column a row leaves out is covered from the
 * row above, as a rowspan is.
 */
import type { TableBlock } from '../model/document.js';
import { GridBuilder } from './grid.js';
import { headerWord } from './lineTables/align.js';
import { nextIsKnownHeader, pipeNeighbour, readCellLines } from './lineTables/cellLines.js';
import { isPipeRow, readPipeRows } from './lineTables/pipeRows.js';
import { readHeaderlessRows, readSpacedRows, spacedLayout } from './lineTables/spacedRows.js';
import { BARE_PIPE, CELL_LINE, type LineTable } from './lineTables/shared.js';

export { isPipeRow };
export type { LineTable };

/** The table of line forms starting at lines[start], or null. */
export function readLineTable(lines: readonly string[], start: number): LineTable | null {
  const found = findLineTable(lines, start);
  if (!found) return null;
  const table = onSharedGrid(found.table);
  return table ? { table, next: found.next } : null;
}

/**
 * The rows a line form placed, built again on the grid builder every reader
 * uses: its spans and covered positions, padding, lines, and the one cell
 * budget of a table (a hostile page's table is a clean `TOO_MANY_CELLS`).
 */
function onSharedGrid(placed: TableBlock): TableBlock | null {
  const grid = new GridBuilder(placed.rows.length);
  grid.reserveWidth(placed.width);
  for (const row of placed.rows) {
    grid.startRow(row.line);
    row.cells.forEach((cell, c) => {
      if (cell.covered) grid.cover(c, 1, cell.coveredFrom ?? 'above');
      else grid.place(c, { lines: cell.lines, colSpan: cell.colSpan, rowSpan: cell.rowSpan, line: cell.line });
    });
  }
  const table = grid.finish();
  return table && { ...table, line: placed.line, caption: placed.caption };
}

function findLineTable(lines: readonly string[], start: number): LineTable | null {
  const line = lines[start]!;
  if (isPipeRow(line)) return readPipeRows(lines, start);
  if (line.includes('|') && (CELL_LINE.test(line) || BARE_PIPE.test(line))) return readCellLines(lines, start, CELL_LINE.test(line) ? 'closed' : 'between');
  const t = line.trim();
  // Cells separated by spaces: `序号 目标任务 责任单位 推进情况` over `1 地区生产总值增长6%。 区发改委 …`.
  const spaced = spacedLayout(t);
  if (spaced) return readSpacedRows(lines, start, spaced);
  // …and the same rows whose header the scraper dropped: `1 地区生产总值增长7%以上。 发改委`.
  if (/^\d/u.test(t)) return readHeaderlessRows(lines, start);
  const word = headerWord(t);
  // A header may open with a word outside the lists (`目标` / `任务` / …) when a known one follows.
  if (!word || (word === 'unknown' && !nextIsKnownHeader(lines, start))) return null;
  // A table's first header cell, with `|` lines after it (`工作任务` / `|` / `具体要求`).
  if (pipeNeighbour(lines, start)) return readCellLines(lines, start, 'between');
  return readCellLines(lines, start, 'bare');
}
