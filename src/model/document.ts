/**
 * The one document model every reader converges on. Detection, task building
 * and deadline resolution only ever see these types, so a rule written for
 * text exports works unchanged on Word files and web pages.
 */
import type { Warning } from './diagnostics.js';

/** How `line` numbers of blocks, cells and tasks are counted for a document. */
export type LineBase =
  /** 1-based line of the decoded text (`.txt`, `.doc`). */
  | 'line'
  /** 1-based order index of the block/paragraph/row in the document (`.docx`, `.html`). */
  | 'block';

export interface Cell {
  /** Normalised text: the cell's lines joined (see `joinCellLines`). */
  text: string;
  /** The cell's raw lines, as read (paragraphs of a Word cell, lines of a text export). */
  lines: string[];
  /** Where the cell starts (see `LineBase`). */
  line: number;
  /** Number of grid columns the cell spans (1 for an ordinary cell). */
  colSpan: number;
  /** Number of rows the cell spans (1 for an ordinary cell). */
  rowSpan: number;
  /**
   * True for a grid position covered by a span that started in another row or
   * column (`w:vMerge` continue, `rowspan`, `colspan`). Its text is empty; the
   * builder carries the origin's text down where the column is a grouping one.
   */
  covered: boolean;
  /**
   * For a covered position, where its span comes from: `above` (a vertical
   * merge: the origin's content belongs to this row too) or `left` (a span
   * along the row: the position is simply not there). Set on every covered
   * position, by the grid builder and `coveredCell`; the task builder reads
   * merges from it alone.
   */
  coveredFrom?: 'above' | 'left';
}

export interface Row {
  /** Exactly `TableBlock.width` cells, one per grid column. */
  cells: Cell[];
  /** Line of the row's first cell. */
  line: number;
  /** Page the row starts on (PDF only). */
  page?: number;
}

export interface TableBlock {
  kind: 'table';
  /** Where the table starts (its first row). */
  line: number;
  /** Grid width: the number of columns of the table. */
  width: number;
  rows: Row[];
  /**
   * The caption: the text of the paragraph(s) just above the table, if short
   * enough to be a title (empty string when none).
   */
  caption: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  /** Text of the paragraph (one line of a text file, one `<p>` or `w:p`). */
  text: string;
  line: number;
  /** Page the paragraph is on (PDF only). */
  page?: number;
}

export type Block = ParagraphBlock | TableBlock;

/** The formats a reader exists for (the reader registry, src/read/registry.ts, is their list). */
export type { InputFormat } from '../read/registry.js';
import type { InputFormat } from '../read/registry.js';

export interface DocumentModel {
  /** Path as given on the command line (`-` for standard input). */
  source: string;
  format: InputFormat;
  /** Encoding the bytes were decoded from (`utf-8`, `utf-8-bom`, `utf-16le`, `gb18030`, …). */
  encoding: string;
  lineBase: LineBase;
  blocks: Block[];
  /** Problems that did not stop reading (a damaged numbering part, replaced bytes…). */
  warnings: Warning[];
}
