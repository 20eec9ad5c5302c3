import type { Cell, Row, TableBlock } from '../../src/model/document.js';

/**
 * Builds a table from rows of strings: `'^'` marks a position covered by a
 * vertical merge from above, `'<'` one covered by a horizontal span from the
 * left (the origin's colSpan grows).
 */
export function table(rows: string[][], caption = ''): TableBlock {
  const width = Math.max(...rows.map((r) => r.length));
  const built: Row[] = rows.map((r, ri) => {
    const cells: Cell[] = [];
    for (let i = 0; i < width; i++) {
      const text = r[i] ?? '';
      if (text === '^' || text === '<') {
        cells.push({ text: '', lines: [], line: ri + 1, colSpan: 1, rowSpan: 1, covered: true, coveredFrom: text === '^' ? 'above' : 'left' });
        if (text === '<') {
          for (let k = i - 1; k >= 0; k--) if (!cells[k]!.covered) { cells[k]!.colSpan++; break; }
        }
        continue;
      }
      cells.push({ text, lines: text ? text.split('\n') : [], line: ri + 1, colSpan: 1, rowSpan: 1, covered: false });
    }
    return { cells, line: ri + 1 };
  });
  return { kind: 'table', line: 1, width, rows: built, caption };
}
