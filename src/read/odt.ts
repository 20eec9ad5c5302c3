/**
 * .odt (OpenDocument text: LibreOffice, WPS) → document model, from
 * `content.xml` through the shared zip layer and saxes.
 *
 *  - Paragraphs and headings (`text:p`, `text:h`) in document order, lists
 *    (`text:list`/`text:list-item`) included, with a list item's rendered
 *    number (`text:number`) where the producer wrote one; `text:s` (spaces),
 *    `text:tab` and `text:line-break` as in the text; notes, annotations and
 *    tracked deletions are left out.
 *  - Tables (`table:table`): rows (`table:table-row`, in header rows and
 *    row groups too) and cells with `table:number-columns-spanned` /
 *    `table:number-rows-spanned`; `table:covered-table-cell` marks the
 *    positions a span covers; `table:number-rows-repeated` and
 *    `table:number-columns-repeated` repeat a row or a cell (an empty one at
 *    most once: producers repeat empty rows to the end of the sheet). A table
 *    nested in a cell is flattened into the cell's lines.
 *  - `line` counts blocks (`lineBase: 'block'`), as for .docx.
 */
import type { Warning } from '../model/diagnostics.js';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { Block, DocumentModel } from '../model/document.js';
import { isInputFailure, type InputFailure } from '../model/errors.js';
import { GridBuilder } from './grid.js';
import { withNumber } from './docx/numbering.js';
import { levelFrom, OdtNumberer, readListStyles, type ListStyles } from './odt-numbering.js';
import { corrupt as zipCorrupt, openZip, ZIP_LIMITS, type ZipKind } from './zip.js';
import { decodeXmlPart, describe, pumpXml } from './xml.js';

const ODT: ZipKind = { label: '.odt', code: 'CORRUPT_ODT', hint: 'open and re-save it in LibreOffice or WPS, or save it as .docx' };
const corrupt = (d: string): InputFailure => zipCorrupt(ODT, d);

/** Most repeats of an empty row or cell kept (a producer's "to the end of the sheet"). */
const MAX_EMPTY_REPEAT = 1;
const MAX_REPEAT = 1000;

interface RawCell { lines: string[]; colSpan: number; rowSpan: number; covered: boolean }
interface RawTable { rows: { cells: RawCell[]; line: number }[] }

export async function readOdt(bytes: Uint8Array, source: string): Promise<DocumentModel> {
  const zip = await openZip(bytes, ZIP_LIMITS, ODT);
  const warnings: Warning[] = [];
  const styles: ListStyles = new Map();
  try {
    // List styles of styles.xml (a damaged or huge one only loses the list numbers).
    if (zip.has('styles.xml')) readListStyles(decodeXmlPart(await zip.readPart('styles.xml'), 'styles.xml', warnings), styles);
  } catch (e) {
    if (isInputFailure(e) && e.code === 'ENCRYPTED') throw e;
    warnings.push({ code: 'NUMBERING_DAMAGED', message: `styles.xml could not be read (${describe(e)}); automatic list numbers (一、 （一） 1.) were not recovered` });
  }
  const reader = new OdtReader(styles);
  try {
    const stream = await zip.streamPart('content.xml');
    await pumpXml(stream, 'content.xml', warnings, (s) => reader.write(s), () => reader.close(), corrupt);
  } catch (e) {
    if (isInputFailure(e)) throw e;
    throw corrupt(describe(e));
  } finally {
    zip.close();
  }
  return { source, format: 'odt', encoding: 'utf-8', lineBase: 'block', blocks: reader.blocks, warnings };
}

class OdtReader {
  readonly blocks: Block[] = [];
  private readonly parser = new SaxesParser({ xmlns: false, position: false });
  private nextLine = 1;
  private inBody = 0;
  /** Open paragraphs: lines so far (a nested one, in a note or frame, belongs to the outer). */
  private paras: { lines: string[] }[] = [];
  private skip = 0;
  private tables: (RawTable | null)[] = [];
  private row: { cells: RawCell[]; repeat: number } | null = null;
  private cell: (RawCell & { repeat: number }) | null = null;
  private readonly numberer: OdtNumberer;
  /** The number of the list item just opened, for its first paragraph. */
  private pendingNumber: string | null = null;
  /** A list item opened and not yet numbered (numbered at its first paragraph). */
  private pendingItem: { start: number | null; header: boolean } | null = null;
  /** The list style being read in content.xml's automatic styles. */
  private styleLevels: Map<number, ReturnType<typeof levelFrom>> | null = null;

