/**
 * .docx → document model, read from `word/document.xml` with a streaming XML
 * parser (saxes). mammoth's HTML loses merges (one bookmark between cells
 * drops every rowspan of the table, `w:gridBefore` shifts cells) and takes
 * gigabytes on long tables; the part itself is small, regular XML.
 *
 * What is read:
 *  - body paragraphs (`w:p` outside tables) → paragraph blocks in document
 *    order (blank ones skipped, indentation trimmed); the text of their `w:t`
 *    runs, `w:tab` as a TAB, and a `w:br` /
 *    `w:cr` line break splits the paragraph into two blocks. Deleted text
 *    (`w:del`, `w:moveFrom`) is skipped, as is the `mc:Fallback` copy of a
 *    drawing. Automatic list numbering (`w:numPr` on the paragraph or its
 *    style) is rendered from `word/numbering.xml` and `word/styles.xml` and
 *    put in front of the paragraph's text (see docx/numbering.ts), in body
 *    paragraphs and in cells; a numbered paragraph with no text keeps its
 *    number only in a cell (a `序号` column numbered by Word). A damaged
 *    numbering.xml only loses the numbers, with a warning.
 *  - tables (`w:tbl`) → table blocks with the full grid: `w:gridSpan` and the
 *    legacy `w:hMerge` as `colSpan`, `w:vMerge` (`restart`, and continue with
 *    or without `w:val`) as `rowSpan` on the origin cell with `covered: true`
 *    cells at the positions it covers, `w:gridBefore`/`w:gridAfter` as empty
 *    cells, several paragraphs of a cell as its `lines`. Wrappers around cells
 *    and runs (`w:sdt`, `w:customXml`, `w:ins`, `w:smartTag`, hyperlinks,
 *    bookmarks anywhere) are transparent. A nested table is flattened: its
 *    paragraphs become lines of the outer cell. Rows deleted with tracked
 *    changes are dropped, and a row repeating the header row mid-table
 *    (typed again at a page break) is dropped with a warning.
 *
 * `line` is the block order index (`lineBase: 'block'`, see blocks.ts):
 * each paragraph block and each table row takes the next index.
 */
import type { Warning } from '../model/diagnostics.js';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { Block, Cell, DocumentModel, ParagraphBlock, Row, TableBlock } from '../model/document.js';
import { InputFailure } from '../model/errors.js';
import { attachCaptions, coveredCell, emptyCell, makeCell } from './blocks.js';
import { loadNumbering, withNumber, type ListNumberer, type RenderedNumber } from './docx/numbering.js';
import { corrupt, describe, openDocumentPart } from './docx/zip.js';

const MAIN_NS = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

type Merge = 'restart' | 'continue' | null;

interface RawCell {
  lines: string[];
  span: number;
  vMerge: Merge;
  hMerge: Merge;
}

interface RawRow {
  cells: RawCell[];
  before: number;
  after: number;
  deleted: boolean;
  line: number;
}

interface RawTable {
  rows: RawRow[];
}

interface Para {
  /** Finished lines (split at `w:br`). */
  lines: string[];
  cur: string;
  /** Paragraphs of text boxes anchored in this one. */
  extra: string[];
  /** Numbering properties from `w:pPr` (style, `w:numPr`). */
  pStyle: string | null;
  numId: string | null;
  ilvl: number | null;
  /** The number has been worked out (at the end of `w:pPr`, or of the paragraph). */
  numbered: boolean;
  number: RenderedNumber | null;
  /** Opened inside a skipped part (`mc:Fallback`, deleted text): not counted. */
  skipped: boolean;
  /** The paragraph mark is a tracked deletion (`w:pPr/w:rPr/w:del`). */
  markDeleted: boolean;
}

export async function readDocx(bytes: Uint8Array, source: string): Promise<DocumentModel> {
  const part = await openDocumentPart(bytes, ['numbering', 'styles']);
  const warnings: Warning[] = [];
  const numbering = loadNumbering(part.side.get('numbering'), part.side.get('styles'), warnings);
  const reader = new DocxXmlReader(numbering);
  reader.warnings.push(...warnings);
  try {
    await pump(part.stream, reader);
  } finally {
    try { part.zip.close(); } catch { /* already closed */ }
  }
  const blocks = reader.finish();
  attachCaptions(blocks);
  return { source, format: 'docx', encoding: 'utf-8', lineBase: 'block', blocks, warnings: reader.warnings };
}

