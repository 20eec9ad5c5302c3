import { extractDocument } from '../../src/extract.js';
import { describe, expect, it } from 'vitest';
import { readDocx as rawRead } from '../../src/read/docx.js';
import { finishModel } from '../../src/read/finish.js';
import { readDocument } from '../../src/read/index.js';
import { isInputFailure } from '../../src/model/errors.js';
import { docxFromBody, fixture, gridIsFull, makeZip, paragraphs, tables, texts, wp, wtc } from './helpers.js';

/** The reader and the finisher, as readDocument runs them. */
const readDocx = async (...args: Parameters<typeof rawRead>) => finishModel(await rawRead(...args));

async function failure(p: Promise<unknown>): Promise<{ code: string; message: string; hint: string }> {
  try {
    await p;
  } catch (e) {
    if (isInputFailure(e)) return { code: e.code, message: e.message, hint: e.hint };
    throw e;
  }
  throw new Error('expected an InputFailure');
}

describe('readDocx: fixtures', () => {
  it('vMerge grouping column (with and without w:val) → rowSpan on the origin, covered cells below', async () => {
    const m = await readDocx(fixture('docx/vmerge.docx'), 'vmerge.docx');
    expect(m.format).toBe('docx');
    expect(m.lineBase).toBe('block');
    const [t] = tables(m);
    expect(t!.width).toBe(5);
    expect(texts(t!)).toEqual([
      ['专项', '序号', '重点任务', '牵头单位', '完成时限'],
      ['强化源头管控', '1', '严格高风险化工项目准入条件', '区发改局', '2018年底前'],
      ['^', '2', '开展危险化学品安全风险评估', '区应急管理局', '2019年6月底前'],
      ['^', '3', '推进城镇人口密集区危化企业搬迁', '区经信局', '2020年底'],
      ['提升应急能力', '4', '建设区级应急救援指挥平台', '区应急管理局', '2019年'],
      ['^', '5', '组建专业救援队伍', '区消防大队', '长期坚持'],
    ]);
    expect(t!.rows[1]!.cells[0]!.rowSpan).toBe(3);
    expect(t!.rows[4]!.cells[0]!.rowSpan).toBe(2);
    expect(t!.caption).toBe('重点任务分工表');
    // Paragraphs and rows in document order, one index each.
    expect(paragraphs(m).map((p) => [p.text, p.line])).toEqual([
      ['高淳区安全生产“十三五”规划', 1],
      ['一、总体要求', 2],
      ['坚持安全发展，强化红线意识。', 3],
      ['附件', 4],
      ['重点任务分工表', 5],
      ['各单位要按照职责分工抓好落实。', 12],
    ]);
    expect(t!.line).toBe(6);
    expect(t!.rows.map((r) => r.line)).toEqual([6, 7, 8, 9, 10, 11]);
    expect(t!.rows[2]!.cells.every((c) => c.line === 8)).toBe(true);
    expect(m.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'table', 'paragraph']);
  });

  it('gridSpan section rows span the whole table', async () => {
    const m = await readDocx(fixture('docx/section-row.docx'), 's.docx');
    const [t] = tables(m);
    expect(t!.width).toBe(4);
    expect(texts(t!)[1]).toEqual(['一、强化源头管控', '^', '^', '^']);
    expect(t!.rows[1]!.cells[0]!.colSpan).toBe(4);
    expect(texts(t!)[4]).toEqual(['二、深化移动源污染治理', '^', '^', '^']);
    expect(texts(t!)[5]).toEqual(['3', '淘汰国三及以下排放标准柴油货车', '区交通运输局', '2021年9月底前']);
    expect(t!.caption).toBe('2021年大气污染防治重点任务清单');
  });

  it('two-row header: 责任分工 over 牵头（承办）部门 | 完成时限', async () => {
    const m = await readDocx(fixture('docx/two-row-header.docx'), 'h.docx');
    const [t] = tables(m);
    expect(t!.width).toBe(4);
    expect(texts(t!).slice(0, 3)).toEqual([
      ['序号', '重点任务', '责任分工', '^'],
      ['^', '^', '牵头（承办）部门', '完成时限'],
      ['1', '压缩企业开办时间至2个工作日以内', '区市场监管局', '2020年6月底前'],
    ]);
    const h = t!.rows[0]!.cells;
    expect([h[0]!.rowSpan, h[1]!.rowSpan, h[2]!.colSpan]).toEqual([2, 2, 2]);
  });

  it('note row spanning the table', async () => {
    const m = await readDocx(fixture('docx/note-row.docx'), 'n.docx');
    const [t] = tables(m);
    const last = t!.rows[t!.rows.length - 1]!;
    expect(last.cells[0]!.text).toBe('备注：完成时限为最迟完成时间，各牵头单位每季度末24日前报送进展情况。');
    expect(last.cells[0]!.colSpan).toBe(4);
    expect(last.cells.slice(1).every((c) => c.covered)).toBe(true);
  });

  it('bookmarks between cells and rows keep every merge', async () => {
    const m = await readDocx(fixture('docx/bookmarks.docx'), 'b.docx');
    const [t] = tables(m);
    expect(texts(t!)).toEqual([
      ['类别', '序号', '工作任务', '责任单位'],
      ['约束性指标', '1', '亿元GDP生产安全事故死亡率控制在0.01以内', '区安监局'],
      ['^', '2', '工矿商贸就业人员十万人生产安全事故死亡率控制在0.28以内', '区安监局'],
      ['预期性指标', '3', '道路交通万车死亡率控制在1.20以内', '公安分局'],
    ]);
    expect(t!.rows[1]!.cells[0]!.rowSpan).toBe(2);
  });

  it('w:gridBefore shifts a row right, w:gridAfter leaves empty cells at its end', async () => {
    const m = await readDocx(fixture('docx/grid-before.docx'), 'g.docx');
    const [t] = tables(m);
    expect(t!.width).toBe(4);
    expect(texts(t!)[2]).toEqual(['', '持续开展“回头看”', '各街道', '每季度']);
    expect(t!.rows[2]!.cells[0]!.covered).toBe(false);
    expect(texts(t!)[3]).toEqual(['2', '清理河道“四乱”问题', '区水务局', '']);
  });

  it('header row marked w:tblHeader is read once; a header typed again mid-table stays for the builder to skip', async () => {
    const m = await readDocx(fixture('docx/header-repeat.docx'), 'r.docx');
    const [t] = tables(m);
    expect(t!.rows).toHaveLength(62);
    expect(t!.rows.filter((r) => r.cells[0]!.text === '序号')).toHaveLength(2);
    expect(t!.rows[61]!.cells[0]!.text).toBe('60');
    const doc = extractDocument(m);
    expect(doc.tasks).toHaveLength(60);
    expect(doc.tasks.map((task) => task.seq)).toEqual(Array.from({ length: 60 }, (_, i) => String(i + 1)));
  });

  it('several paragraphs, line breaks, TAB, nested table, w:sdt, w:ins kept, w:del skipped', async () => {
    const m = await readDocx(fixture('docx/multi-paragraph.docx'), 'm.docx');
    const [t] = tables(m);
    expect(t!.width).toBe(4);
    const r1 = t!.rows[1]!.cells;
    expect(r1[1]!.lines).toEqual(['完善安全生产责任体系。', '（1）落实党政同责；', '（2）健全考核机制。']);
    expect(r1[1]!.text).toBe('完善安全生产责任体系。（1）落实党政同责；（2）健全考核机制。');
    expect(r1[2]!.lines).toEqual(['区经贸局', '区发改局']);
    const r2 = t!.rows[2]!.cells;
    expect(r2[1]!.lines).toEqual(['加强执法队伍建设', '提升执法能力']);
    expect(r2[2]!.lines).toEqual(['牵头：', '区司法局', '区人社局']);
    expect(r2[3]!.text).toBe('2019年底前');
    const r3 = t!.rows[3]!.cells;
    expect(r3[1]!.text).toBe('推进政务信息化建设');
    expect(r3[3]!.text).toBe('2020年 TAB后');
    // A line break in a body paragraph splits it into two blocks.
    expect(paragraphs(m).map((p) => p.text)).toEqual(['区级责任分工表', '第一行', '第二行']);
    expect(gridIsFull(m.blocks)).toBe(true);
  });

  it('Traditional headers', async () => {
    const m = await readDocx(fixture('docx/traditional.docx'), 't.docx');
    expect(texts(tables(m)[0]!)[0]).toEqual(['序號', '工作任務', '牽頭單位', '完成時限']);
    expect(tables(m)[0]!.caption).toBe('重點工作任務分工表');
  });

  it('is reached through readDocument, also when renamed .doc', async () => {
    const m = await readDocument(fixture('docx/vmerge.docx'), 'renamed.doc');
    expect(m.format).toBe('docx');
  });
});

