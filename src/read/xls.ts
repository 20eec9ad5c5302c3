/**
 * .xls and WPS `.et` binaries (BIFF8 in an OLE compound file) → document
 * model, with SheetJS (`@e965/xlsx`, the npm build of SheetJS), which keeps
 * every cell apart and reads the merged ranges. Imported only for these
 * files. Cells are taken as displayed (their formatted text), then the shared
 * worksheet layout applies (sheet.ts).
 */
import type { DocumentModel } from '../model/document.js';
import { InputFailure } from '../model/errors.js';
import { sheetBlocks, type Sheet } from './sheet.js';

const CONVERT = 'convert it with `libreoffice --headless --convert-to xlsx FILE.xls` and run again on the .xlsx';

export async function readXls(bytes: Uint8Array, source: string): Promise<DocumentModel> {
  const XLSX = await import('@e965/xlsx');
  let wb: import('@e965/xlsx').WorkBook;
  try {
    wb = XLSX.read(bytes, { type: 'array', cellDates: false, cellHTML: false, cellFormula: false, sheetStubs: false, dense: false });
  } catch (e) {
    const msg = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').slice(0, 120);
    if (/password|encrypt/i.test(msg)) throw new InputFailure('ENCRYPTED', 'the spreadsheet is password-protected', 'save a copy without the password and run again');
    throw new InputFailure('CORRUPT_XLS', `the spreadsheet could not be read (${msg})`, CONVERT);
  }
  const sheets: Sheet[] = [];
  for (const name of wb.SheetNames) {
    const hidden = wb.Workbook?.Sheets?.find((s) => s.name === name)?.Hidden;
    if (hidden) continue;
    const ws = wb.Sheets[name];
    if (!ws) continue;
    const cells: Sheet['cells'] = [];
    for (const [addr, c] of Object.entries(ws)) {
      if (addr.startsWith('!')) continue;
      const cell = c as import('@e965/xlsx').CellObject;
      const { r, c: col } = XLSX.utils.decode_cell(addr);
      const text = cell.w ?? (cell.v === undefined || cell.v === null ? '' : String(cell.v));
      if (text) cells.push({ row: r, col, text });
    }
    const merges = (ws['!merges'] ?? []).map((m) => ({ r0: m.s.r, c0: m.s.c, r1: m.e.r, c1: m.e.c }));
    sheets.push({ name, cells, merges });
  }
  let next = 1;
  const blocks = sheetBlocks(sheets, () => next++);
  return { source, format: 'xls', encoding: 'biff', lineBase: 'block', blocks, warnings: [] };
}