/** Feeds the inflated part to the parser chunk by chunk; errors become CORRUPT_DOCX. */
function pump(stream: NodeJS.ReadableStream, reader: DocxXmlReader): Promise<void> {
  return new Promise((resolve, reject) => {
    const decoder = new TextDecoder('utf-8');
    let failed = false;
    const fail = (e: unknown) => {
      if (failed) return;
      failed = true;
      const s = stream as NodeJS.ReadableStream & { destroy?: () => void };
      s.destroy?.();
      reject(e instanceof InputFailure ? e : corrupt(describe(e)));
    };
    stream.on('data', (chunk: Buffer) => {
      if (failed) return;
      try {
        reader.write(decoder.decode(chunk, { stream: true }));
      } catch (e) {
        fail(e);
      }
    });
    stream.on('end', () => {
      if (failed) return;
      try {
        reader.write(decoder.decode());
        reader.close();
        resolve();
      } catch (e) {
        fail(e);
      }
    });
    stream.on('error', fail);
  });
}

/** The streaming state machine over the events of `word/document.xml`. */
export class DocxXmlReader {
  readonly warnings: Warning[] = [];
  private readonly parser = new SaxesParser({ xmlns: false, position: false });
  private readonly blocks: Block[] = [];
  private nextLine = 1;
  /** Prefix bound to the WordprocessingML namespace (`w` nearly always). */
  private prefix = 'w:';
  private rootSeen = false;

  private paras: Para[] = [];
  /** Open tables, outermost first; null for a table nested in a cell (flattened). */
  private tables: (RawTable | null)[] = [];
  private row: RawRow | null = null;
  private cell: RawCell | null = null;
  private inTrPr = 0;
  private inTcPr = 0;
  private inText = 0;
  private inTabs = 0;
  private skip = 0;
  /** Inside the paragraph's own `w:pPr` (not a `w:pPrChange` copy). */
  private inPPr = 0;
  private inPPrChange = 0;
  private inNumPr = 0;

  constructor(private readonly numbering: ListNumberer | null = null) {
    this.parser.on('opentag', (t) => this.open(t));
    this.parser.on('closetag', (t) => this.onClose(t));
    this.parser.on('text', (s) => {
      if (this.inText > 0 && this.skip === 0) {
        const p = this.paras[this.paras.length - 1];
        if (p) p.cur += s;
      }
    });
    this.parser.on('error', (e) => {
      throw corrupt(`bad XML in word/document.xml: ${describe(e)}`);
    });
  }

  write(s: string): void {
    if (s) this.parser.write(s);
  }

  close(): void {
    this.parser.close();
    if (!this.rootSeen) throw corrupt('word/document.xml is empty');
  }

  finish(): Block[] {
    if (this.tables.length || this.paras.length) throw corrupt('word/document.xml ends inside a table or paragraph');
    return this.blocks;
  }

  /** Local name of a WordprocessingML element, or '' for other namespaces. */
  private local(name: string): string {
    return name.startsWith(this.prefix) ? name.slice(this.prefix.length) : this.prefix === '' && !name.includes(':') ? name : '';
  }

  /** The structural table: the only open table, and not one nested in a cell. */
  private get table(): RawTable | null {
    return this.tables.length === 1 ? this.tables[0]! : null;
  }

  private open(t: SaxesTagPlain): void {
    if (!this.rootSeen) {
      this.rootSeen = true;
      for (const [k, v] of Object.entries(t.attributes)) {
        if (typeof v === 'string' && MAIN_NS.has(v)) this.prefix = k === 'xmlns' ? '' : `${k.slice(6)}:`;
      }
    }
    if (t.name.endsWith(':Fallback')) { this.skip++; return; }
    const name = this.local(t.name);
    if (!name) return;
    switch (name) {
      case 'p':
        this.paras.push({ lines: [], cur: '', extra: [], pStyle: null, numId: null, ilvl: null, numbered: false, number: null, skipped: this.skip > 0, markDeleted: false });
        break;
      case 'pPrChange':
        this.inPPrChange++;
        break;
      case 'pPr':
        if (!this.inPPrChange) this.inPPr++;
        break;
      case 'pStyle':
      case 'numPr':
      case 'numId':
      case 'ilvl':
        if (this.inPPr && !this.inPPrChange) this.numberingProperty(name, t);
        break;
      case 't':
        this.inText++;
        break;
      case 'tabs':
        this.inTabs++;
        break;
      case 'tab':
        // `w:tabs/w:tab` in paragraph properties are tab stops, not text.
        if (this.inTabs === 0) this.append('\t');
        break;
      case 'br':
      case 'cr':
        this.lineBreak();
        break;
      case 'noBreakHyphen':
        this.append('-');
        break;
      case 'del':
        if (this.inPPr && !this.inPPrChange) {
          const p = this.paras[this.paras.length - 1];
          if (p) p.markDeleted = true;
        }
        if (this.inTrPr && this.row && this.table) this.row.deleted = true;
        else this.skip++;
        break;
      case 'moveFrom':
        this.skip++;
        break;
      case 'tbl':
        this.tables.push(this.tables.length === 0 && this.paras.length === 0 ? { rows: [] } : null);
        break;
      case 'tr':
        if (this.table) this.row = { cells: [], before: 0, after: 0, deleted: false, line: 0 };
        break;
      case 'trPr':
        if (this.table) this.inTrPr++;
        break;
      case 'gridBefore':
        if (this.inTrPr && this.row) this.row.before = intAttr(t, this.prefix + 'val');
        break;
      case 'gridAfter':
        if (this.inTrPr && this.row) this.row.after = intAttr(t, this.prefix + 'val');
        break;
      case 'tc':
        if (this.table && this.row) this.cell = { lines: [], span: 1, vMerge: null, hMerge: null };
        break;
      case 'tcPr':
        if (this.table && this.cell) this.inTcPr++;
        break;
      case 'gridSpan':
        if (this.inTcPr && this.cell) this.cell.span = Math.max(1, intAttr(t, this.prefix + 'val'));
        break;
      case 'vMerge':
        if (this.inTcPr && this.cell) this.cell.vMerge = t.attributes[this.prefix + 'val'] === 'restart' ? 'restart' : 'continue';
        break;
      case 'hMerge':
        if (this.inTcPr && this.cell) this.cell.hMerge = t.attributes[this.prefix + 'val'] === 'restart' ? 'restart' : 'continue';
        break;
    }
  }

