import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract.js';
import { readDocx as rawRead } from '../../src/read/docx.js';
import { finishModel } from '../../src/read/finish.js';
import { formatNumber, ListNumberer, parseNumberingXml, parseStylesXml, withNumber } from '../../src/read/docx/numbering.js';
import { docxFromBody, fixture, paragraphs, tables, texts, type ZipEntrySpec } from './helpers.js';

/** The reader and the finisher, as readDocument runs them. */
const readDocx = async (...args: Parameters<typeof rawRead>) => finishModel(await rawRead(...args));

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A `w:lvl`: format, text, and optional extra children. */
const lvl = (ilvl: number, fmt: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${extra}<w:lvlText w:val="${text}"/></w:lvl>`;
const numberingXml = (inner: string) => `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>${inner}</w:numbering>`;
const stylesXml = (inner: string) => `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>${inner}</w:styles>`;
const numbering = (inner: string): ZipEntrySpec => ({ name: 'word/numbering.xml', data: numberingXml(inner) });
const styles = (inner: string): ZipEntrySpec => ({ name: 'word/styles.xml', data: stylesXml(inner) });

/** A paragraph with `w:pPr` content. */
const np = (text: string, pPr: string) => `<w:p><w:pPr>${pPr}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const numPr = (numId: string | number, ilvl?: number) => `<w:numPr>${ilvl === undefined ? '' : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${numId}"/></w:numPr>`;

/** The outline of a plan, numbers `suff="nothing"`. */
const PLAN = `<w:abstractNum w:abstractNumId="0">${[
  lvl(0, 'chineseCounting', '%1、', '<w:suff w:val="nothing"/>'),
  lvl(1, 'chineseCounting', '（%2）', '<w:suff w:val="nothing"/>'),
  lvl(2, 'decimal', '%3.'),
  lvl(3, 'decimal', '（%4）', '<w:suff w:val="nothing"/>'),
].join('')}</w:abstractNum>`;

async function texts1(body: string, extra: ZipEntrySpec[]): Promise<{ texts: string[]; warnings: string[] }> {
  const m = await readDocx(docxFromBody(body, extra), 't.docx');
  return { texts: paragraphs(m).map((p) => p.text), warnings: m.warnings.map((w) => w.message) };
}

describe('formatNumber', () => {
  it('Chinese counting', () => {
    const cn = (n: number) => formatNumber(n, 'chineseCounting');
    expect([1, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110, 111, 1000, 1001, 10010].map(cn)).toEqual([
      '一', '九', '十', '十一', '十九', '二十', '二十一', '九十九', '一百', '一百零一', '一百一十', '一百一十一', '一千', '一千零一', '一万零一十',
    ]);
    expect(formatNumber(12, 'chineseCountingThousand')).toBe('十二');
    expect(formatNumber(12, 'taiwaneseCountingThousand')).toBe('十二');
    expect(formatNumber(100, 'japaneseCounting')).toBe('百');
    expect(formatNumber(23, 'japaneseCounting')).toBe('二十三');
    expect(formatNumber(12, 'chineseLegalSimplified')).toBe('壹拾贰');
    expect(formatNumber(3, 'ideographTraditional')).toBe('丙');
    expect(formatNumber(10, 'ideographDigital')).toBe('一〇');
  });

  it('decimal, enclosed, letters, Roman', () => {
    expect(formatNumber(7, 'decimal')).toBe('7');
    expect(formatNumber(7, 'decimalZero')).toBe('07');
    expect(formatNumber(12, 'decimalFullWidth')).toBe('１２');
    expect([1, 10, 20, 21, 36, 51].map((n) => formatNumber(n, 'decimalEnclosedCircle'))).toEqual(['①', '⑩', '⑳', '㉑', '㊱', '51']);
    expect(formatNumber(3, 'decimalEnclosedCircleChinese')).toBe('③');
    expect(formatNumber(2, 'decimalEnclosedParen')).toBe('⑵');
    expect([1, 26, 27, 53].map((n) => formatNumber(n, 'upperLetter'))).toEqual(['A', 'Z', 'AA', 'AAA']);
    expect(formatNumber(2, 'lowerLetter')).toBe('b');
    expect(formatNumber(14, 'upperRoman')).toBe('XIV');
    expect(formatNumber(4, 'lowerRoman')).toBe('iv');
    expect(formatNumber(5, 'none')).toBe('');
    expect(formatNumber(5, 'someFutureFormat')).toBe('5');
    expect(formatNumber(7, 'custom:001, 002, 003, ...')).toBe('007');
  });

  it('joins the number and the text by the level suffix', () => {
    expect(withNumber({ text: '（一）', suff: 'nothing' }, '加强领导')).toBe('（一）加强领导');
    expect(withNumber({ text: '1.', suff: 'tab' }, '　　加强领导')).toBe('1.加强领导');
    expect(withNumber({ text: '1.', suff: 'tab' }, '2020年底前完成')).toBe('1. 2020年底前完成');
    expect(withNumber({ text: '第一条', suff: 'tab' }, '为加强')).toBe('第一条 为加强');
    expect(withNumber({ text: '一、', suff: 'space' }, '总体要求')).toBe('一、 总体要求');
  });
});

describe('ListNumberer', () => {
  it('counts per abstract numbering, restarts deeper levels, honours lvlRestart 0 and isLgl', () => {
    const defs = parseNumberingXml(numberingXml(`<w:abstractNum w:abstractNumId="5">${[
      lvl(0, 'chineseCounting', '%1、', '<w:suff w:val="nothing"/>'),
      lvl(1, 'decimal', '%1.%2', '<w:isLgl/>'),
      lvl(2, 'decimal', '%3)', '<w:lvlRestart w:val="0"/>'),
    ].join('')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="5"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="5"/></w:num>`));
    const n = new ListNumberer(defs);
    const at = (numId: string, ilvl: number) => n.next({ pStyle: null, numId, ilvl })?.text;
    expect([at('1', 1), at('1', 0), at('1', 1), at('1', 2), at('2', 0), at('2', 1), at('1', 2)]).toEqual([
      // A level used before its parent shows the parent as 0 (Word's `0.1`).
      '0.1', '一、', '1.1', '1)', '二、', '2.1', '2)',
    ]);
    expect(n.next({ pStyle: null, numId: '0', ilvl: 0 })).toBeNull();
    expect(n.next({ pStyle: null, numId: '99', ilvl: 0 })).toBeNull();
  });

  it('follows w:numStyleLink to the list style that holds the levels', () => {
    const defs = parseNumberingXml(numberingXml(
      `<w:abstractNum w:abstractNumId="1"><w:styleLink w:val="PlanList"/>${lvl(0, 'chineseCounting', '%1、')}</w:abstractNum>`
      + '<w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="PlanList"/></w:abstractNum>'
      + '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>',
    ));
    const sheet = parseStylesXml(stylesXml(`<w:style w:type="numbering" w:styleId="PlanList"><w:pPr>${numPr(1)}</w:pPr></w:style>`));
    const n = new ListNumberer(defs, sheet);
    expect(n.next({ pStyle: null, numId: '2', ilvl: 0 })?.text).toBe('一、');
    expect(n.next({ pStyle: null, numId: '1', ilvl: 0 })?.text).toBe('二、');
  });
});

describe('readDocx: automatic numbering (fixtures)', () => {
  it('一、 > （一） > 1. > （1）, deeper levels restarting; numbered 序号 cells and cell lines', async () => {
    const m = await readDocx(fixture('docx/numbering-outline.docx'), 'o.docx');
    expect(m.warnings).toEqual([]);
    expect(paragraphs(m).map((p) => p.text)).toEqual([
      '某区2021年安全生产工作要点',
      '一、总体要求',
      '坚持安全发展，强化红线意识。',
      '二、主要任务',
      '（一）加强组织领导。成立安全生产委员会，定期研究部署工作。',
      '责任单位：区应急局',
      '（二）强化隐患排查。',
      '1.开展企业自查自改。',
      '2.组织部门联合检查：',
      '（1）检查危险化学品企业；',
      '（2）检查建筑施工工地。',
      '3.建立隐患整改台账。',
      '责任单位：区住建局、各街道',
      '（三）提升应急能力。',
      '1.完善应急预案体系。',
      '责任单位：区消防救援大队',
      '三、保障措施',
      '（一）加强督查考核。',
      '责任单位：区政府督查室',
      '重点任务表',
    ]);
    const [t] = tables(m);
    expect(texts(t!)).toEqual([
      ['序号', '任务', '牵头单位'],
      ['1', '整治消防隐患：1.排查高层建筑；2.清理消防通道。', '区消防救援大队'],
      ['2', '更新应急物资储备', '区应急局'],
    ]);
    expect(t!.rows[1]!.cells[1]!.lines).toEqual(['整治消防隐患：', '1.排查高层建筑；', '2.清理消防通道。']);
  });

  it('numbering inherited from paragraph styles along w:basedOn; w:numId 0; w:pPrChange ignored; bullets get no number', async () => {
    const m = await readDocx(fixture('docx/numbering-style.docx'), 's.docx');
    expect(paragraphs(m).map((p) => p.text)).toEqual([
      '某区防汛工作方案',
      '一、工作目标',
      '二、重点工作',
      '（一）完善防汛预案。',
      '责任单位：区水务局',
      '不编号的二级标题',
      '（二）加强物资储备。',
      '储备编织袋；',
      '储备抽水泵。',
      '责任单位：区应急局',
      '三、工作要求',
    ]);
  });

  it('w:startOverride restarts the shared counter; a plain w:num counts on; other formats', async () => {
    const m = await readDocx(fixture('docx/numbering-restart.docx'), 'r.docx');
    expect(paragraphs(m).map((p) => p.text)).toEqual([
      '（一）第一项',
      '（二）第二项',
      '（五）从五开始',
      '（六）接着第六项',
      '（七）接着第七项',
      '①圈一',
      'A. 字母甲',
      'B. 字母乙',
      'i)罗马一',
      'ii)罗马二',
      '甲、天干一',
      '②圈二',
      '②.1 多级',
    ]);
  });

  it('end to end: auto-numbered items with 责任单位 paragraphs become list tasks with seq and path', async () => {
    const doc = extractDocument(await readDocx(fixture('docx/numbering-outline.docx'), 'numbering-outline.docx'));
    const list = doc.tasks.filter((t) => t.origin === 'list');
    expect(list.map((t) => [t.seq, t.path, t.task, t.leads])).toEqual([
      ['一', ['二、主要任务'], '加强组织领导。', ['区应急局']],
      ['二', ['二、主要任务'], '强化隐患排查。', ['区住建局', '各街道']],
      ['1', ['二、主要任务', '（三）提升应急能力。'], '完善应急预案体系。', ['区消防救援大队']],
      ['一', ['三、保障措施'], '加强督查考核。', ['区政府督查室']],
    ]);
    expect(list[0]!.content).toBe('成立安全生产委员会，定期研究部署工作。');
    expect(list[1]!.content).toContain('2.组织部门联合检查：（1）检查危险化学品企业；');
    // The numbered 序号 column makes the table a task table.
    expect(doc.tables).toHaveLength(1);
    expect(doc.tasks.filter((t) => t.origin === 'table').map((t) => [t.seq, t.leads])).toEqual([['1', ['区消防救援大队']], ['2', ['区应急局']]]);

    const styled = extractDocument(await readDocx(fixture('docx/numbering-style.docx'), 'numbering-style.docx'));
    expect(styled.tasks.map((t) => [t.seq, t.path, t.task, t.leads])).toEqual([
      ['一', ['二、重点工作'], '完善防汛预案。', ['区水务局']],
      // The heading whose numbering is switched off is unnumbered: it heads the item below it.
      ['二', ['二、重点工作', '不编号的二级标题'], '加强物资储备。', ['区应急局']],
    ]);
  });
});

describe('readDocx: automatic numbering (edge cases)', () => {
  const nums = '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>';

  it('a style naming its list but no level takes the level tied to it by w:pStyle; the default paragraph style counts', async () => {
    const abs = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、', '<w:pStyle w:val="H1"/><w:suff w:val="nothing"/>')}${lvl(1, 'chineseCounting', '（%2）', '<w:pStyle w:val="H2"/><w:suff w:val="nothing"/>')}</w:abstractNum>`;
    const sty = `<w:style w:type="paragraph" w:styleId="H1"><w:pPr>${numPr(1)}</w:pPr></w:style><w:style w:type="paragraph" w:styleId="H2"><w:pPr>${numPr(1)}</w:pPr></w:style>`
      + `<w:style w:type="paragraph" w:default="1" w:styleId="Body"><w:pPr>${numPr(2, 1)}</w:pPr></w:style>`;
    const { texts: out } = await texts1(
      np('总体要求', '<w:pStyle w:val="H1"/>') + np('加强领导', '<w:pStyle w:val="H2"/>') + np('强化保障', '<w:pStyle w:val="H2"/>')
      // No w:pStyle: the default style's list (numId 2 shares the definition of numId 1, so it counts on).
      + '<w:p><w:r><w:t>默认样式</w:t></w:r></w:p>',
      [numbering(abs + nums), styles(sty)],
    );
    expect(out).toEqual(['一、总体要求', '（一）加强领导', '（二）强化保障', '（三）默认样式']);
  });

  it('direct w:ilvl with the list from the style; empty numbered body paragraphs count but are dropped', async () => {
    const sty = `<w:style w:type="paragraph" w:styleId="L"><w:pPr>${numPr(1, 0)}</w:pPr></w:style>`;
    const { texts: out } = await texts1(
      np('主要任务', '<w:pStyle w:val="L"/>')
      + '<w:p><w:pPr><w:pStyle w:val="L"/></w:pPr></w:p>'
      + np('加强领导', '<w:pStyle w:val="L"/><w:numPr><w:ilvl w:val="1"/></w:numPr>')
      + np('组织保障', '<w:pStyle w:val="L"/>'),
      [numbering(PLAN + nums), styles(sty)],
    );
    expect(out).toEqual(['一、主要任务', '（一）加强领导', '三、组织保障']);
  });

  it('第%1条 with a tab, w:suff space, hidden numbers, a custom format behind mc:AlternateContent', async () => {
    const abs = `<w:abstractNum w:abstractNumId="3">${lvl(0, 'chineseCounting', '第%1条')}</w:abstractNum>`
      + `<w:abstractNum w:abstractNumId="4">${lvl(0, 'decimal', '%1.', '<w:suff w:val="space"/>')}</w:abstractNum>`
      + `<w:abstractNum w:abstractNumId="6">${lvl(0, 'decimal', '%1、', '<w:rPr><w:vanish/></w:rPr>')}</w:abstractNum>`
      + '<w:abstractNum w:abstractNumId="7" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
      + '<mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice><mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent>'
      + '<w:lvlText w:val="%1"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>'
      + '<w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num><w:num w:numId="4"><w:abstractNumId w:val="4"/></w:num>'
      + '<w:num w:numId="6"><w:abstractNumId w:val="6"/></w:num><w:num w:numId="7"><w:abstractNumId w:val="7"/></w:num>';
    const { texts: out } = await texts1(
      np('为加强安全生产工作，制定本办法。', numPr(3, 0)) + np('本办法适用于全区。', numPr(3, 0))
      + np('2020年底前完成。', numPr(4, 0)) + np('隐藏编号', numPr(6, 0)) + np('回退格式', numPr(7, 0)),
      [numbering(abs)],
    );
    expect(out).toEqual(['第一条 为加强安全生产工作，制定本办法。', '第二条 本办法适用于全区。', '1. 2020年底前完成。', '隐藏编号', '1回退格式']);
  });

  it('a numbered paragraph in a mc:Fallback copy is not counted twice; numbered text box paragraphs are', async () => {
    const box = (t: string) => `<w:txbxContent>${np(t, numPr(1, 1))}</w:txbxContent>`;
    const body = np('主要任务', numPr(1, 0))
      + `<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing>${box('框内一')}</w:drawing></mc:Choice><mc:Fallback><w:pict>${box('框内一')}</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`
      + np('框外', numPr(1, 1));
    const { texts: out } = await texts1(body, [numbering(PLAN + nums)]);
    expect(out).toEqual(['一、主要任务', '（一）框内一', '（二）框外']);
  });

  it('a numbered paragraph deleted with tracked changes is not counted; w:pPrChange numbering is not in force', async () => {
    const deleted = `<w:p><w:pPr>${numPr(1, 1)}<w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr><w:del w:id="2" w:author="a"><w:r><w:delText>删去的一项</w:delText></w:r></w:del></w:p>`;
    const changed = np('改为不编号', `<w:pPrChange w:id="3" w:author="a"><w:pPr>${numPr(1, 1)}</w:pPr></w:pPrChange>`);
    const { texts: out } = await texts1(np('主要任务', numPr(1, 0)) + np('第一项', numPr(1, 1)) + deleted + changed + np('第二项', numPr(1, 1)), [numbering(PLAN + nums)]);
    expect(out).toEqual(['一、主要任务', '（一）第一项', '改为不编号', '（二）第二项']);
  });

  it('numbering.xml named by the document relationships', async () => {
    const rels = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
      + '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="lists/num.xml"/></Relationships>';
    const { texts: out } = await texts1(np('总体要求', numPr(1, 0)), [
      { name: 'word/_rels/document.xml.rels', data: rels },
      { name: 'word/lists/num.xml', data: numberingXml(PLAN + nums) },
    ]);
    expect(out).toEqual(['一、总体要求']);
  });

  it('missing numbering.xml: text only, no warning; damaged or oversized numbering.xml: text only, with a warning', async () => {
    const body = np('总体要求', numPr(1, 0)) + np('主要任务', numPr(1, 0));
    expect(await texts1(body, [])).toEqual({ texts: ['总体要求', '主要任务'], warnings: [] });
    const bad = await texts1(body, [{ name: 'word/numbering.xml', data: numberingXml(PLAN).slice(0, 200) }]);
    expect(bad.texts).toEqual(['总体要求', '主要任务']);
    expect(bad.warnings).toHaveLength(1);
    expect(bad.warnings[0]).toMatch(/numbering\.xml is damaged/);
    const big = await texts1(body, [{ name: 'word/numbering.xml', data: numberingXml(PLAN + nums), declaredSize: 50 * 1024 * 1024 }]);
    expect(big.texts).toEqual(['总体要求', '主要任务']);
    expect(big.warnings[0]).toMatch(/numbering\.xml .*over the 4\.0 MB limit/);
    const notXml = await texts1(body, [{ name: 'word/numbering.xml', data: '\u0000\u0001garbage' }]);
    expect(notXml.texts).toEqual(['总体要求', '主要任务']);
    expect(notXml.warnings).toHaveLength(1);
    // A damaged styles.xml only loses style numbering.
    const badStyles = await texts1(body, [numbering(PLAN + nums), { name: 'word/styles.xml', data: '<w:styles' }]);
    expect(badStyles).toEqual({ texts: ['一、总体要求', '二、主要任务'], warnings: [] });
  });
});