  constructor(private readonly styles: ListStyles) {
    this.numberer = new OdtNumberer(styles);
    this.parser.on('opentag', (t) => this.open(t));
    this.parser.on('closetag', (t) => this.close_(t));
    this.parser.on('text', (s) => this.text(s));
    this.parser.on('error', (e) => { throw corrupt(`bad XML in content.xml: ${describe(e)}`); });
  }

  write(s: string): void {
    if (s) this.parser.write(s);
  }

  close(): void {
    this.parser.close();
  }

  private get para() {
    return this.paras[this.paras.length - 1];
  }

  private text(s: string): void {
    if (this.skip || !this.para) return;
    const p = this.para;
    p.lines[p.lines.length - 1] += s.replace(/[\r\n\t ]+/g, ' ');
  }

  private open(t: SaxesTagPlain): void {
    const a = t.attributes as Record<string, string>;
    if (!this.inBody) {
      // content.xml's own (automatic) list styles come before the body.
      if (t.name === 'text:list-style') this.styles.set(a['style:name'] ?? '', (this.styleLevels = new Map()));
      else if (this.styleLevels && t.name === 'text:list-level-style-number') this.styleLevels.set(Number(a['text:level'] ?? 1), levelFrom(a));
    }
    switch (t.name) {
      case 'office:text':
        this.inBody++;
        return;
      case 'text:note':
      case 'office:annotation':
      case 'text:tracked-changes':
      case 'text:deletion':
        this.skip++;
        return;
    }
    if (!this.inBody || this.skip) return;
    switch (t.name) {
      case 'text:p':
      case 'text:h':
        if (this.pendingItem && !this.para) {
          // The item's first paragraph carries its label.
          this.pendingNumber = this.numberer.item(this.pendingItem.start, this.pendingItem.header) || null;
          this.pendingItem = null;
        }
        if (this.para) this.para.lines.push('');
        else this.paras.push({ lines: [''] });
        this.depth.push(this.para!);
        break;
      case 'text:s': {
        const n = Math.min(100, Number(a['text:c'] ?? 1) || 1);
        this.text(' '.repeat(n));
        break;
      }
      case 'text:tab':
        this.text('\t');
        break;
      case 'text:line-break':
        if (this.para) this.para.lines.push('');
        break;
      case 'text:list':
        // A list item holding only a nested list has no label of its own.
        this.pendingItem = null;
        this.numberer.openList(a['text:style-name'], a['xml:id'], a['text:continue-numbering'] === 'true', a['text:continue-list']);
        break;
      case 'text:list-item':
      case 'text:list-header': {
        const start = a['text:start-value'] ? Number(a['text:start-value']) : null;
        this.pendingItem = { start: start !== null && Number.isFinite(start) ? start : null, header: t.name === 'text:list-header' };
        break;
      }
      case 'text:number':
        // The producer wrote the number out: it is in the text, not to be rendered again.
        this.pendingNumber = null;
        break;
      case 'table:table':
        this.tables.push(this.tables.length === 0 && !this.paras.length ? { rows: [] } : null);
        break;
      case 'table:table-row':
        if (this.table) this.row = { cells: [], repeat: clampRepeat(a['table:number-rows-repeated']) };
        break;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        if (this.table && this.row) {
          this.cell = {
            lines: [],
            colSpan: clampSpan(a['table:number-columns-spanned']),
            rowSpan: clampSpan(a['table:number-rows-spanned']),
            covered: t.name === 'table:covered-table-cell',
            repeat: clampRepeat(a['table:number-columns-repeated']),
          };
        }
        break;
    }
  }

