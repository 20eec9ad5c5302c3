import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/read/text.js';
import type { TableBlock } from '../../src/model/document.js';

const T = '\t';
const tables = (text: string) => parseText(text).filter((b): b is TableBlock => b.kind === 'table');
const texts = (t: TableBlock) => t.rows.map((r) => r.cells.map((c) => c.text));

describe('parseText: TAB-cell tables', () => {
  it('rebuilds rows from the grid width, with cells continued over lines and blank lines inside cells', () => {
    const doc = [
      '主要任务及分工情况一览表', '',
      `${T}序号`, `${T}任务`, `${T}牵头单位`, `${T}完成`, '', '年限', '',
      `${T}1`, `${T}建立制度`, `${T}区经贸局`, '', '区发改局', `${T}2018`, '',
      `${T}2`, `${T}完善体系`, `${T}区安监局`, `${T}工作中`, '', '落实', '', '',
      '四、保障措施',
    ].join('\n');
    const [table] = tables(doc);
    expect(table!.width).toBe(4);
    expect(texts(table!)).toEqual([
      ['序号', '任务', '牵头单位', '完成年限'],
      ['1', '建立制度', '区经贸局区发改局', '2018'],
      ['2', '完善体系', '区安监局', '工作中落实'],
    ]);
    expect(table!.rows[1]!.cells[2]!.lines).toEqual(['区经贸局', '区发改局']);
    expect(table!.caption).toBe('主要任务及分工情况一览表');
    expect(table!.rows[2]!.line).toBe(17);
    const after = parseText(doc).at(-1)!;
    expect(after).toMatchObject({ kind: 'paragraph', text: '四、保障措施', line: 25 });
  });

  it('joins a merged cell written one character a line and collapses its page-break repeats', () => {
    const doc = [
      `${T}序号`, `${T}专项`, `${T}任务`, '',
      `${T}1`, `${T}打`, '造', '行', '业', '打', '造', '行', '业', `${T}严控事故`, '',
      `${T}2`, `${T}`, `${T}推动升级`,
    ].join('\n');
    const [table] = tables(doc);
    expect(texts(table!)).toEqual([
      ['序号', '专项', '任务'],
      ['1', '打造行业', '严控事故'],
      ['2', '', '推动升级'],
    ]);
  });

  it('reads a cell that ends with a blank line without shifting the row', () => {
    const doc = [
      `${T}专题项目`, `${T}重点任务`, `${T}完成年限`, `${T}责任单位`, '',
      `${T}（五）严厉打击违法行为`, '', `${T}40.整合矿山管理`, `${T}长期`, `${T}区安监局`, '',
      `${T}`, `${T}41.严格许可`, `${T}2021年`, `${T}区安监局`,
    ].join('\n');
    expect(texts(tables(doc)[0]!)).toEqual([
      ['专题项目', '重点任务', '完成年限', '责任单位'],
      ['（五）严厉打击违法行为', '40.整合矿山管理', '长期', '区安监局'],
      ['', '41.严格许可', '2021年', '区安监局'],
    ]);
  });

  it('keeps a title row inside the table as one cell spanning the grid', () => {
    const doc = [`${T}主要指标`, '', `${T}序号`, `${T}指标内容`, `${T}累计降幅`, '', `${T}1`, `${T}事故起数`, `${T}10%`].join('\n');
    const [table] = tables(doc);
    expect(table!.rows[0]!.cells[0]).toMatchObject({ text: '主要指标', colSpan: 3 });
    expect(table!.rows[0]!.cells.slice(1).every((c) => c.covered)).toBe(true);
    expect(table!.rows).toHaveLength(3);
  });

  it('ends a table at two blank lines or a heading, and takes a caption split over two lines', () => {
    const doc = [
      '学习宣传贯彻重要论述', '', '专题重点项目清单', '',
      `${T}专题项目`, `${T}重点任务`, '', `${T}宣贯`, `${T}组织学习。`, '', '',
      '附件3', '为推动落实企业安全生产主体责任，制定本方案。',
    ].join('\n');
    const blocks = parseText(doc);
    const table = blocks.find((b): b is TableBlock => b.kind === 'table')!;
    expect(table.caption).toBe('学习宣传贯彻重要论述专题重点项目清单');
    expect(texts(table)).toEqual([['专题项目', '重点任务'], ['宣贯', '组织学习。']]);
    expect(blocks.filter((b) => b.kind === 'paragraph').map((b) => b.line)).toEqual([1, 3, 12, 13]);
  });

  it('handles CRLF line ends and text without tables', () => {
    const blocks = parseText('一、总体要求\r\n\r\n（一）指导思想。\r\n');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '一、总体要求', line: 1 },
      { kind: 'paragraph', text: '（一）指导思想。', line: 3 },
    ]);
  });
});

