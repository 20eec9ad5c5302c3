/**
 * .doc (Word 97–2003, an OLE compound file) → document model, through
 * `word-extractor` and the .txt reader.
 *
 * word-extractor reads the text stream, where Word ends each cell with a cell
 * mark (U+0007) and ends each row with a "table terminating paragraph" that it
 * turns into a newline; out of the box it then maps cell marks to TABs, which
 * are indistinguishable from real TABs. Two small hooks (installed once, active
 * only while this module extracts) keep the structure:
 *  - its `clean` filter sees cell marks as a private character (U+E007), and
 *    soft line breaks / page breaks as U+E00B;
 *  - after it applies paragraph properties, the paragraph marks of paragraphs
 *    inside a table (`sprmPFInTable`/`sprmPItap`) become U+E00D, so a cell's
 *    several paragraphs are told apart from body paragraphs around the table.
 * The cells are then emitted as table blocks directly (see docBlocks); `line`
 * numbers count the lines of the TAB-cell text form Word's export would give
 * (`lineBase: 'line'`).
 *
 * If the hooks cannot be installed (another word-extractor version), the
 * reader refuses with UNSUPPORTED_DOC and the conversion command rather than
 * guess at cells.
 */
import { createRequire } from 'node:module';
import type { Block, DocumentModel, TableBlock } from '../model/document.js';
import type { Warning } from '../model/diagnostics.js';
import { InputFailure } from '../model/errors.js';
import { joinLines } from '../model/text.js';
import { GridBuilder } from './grid.js';
import { spreadHeader, textBlocks, type HeaderCell } from './text.js';

const CELL = '\uE007';
const TABLE_PARA = '\uE00D';
const SOFT_BREAK = '\uE00B';

const CONVERT_HINT = 'convert it with `libreoffice --headless --convert-to docx FILE.doc` and run again on the .docx';

function unsupported(why: string): InputFailure {
  return new InputFailure('UNSUPPORTED_DOC', `this .doc cannot be read (${why})`, CONVERT_HINT);
}
function corrupt(why: string): InputFailure {
  return new InputFailure('CORRUPT_DOC', `the .doc is damaged or incomplete (${why})`, 'open and re-save it in Word or LibreOffice, or convert it with `libreoffice --headless --convert-to docx FILE.doc`');
}

interface WordDocument {
  getBody(options?: { filterUnicode?: boolean }): string;
}
interface WordExtractorCtor {
  new (): { extract(source: Buffer): Promise<WordDocument> };
}
interface Piece {
  text: string;
  startFilePos: number;
  endFilePos: number;
  size: number;
  bpc: number;
}

/**
 * Hook state lives on the (process-wide) word-extractor module, so the hooks
 * are installed once even when this module is evaluated again (test runners).
 */
const STATE = Symbol.for('plan-extract/word-extractor-hooks');
interface HookState {
  active: number;
  ctor: WordExtractorCtor;
}
let state: HookState | null | undefined;

/** Loads word-extractor and installs the hooks once; null when that is not possible. */
function loadExtractor(): HookState | null {
  if (state !== undefined) return state;
  state = null;
  try {
    const require = createRequire(import.meta.url);
    const filtersPath = require.resolve('word-extractor/lib/filters.js');
    const olePath = require.resolve('word-extractor/lib/word-ole-extractor.js');
    const filters = require(filtersPath) as { clean: (s: string) => string; [STATE]?: HookState };
    if (filters[STATE]) return (state = filters[STATE]);
    // The extractor module copies `clean` when it loads: it must load after the hook.
    if (require.cache[olePath]) return null;
    const origClean = filters.clean;
    if (typeof origClean !== 'function') return null;
    const hs = { active: 0 } as HookState;
    filters.clean = (s: string) => origClean(hs.active ? s.replace(/\x07/g, CELL).replace(/[\x0b\x0c]/g, SOFT_BREAK) : s);
    const Ole = require(olePath) as { prototype: Record<string, unknown> };
    const proto = Ole.prototype as {
      writeParagraphProperties?: (this: { _pieces: Piece[] }, buffer: Buffer, table: Buffer) => void;
      extractWordDocument?: (this: unknown, document: unknown, buffer: Buffer) => Promise<unknown>;
    };
    const origParas = proto.writeParagraphProperties;
    const origExtract = proto.extractWordDocument;
    if (typeof origParas !== 'function' || typeof origExtract !== 'function') {
      filters.clean = origClean;
      return null;
    }
    proto.writeParagraphProperties = function (buffer: Buffer, table: Buffer) {
      origParas.call(this, buffer, table);
      if (hs.active) markTableParagraphs(this._pieces, buffer, table);
    };
    proto.extractWordDocument = function (document: unknown, buffer: Buffer) {
      if (hs.active && buffer.length >= 12 && buffer.readUInt16LE(0) === 0xa5ec && (buffer.readUInt16LE(0x0a) & 0x0100) !== 0) {
        return Promise.reject(new InputFailure('ENCRYPTED', 'the .doc is password-protected', 'remove the password in Word or WPS (save a copy without it) and run again'));
      }
      return origExtract.call(this, document, buffer);
    };
    hs.ctor = require('word-extractor') as WordExtractorCtor;
    filters[STATE] = hs;
    state = hs;
  } catch {
    state = null;
  }
  return state;
}

