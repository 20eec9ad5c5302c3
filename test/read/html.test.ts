import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readHtml as rawRead, declaredCharset } from '../../src/read/html.js';
import { finishModel } from '../../src/read/finish.js';
import { readDocument } from '../../src/read/index.js';
import { extractDocument } from '../../src/extract.js';
import { fixture, gridIsFull, paragraphs, tables, texts } from './helpers.js';

/** The reader and the finisher, as readDocument runs them. */
const readHtml = async (...args: Parameters<typeof rawRead>) => finishModel(await rawRead(...args));

const page = (body: string, head = '<meta charset="utf-8">') => Buffer.from(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, 'utf8');

describe('readHtml: fixtures', () => {
  it('article in site chrome: rowspan/colspan grid, two-row header, section and note rows', async () => {
    const m = await readHtml(fixture('html/rowspan-chrome.html'), 'a.html');
    expect(m.format).toBe('html');
    expect(m.encoding).toBe('utf-8');
    expect(m.lineBase).toBe('block');
    const ps = paragraphs(m).map((p) => p.text);
    // The title above the content container is kept; chrome yields nothing.
    expect(ps[0]).toBe('关于印发2020年优化营商环境工作任务分工方案的通知');
    expect(ps).toContain('高政办发〔2020〕12号');
    expect(ps).toContain('一、工作目标');
    expect(ps).toContain('到2020年底，营商环境主要指标达到全市先进水平。');
    expect(ps.slice(-3)).toEqual(['二、工作要求', '加强组织领导。', '强化督查考核。']);
    const all = JSON.stringify(m.blocks);
    for (const chrome of ['首页', '当前位置', '相关文件', '主办单位', 'ICP', '分享到', '统计代码', '发布时间']) expect(all).not.toContain(chrome);

    const [t] = tables(m);
    expect(t!.width).toBe(5);
    expect(texts(t!)).toEqual([
      ['类别', '序号', '重点任务', '责任分工', '^'],
      ['^', '^', '^', '牵头（承办）部门', '完成时限'],
      ['一、提升政务服务效能', '^', '^', '^', '^'],
      ['政务服务', '1', '压缩企业开办时间。全面推行企业开办“一网通办”。', '区市场监管局区行政审批局', '2020年6月底前'],
      ['^', '2', '推行工程建设项目审批“一张表单”', '区住建局', '2020年下半年'],
      ['要素保障', '3', '降低企业用电成本', '区发改局', '每季度'],
      ['^', '4', '完善中小企业融资担保体系（含转贷基金）', '区财政局', '2020年底前'],
      ['备注：各牵头单位于每季度末24日前报送工作进展。', '^', '^', '^', '^'],
    ]);
    const [h0, h1] = [t!.rows[0]!.cells, t!.rows[3]!.cells];
    expect([h0[0]!.rowSpan, h0[3]!.colSpan, h1[0]!.rowSpan]).toEqual([2, 2, 2]);
    expect(t!.rows[3]!.cells[3]!.lines).toEqual(['区市场监管局', '区行政审批局']);
    expect(t!.rows[6]!.cells[2]!.lines).toEqual(['完善中小企业融资担保体系', '（含转贷基金）']);
    expect(t!.caption).toBe('2020年优化营商环境工作任务分工表');
    // Rows take consecutive block indices after the paragraph above.
    const capLine = paragraphs(m).find((p) => p.text === '2020年优化营商环境工作任务分工表')!.line;
    expect(t!.rows.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((k) => capLine + k));
    expect(gridIsFull(m.blocks)).toBe(true);
  });

  it('GBK page declared gb2312, wrapped in a layout table, no content container', async () => {
    const bytes = fixture('html/gbk-meta.html');
    expect(declaredCharset(bytes)).toBe('gb2312');
    const m = await readHtml(bytes, 'g.htm');
    expect(m.encoding).toBe('gb18030');
    const ps = paragraphs(m).map((p) => p.text);
    expect(ps).toEqual([
      '高淳区安全生产“十三五”规划',
      '为进一步加强全区安全生产工作，根据《南京市安全生产“十三五”规划》，制定本规划。',
      '（一）严格高风险化工项目准入条件。',
      '责任单位：区发改局、区经信局',
      '主要任务及分工情况一览表',
      '各单位要按照职责分工抓好落实。',
    ]);
    const [t] = tables(m);
    expect(tables(m)).toHaveLength(1);
    expect(texts(t!)[0]).toEqual(['序号', '专项', '任务', '牵头（承办）部门', '完成时限']);
    expect(texts(t!)[2]).toEqual(['2', '^', '工矿商贸就业人员十万人生产安全事故死亡率控制在0.28以内', '区安监局', '2018']);
    expect(t!.rows[1]!.cells[1]!.rowSpan).toBe(3);
    expect(t!.caption).toBe('主要任务及分工情况一览表');
    expect(m.warnings).toEqual([]);
  });

  it('is reached through readDocument by content, also as .txt', async () => {
    const m = await readDocument(fixture('html/rowspan-chrome.html'), 'saved-page.txt');
    expect(m.format).toBe('html');
  });
});

