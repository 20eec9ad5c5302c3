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
import type { DocumentModel } from '../model/document.js';
import { DocxXmlReader } from './docx/document.js';
import { loadNumbering } from './docx/numbering.js';
import { corrupt, openDocumentPart } from './docx/parts.js';
import { pumpXml } from './xml.js';

export { DocxXmlReader };

export async function readDocx(bytes: Uint8Array, source: string): Promise<DocumentModel> {
  const part = await openDocumentPart(bytes, ['numbering', 'styles']);
  const warnings: Warning[] = [];
  const numbering = loadNumbering(part.side.get('numbering'), part.side.get('styles'), warnings);
  const reader = new DocxXmlReader(numbering);
  reader.warnings.push(...warnings);
  try {
    await pumpXml(part.stream, 'word/document.xml', reader.warnings, (s) => reader.write(s), () => reader.close(), corrupt);
  } finally {
    part.archive.close();
  }
  const blocks = reader.finish();
  return { source, format: 'docx', encoding: 'utf-8', lineBase: 'block', blocks, warnings: reader.warnings };
}
