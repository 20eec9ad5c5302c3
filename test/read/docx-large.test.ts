import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/read/docx.js';
import { docxFromBody, tables, wtc } from './helpers.js';

/** A Word-like 16,000-row task table: run properties, varied text, a vMerge grouping column. */
function bigDocx(rows: number): Buffer {
  const han = '安全生产责任体系建设完善健全落实监管执法隐患排查治理应急救援能力提升区发改局经信局住建局交通运输局';
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  const text = (n: number) => Array.from({ length: n }, () => han[rnd() % han.length]).join('');
  const rPr = '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hint="eastAsia"/><w:sz w:val="24"/></w:rPr>';
  const cell = (t: string, pr = '') => wtc(t, pr).replace(/<w:r>/g, `<w:r>${rPr}`);
  const parts: string[] = ['<w:tbl>'];
  parts.push(`<w:tr><w:trPr><w:tblHeader/></w:trPr>${cell('专项')}${cell('序号')}${cell('重点任务')}${cell('牵头单位')}${cell('完成时限')}</w:tr>`);
  for (let i = 1; i <= rows; i++) {
    const group = i % 10 === 1 ? cell(`专项${i}`, '<w:vMerge w:val="restart"/>') : cell('', '<w:vMerge/>');
    parts.push(`<w:tr>${group}${cell(String(i))}${cell(text(40))}${cell(text(6))}${cell(`${2018 + (i % 5)}年底前`)}</w:tr>`);
  }
  parts.push('</w:tbl>');
  return docxFromBody(parts.join(''));
}

describe('readDocx: a 16,000-row table', () => {
  it('reads in a few seconds with merges intact', async () => {
    const bytes = bigDocx(16_000);
    const t0 = performance.now();
    const m = await readDocx(bytes, 'big.docx');
    const ms = performance.now() - t0;
    const [t] = tables(m);
    expect(t!.rows).toHaveLength(16_001);
    expect(t!.rows[1]!.cells[0]!.rowSpan).toBe(10);
    expect(t!.rows[16_000]!.cells[1]!.text).toBe('16000');
    console.log(`16,000-row docx: ${(bytes.length / 1e6).toFixed(1)} MB zipped, read in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(15_000);
  });
});