/**
 * Walks the paragraph property runs (PlcBtePapx → PAPX FKPs, as word-extractor
 * does for table row ends) and turns the mark (CR) of each paragraph inside a
 * table into TABLE_PARA.
 */
function markTableParagraphs(pieces: Piece[], buffer: Buffer, table: Buffer): void {
  const fc = buffer.readUInt32LE(0x0102);
  const lcb = buffer.readUInt32LE(0x0106);
  if (lcb < 12) return;
  const count = (lcb - 4) / 8;
  const plc = table.subarray(fc, fc + lcb);
  const dataOffset = (count + 1) * 4;
  for (let i = 0; i < count; i++) {
    const block = plc.readUInt32LE(dataOffset + i * 4);
    const fkp = buffer.subarray(block * 512, (block + 1) * 512);
    if (fkp.length < 512) continue;
    const crun = fkp.readUInt8(511);
    for (let j = 0; j < crun; j++) {
      const end = fkp.readUInt32LE((j + 1) * 4);
      const bx = fkp.readUInt8((crun + 1) * 4 + j * 13) * 2;
      if (bx === 0) continue;
      const cb = fkp.readUInt8(bx);
      const grpprl = cb !== 0 ? fkp.subarray(bx + 1, bx + 1 + 2 * cb - 1) : fkp.subarray(bx + 2, bx + 2 + 2 * fkp.readUInt8(bx + 1));
      if (inTable(grpprl)) markLastCr(pieces, end);
    }
  }
}

/** sprmPFInTable (0x2416) ≠ 0 or sprmPItap (0x6649) ≥ 1 in a paragraph's SPRMs (after its istd). */
function inTable(grpprl: Buffer): boolean {
  let off = 2;
  while (off < grpprl.length - 1) {
    const sprm = grpprl.readUInt16LE(off);
    off += 2;
    const spra = (sprm >> 13) & 7;
    if (sprm === 0x2416 && off < grpprl.length && grpprl[off] !== 0) return true;
    if (sprm === 0x6649 && off + 4 <= grpprl.length && grpprl.readInt32LE(off) >= 1) return true;
    if (spra === 0 || spra === 1) off += 1;
    else if (spra === 2 || spra === 4 || spra === 5) off += 2;
    else if (spra === 3) off += 4;
    else if (spra === 7) off += 3;
    else if (spra === 6) off += (grpprl[off] ?? 0) + 1;
  }
  return false;
}

function markLastCr(pieces: Piece[], endFilePos: number): void {
  const pos = endFilePos - 1;
  for (const p of pieces) {
    if (pos < p.startFilePos || pos >= p.startFilePos + p.size) continue;
    const idx = Math.floor((pos - p.startFilePos) / p.bpc);
    if (p.text[idx] === '\r') p.text = p.text.slice(0, idx) + TABLE_PARA + p.text.slice(idx + 1);
    return;
  }
}

