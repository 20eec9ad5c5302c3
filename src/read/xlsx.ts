/**
 * .xlsx (and WPS `.et` saved as xlsx) → document model, with the shared zip
 * layer and saxes: `xl/workbook.xml` names the sheets (hidden ones are
 * skipped), `xl/sharedStrings.xml` holds most texts (rich runs joined,
 * phonetic runs left out), inline strings and formula strings are read as
 * they stand, numbers in a date format (`xl/styles.xml`) become `2022年6月30日`,
 * other numbers stay as written in the file. Each sheet is a table, merged
 * ranges are spans (see sheet.ts).
 *
 * Measured against exceljs (a well-kept library) in bench/: this reader
 * streams each worksheet and builds only the grid; see README.
 */
import type { Warning } from '../model/diagnostics.js';
import { posix } from 'node:path';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { DocumentModel } from '../model/document.js';
import { isInputFailure, type InputFailure } from '../model/errors.js';
import { cellRef, sheetBlocks, serialDate, type Sheet, type SheetCell } from './sheet.js';
import { corrupt as zipCorrupt, openZip, ZIP_LIMITS, type ZipArchive, type ZipKind } from './zip.js';
import { decodeXmlPart, describe, pumpXml } from './xml.js';

const XLSX: ZipKind = { label: '.xlsx', code: 'CORRUPT_XLSX', hint: 'open and re-save it in Excel, WPS or LibreOffice, or save the sheet as .txt (tab-delimited)' };
const corrupt = (d: string): InputFailure => zipCorrupt(XLSX, d);

const localName = (q: string) => q.slice(q.indexOf(':') + 1);

export async function readXlsx(bytes: Uint8Array, source: string): Promise<DocumentModel> {
  const zip = await openZip(bytes, ZIP_LIMITS, XLSX);
  const warnings: Warning[] = [];
  try {
    const book = decodeXmlPart(await zip.readPart('xl/workbook.xml'), 'xl/workbook.xml', warnings);
    const rels = zip.has('xl/_rels/workbook.xml.rels') ? decodeXmlPart(await zip.readPart('xl/_rels/workbook.xml.rels'), 'rels', warnings) : '';
    const targets = new Map<string, string>();
    for (const tag of rels.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
      const id = /\bId\s*=\s*["']([^"']*)["']/.exec(tag)?.[1];
      const target = /\bTarget\s*=\s*["']([^"']*)["']/.exec(tag)?.[1];
      if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join('xl', target)));
    }
    const sheets: { name: string; part: string }[] = [];
    for (const tag of book.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
      if (/\bstate\s*=\s*["'](?:hidden|veryHidden)["']/.test(tag)) continue;
      const name = /\bname\s*=\s*["']([^"']*)["']/.exec(tag)?.[1] ?? '';
      const id = /\br:id\s*=\s*["']([^"']*)["']/.exec(tag)?.[1] ?? /\b\w+:id\s*=\s*["']([^"']*)["']/.exec(tag)?.[1];
      const part = id ? targets.get(id) : undefined;
      if (part && zip.has(part)) sheets.push({ name, part });
    }
    if (!sheets.length) throw corrupt('no worksheet inside');
    const strings = zip.has('xl/sharedStrings.xml') ? sharedStrings(decodeXmlPart(await zip.readPart('xl/sharedStrings.xml', 64 * 1024 * 1024), 'xl/sharedStrings.xml', warnings)) : [];
    const dates = zip.has('xl/styles.xml') ? dateStyles(decodeXmlPart(await zip.readPart('xl/styles.xml'), 'xl/styles.xml', warnings)) : new Set<number>();
    const read: Sheet[] = [];
    for (const s of sheets) read.push(await readSheet(zip, s.name, s.part, strings, dates, warnings));
    let next = 1;
    const blocks = sheetBlocks(read, () => next++);
    return { source, format: 'xlsx', encoding: 'utf-8', lineBase: 'block', blocks, warnings };
  } catch (e) {
    if (isInputFailure(e)) throw e;
    throw corrupt(describe(e));
  } finally {
    zip.close();
  }
}