describe('parseText: rows copied from a spreadsheet or web page', () => {
  it('reads TAB-delimited rows, one row a line, as a table', () => {
    const doc = ['重点任务分工表', '序号\t重点任务\t牵头单位\t完成时限', '1\t建立制度\t区安监局\t2020年底前', '', '2\t完善体系\t\t长期', '三、保障措施'].join('\n');
    const blocks = parseText(doc);
    const table = blocks.find((b): b is TableBlock => b.kind === 'table')!;
    expect(texts(table)).toEqual([
      ['序号', '重点任务', '牵头单位', '完成时限'],
      ['1', '建立制度', '区安监局', '2020年底前'],
      ['2', '完善体系', '', '长期'],
    ]);
    expect(table.rows.map((r) => r.line)).toEqual([2, 3, 5]);
    expect(table.caption).toBe('重点任务分工表');
    expect(blocks.at(-1)).toMatchObject({ kind: 'paragraph', text: '三、保障措施', line: 6 });
  });

  it('keeps the empty first cell of a row that opens with a TAB under a first row that does not', () => {
    const doc = ['序号\t重点任务\t责任单位\t\t完成时限', '\t\t牵头\t配合\t', '1\t推进管网改造\t县住建局\t县财政局\t2024年6月底'].join('\n');
    expect(texts(tables(doc)[0]!)).toEqual([
      ['序号', '重点任务', '责任单位', '', '完成时限'],
      ['', '', '牵头', '配合', ''],
      ['1', '推进管网改造', '县住建局', '县财政局', '2024年6月底'],
    ]);
    // Rows that all open with a TAB carry it from the export: it is no cell.
    const own = ['\t序号\t重点任务\t牵头单位', '\t1\t建立制度\t区安监局'].join('\n');
    expect(texts(tables(own)[0]!)).toEqual([['序号', '重点任务', '牵头单位'], ['1', '建立制度', '区安监局']]);
  });

  it('a web table copied from a browser leaves a merged cell out of the rows below it: they are covered, each cell in its column', () => {
    const doc = [
      '类别\t序号\t实事项目\t牵头单位\t完成时限\t备注',
      '一、教育惠民\t1\t改扩建城南小学。\t县教育局\t2024年8月底前\t',
      '2\t新建公办幼儿园2所。\t县住建局\t2024年底前\t',
      '二、养老服务\t3\t新建居家养老服务中心。\t县民政局\t2024年10月底前\t',
      '索引号：\t001/2024-01\t成文日期：\t2024-02-20',
    ].join('\n');
    const [t, bar] = tables(doc);
    expect(t!.rows.map((r) => r.cells.map((c) => (c.covered ? '^' : c.text)))).toEqual([
      ['类别', '序号', '实事项目', '牵头单位', '完成时限', '备注'],
      ['一、教育惠民', '1', '改扩建城南小学。', '县教育局', '2024年8月底前', ''],
      ['^', '2', '新建公办幼儿园2所。', '县住建局', '2024年底前', '^'],
      ['二、养老服务', '3', '新建居家养老服务中心。', '县民政局', '2024年10月底前', ''],
    ]);
    // The page's info bar after the rows is no row of the table.
    expect(bar).toBeUndefined();
  });

  it('leaves a single line with TABs as a paragraph', () => {
    expect(parseText('签发人：\t张三')).toEqual([{ kind: 'paragraph', text: '签发人：\t张三', line: 1 }]);
  });
});

describe('parseText: the end of a table', () => {
  it('keeps a lone fragment of the last cell but not a sign-off after one blank line', () => {
    const fragment = [`${T}序号`, `${T}任务`, `${T}完成时限`, '', `${T}1`, `${T}整改隐患`, `${T}工作中`, '', '落实', '', '', '附件2'].join('\n');
    expect(texts(tables(fragment)[0]!).at(-1)).toEqual(['1', '整改隐患', '工作中落实']);
    const signOff = [`${T}序号`, `${T}任务`, `${T}完成时限`, '', `${T}1`, `${T}整改隐患`, `${T}2024年第一季度`, '', '青峰镇森林防灭火指挥部', '2024年1月5日'].join('\n');
    const blocks = parseText(signOff);
    expect(texts(blocks.find((b): b is TableBlock => b.kind === 'table')!).at(-1)).toEqual(['1', '整改隐患', '2024年第一季度']);
    expect(blocks.filter((b) => b.kind === 'paragraph').map((b) => b.line)).toEqual([9, 10]);
  });
});

