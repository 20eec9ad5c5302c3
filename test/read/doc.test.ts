import { describe, expect, it } from 'vitest';
import { docBlocks, readDoc as rawRead, toTabCellText } from '../../src/read/doc.js';
import { finishModel } from '../../src/read/finish.js';
import { readDocument } from '../../src/read/index.js';
import { isInputFailure } from '../../src/model/errors.js';
import { fixture, paragraphs, tables, texts } from './helpers.js';

/** The reader and the finisher, as readDocument runs them. */
const readDoc = async (...args: Parameters<typeof rawRead>) => finishModel(await rawRead(...args));

async function failure(p: Promise<unknown>): Promise<{ code: string; message: string; hint: string }> {
  try {
    await p;
  } catch (e) {
    if (isInputFailure(e)) return { code: e.code, message: e.message, hint: e.hint };
    throw e;
  }
  throw new Error('expected an InputFailure');
}

// fixtures/doc/*.doc were made from fixtures/docx/*.docx by LibreOffice (fixtures/make-doc.mjs).
describe('readDoc', () => {
  it('keeps table cells apart (vMerge grouping column as TAB-cell text)', async () => {
    const m = await readDoc(fixture('doc/vmerge.doc'), 'vmerge.doc');
    expect(m.format).toBe('doc');
    expect(m.lineBase).toBe('line');
    const [t] = tables(m);
    expect(t!.width).toBe(5);
    expect(texts(t!)).toEqual([
      ['专项', '序号', '重点任务', '牵头单位', '完成时限'],
      ['强化源头管控', '1', '严格高风险化工项目准入条件', '区发改局', '2018年底前'],
      ['', '2', '开展危险化学品安全风险评估', '区应急管理局', '2019年6月底前'],
      ['', '3', '推进城镇人口密集区危化企业搬迁', '区经信局', '2020年底'],
      ['提升应急能力', '4', '建设区级应急救援指挥平台', '区应急管理局', '2019年'],
      ['', '5', '组建专业救援队伍', '区消防大队', '长期坚持'],
    ]);
    expect(t!.caption).toBe('重点任务分工表');
    expect(paragraphs(m).map((p) => p.text)).toEqual([
      '高淳区安全生产“十三五”规划', '一、总体要求', '坚持安全发展，强化红线意识。', '附件', '重点任务分工表', '各单位要按照职责分工抓好落实。',
    ]);
  });

  it('section rows, several paragraphs in a cell, one character a paragraph, nested table', async () => {
    const m = await readDoc(fixture('doc/doc-source.doc'), 'x.doc');
    const [t] = tables(m);
    expect(t!.width).toBe(5);
    expect(texts(t!)[1]).toEqual(['一、约束性指标', '^', '^', '^', '^']);
    const r = t!.rows[2]!.cells;
    expect(r[1]!.lines).toEqual(['约', '束', '性', '指', '标']);
    expect(r[1]!.text).toBe('约束性指标');
    const r3 = t!.rows[3]!.cells;
    expect(r3[2]!.lines[0]).toBe('建立约束性指标考核制度。');
    expect(r3[3]!.lines).toEqual(['区经贸局', '区发改局']);
    const r4 = t!.rows[4]!.cells;
    // A paragraph shaped like a heading stays inside its cell.
    expect(r4[2]!.text).toBe('完善应急体系二、强化保障');
    expect(r4[3]!.lines).toEqual(['区应急局', '区财政局']);
    expect(r4[4]!.text).toBe('2020年底前');
    // A line break in a body paragraph gives two lines.
    expect(paragraphs(m).map((p) => p.text).slice(1, 3)).toEqual(['第一章　总则', '第一条　为加强安全生产工作，制定本规划。']);
    expect(paragraphs(m).at(-1)!.text).toBe('各单位要按照职责分工抓好落实。');
  });

  it('is chosen by content: a .doc renamed .docx, a .docx renamed .doc', async () => {
    expect((await readDocument(fixture('doc/section-row.doc'), 'renamed.docx')).format).toBe('doc');
    expect((await readDocument(fixture('docx/section-row.docx'), 'renamed.doc')).format).toBe('docx');
  });

  it('a truncated or corrupt .doc → CORRUPT_DOC', async () => {
    const whole = fixture('doc/vmerge.doc');
    for (const n of [600, 4000, Math.floor(whole.length / 2)]) {
      const f = await failure(readDocument(whole.subarray(0, n), 'cut.doc'));
      expect(f.code).toBe('CORRUPT_DOC');
      expect(f.hint).toMatch(/libreoffice --headless --convert-to docx FILE\.doc/);
    }
    const junk = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2000, 0x41)]);
    expect((await failure(readDocument(junk, 'junk.doc'))).code).toBe('CORRUPT_DOC');
  });

  it('an encrypted Office file → ENCRYPTED', async () => {
    const enc = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(500), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(500)]);
    expect((await failure(readDoc(enc, 'secret.docx'))).code).toBe('ENCRYPTED');
  });
});