export async function readDoc(bytes: Uint8Array, source: string, format: 'doc' | 'wps' = 'doc'): Promise<DocumentModel> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.includes(Buffer.from('EncryptedPackage', 'utf16le'))) {
    throw new InputFailure('ENCRYPTED', 'the document is password-protected', 'remove the password in Word or WPS (save a copy without it) and run again');
  }
  const hooks = loadExtractor();
  if (!hooks) throw unsupported('no reader that keeps table cells apart is available');
  let body: string;
  hooks.active++;
  try {
    const doc = await new hooks.ctor().extract(buf);
    body = doc.getBody({ filterUnicode: false });
  } catch (e) {
    if (e instanceof InputFailure) throw e;
    const msg = e instanceof Error ? e.message : String(e);
    if (/Invalid magic number/i.test(msg)) {
      if (!buf.includes(Buffer.from('WordDocument', 'utf16le'))) {
        throw new InputFailure('UNSUPPORTED_DOC', 'an old Office file that is not a Word document (Excel, PowerPoint, …)', 'open it in its own program and save the plan as .docx or .txt');
      }
      throw unsupported('a Word 6/95 file or older');
    }
    if (/WordDocument|stream/i.test(msg) && !buf.includes(Buffer.from('WordDocument', 'utf16le'))) {
      throw new InputFailure('UNSUPPORTED_DOC', 'an old Office file that is not a Word document (Excel, PowerPoint, …)', 'open it in its own program and save the plan as .docx or .txt');
    }
    throw corrupt(msg.replace(/\s+/g, ' ').slice(0, 120));
  } finally {
    hooks.active--;
  }
  const warnings: Warning[] = [];
  const shortRows: number[] = [];
  const blocks = docBlocks(body, shortRows);
  if (shortRows.length) warnings.push(mergeLostWarning(source, shortRows));
  else if (format === 'wps' && blocks.some((b) => b.kind === 'table')) {
    warnings.push({ code: 'MERGE_LOST', message: `merged cells of a .wps table are not recovered (each merged cell is read as one cell of its row); for exact merges convert it with \`${convertCommand(source)}\`` });
  }
  return { source, format, encoding: 'utf-16le', lineBase: 'line', blocks, warnings };
}

/** The conversion command for this file, named by its own extension (`.doc`, `.wps`). */
export function convertCommand(source: string): string {
  const ext = /\.(?:doc|wps|dot|wpt)$/i.exec(source)?.[0] ?? '.doc';
  return `libreoffice --headless --convert-to docx FILE${ext}`;
}

function mergeLostWarning(source: string, lines: readonly number[]): Warning {
  return {
    code: 'MERGE_LOST',
    line: lines[0]!,
    message: `${lines.length} table row(s) have fewer cells than the table (merged cells the ${source.match(/\.wps$/i) ? '.wps' : '.doc'} text stream does not keep; first at line ${lines[0]}), so their cells may sit in the wrong columns — convert it with \`${convertCommand(source)}\` and run again on the .docx`,
  };
}

/**
 * The marked text stream → blocks. Tables are emitted directly from their
 * cell marks, a row per table row, each row padded to the widest; a row of
 * one cell spans the table, and a short first row over a full one is a
 * two-level header. The text between tables is read as text (a body line
 * with TABs in it may be a TAB-delimited table typed in Word).
 *
 * `line` numbers count the lines of the TAB-cell text form (`toTabCellText`):
 * a cell's paragraphs one line each, a blank line between rows and two after
 * a table, so they are the lines Word's own text export would roughly give.
 */
export function docBlocks(body: string, shortRows: number[] = []): Block[] {
  const { lines, tables } = layout(body);
  // Rows with more than one cell but fewer than the table's widest: a merge the binary form lost.
  for (const t of tables) {
    const widest = t.rows.reduce((w, r) => Math.max(w, r.cells.length), 0);
    for (const r of t.rows) if (r.cells.length > 1 && r.cells.length < widest) shortRows.push(r.cells[0]!.line);
  }
  const blocks: Block[] = [];
  let from = 0;
  const text = (to: number) => {
    if (to <= from) return;
    for (const b of textBlocks(lines.slice(from, to).join('\n'))) blocks.push(shift(b, from));
  };
  for (const t of tables) {
    text(t.start);
    blocks.push(buildDocTable(t.rows));
    from = t.end;
  }
  text(lines.length);
  return blocks;
}

/** A block of text read from line `offset` on, renumbered to the whole text's lines. */
function shift(b: Block, offset: number): Block {
  if (!offset) return b;
  if (b.kind === 'paragraph') return { ...b, line: b.line + offset };
  b.line += offset;
  for (const r of b.rows) {
    r.line += offset;
    for (const c of r.cells) c.line += offset;
  }
  return b;
}

interface DocRow {
  cells: HeaderCell[];
}

