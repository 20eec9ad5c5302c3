/**
 * The streaming state machine over the events of `word/document.xml`: body
 * paragraphs, tables with their merges, numbering. See ../docx.ts for what is
 * read.
 *
 * Work per element is constant, so nesting costs linear time: a paragraph
 * inside a paragraph (a text box) hands its lines to its parent as one node
 * of a tree that is flattened once, never copied up level by level; a merged
 * cell's text is gathered once, into its origin, before the grid is built.
 */
import type { Warning } from '../../model/diagnostics.js';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { Block, ParagraphBlock, TableBlock } from '../../model/document.js';
import { GridBuilder } from '../grid.js';
import { withNumber, type ListNumberer, type RenderedNumber } from './numbering.js';
import { WML_NS } from './ooxml.js';
import { corrupt } from './parts.js';
import { describe } from '../xml.js';

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
  /** Paragraphs of text boxes anchored in this one, in order (flattened once, at the outermost). */
  kids: LineNode[];
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
        if (typeof v === 'string' && WML_NS.has(v)) this.prefix = k === 'xmlns' ? '' : `${k.slice(6)}:`;
      }
    }
    if (t.name.endsWith(':Fallback')) { this.skip++; return; }
    const name = this.local(t.name);
    if (!name) return;
    switch (name) {
      case 'p':
        this.paras.push({ lines: [], cur: '', kids: [], pStyle: null, numId: null, ilvl: null, numbered: false, number: null, skipped: this.skip > 0, markDeleted: false });
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
    const parent = this.paras[this.paras.length - 1];
    if (parent) {
      // A text box anchored in a paragraph: its paragraphs follow the anchor's text.
      parent.kids.push({ lines: own, kids: p.kids });
      return;
    }
    const lines = p.kids.length ? flatten({ lines: own, kids: p.kids }) : own;
    if (this.tables.length) {
      // Inside a table: a line of the current cell (flattening nested tables).
      if (this.cell) for (const l of lines) this.cell.lines.push(l);
      return;
    }
    for (const raw of lines) {
      // Indentation (full-width spaces, leading TABs) is layout, not text.
      const text = raw.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/gu, '');
      if (!text) continue;
      this.blocks.push({ kind: 'paragraph', text, line: this.nextLine++ } satisfies ParagraphBlock);
    }
  }

  /**
   * Raw rows → the full grid. Merges are resolved first, column by column:
   * a `w:vMerge` continue joins the origin above it in the same grid column
   * (its rowSpan grows), a `w:hMerge` continue the origin to its left (its
   * colSpan grows); text found in a continuation joins the origin's lines.
   * Every origin's text is then made once, and the grid builder places it.
   */
  private buildTable(raw: RawTable): TableBlock {
    let width = 1;
    for (const r of raw.rows) {
      let w = r.before + r.after;
      for (const c of r.cells) w += c.span;
      if (w > width) width = w;
    }
    const grid = new GridBuilder(raw.rows.length);
    // Refuses a table over the cell budget before any cell exists.
    grid.reserveWidth(width);
    type Placement = { col: number; origin: Origin } | { col: number; span: number; from: 'above' | 'left' };
    const placements: Placement[][] = [];
    /** For each grid column, the origin open above it (for vMerge continue). */
    let above: (Origin | undefined)[] = [];
    let orphanContinue = 0;
    let dropped = 0;
    for (const r of raw.rows) {
      const row: Placement[] = [];
      const here: (Origin | undefined)[] = [];
      let col = Math.min(r.before, width);
      let prev: Origin | undefined;
      for (const c of r.cells) {
        if (col >= width) break;
        const span = Math.min(c.span, width - col);
        const hasText = c.lines.some((l) => /\S/.test(l));
        if (c.hMerge === 'continue' && prev) {
          prev.colSpan += span;
          if (hasText && !gather(prev, c.lines)) dropped++;
          row.push({ col, span, from: 'left' });
          col += span;
          continue;
        }
        const origin = c.vMerge === 'continue' ? above[col] : undefined;
        if (origin && origin.col === col) {
          origin.rowSpan++;
          if (hasText && !gather(origin, c.lines)) dropped++;
          row.push({ col, span, from: 'above' });
          here[col] = origin;
          prev = undefined;
          col += span;
          continue;
        }
        if (c.vMerge === 'continue') orphanContinue++;
        const o: Origin = { col, colSpan: span, rowSpan: 1, lines: c.lines, gathered: 0 };
        row.push({ col, origin: o });
        here[col] = o;
        prev = o;
        col += span;
      }
      above = here;
      placements.push(row);
    }
    raw.rows.forEach((r, i) => {
      grid.startRow(r.line);
      grid.skip(Math.min(r.before, width));
      for (const p of placements[i]!) {
        if ('origin' in p) grid.place(p.col, { lines: p.origin.lines, colSpan: p.origin.colSpan, rowSpan: p.origin.rowSpan });
        else grid.cover(p.col, p.span, p.from);
      }
    });
    if (dropped) this.warnings.push({ code: 'MERGED_TEXT_CAPPED', message: `a table has ${dropped} merged cell(s) holding text of their own beyond ${MAX_GATHERED.toLocaleString('en-US')} characters gathered into the merged cell; that text was dropped` });
    if (orphanContinue) this.warnings.push({ code: 'ORPHAN_MERGE', message: `a table has ${orphanContinue} vertically merged cell(s) with nothing above to merge into; read as plain cells` });
    // A header row repeated on each page stays in the grid: the task builder
    // knows which row is the header and skips its repeats, for every format.
    return grid.finish()!;
  }
}

/** The lines of a paragraph and of the paragraphs nested in it. */
interface LineNode {
  lines: string[];
  kids: LineNode[];
}

/** A paragraph's lines, then each nested paragraph's, depth first; iterative, for deep nesting. */
function flatten(root: LineNode): string[] {
  const out: string[] = [];
  const stack: LineNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    for (const l of n.lines) out.push(l);
    for (let i = n.kids.length - 1; i >= 0; i--) stack.push(n.kids[i]!);
  }
  return out;
}

/** An origin cell while merges are resolved: where it starts, its spans, all its lines. */
interface Origin {
  col: number;
  colSpan: number;
  rowSpan: number;
  lines: string[];
  /** Characters taken from the cells merged into it. */
  gathered: number;
}

/**
 * Text in a merged (continuation) cell is kept on the merged cell, up to this
 * many characters in all: a merged cell's text applies to every row it
 * covers, so text gathered from thousands of continuation rows would be
 * written once per row — output quadratic in the rows.
 */
const MAX_GATHERED = 500;

/** Adds a continuation cell's lines to its origin; false when over the budget (dropped). */
function gather(o: Origin, lines: readonly string[]): boolean {
  let n = 0;
  for (const l of lines) n += l.length;
  if (o.gathered + n > MAX_GATHERED) return false;
  o.gathered += n;
  for (const l of lines) o.lines.push(l);
  return true;
}

function intAttr(t: SaxesTagPlain, name: string): number {
  const v = Number.parseInt(String(t.attributes[name] ?? '1'), 10);
  return Number.isFinite(v) && v > 0 ? Math.min(v, 1000) : 1;
}
