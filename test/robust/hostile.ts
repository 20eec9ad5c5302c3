/**
 * Generators of the hostile shapes of the reliability issue: a few kilobytes
 * that cost minutes or gigabytes when a reader multiplies them out. Kept as
 * generators (never as files), each taking its size.
 */
import { makeZip } from '../read/helpers.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx whose word/document.xml has `body` inside <w:body>. */
export function docxOf(body: string): Buffer {
  return makeZip([
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>' },
    { name: '_rels/.rels', data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
    { name: 'word/document.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>` },
  ]);
}

/** One row of `cells` cells, each spanning `span` grid columns (5 KB at 10,000 × 1000). */
export function gridSpanDocx(cells: number, span: number): Buffer {
  const cell = `<w:tc><w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc>`;
  return docxOf(`<w:tbl><w:tr>${cell.repeat(cells)}</w:tr></w:tbl>`);
}

/** `depth` nested <w:p> (1.5 KB at 80,000). */
export function nestedParagraphsDocx(depth: number): Buffer {
  return docxOf(`${'<w:p>'.repeat(depth)}<w:r><w:t>一、加强组织领导</w:t></w:r>${'</w:p>'.repeat(depth)}`);
}

/** A vMerge chain of `rows` rows with text in every continuation cell. */
export function vMergeChainDocx(rows: number): Buffer {
  const cell = (t: string, merge: string) => `<w:tc><w:tcPr>${merge}</w:tcPr><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
  const header = `<w:tr>${cell('专项', '')}${cell('重点任务', '')}${cell('牵头单位', '')}</w:tr>`;
  let body = header;
  for (let i = 0; i < rows; i++) body += `<w:tr>${cell(`专项${i}`, i === 0 ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>')}${cell(`任务${i}`, '')}${cell('区安监局', '')}</w:tr>`;
  return docxOf(`<w:tbl>${body}</w:tbl>`);
}

const page = (body: string) => Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`, 'utf8');

/** One row of `cells` <td>, then `rows` one-cell rows (1.1 MB at 100,000 and 5,000). */
export function wideRowHtml(cells: number, rows: number): Buffer {
  return page(`<table><tr>${'<td>x</td>'.repeat(cells)}</tr>${'<tr><td>y</td></tr>'.repeat(rows)}</table>`);
}

/** `depth` nested <table><tr><td> (1.3 MB at 40,000). */
export function nestedTablesHtml(depth: number): Buffer {
  return page(`${'<table><tr><td>'.repeat(depth)}一、加强组织领导。责任单位：区安监局${'</td></tr></table>'.repeat(depth)}`);
}