  private onClose(t: SaxesTagPlain): void {
    if (t.name.endsWith(':Fallback')) { this.skip--; return; }
    const name = this.local(t.name);
    if (!name) return;
    switch (name) {
      case 't':
        this.inText--;
        break;
      case 'tabs':
        this.inTabs--;
        break;
      case 'p':
        this.endParagraph();
        break;
      case 'pPrChange':
        this.inPPrChange--;
        break;
      case 'numPr':
        if (this.inPPr && !this.inPPrChange) this.inNumPr--;
        break;
      case 'pPr':
        if (!this.inPPrChange && this.inPPr) {
          this.inPPr--;
          const p = this.paras[this.paras.length - 1];
          // A paragraph whose mark is deleted is numbered at its end, if text is left.
          if (p && !p.markDeleted) this.resolveNumber(p);
        }
        break;
      case 'del':
        if (!(this.inTrPr && this.row && this.table)) this.skip--;
        break;
      case 'moveFrom':
        this.skip--;
        break;
      case 'trPr':
        if (this.table) this.inTrPr--;
        break;
      case 'tcPr':
        if (this.table && this.cell) this.inTcPr--;
        break;
      case 'tc':
        if (this.table && this.row && this.cell) {
          this.row.cells.push(this.cell);
          this.cell = null;
        }
        break;
      case 'tr':
        if (this.table && this.row) {
          if (!this.row.deleted) {
            this.row.line = this.nextLine++;
            this.table.rows.push(this.row);
          }
          this.row = null;
        }
        break;
      case 'tbl': {
        const done = this.tables.pop();
        if (done && done.rows.length) this.blocks.push(this.buildTable(done));
        break;
      }
    }
  }

  private numberingProperty(name: string, t: SaxesTagPlain): void {
    if (name === 'numPr') { this.inNumPr++; return; }
    const p = this.paras[this.paras.length - 1];
    if (!p) return;
    const val = t.attributes[this.prefix + 'val'];
    const v = typeof val === 'string' ? val : null;
    switch (name) {
      case 'pStyle':
        p.pStyle = v;
        break;
      case 'numId':
        if (this.inNumPr) p.numId = v;
        break;
      case 'ilvl': {
        const n = v === null ? Number.NaN : Number.parseInt(v, 10);
        if (this.inNumPr && n >= 0 && n < 9) p.ilvl = n;
        break;
      }
    }
  }

  /** Works out the paragraph's number once, in document order (it advances the list counters). */
  private resolveNumber(p: Para): void {
    if (p.numbered) return;
    p.numbered = true;
    if (!this.numbering || p.skipped || this.skip) return;
    p.number = this.numbering.next({ pStyle: p.pStyle, numId: p.numId, ilvl: p.ilvl });
  }

  private append(s: string): void {
    if (this.skip) return;
    const p = this.paras[this.paras.length - 1];
    if (p) p.cur += s;
  }

  private lineBreak(): void {
    if (this.skip) return;
    const p = this.paras[this.paras.length - 1];
    if (p) {
      p.lines.push(p.cur);
      p.cur = '';
    }
  }