describe('readHtml: structure', () => {
  it('<br>-separated lines, <li>, <h1-6>, div text leaves become paragraphs in order', async () => {
    const m = await readHtml(page('<div id="content"><h2>一、总体要求</h2><div>第一段<br>第二段</div><div><div>内层文字</div>尾随文字</div><ol><li>甲项</li><li>乙项</li></ol></div>'), 'x.html');
    expect(paragraphs(m).map((p) => [p.text, p.line])).toEqual([
      ['一、总体要求', 1], ['第一段', 2], ['第二段', 3], ['内层文字', 4], ['尾随文字', 5], ['甲项', 6], ['乙项', 7],
    ]);
  });

  it('rowspan beyond the table is clamped, rowspan=0 reaches the end, ragged rows are padded', async () => {
    const m = await readHtml(page('<table><tr><td rowspan="9">甲</td><td>1</td><td>x</td></tr><tr><td>2</td></tr><tr><td rowspan="0">乙</td></tr><tr><td>3</td></tr></table>'), 'x.html');
    const [t] = tables(m);
    expect(texts(t!)).toEqual([
      ['甲', '1', 'x'],
      ['^', '2', ''],
      ['^', '乙', ''],
      ['^', '^', '3'],
    ]);
    expect(t!.rows[0]!.cells[0]!.rowSpan).toBe(4);
    expect(t!.rows[2]!.cells[1]!.rowSpan).toBe(2);
  });

  it('<caption> is the table caption', async () => {
    const m = await readHtml(page('<p>正文段落。</p><table><caption>重点任务分工表</caption><tr><th>序号</th><th>任务</th><th>牵头单位</th></tr></table>'), 'x.html');
    expect(tables(m)[0]!.caption).toBe('重点任务分工表');
  });

  it('a two-column table of single-paragraph cells is data, not layout', async () => {
    const m = await readHtml(page('<table><tr><td><p>任务</p></td><td><p>牵头单位</p></td></tr><tr><td><p>完善制度</p></td><td><p>区发改局</p></td></tr></table>'), 'x.html');
    expect(tables(m)).toHaveLength(1);
  });

  it('10,000 nested divs do not exhaust the stack', async () => {
    const depth = 10_000;
    const html = page(`${'<div>'.repeat(depth)}<p>最深处的文字</p><table><tr><td>${'<div>'.repeat(2000)}深层单元格${'</div>'.repeat(2000)}</td><td>乙</td><td>丙</td></tr></table>${'</div>'.repeat(depth)}`);
    const m = await readHtml(html, 'deep.html');
    expect(paragraphs(m).map((p) => p.text)).toEqual(['最深处的文字']);
    expect(texts(tables(m)[0]!)).toEqual([['深层单元格', '乙', '丙']]);
  });

  it('a huge page reads in reasonable time', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `<tr><td>${i + 1}</td><td>完善安全生产责任体系建设第${i}项</td><td>区应急管理局</td><td>2020年底前</td></tr>`).join('');
    const t0 = performance.now();
    const m = await readHtml(page(`<div class="content"><p>任务清单</p><table>${rows}</table></div>`), 'big.html');
    expect(tables(m)[0]!.rows).toHaveLength(5000);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});

