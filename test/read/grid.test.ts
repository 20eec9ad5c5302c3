import { describe, expect, it } from 'vitest';
import { GridBuilder, GRID_LIMITS } from '../../src/read/grid.js';
import { InputFailure } from '../../src/model/errors.js';

const shape = (t: NonNullable<ReturnType<GridBuilder['finish']>>) =>
  t.rows.map((r) => r.cells.map((c) => (c.covered ? (c.coveredFrom === 'above' ? '^' : '<') : c.text || '.')));

describe('GridBuilder', () => {
  it('places origins with spans, marks covered positions by direction, pads rows', () => {
    const g = new GridBuilder(3);
    g.startRow(1);
    g.add({ lines: ['a'], rowSpan: 2, colSpan: 2 });
    g.add({ lines: ['b'] });
    g.startRow(2);
    g.add({ lines: ['c'] }); // skips the two positions covered from above
    g.startRow(3);
    g.add({ lines: ['d'] });
    const t = g.finish()!;
    expect(shape(t)).toEqual([
      ['a', '<', 'b'],
      ['^', '^', 'c'],
      ['d', '.', '.'],
    ]);
    expect(t.rows[0]!.cells[0]).toMatchObject({ colSpan: 2, rowSpan: 2, line: 1 });
    expect(t.rows[1]!.cells.map((c) => c.line)).toEqual([2, 2, 2]);
  });

  it('clamps a rowspan to the rows it was told of; renumbers rows when asked; drops empty rows', () => {
    const g = new GridBuilder(3);
    g.startRow();
    g.add({ lines: ['a'], rowSpan: 99 });
    g.startRow();
    g.startRow();
    let n = 10;
    const t = g.finish({ dropEmptyRows: true, nextLine: () => n++ })!;
    expect(t.rows.length).toBe(3);
    expect(t.rows[0]!.cells[0]!.rowSpan).toBe(3);
    expect(t.rows.map((r) => r.line)).toEqual([10, 11, 12]);
  });

  it('a position only covered is taken by a cell placed there', () => {
    const g = new GridBuilder(2);
    g.startRow(1);
    g.place(0, { lines: ['a'], colSpan: 2, rowSpan: 2 });
    g.startRow(2);
    g.place(1, { lines: ['b'] });
    expect(shape(g.finish()!)).toEqual([['a', '<'], ['^', 'b']]);
  });

  it('one cell budget, rows × width, as a coded error before the cells exist', () => {
    const wide = new GridBuilder(10);
    expect(() => wide.reserveWidth(GRID_LIMITS.maxCells / 10 + 1)).toThrow(InputFailure);
    const g = new GridBuilder(null);
    g.startRow(1);
    g.add({ lines: ['x'], colSpan: GRID_LIMITS.maxCells / 4 });
    let err: unknown;
    try {
      for (let r = 0; r < 10; r++) g.startRow(r + 2);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputFailure);
    expect((err as InputFailure).code).toBe('TOO_MANY_CELLS');
  });
});