  private endParagraph(): void {
    const p = this.paras[this.paras.length - 1];
    if (!p) return;
    const own = [...p.lines, p.cur];
    const hasText = own.some((l) => /[^\s\u3000\u00a0]/u.test(l));
    // A deleted paragraph (tracked change) with nothing left is not in the list.
    if (p.markDeleted && !hasText) p.numbered = true;
    this.resolveNumber(p);
    this.paras.pop();
    if (p.number) {
      // The number goes before the first line with text; a numbered paragraph
      // without text shows its number in a cell (序号 columns) but is dropped in the body.
      const first = hasText ? own.findIndex((l) => /[^\s\u3000\u00a0]/u.test(l)) : -1;
      if (first >= 0) own[first] = withNumber(p.number, own[first]!);
      else if (this.tables.length && !this.paras.length && p.number.text) own[0] = p.number.text;
    }
    const lines = [...own, ...p.extra];
    const parent = this.paras[this.paras.length - 1];
    if (parent) {
      // A text box anchored in a paragraph: its paragraphs follow the anchor's text.
      parent.extra.push(...lines);
      return;
    }
    if (this.tables.length) {
      // Inside a table: a line of the current cell (flattening nested tables).
      if (this.cell) this.cell.lines.push(...lines);
      return;
    }
    for (const raw of lines) {
      // Indentation (full-width spaces, leading TABs) is layout, not text.
      const text = raw.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/gu, '');
      if (!text) continue;
      this.blocks.push({ kind: 'paragraph', text, line: this.nextLine++ } satisfies ParagraphBlock);
    }
  }

  /** Raw rows → the full grid, resolving vertical merges column by column. */
  private buildTable(raw: RawTable): TableBlock {
    let width = 1;
    for (const r of raw.rows) {
      let w = r.before + r.after;
      for (const c of r.cells) w += c.span;
      if (w > width) width = w;
    }
    const rows: Row[] = [];
    /** For each grid column, the origin cell open above it (for vMerge continue). */
    let above: (OriginRef | undefined)[] = [];
    let orphanContinue = 0;
    const grown = new Set<OriginRef>();
    for (const r of raw.rows) {
      const cells: Cell[] = [];
      const here: (OriginRef | undefined)[] = [];
      for (let k = 0; k < r.before && cells.length < width; k++) cells.push(emptyCell(r.line));
      let prev: OriginRef | undefined;
      for (const c of r.cells) {
        const col = cells.length;
        if (col >= width) break;
        const span = Math.min(c.span, width - col);
        if (c.hMerge === 'continue' && prev) {
          prev.cell.colSpan += span;
          if (c.lines.some((l) => /\S/.test(l))) { prev.lines.push(...c.lines); grown.add(prev); }
          for (let k = 0; k < span; k++) cells.push(coveredCell(r.line));
          continue;
        }
        const origin = c.vMerge === 'continue' ? above[col] : undefined;
        if (origin && origin.col === col) {
          origin.cell.rowSpan++;
          if (c.lines.some((l) => /\S/.test(l))) { origin.lines.push(...c.lines); grown.add(origin); }
          for (let k = 0; k < span; k++) cells.push(coveredCell(r.line));
          here[col] = origin;
          prev = undefined;
          continue;
        }
        if (c.vMerge === 'continue') orphanContinue++;
        const cell = makeCell(c.lines, r.line, span);
        const ref: OriginRef = { cell, col, lines: [...c.lines] };
        cells.push(cell);
        for (let k = 1; k < span; k++) cells.push(coveredCell(r.line));
        here[col] = ref;
        prev = ref;
      }
      while (cells.length < width) cells.push(emptyCell(r.line));
      above = here;
      rows.push({ cells, line: r.line });
    }
    // Origins that gathered text from merged cells get their text rebuilt.
    for (const ref of grown) {
      const { text, lines } = makeCell(ref.lines, ref.cell.line);
      ref.cell.text = text;
      ref.cell.lines = lines;
    }
    if (orphanContinue) this.warnings.push({ code: 'ORPHAN_MERGE', line: rows[0]!.line, message: `a table has ${orphanContinue} vertically merged cell(s) with nothing above to merge into; read as plain cells` });
    // A header row repeated on each page stays in the grid: the task builder
    // knows which row is the header and skips its repeats, for every format.
    return { kind: 'table', line: rows[0]!.line, width, rows, caption: '' };
  }
}

interface OriginRef {
  cell: Cell;
  col: number;
  /** All raw lines, including those of merged cells that held text. */
  lines: string[];
}

function intAttr(t: SaxesTagPlain, name: string): number {
  const v = Number.parseInt(String(t.attributes[name] ?? '1'), 10);
  return Number.isFinite(v) && v > 0 ? Math.min(v, 1000) : 1;
}