/** `<si>` texts: `<t>` and rich-text `<r><t>`, without phonetic `<rPh>`. */
function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  const parser = new SaxesParser({ xmlns: false, position: false });
  let cur: string | null = null;
  let inT = 0;
  let inPh = 0;
  parser.on('opentag', (t) => {
    const n = localName(t.name);
    if (n === 'si') cur = '';
    else if (n === 'rPh') inPh++;
    else if (n === 't') inT++;
  });
  parser.on('closetag', (t) => {
    const n = localName(t.name);
    if (n === 'si') { out.push(cur ?? ''); cur = null; }
    else if (n === 'rPh') inPh--;
    else if (n === 't') inT--;
  });
  parser.on('text', (s) => { if (cur !== null && inT && !inPh) cur += s; });
  parser.write(xml).close();
  return out;
}

const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Indexes of `cellXfs` whose number format shows a date. */
function dateStyles(xml: string): Set<number> {
  const custom = new Map<number, boolean>();
  for (const tag of xml.match(/<(?:\w+:)?numFmt\b[^>]*>/g) ?? []) {
    const id = Number(/\bnumFmtId\s*=\s*["'](\d+)["']/.exec(tag)?.[1]);
    const code = (/\bformatCode\s*=\s*"([^"]*)"/.exec(tag)?.[1] ?? '').replace(/&quot;[^&]*&quot;|"[^"]*"|\[[^\]]*\]/g, '');
    custom.set(id, /[yd]|m(?!.*[hs])/i.test(code) && !/^[#0.,%\s]*$/.test(code));
  }
  const out = new Set<number>();
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  (xfs.match(/<(?:\w+:)?xf\b[^>]*>/g) ?? []).forEach((tag, i) => {
    const id = Number(/\bnumFmtId\s*=\s*["'](\d+)["']/.exec(tag)?.[1] ?? 0);
    if (BUILTIN_DATES.has(id) || custom.get(id)) out.add(i);
  });
  return out;
}

async function readSheet(zip: ZipArchive, name: string, part: string, strings: string[], dates: Set<number>, warnings: Warning[]): Promise<Sheet> {
  const cells: SheetCell[] = [];
  const merges: Sheet['merges'] = [];
  const parser = new SaxesParser({ xmlns: false, position: false });
  let cell: { row: number; col: number; type: string; style: number; text: string } | null = null;
  let inV = 0;
  let inT = 0;
  let nextRow = 0;
  let nextCol = 0;
  parser.on('opentag', (t: SaxesTagPlain) => {
    const n = localName(t.name);
    const a = t.attributes as Record<string, string>;
    if (n === 'row') {
      const r = Number(a['r']);
      nextRow = Number.isFinite(r) && r > 0 ? r - 1 : nextRow;
      nextCol = 0;
    } else if (n === 'c') {
      const ref = a['r'] ? cellRef(a['r']) : null;
      const row = ref?.row ?? nextRow;
      const col = ref?.col ?? nextCol;
      cell = { row, col, type: a['t'] ?? 'n', style: Number(a['s'] ?? 0), text: '' };
      nextCol = col + 1;
    } else if (n === 'v') inV++;
    else if (n === 't' && cell) inT++;
    else if (n === 'mergeCell') {
      const [from, to] = (a['ref'] ?? '').split(':');
      const p = from ? cellRef(from) : null;
      const q = to ? cellRef(to) : p;
      if (p && q) merges.push({ r0: Math.min(p.row, q.row), c0: Math.min(p.col, q.col), r1: Math.max(p.row, q.row), c1: Math.max(p.col, q.col) });
    }
  });
  parser.on('closetag', (t) => {
    const n = localName(t.name);
    if (n === 'row') nextRow++;
    else if (n === 'v') inV--;
    else if (n === 't') inT = Math.max(0, inT - 1);
    else if (n === 'c' && cell) {
      let text = cell.text;
      if (cell.type === 's') text = strings[Number(text)] ?? '';
      else if (cell.type === 'b') text = text === '1' ? 'TRUE' : 'FALSE';
      else if (cell.type === 'n' && dates.has(cell.style) && text) text = serialDate(Number(text)) ?? text;
      if (text) cells.push({ row: cell.row, col: cell.col, text });
      cell = null;
    }
  });
  parser.on('text', (s) => {
    if (cell && (inV || inT)) cell.text += s;
  });
  parser.on('error', (e) => { throw corrupt(`bad XML in ${part}: ${describe(e)}`); });
  const stream = await zip.streamPart(part);
  await pumpXml(stream, part, warnings, (s) => { if (s) parser.write(s); }, () => parser.close(), corrupt);
  return { name, cells, merges };
}