describe('toTabCellText', () => {
  const C = '\uE007';
  const P = '\uE00D';
  it('writes cells as TAB lines, rows separated by a blank line, two blank lines after the table', () => {
    const body = `标题\n序号${C}任务${C}\n1${C}甲${P}乙${C}\n正文\n`;
    expect(toTabCellText(body).split('\n')).toEqual(['标题', '', '\t序号', '\t任务', '', '\t1', '\t甲', '乙', '', '', '正文']);
  });

  it('long or heading-like further paragraphs join the line before', () => {
    const long = '将'.repeat(70);
    const body = `a${C}b${P}${long}${P}一、标题${C}\n`;
    expect(toTabCellText(body).split('\n')).toEqual(['\ta', `\tb${long}一、标题`, '', '']);
  });
});

describe('.doc/.wps merged cells lost', () => {
  // fixtures/doc/merge-lost.doc: a lead cell merged over two rows, and a row merging two cells (fixtures/make-merge-lost.mjs).
  it('warns with the conversion command when a row has fewer cells than the table, or a lead cell is empty under a merge', async () => {
    const { extractDocument } = await import('../../src/extract.js');
    const m = await readDoc(fixture('doc/merge-lost.doc'), 'plan.doc');
    expect(m.warnings).toEqual([{ code: 'MERGE_LOST', line: expect.any(Number), message: expect.stringMatching(/^1 table row\(s\) have fewer cells than the table .* `libreoffice --headless --convert-to docx FILE\.doc`/) }]);
    const doc = extractDocument(m);
    expect(doc.warnings.map((w) => w.code)).toEqual(['MERGE_LOST', 'MERGE_LOST']);
    expect(doc.warnings[1]!.message).toMatch(/^2 task row\(s\) have an empty lead cell .* `libreoffice --headless --convert-to docx FILE\.doc`/);
    // The same bytes named .wps name their own conversion command.
    const wps = extractDocument(await readDocument(fixture('doc/merge-lost.doc'), 'plan.wps'));
    expect(wps.warnings.every((w) => w.message.includes('convert-to docx FILE.wps'))).toBe(true);
    // The docx the .doc was made from keeps its merges: no warning.
    const docx = extractDocument(await readDocument(fixture('docx/merge-lost.docx'), 'plan.docx'));
    expect(docx.warnings).toEqual([]);
    expect(docx.tasks[1]!.leads).toEqual(['区水利局']);
  });

  it('the vmerge fixture, whose merges are grouping cells carried down anyway, gets no warning', async () => {
    const { extractDocument } = await import('../../src/extract.js');
    expect(extractDocument(await readDoc(fixture('doc/vmerge.doc'), 'vmerge.doc')).warnings).toEqual([]);
  });
});

describe('docBlocks: tables straight from the cell marks', () => {
  const C = '\uE007';
  it('a short row stays its own row (padded), never joined to the next; lines count the TAB-cell text', () => {
    const body = `标题\n序号${C}任务${C}牵头单位${C}\n1${C}甲${C}\n2${C}乙${C}区发改局${C}\n正文\n`;
    const blocks = docBlocks(body);
    const t = blocks.find((b) => b.kind === 'table')!;
    expect(t.kind === 'table' && t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['序号', '任务', '牵头单位'],
      ['1', '甲', ''],
      ['2', '乙', '区发改局'],
    ]);
    // 标题, blank, 3 header lines, blank, 2 lines, blank, 3 lines, 2 blanks, 正文
    expect(t.kind === 'table' && t.rows.map((r) => r.line)).toEqual([3, 7, 10]);
    expect(blocks.at(-1)).toMatchObject({ kind: 'paragraph', text: '正文', line: 15 });
  });

  it('a one-cell row spans the table', () => {
    const t = docBlocks(`a${C}b${C}\n一、总体${C}\nc${C}d${C}\n`).find((b) => b.kind === 'table')!;
    expect(t.kind === 'table' && t.rows[1]!.cells.map((c) => [c.colSpan, c.covered, c.coveredFrom])).toEqual([[2, false, undefined], [1, true, 'left']]);
  });
});