describe('parseText: captions', () => {
  it('takes the title after an 附件： label and never a date line above the caption', () => {
    const withLabel = ['附件：南湖区2022年营商环境重点任务清单', '序号\t重点任务\t牵头单位', '1\t优化审批\t区政务办'].join('\n');
    expect(tables(withLabel)[0]!.caption).toBe('南湖区2022年营商环境重点任务清单');
    const dated = ['2023年2月15日', '', '平川县重点任务分解表', '', `${T}序号`, `${T}重点任务`, '', `${T}1`, `${T}优化审批`].join('\n');
    expect(tables(dated)[0]!.caption).toBe('平川县重点任务分解表');
  });
});

describe('parseText: rows that still lack cells', () => {
  it('keeps a long paragraph after a blank line inside a cell when the row is not yet full', () => {
    const long = '2.建立健全物业服务企业信用评价体系，将评价结果与招投标、评优评先挂钩，定期向社会公布评价结果，接受群众监督。';
    const doc = [
      `${T}序号`, `${T}重点任务`, `${T}工作措施`, `${T}责任单位`, `${T}完成时限`, '',
      `${T}1`, `${T}规范物业管理`, `${T}1.开展物业服务质量专项检查。`, '', long, `${T}区住建局`, '', '各街道办事处', `${T}2021年6月底前完成，`, '并长期坚持', '',
      `${T}2`, `${T}整治违规装修`, `${T}开展排查。`, `${T}区城管局`, `${T}2021年`,
    ].join('\n');
    expect(texts(tables(doc)[0]!)).toEqual([
      ['序号', '重点任务', '工作措施', '责任单位', '完成时限'],
      ['1', '规范物业管理', `1.开展物业服务质量专项检查。${long}`, '区住建局各街道办事处', '2021年6月底前完成，并长期坚持'],
      ['2', '整治违规装修', '开展排查。', '区城管局', '2021年'],
    ]);
  });
});

describe('parseText: two-level headers', () => {
  it('spreads a top header row with a cell spanning the sub-headers below it', () => {
    const doc = [
      `${T}序号`, `${T}重点任务`, `${T}责任分工`, '',
      `${T}`, `${T}`, `${T}牵头单位`, `${T}完成时限`, '',
      `${T}1`, `${T}建立制度`, `${T}区安监局`, `${T}2020年底前`,
    ].join('\n');
    const [table] = tables(doc);
    expect(table!.width).toBe(4);
    expect(table!.rows[0]!.cells.map((c) => [c.text, c.colSpan, c.rowSpan, c.covered])).toEqual([
      ['序号', 1, 2, false], ['重点任务', 1, 2, false], ['责任分工', 2, 1, false], ['', 1, 1, true],
    ]);
    expect(table!.rows[1]!.cells.map((c) => [c.text, c.covered])).toEqual([['', true], ['', true], ['牵头单位', false], ['完成时限', false]]);
    expect(texts(table!)[2]).toEqual(['1', '建立制度', '区安监局', '2020年底前']);
  });
});

describe('parseText: quoted cells of a spreadsheet copy', () => {
  it('joins a quoted cell over its lines and unescapes doubled quotes', () => {
    const doc = [
      '序号\t重点任务\t牵头单位\t完成时限',
      '1\t"推进老旧小区改造',
      '完成""三线""整治"\t区住建局\t2021年',
      '2\t整治违建\t"区城管局',
      '区自然资源局"\t2022年',
    ].join('\n');
    const [table] = tables(doc);
    expect(texts(table!)).toEqual([
      ['序号', '重点任务', '牵头单位', '完成时限'],
      ['1', '推进老旧小区改造完成"三线"整治', '区住建局', '2021年'],
      ['2', '整治违建', '区城管局区自然资源局', '2022年'],
    ]);
    expect(table!.rows[2]!.cells[2]!.lines).toEqual(['区城管局', '区自然资源局']);
    expect(table!.rows.map((r) => r.line)).toEqual([1, 2, 4]);
  });
});