function buildDocTable(rows: DocRow[]): TableBlock {
  const width = rows.reduce((w, r) => Math.max(w, r.cells.length), 1);
  const grid = new GridBuilder(rows.length);
  grid.reserveWidth(width);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const next = rows[r + 1];
    if (row.cells.length === 1 && width > 1) {
      grid.startRow(row.cells[0]!.line);
      grid.add({ lines: row.cells[0]!.lines, line: row.cells[0]!.line, colSpan: width });
      continue;
    }
    if (r === 0 && next && next.cells.length === width && row.cells.length < width && spreadHeader(grid, row.cells, next.cells, width)) {
      r++;
      continue;
    }
    grid.startRow(row.cells[0]!.line);
    for (const c of row.cells) grid.add({ lines: c.lines, line: c.line });
  }
  return grid.finish()!;
}

/**
 * The marked text stream laid out as the TAB-cell text form: body lines, and
 * for each table the range of lines it takes and its rows, each cell with the
 * line it starts on and its lines.
 */
function layout(body: string): { lines: string[]; tables: { start: number; end: number; rows: DocRow[] }[] } {
  const out: string[] = [];
  const tables: { start: number; end: number; rows: DocRow[] }[] = [];
  let rows: string[][][] = [];
  let row: string[][] = [];
  let cell: string[] = [];
  let buf = '';
  let lastWasCell = false;

  const closeTable = () => {
    if (row.length) rows.push(row);
    if (!rows.length) return;
    if (out.length && out[out.length - 1] !== '') out.push('');
    const start = out.length;
    const built: DocRow[] = [];
    rows.forEach((r, ri) => {
      if (ri) out.push('');
      const cells: HeaderCell[] = [];
      for (const c of r) {
        const kept = cellLines(c);
        cells.push({ line: out.length + 1, lines: kept });
        for (const l of kept) out.push(l);
      }
      built.push({ cells });
    });
    out.push('', '');
    tables.push({ start, end: out.length, rows: built });
    rows = [];
    row = [];
  };
  const splitLines = (s: string) => s.split(SOFT_BREAK);

  for (const ch of body) {
    if (ch === CELL) {
      cell.push(...splitLines(buf));
      row.push(cell);
      cell = [];
      buf = '';
      lastWasCell = true;
      continue;
    }
    if (ch === TABLE_PARA) {
      cell.push(...splitLines(buf));
      buf = '';
      lastWasCell = false;
      continue;
    }
    if (ch === '\n' || ch === '\r') {
      if (lastWasCell && buf === '' && cell.length === 0) {
        // The table terminating paragraph: the row is complete.
        rows.push(row);
        row = [];
        lastWasCell = false;
        continue;
      }
      if (rows.length || row.length) {
        if (cell.length) {
          // Paragraphs before the first cell mark without an in-table mark:
          // only possible without paragraph marks; keep them in the cell.
          cell.push(...splitLines(buf));
          buf = '';
          continue;
        }
        closeTable();
      }
      for (const l of splitLines(buf)) out.push(l.replace(/^[\t\s\u3000]+/u, ''));
      buf = '';
      lastWasCell = false;
      continue;
    }
    buf += ch;
    lastWasCell = false;
  }
  if (buf) {
    if (row.length || cell.length) {
      cell.push(...splitLines(buf));
      row.push(cell);
    } else {
      for (const l of splitLines(buf)) out.push(l.replace(/^[\t\s\u3000]+/u, ''));
    }
  }
  closeTable();
  return { lines: out, tables };
}

/** The TAB-cell text form of the stream (each cell a line starting with TAB), for reading and tests. */
export function toTabCellText(body: string): string {
  const { lines, tables } = layout(body);
  for (const t of tables) for (const r of t.rows) for (const c of r.cells) lines[c.line - 1] = `\t${lines[c.line - 1]}`;
  return lines.join('\n');
}

const HEADING_LIKE = /^\s*(?:附\s*件\s*\d*|[一二三四五六七八九十]+、|第[一二三四五六七八九十\d]+[章节部分])/;

/**
 * A cell's non-blank paragraphs; an empty cell is one empty line. A further
 * paragraph longer than 60 characters or shaped like a heading is joined to
 * the one before, as the TAB-cell text form has always written it (the
 * lines, and so the line numbers, stay as they were).
 */
function cellLines(raw: string[]): string[] {
  const lines = raw.map((l) => l.replace(/\t/g, ' ').trim()).filter((l) => l.replace(/[\u3000\u00a0]/g, '').length > 0);
  if (!lines.length) return [''];
  const kept: string[] = [lines[0]!];
  for (const l of lines.slice(1)) {
    if (l.length > 60 || HEADING_LIKE.test(l)) kept[kept.length - 1] = joinLines([kept[kept.length - 1]!, l]);
    else kept.push(l);
  }
  return kept;
}