describe('readHtml: encodings', () => {
  const body = '<p>关于印发重点工作任务分工方案的通知，各镇人民政府、区各部门：现将方案印发给你们。</p>';

  it('<meta charset=gbk> decodes as GB18030', async () => {
    const bytes = iconv.encode(`<html><head><meta charset="gbk"></head><body>${body}</body></html>`, 'gbk');
    const m = await readHtml(bytes, 'x.html');
    expect(m.encoding).toBe('gb18030');
    expect(paragraphs(m)[0]!.text).toMatch(/^关于印发/);
  });

  it('no declaration: the bytes decide (GBK vs UTF-8)', async () => {
    const gbk = await readHtml(iconv.encode(`<html><body>${body}</body></html>`, 'gbk'), 'x.html');
    expect(gbk.encoding).toBe('gb18030');
    expect(paragraphs(gbk)[0]!.text).toMatch(/^关于印发/);
    const utf = await readHtml(Buffer.from(`<html><body>${body}</body></html>`), 'x.html');
    expect(utf.encoding).toBe('utf-8');
  });

  it('a stale gb2312 label on a UTF-8 page: the bytes win', async () => {
    const m = await readHtml(page(body, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'), 'x.html');
    expect(m.encoding).toBe('utf-8');
    expect(paragraphs(m)[0]!.text).toMatch(/^关于印发/);
  });

  it('a UTF-8 BOM, and a Big5 page', async () => {
    const bom = await readHtml(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), page(body)]), 'x.html');
    expect(bom.encoding).toBe('utf-8-bom');
    const trad = '<table><tr><td>序號</td><td>工作任務</td><td>牽頭單位</td><td>完成時限</td></tr><tr><td>1</td><td>推動產業轉型升級</td><td>經濟發展局</td><td>2021年底前</td></tr></table>';
    const big5 = await readHtml(iconv.encode(`<html><head><meta charset="big5"></head><body>${trad}</body></html>`, 'big5'), 'x.html');
    expect(big5.encoding).toBe('big5');
    expect(texts(tables(big5)[0]!)[0]).toEqual(['序號', '工作任務', '牽頭單位', '完成時限']);
  });
});

describe('readHtml: info bars above the article', () => {
  it('keeps the 文号 and dates of an info bar or metadata table outside the content container', async () => {
    const m = await readHtml(page(
      '<div class="crumbs">首页 > 政务公开</div>'
      + '<div class="detail_info">发布时间：2024-03-08　来源：县政府办　文号：某政办发〔2024〕3号</div>'
      + '<table class="xxgk"><tr><td>索引号：</td><td>0001-2024-01</td></tr><tr><td>成文日期：</td><td>2024年3月5日</td></tr></table>'
      + '<div class="TRS_Editor"><p>某某县农村供水保障实施方案</p><p>一、总体要求。</p></div>',
    ), 'x.html');
    expect(paragraphs(m).map((p) => p.text)).toEqual([
      '发布时间：2024-03-08　来源：县政府办　文号：某政办发〔2024〕3号',
      '索引号： | 0001-2024-01',
      '成文日期： | 2024年3月5日',
      '某某县农村供水保障实施方案',
      '一、总体要求。',
    ]);
  });

  it('page text before the article that names no such field is left out', async () => {
    const m = await readHtml(page('<div class="top">欢迎访问某某县人民政府网站</div><div class="TRS_Editor"><p>一、总体要求。全面加强农村供水工程建设和管理。</p></div>'), 'x.html');
    expect(paragraphs(m).map((p) => p.text)).toEqual(['一、总体要求。全面加强农村供水工程建设和管理。']);
  });
});

describe('a page of bare paragraphs with no <body> (a CMS fragment saved as text)', () => {
  it('every paragraph is read, the heading and the items alike', async () => {
    const html = '<p class="ql-block">检查发现问题如下：</p> <p class="ql-block">一、某某社区</p> <p class="ql-block">1.门前杂物乱堆乱放。(责任单位:市综合行政执法局)</p> <p class="ql-block">2.车辆乱停放现象普遍。(责任单位:市交警支队)</p>';
    const doc = extractDocument(await readDocument(new TextEncoder().encode(html), 'fragment.txt'));
    expect(doc.format).toBe('html');
    expect(doc.tasks.map((t) => [t.seq, t.path, t.leads])).toEqual([
      ['1', ['一、某某社区'], ['市综合行政执法局']],
      ['2', ['一、某某社区'], ['市交警支队']],
    ]);
  });
});
