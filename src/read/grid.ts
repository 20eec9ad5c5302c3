/**
 * The one grid builder every reader uses: origin cells are placed with their
 * spans, the positions they cover are marked (and where from: `above` for a
 * vertical merge, `left` for a span along the row), rows are padded to the
 * table's width and every cell gets its line.
 *
 * Bounds: a table has one cell budget, rows × width, checked while it is
 * built — before the covered cells of a huge span or a huge row exist — so a
 * hostile table is a clean `TOO_MANY_CELLS` error, never an exhausted heap.
 */
import type { Cell, Row, TableBlock } from '../model/document.js';
import { InputFailure } from '../model/errors.js';
import { makeCell } from './blocks.js';

export const GRID_LIMITS = {
  /** Grid positions (rows × width) of one table. A 20,000-row plan table of 12 columns is 240,000. */
  maxCells: 2_000_000,
};

export interface CellInput {
  lines: readonly string[];
  colSpan?: number;
  rowSpan?: number;
  /** Line of the cell when it is not the row's (text exports: each cell its own line). */
  line?: number;
}

export function tooManyCells(rows: number, width: number): InputFailure {
  return new InputFailure(
    'TOO_MANY_CELLS',
    `a table of ${rows.toLocaleString('en-US')} rows × ${width.toLocaleString('en-US')} columns is over the ${GRID_LIMITS.maxCells.toLocaleString('en-US')}-cell limit`,
    'no plan table is that large: check the file, or split the table',
  );
}

const covered = (line: number, from: 'above' | 'left'): Cell => ({ text: '', lines: [], line, colSpan: 1, rowSpan: 1, covered: true, coveredFrom: from });
const empty = (line: number): Cell => ({ text: '', lines: [], line, colSpan: 1, rowSpan: 1, covered: false });

interface GridRow {
  cells: (Cell | undefined)[];
  line: number;
  /** The row was started by the reader (rows that only exist because a rowspan reaches them are not). */
  started: boolean;
}

export class GridBuilder {
  private readonly rows: GridRow[] = [];
  private width = 0;
  private cur = -1;
  /** Column of the next `add` in the current row. */
  private col = 0;

  /**
   * `expectedRows`, when the reader knows it (HTML `<tr>`s, docx rows),
   * clamps rowspans to the table and lets the budget refuse a wide row at
   * once; otherwise the budget is checked against the rows built so far.
   */
  constructor(private readonly expectedRows: number | null = null) {}

  /** Starts the next row. */
  startRow(line = 0): void {
    this.cur++;
    const existing = this.rows[this.cur];
    if (existing) {
      existing.line = line;
      existing.started = true;
    } else {
      this.rows[this.cur] = { cells: [], line, started: true };
    }
    this.col = 0;
    this.check(this.width);
  }

  /** The current row's index. */
  get rowIndex(): number {
    return this.cur;
  }

  /** The column the next `add` would take (the first free position from the last placed one). */
  get nextColumn(): number {
    const cells = this.rows[this.cur]!.cells;
    let c = this.col;
    while (cells[c]) c++;
    return c;
  }

  /** Places a cell at the first free position of the current row (the HTML table model). */
  add(input: CellInput): Cell {
    const at = this.nextColumn;
    const cell = this.place(at, input);
    this.col = at + cell.colSpan;
    return cell;
  }

  /**
   * Places an origin cell at column `col` of the current row and covers the
   * positions its spans reach (unless another cell holds them already). A
   * position that is only covered is taken by the new cell.
   */
  place(col: number, input: CellInput): Cell {
    const colSpan = Math.max(1, input.colSpan ?? 1);
    let rowSpan = Math.max(1, input.rowSpan ?? 1);
    if (this.expectedRows !== null) rowSpan = Math.min(rowSpan, Math.max(1, this.expectedRows - this.cur));
    this.check(col + colSpan);
    const row = this.rows[this.cur]!;
    const line = input.line ?? row.line;
    const cell = makeCell(input.lines, line, colSpan, rowSpan);
    row.cells[col] = cell;
    for (let dc = 1; dc < colSpan; dc++) if (!row.cells[col + dc]) row.cells[col + dc] = covered(line, 'left');
    for (let dr = 1; dr < rowSpan; dr++) {
      const below = (this.rows[this.cur + dr] ??= { cells: [], line: 0, started: false });
      for (let dc = 0; dc < colSpan; dc++) if (!below.cells[col + dc]) below.cells[col + dc] = covered(0, 'above');
    }
    this.col = col + colSpan;
    return cell;
  }

  /** Marks `n` positions from `col` of the current row covered (a merge continued in this row). */
  cover(col: number, n: number, from: 'above' | 'left'): void {
    this.check(col + n);
    const row = this.rows[this.cur]!;
    for (let k = 0; k < n; k++) if (!row.cells[col + k]) row.cells[col + k] = covered(row.line, from);
    this.col = col + n;
  }

  /** Leaves `n` positions of the current row empty (`w:gridBefore`). */
  skip(n: number): void {
    this.check(this.col + n);
    const row = this.rows[this.cur]!;
    for (let k = 0; k < n; k++) row.cells[this.col + k] ??= empty(row.line);
    this.col += n;
  }

  /** Makes the grid at least `w` wide (rows shorter than it are padded). */
  reserveWidth(w: number): void {
    this.check(w);
  }

  private check(width: number): void {
    if (width > this.width) this.width = width;
    const rows = Math.max(this.expectedRows ?? 0, this.cur + 1, this.rows.length);
    if (this.width * rows > GRID_LIMITS.maxCells) throw tooManyCells(rows, this.width);
  }

  /**
   * The table block, or null when no row holds a cell. `dropEmptyRows`
   * leaves out rows with no cell at all (an empty `<tr>`); `nextLine`, when
   * given, numbers the kept rows in order (block order of the structured
   * readers) and overrides the lines given while building.
   */
  finish(options: { dropEmptyRows?: boolean; nextLine?: () => number } = {}): TableBlock | null {
    const width = Math.max(1, this.width);
    const out: Row[] = [];
    for (const r of this.rows) {
      if (!r) continue;
      if (options.dropEmptyRows ? !r.cells.some((c) => c) : !r.started && !r.cells.some((c) => c)) continue;
      const line = options.nextLine ? options.nextLine() : r.line;
      const cells: Cell[] = new Array(width);
      for (let c = 0; c < width; c++) {
        const cell = r.cells[c] ?? empty(line);
        // Covered positions and padding take their row's line; origins keep theirs unless renumbered.
        if (options.nextLine || cell.covered || !r.cells[c]) cell.line = line;
        cells[c] = cell;
      }
      out.push({ cells, line });
    }
    if (!out.length) return null;
    return { kind: 'table', line: out[0]!.line, width, rows: out, caption: '' };
  }
}