  /** Paragraph elements open, to tell the end of a nested paragraph from the outer one's. */
  private depth: { lines: string[] }[] = [];

  private get table(): RawTable | null {
    return this.tables.length === 1 ? this.tables[0]! : null;
  }

  private close_(t: SaxesTagPlain): void {
    if (t.name === 'text:list-style') this.styleLevels = null;
    switch (t.name) {
      case 'office:text':
        this.inBody--;
        return;
      case 'text:note':
      case 'office:annotation':
      case 'text:tracked-changes':
      case 'text:deletion':
        this.skip--;
        return;
    }
    if (!this.inBody || this.skip) return;
    switch (t.name) {
      case 'text:p':
      case 'text:h': {
        const p = this.depth.pop();
        if (!p || this.depth.length) return;
        this.paras.pop();
        const lines = p.lines.map((l) => l.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/gu, ''));
        if (this.pendingNumber) {
          const first = lines.findIndex((l) => l);
          if (first >= 0) lines[first] = withNumber({ text: this.pendingNumber, suff: 'tab' }, lines[first]!);
          this.pendingNumber = null;
        }
        if (this.tables.length) {
          if (this.cell) for (const l of lines) this.cell.lines.push(l);
          return;
        }
        for (const text of lines) if (text) this.blocks.push({ kind: 'paragraph', text, line: this.nextLine++ });
        break;
      }
      case 'text:list':
        this.numberer.closeList();
        break;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        if (this.table && this.row && this.cell) {
          const c = this.cell;
          const empty = !c.lines.some((l) => l.trim());
          const n = empty ? Math.min(c.repeat, MAX_EMPTY_REPEAT * 64) : c.repeat;
          for (let k = 0; k < n; k++) this.row.cells.push({ lines: c.lines, colSpan: c.colSpan, rowSpan: c.rowSpan, covered: c.covered });
          this.cell = null;
        }
        break;
      case 'table:table-row':
        if (this.table && this.row) {
          const r = this.row;
          const empty = !r.cells.some((c) => !c.covered && c.lines.some((l) => l.trim()));
          const n = empty ? Math.min(r.repeat, MAX_EMPTY_REPEAT) : r.repeat;
          for (let k = 0; k < n; k++) this.table.rows.push({ cells: r.cells, line: this.nextLine++ });
          this.row = null;
        }
        break;
      case 'table:table': {
        const done = this.tables.pop();
        if (done && done.rows.length) {
          const block = buildTable(done);
          if (block) this.blocks.push(block);
        }
        break;
      }
    }
  }
}

function clampSpan(v: string | undefined): number {
  const n = Number.parseInt(v ?? '1', 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, 1000) : 1;
}

function clampRepeat(v: string | undefined): number {
  const n = Number.parseInt(v ?? '1', 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, MAX_REPEAT) : 1;
}

/**
 * Cells in order, one grid column each: ODF writes a `covered-table-cell` for
 * every position a span covers, so an origin's span reaches over the
 * covered cells after and below it.
 */
function buildTable(raw: RawTable) {
  // Trailing empty cells (a producer's repeated blank columns) do not widen the grid.
  let width = 1;
  for (const r of raw.rows) {
    let used = 0;
    r.cells.forEach((c, i) => {
      if (c.covered || c.lines.some((l) => l.trim())) used = Math.max(used, i + (c.covered ? 1 : c.colSpan));
    });
    width = Math.max(width, used);
  }
  const grid = new GridBuilder(raw.rows.length);
  grid.reserveWidth(width);
  for (const r of raw.rows) {
    grid.startRow(r.line);
    let col = 0;
    for (const c of r.cells) {
      if (col >= width) break;
      if (c.covered) {
        grid.cover(col, 1, 'above');
        col++;
        continue;
      }
      const span = Math.min(c.colSpan, width - col);
      if (c.lines.some((l) => l.trim()) || span > 1 || c.rowSpan > 1) grid.place(col, { lines: c.lines, colSpan: span, rowSpan: c.rowSpan });
      col++;
    }
  }
  return grid.finish();
}