describe('readDocx: hand-written XML', () => {
  it('cells inside w:customXml and w:sdt, bookmarks anywhere, vMerge with no restart above', async () => {
    const body = `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>
      <w:tr><w:bookmarkStart w:id="1" w:name="a"/>${wtc('序号')}<w:customXml w:element="x">${wtc('任务')}</w:customXml>${wtc('牵头单位')}<w:bookmarkEnd w:id="1"/></w:tr>
      <w:tr>${wtc('1')}${wtc('甲', '<w:vMerge w:val="restart"/>')}<w:sdt><w:sdtContent>${wtc('区发改局')}</w:sdtContent></w:sdt></w:tr>
      <w:tr>${wtc('2')}${wtc('', '<w:vMerge/>')}${wtc('区财政局', '<w:vMerge/>')}</w:tr>
    </w:tbl>`;
    const m = await readDocx(docxFromBody(body), 'x.docx');
    const [t] = tables(m);
    expect(texts(t!)).toEqual([
      ['序号', '任务', '牵头单位'],
      ['1', '甲', '区发改局区财政局'],
      ['2', '^', '^'],
    ]);
    // A "continue" whose text is not empty: the text is kept on the origin.
    expect(t!.rows[1]!.cells[2]!.lines).toEqual(['区发改局', '区财政局']);
    expect(t!.rows[1]!.cells[2]!.rowSpan).toBe(2);
  });

  it('a vMerge continue with nothing above is read as a plain cell, with a warning', async () => {
    const m = await readDocx(docxFromBody(`<w:tbl><w:tr>${wtc('孤', '<w:vMerge/>')}${wtc('b')}</w:tr></w:tbl>`), 'x.docx');
    expect(texts(tables(m)[0]!)).toEqual([['孤', 'b']]);
    expect(m.warnings.map((w) => w.message).join(' ')).toMatch(/nothing above/);
  });

  it('hMerge (legacy) becomes colSpan; tab stops in paragraph properties are not text', async () => {
    const body = `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t>标题</w:t></w:r></w:p>
      <w:tbl><w:tr>${wtc('a', '<w:hMerge w:val="restart"/>')}${wtc('', '<w:hMerge/>')}${wtc('c')}</w:tr><w:tr>${wtc('1')}${wtc('2')}${wtc('3')}</w:tr></w:tbl>`;
    const m = await readDocx(docxFromBody(body), 'x.docx');
    expect(paragraphs(m)[0]!.text).toBe('标题');
    const [t] = tables(m);
    expect(texts(t!)[0]).toEqual(['a', '^', 'c']);
    expect(t!.rows[0]!.cells[0]!.colSpan).toBe(2);
  });

  it('text boxes: the mc:Fallback copy is skipped', async () => {
    const box = (t: string) => `<w:txbxContent>${wp(t)}</w:txbxContent>`;
    const body = `<w:p><w:r><w:t>正文</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps">${box('框内')}</mc:Choice><mc:Fallback>${box('框内')}</mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    const m = await readDocx(docxFromBody(body), 'x.docx');
    expect(paragraphs(m).map((p) => p.text)).toEqual(['正文', '框内']);
  });

  it('a main part named by _rels/.rels instead of word/document.xml', async () => {
    const zip = makeZip([
      { name: '_rels/.rels', data: '<Relationships><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>' },
      { name: 'word/document2.xml', data: `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${wp('你好')}</w:body></w:document>` },
    ]);
    const m = await readDocx(zip, 'x.docx');
    expect(paragraphs(m)[0]!.text).toBe('你好');
  });
});

describe('readDocx: damaged files and zip bombs', () => {
  const HINT = /re-save it in Word or LibreOffice, or export it as \.txt/;

  it('truncated .docx → CORRUPT_DOCX', async () => {
    const whole = fixture('docx/vmerge.docx');
    for (const n of [100, Math.floor(whole.length / 2), whole.length - 30]) {
      const f = await failure(readDocument(whole.subarray(0, n), 'cut.docx'));
      expect(f.code).toBe('CORRUPT_DOCX');
      expect(f.message).toMatch(/^the \.docx is damaged or incomplete \(.+\)$/);
      expect(f.hint).toMatch(HINT);
    }
  });

  it('corrupt deflate data inside → CORRUPT_DOCX', async () => {
    const zip = makeZip([{ name: 'word/document.xml', data: Buffer.from('this is not deflate data at all, really'), store: false }]);
    // Overwrite the compressed bytes with garbage.
    const bad = Buffer.from(zip);
    const start = 30 + 'word/document.xml'.length;
    for (let i = start; i < start + 10; i++) bad[i] = 0xff;
    expect((await failure(readDocx(bad, 'x.docx'))).code).toBe('CORRUPT_DOCX');
  });

  it('zip without word/document.xml → CORRUPT_DOCX', async () => {
    const f = await failure(readDocx(makeZip([{ name: 'a.txt', data: 'x' }]), 'x.docx'));
    expect(f.code).toBe('CORRUPT_DOCX');
    expect(f.message).toMatch(/word\/document\.xml/);
  });

  it('malformed or truncated XML → CORRUPT_DOCX', async () => {
    const f = await failure(readDocx(docxFromBody('<w:p><w:r><w:t>x</w:r></w:p>'), 'x.docx'));
    expect(f.code).toBe('CORRUPT_DOCX');
    const cut = makeZip([{ name: 'word/document.xml', data: '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl><w:tr>' }]);
    expect((await failure(readDocx(cut, 'x.docx'))).code).toBe('CORRUPT_DOCX');
  });

  it('document.xml that inflates more than 100× → ZIP_BOMB', async () => {
    const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${' '.repeat(4 << 20)}</w:body></w:document>`;
    const f = await failure(readDocx(makeZip([{ name: 'word/document.xml', data: xml }]), 'x.docx'));
    expect(f.code).toBe('ZIP_BOMB');
  });

  it('a central directory declaring more than 200 MB → ZIP_BOMB before inflating', async () => {
    const zip = makeZip([
      { name: 'word/document.xml', data: `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${wp('x')}</w:body></w:document>` },
      { name: 'word/media/big.bin', data: 'x', declaredSize: 300 * 1024 * 1024 },
    ]);
    expect((await failure(readDocx(zip, 'x.docx'))).code).toBe('ZIP_BOMB');
  });

  it('more than 10,000 entries → ZIP_BOMB', async () => {
    const entries = Array.from({ length: 10_001 }, (_, i) => ({ name: `f${i}`, data: '', store: true }));
    expect((await failure(readDocx(makeZip(entries), 'x.docx'))).code).toBe('ZIP_BOMB');
  });

  it('an entry that inflates past its declared size → CORRUPT_DOCX, not a hang', async () => {
    const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${wp('x'.repeat(5000))}</w:body></w:document>`;
    const zip = makeZip([{ name: 'word/document.xml', data: xml, declaredSize: 100 }]);
    expect((await failure(readDocx(zip, 'x.docx'))).code).toBe('CORRUPT_DOCX');
  });
});
