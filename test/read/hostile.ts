/**
 * Hostile input shapes for the readers, as generators of a size `n`, so the
 * bounds tests can run each at two sizes and compare the time (issue 10).
 */
import iconv from 'iconv-lite';
import { docxFromBody, makeZip } from './helpers.js';

const row = (cells: string) => `<w:tr>${cells}</w:tr>`;
const tc = (text: string, pr = '') => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}<w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;

/** `n` paragraphs nested in one another (text boxes in text boxes, flattened). */
export const nestedParagraphs = (n: number) => docxFromBody(`${'<w:p>'.repeat(n)}<w:r><w:t>深</w:t></w:r>${'</w:p>'.repeat(n)}`);

/** A vMerge chain of `n` rows whose continuation cells all hold text. */
export const vMergeChain = (n: number) => {
  let rows = row(tc('序号') + tc('任务') + tc('牵头单位'));
  rows += row(tc('1') + tc('任务一') + tc('区甲局', '<w:vMerge w:val="restart"/>'));
  for (let i = 2; i <= n; i++) rows += row(tc(String(i)) + tc(`任务${i}`) + tc(`区局${i}`, '<w:vMerge/>'));
  return docxFromBody(`<w:tbl>${rows}</w:tbl>`);
};

/** One row of `n` cells each spanning 1,000 grid columns. */
export const wideGridSpans = (n: number) => docxFromBody(`<w:tbl>${row(tc('x', '<w:gridSpan w:val="1000"/>').repeat(n))}${row(tc('y'))}</w:tbl>`);

/** One row of `n` `<td>`s, then 5,000 one-cell rows. */
export const wideHtmlRow = (n: number, colspan = 1) => Buffer.from(
  `<html><body><table><tr>${`<td${colspan > 1 ? ` colspan="${colspan}"` : ''}>x</td>`.repeat(n)}</tr>${'<tr><td>y</td></tr>'.repeat(5000)}</table></body></html>`,
);

/** `n` tables nested cell in cell. */
export const nestedHtmlTables = (n: number) => Buffer.from(`<html><body>${'<table><tr><td>'.repeat(n)}任务${'</td></tr></table>'.repeat(n)}</body></html>`);

/** `n` `<div>`s nested, text at the bottom. */
export const nestedDivs = (n: number) => Buffer.from(`<html><body>${'<div>'.repeat(n)}<p>正文</p>${'</div>'.repeat(n)}</body></html>`);

/** A .docx whose document part declares GBK and is encoded in it. */
export const gbkDocx = () => {
  const xml = `<?xml version="1.0" encoding="GBK"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>关于印发安全生产工作要点的通知</w:t></w:r></w:p></w:body></w:document>`;
  return makeZip([
    { name: '_rels/.rels', data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
    { name: 'word/document.xml', data: iconv.encode(xml, 'gbk') },
  ]);
};
