/**
 * Tables as scrapers and converters write them in text (issue 7): pipe rows,
 * one cell a line closed by ` |` or between `|` lines, and one cell a line
 * with no delimiter. The texts are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../src/model/document.js';
import { parseText } from '../../src/read/text.js';
import { extractText } from '../support/extract.js';

const tables = (text: string) => parseText(text).filter((b): b is TableBlock => b.kind === 'table');
const grid = (t: TableBlock) => t.rows.map((r) => r.cells.map((c) => (c.covered ? '^' : c.text)));

describe('pipe rows', () => {
  it('reads a Markdown table, with its rule row', () => {
    const text = ['| 序号 | 重点任务 | 牵头单位 | 完成时限 |', '|---|---|---|---|', '| 1 | 建立台账。 | 区应急局 | 2024年6月底前 |', '| 2 | 开展检查。 | 区住建局 | 2024年底前 |'].join('\n');
    const [t] = tables(text);
    expect(grid(t!)).toEqual([
      ['序号', '重点任务', '牵头单位', '完成时限'],
      ['1', '建立台账。', '区应急局', '2024年6月底前'],
      ['2', '开展检查。', '区住建局', '2024年底前'],
    ]);
  });

  it('places the cells of a short row by their kind; the ones left out are covered from above', () => {
    const text = ['序号 | 整改任务 | 责任单位 | 整改时限 |', '1 | 清理违规收费。 | 县发改局 | 2023年6月底前 |', '2 | 规范涉企检查。 |', '3 | 公开收费清单。 | 县财政局 |'].join('\n');
    const [t] = tables(text);
    expect(grid(t!)).toEqual([
      ['序号', '整改任务', '责任单位', '整改时限'],
      ['1', '清理违规收费。', '县发改局', '2023年6月底前'],
      ['2', '规范涉企检查。', '^', '^'],
      ['3', '公开收费清单。', '县财政局', '^'],
    ]);
  });

  it('a header naming fewer columns than its full rows: its first cell spans the grouping and seq cells before the others', () => {
    const text = [
      '工作事项 | 具体要求 | 责任单位 | 完成时间 | ||',
      '一、优化营商环境。 | （一）公开涉企政策。 | 1 | 集中公开涉企政策文件及解读。 | 县发改局 | 持续推进 |',
      '2 | 开设惠企政策专栏。 | 县政务服务中心 | 2024年6月底前 | ||',
    ].join('\n');
    const [t] = tables(text);
    expect(grid(t!)).toEqual([
      ['工作事项', '^', '^', '具体要求', '责任单位', '完成时间'],
      ['一、优化营商环境。', '（一）公开涉企政策。', '1', '集中公开涉企政策文件及解读。', '县发改局', '持续推进'],
      ['^', '^', '2', '开设惠企政策专栏。', '县政务服务中心', '2024年6月底前'],
    ]);
  });

  it('a cell whose number continues its column (② under ①) stands there; a full row with an empty last cell stands as written', () => {
    const text = [
      '年度工作 | 细化任务 | 季度目标 | 牵头单位 | 落实情况 | 说明 |',
      '1.推进垃圾分类。 | ①建成处置中心。 | 完成安装调试。 | 城管局 | 已完成土建。 | |',
      '②新建分类小区20个。 | 完成70%。 | 已进场施工。 | ||||',
    ].join('\n');
    const [t] = tables(text);
    expect(grid(t!)).toEqual([
      ['年度工作', '细化任务', '季度目标', '牵头单位', '落实情况', '说明'],
      ['1.推进垃圾分类。', '①建成处置中心。', '完成安装调试。', '城管局', '已完成土建。', ''],
      ['^', '②新建分类小区20个。', '完成70%。', '^', '已进场施工。', '^'],
    ]);
  });

  it('a row the scraper wrapped (no closing pipe, the next line opens with one) is one row; a numbered item alone keeps its merged cells', () => {
    const text = [
      '工作任务 | 具体要求',
      '| 责任单位 |',
      '一、做好规划公开。 | 1.主动公开规划纲要。 | 办公室牵头,其他股室及属下单位配合 |',
      '2.做好规划归集整理。 |',
      '3.加强执法信息公开。 | 市场执法股 |',
    ].join('\n');
    const [t] = tables(text);
    expect(grid(t!)).toEqual([
      ['工作任务', '具体要求', '责任单位'],
      ['一、做好规划公开。', '1.主动公开规划纲要。', '办公室牵头,其他股室及属下单位配合'],
      ['^', '2.做好规划归集整理。', '^'],
      ['^', '3.加强执法信息公开。', '市场执法股'],
    ]);
  });

  it('reads a row of one cell as a section heading spanning the table', () => {
    const text = ['| 序号 | 任务 | 牵头单位 |', '| 一、强化源头管控 |', '| 1 | 严格准入。 | 区发改局 |'].join('\n');
    const [t] = tables(text);
    expect(t!.rows[1]!.cells[0]).toMatchObject({ text: '一、强化源头管控', colSpan: 3 });
  });

  it('a last row the text\'s end cuts off before its closing pipe lends no units from above: it is no row', async () => {
    const rows = [
      '序号 | 实事项目 | 工作举措 | 责任单位 | 配合单位 |',
      '1 | 新建公办幼儿园7所。 | 4月底前开工。 | 教育局 | 财政局 |',
      '2 | 新建照护驿站7家。 | 6月底前建成。 | 卫健局 | 民政局 |',
    ];
    const cut = await extractText([...rows, '3 | 实施农村公路大中修100公里。 | 1.7月底前开工;11月底前建'].join('\n'));
    expect(cut.tasks.map((r) => r.seq)).toEqual(['1', '2']);
    // Cut after its unit cells (only its progress note lost), the row stands.
    const late = await extractText([...rows, '3 | 实施农村公路大中修100公里。 | 7月底前开工。 | 交通局'].join('\n'));
    expect(late.tasks.map((r) => [r.seq, r.leads])).toEqual([['1', ['教育局']], ['2', ['卫健局']], ['3', ['交通局']]]);
    // Closed by its pipe, a short row keeps its merged cells.
    const whole = await extractText([...rows, '3 | 实施农村公路大中修100公里。 | 7月底前开工。 |'].join('\n'));
    expect(whole.tasks.map((r) => [r.seq, r.leads])).toEqual([['1', ['教育局']], ['2', ['卫健局']], ['3', ['卫健局']]]);
  });

  it('a row that writes out its empty cells and fills only its first with a target is a sub-row of the task above; a heading written so still heads the rows', async () => {
    const text = [
      '序号 | 工作任务 | 责任单位 | 一季度目标 | 完成情况 |',
      '1 | 新建公办小学1所 | 区教育局 | 完成主体结构 | 顺利推进 |',
      '新增学位900个 | ||||',
      '民生保障 | ||||',
      '2 | 改造老旧小区10个 | 区住建局 | 完成设计招标 | 顺利推进 |',
    ].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((r) => [r.seq, r.task, r.leads, r.path])).toEqual([
      ['1', '新建公办小学1所', ['区教育局'], []],
      [null, '新增学位900个', ['区教育局'], []],
      ['2', '改造老旧小区10个', ['区住建局'], ['民生保障']],
    ]);
  });

  it('a page\'s info bar right after the rows (`索引号: | … | 成文日期: | …`) is no row of the table', async () => {
    const text = [
      '序号 | 实事项目 | 年度目标 | 责任单位 |',
      '1 | 新建口袋公园 | 建成口袋公园五处。 | 区园林局 |',
      '2 | 改造老旧小区 | 完成改造二十个小区。 | 区住建局 |',
      '索引号: | 0012-2024-00031 | 成文日期: | 2024-05-06 |',
    ].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.task, t.leads])).toEqual([
      ['1', '新建口袋公园', ['区园林局']],
      ['2', '改造老旧小区', ['区住建局']],
    ]);
    expect(doc.issued).toBe('2024-05-06');
  });

  it('one task written label by label (`重点工作: | … |`, `牵头单位: | … |`) is a header over one row; a line without a label carries on the value above', async () => {
    const text = [
      '重点工作: | 12.推进老旧管网改造，消除供水安全隐患。 |',
      '牵头单位: | 区水务局 |',
      '配合单位: | 各街道办事处 |',
      '完成时限: | 2024年12月底前 |',
      '进展情况: |',
      '已完成管网改造三十公里。 |',
    ].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.task, t.leads, t.partners, t.deadline?.end])).toEqual([
      ['12', '推进老旧管网改造，消除供水安全隐患。', ['区水务局'], ['各街道办事处'], '2024-12-31'],
    ]);
    // Labels that name no task are no record of one.
    expect((await extractText(['索引号: | 0012-2024 |', '发布机构: | 区水务局 |'].join('\n'))).tasks).toEqual([]);
  });

  it('a merged 工作任务 beside 具体要求 groups the rows (each requirement is a task); outline-level columns (一级要点 / 二级要点): the deepest is the task', async () => {
    const merged = await extractText([
      '工作要求 | 工作任务 | 具体要求 | 责任单位 |',
      '一、夯实公开基础 | （一）深化文件集中公开。 | 1.建设本地区规范性文件库，实现集中统一公开。 | 司法局 |',
      '2.动态更新规范性文件目录，标注有效性。 | 司法局 |',
      '（二）推进基层公开规范化。 | 3.更新基层政务公开标准目录。 | 各镇街 |',
    ].join('\n'));
    // The number that became the seq leaves the task (spec).
    expect(merged.tasks.map((t) => [t.seq, t.path, t.task, t.leads])).toEqual([
      ['1', ['一、夯实公开基础', '（一）深化文件集中公开。'], '建设本地区规范性文件库，实现集中统一公开。', ['司法局']],
      ['2', ['一、夯实公开基础', '（一）深化文件集中公开。'], '动态更新规范性文件目录，标注有效性。', ['司法局']],
      ['3', ['一、夯实公开基础', '（二）推进基层公开规范化。'], '更新基层政务公开标准目录。', ['各镇街']],
    ]);
    const levels = await extractText([
      '工作要求 | 一级要点 | 二级要点 | 责任科室 |',
      '一、夯实公开基础 | （一）深化文件集中公开。 | 1.建设本地区规范性文件库。 | 办公室 |',
      '2.动态更新规范性文件目录。 | 法规科 |',
    ].join('\n'));
    expect(levels.tasks.map((t) => [t.seq, t.path, t.task, t.leads])).toEqual([
      ['1', ['一、夯实公开基础', '（一）深化文件集中公开。'], '建设本地区规范性文件库。', ['办公室']],
      ['2', ['一、夯实公开基础', '（一）深化文件集中公开。'], '动态更新规范性文件目录。', ['法规科']],
    ]);
  });

  it('a row\'s unit cell wrapped onto a line of its own belongs to the row above; rows leaving the merged task out keep their own columns', async () => {
    const text = [
      '全市工作任务 | 具体要求 | 具体措施 | 牵头落实科室 | |',
      '一、加大重点领域公开力度 | （一）重大决策预公开。 | 在决策前向社会公布草案，广泛听取意见。 |',
      '政策法规科 | |',
      '（二）推进建议提案办理结果公开。 | 所有承办建议提案及时公开答复。 | 办公室 | ||',
      '（三）公开审计发现问题整改情况。 | 按规定公开审计报告。 | 财务室、审计科 | ||',
    ].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.path, t.task, t.leads])).toEqual([
      ['一', ['一、加大重点领域公开力度'], '重大决策预公开。', ['政策法规科']],
      ['二', ['一、加大重点领域公开力度'], '推进建议提案办理结果公开。', ['办公室']],
      ['三', ['一、加大重点领域公开力度'], '公开审计发现问题整改情况。', ['财务室', '审计科']],
    ]);
  });

  it('a row leaving its merged task out keeps a deadline cell of milestones in the deadline column', async () => {
    const text = [
      '序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |',
      '1 | 做好预决算信息公开 | 按时公开部门预算 | 财务科 | 长期推进 |',
      '|',
      '2 | 推进所属单位预算、决算公开 | 财务科 | 2024年3月公布部门预算信息，2024年9月公布上年度决算信息 |',
      '|',
      '3 | 逐步清理规范性文件 | 法规科 | 长期推进 |',
    ].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.leads, t.deadline?.kind, t.deadline?.end])).toEqual([
      ['1', ['财务科'], 'ongoing', null],
      ['2', ['财务科'], 'multiple', '2024-09-30'],
      ['3', ['法规科'], 'ongoing', null],
    ]);
  });

  it('rows double-spaced by a web copy (a blank line on each side of the lone pipe) are still one table', async () => {
    const text = [
      '序号 | 工作任务 | 责任处室 | 完成时限 |', '',
      '1 | 做好防汛信息发布。 | 应急处 | 2024年6月底前 |', '', '|', '',
      '2 | 做好惠企政策解读。 | 宣传处 | 长期推进 |', '', '|', '',
      '3 | 公开部门预算决算。 | 财务处 | 2024年3月 |',
    ].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.task, t.leads, t.line])).toEqual([
      ['1', '做好防汛信息发布。', ['应急处'], 3],
      ['2', '做好惠企政策解读。', ['宣传处'], 7],
      ['3', '公开部门预算决算。', ['财务处'], 11],
    ]);
  });

  it('leaves prose with a stray pipe alone', () => {
    expect(tables('本方案由区政府办公室负责解释 | 自印发之日起施行。')).toEqual([]);
  });
});

describe('one cell a line', () => {
  it('reads cells closed by ` |`, a person column included', () => {
    const text = ['序号 |', '重点工作 |', '责任领导 |', '责任单位 |', '完成时限 |', '1 |', '建成智慧园区平台。 |', '王某 |', '园区办、经发局 |', '全年 |', '2 |', '盘活存量土地200亩。 |', '李某 |', '改革办 |', '全年 |'].join('\n');
    const [t] = tables(text);
    expect(grid(t!)).toEqual([
      ['序号', '重点工作', '责任领导', '责任单位', '完成时限'],
      ['1', '建成智慧园区平台。', '王某', '园区办、经发局', '全年'],
      ['2', '盘活存量土地200亩。', '李某', '改革办', '全年'],
    ]);
  });

  it('reads cells between lines of `|`', () => {
    const text = ['|', '序号', '|', '工作任务', '|', '负责部门', '|', '时间进度', '|', '|', '1', '|', '完善管理体制', '|', '市委编办、市住建局', '|', '2017年底前', '|'].join('\n');
    const [t] = tables(text);
    expect(grid(t!)).toEqual([
      ['序号', '工作任务', '负责部门', '时间进度'],
      ['1', '完善管理体制', '市委编办、市住建局', '2017年底前'],
    ]);
  });

  it('with no delimiter: units over several lines, a row that leaves out merged cells, a sub-row', () => {
    const text = [
      '附件', '', '2024年民生实事分解表', '', '序号', '', '民生实事', '', '责任单位', '', '完成时限', '',
      '1', '', '新建城市公园一座。', '', '县住建局', '', '县自然资源局', '', '12月底前', '',
      '2', '', '改造老旧小区10个。', '',
      '3', '', '建成养老服务中心。', '', '县民政局', '', '6月底前开工', '', '建成社区食堂5个。', '', '12月底前', '',
      '', '分享到：',
    ].join('\n');
    const [t] = tables(text);
    expect(t!.rows.map((r) => r.cells.map((c) => (c.covered ? '^' : c.lines.join('/'))))).toEqual([
      ['序号', '民生实事', '责任单位', '完成时限'],
      ['1', '新建城市公园一座。', '县住建局/县自然资源局', '12月底前'],
      ['2', '改造老旧小区10个。', '^', '^'],
      ['3', '建成养老服务中心。', '县民政局', '6月底前开工'],
      ['^', '建成社区食堂5个。', '^', '12月底前'],
    ]);
  });
});

describe('one cell a line closed by ` |`: a last cell the text\'s end cut', () => {
  it('a last row whose cell lost its ` |` before the unit cells is no row', async () => {
    const rows = ['序号 |', '项目名称 |', '建设内容 |', '责任单位 |', '1 |', '老旧小区改造 |', '改造小区十个。 |', '住建局 |', '|', '2 |', '农田建设 |', '整治农田500亩。 |', '农业农村局 |', '|'];
    const cut = await extractText([...rows, '3 |', '职教中心建设 |', '改造教学楼和学生宿舍等,'].join('\n'));
    expect(cut.tasks.map((r) => [r.seq, r.leads])).toEqual([['1', ['住建局']], ['2', ['农业农村局']]]);
  });
});

describe('one cell a line: the table\'s edges', () => {
  it('a section heading before the first row heads the rows below it', () => {
    const text = ['序号', '目  标  任  务', '牵头单位', '完成时限', '一、主要经济指标（牵头领导：张三）', '1', '地区生产总值增长6%。', '区发改局', '年底前', '2', '固定资产投资增长8%。', '区发改局', '年底前'].join('\n');
    const [t] = tables(text);
    expect(grid(t!).map((r) => r[0])).toEqual(['序号', '一、主要经济指标（牵头领导：张三）', '1', '2']);
  });

  it('header cells split over lines are joined where a fragment means nothing alone and the first row has fewer cells', () => {
    const text = ['序号', '重点工作', '责任', '领导', '责任', '科室', '完成时限', '1', '建设水库工程。', '张某某', '水利站', '年底前', '2', '创建美丽城镇。', '李某某', '村建办', '6月底前'].join('\n');
    const [t] = tables(text);
    expect(grid(t!)).toEqual([
      ['序号', '重点工作', '责任领导', '责任科室', '完成时限'],
      ['1', '建设水库工程。', '张某某', '水利站', '年底前'],
      ['2', '创建美丽城镇。', '李某某', '村建办', '6月底前'],
    ]);
  });

  it('the next attachment\'s marker ends a table', () => {
    const text = ['序号', '重点工作', '牵头单位', '1', '建成城市公园一座。', '县住建局', '2', '改造老旧小区10个。', '县住建局', '附件2 2022年重点工作任务分解表', '说明：略'].join('\n');
    expect(grid(tables(text)[0]!).map((r) => r[1])).toEqual(['重点工作', '建成城市公园一座。', '改造老旧小区10个。']);
  });

  it('a last row the text\'s end cuts off before its unit cells is no row; one that ends complete stays', () => {
    const cut = ['序号', '重点工作', '牵头单位', '1', '建成城市公园一座。', '县住建局', '2', '改造老旧小区10个。', '县住建局', '3', '深化政务服务一网通办改革。'].join('\n');
    expect(grid(tables(cut)[0]!).map((r) => r[0])).toEqual(['序号', '1', '2']);
    const whole = ['序号', '重点工作', '牵头单位', '1', '建成城市公园一座。', '县住建局', '2', '改造老旧小区10个。', '县住建局', '3', '深化政务服务改革。', '县政务服务中心'].join('\n');
    expect(grid(tables(whole)[0]!).map((r) => r[0])).toEqual(['序号', '1', '2', '3']);
  });
});

describe('one cell a line closed by ` |`: a second header row, numeral seqs, sub-rows ended by empty cells', () => {
  const text = [
    '序号 |', '牵头单位 |', '项目数量 |', '项目名称 |', '业主单位 |', '本月进展情况 |', '||',
    '前期手续 |', '形象进度 |', '||||||',
    '一 |', '区住建局 |', '民生实事项目(2个) |', '文化中心北路 |', '区城投 |', '已完成 |', '已完工 |', '|',
    '乐业路 |', '区城管局 |', '已完成 |', '已完工 |', '|||||',
    '二 |', '区教体局 |', '民生实事项目(1个) |', '新建四小综合楼 |', '区教体局 |', '已完成 |', '主体完工 |', '|',
  ].join('\n');

  it('reads the grid', () => {
    const [t] = tables(text);
    expect(grid(t!)).toEqual([
      ['序号', '牵头单位', '项目数量', '项目名称', '业主单位', '前期手续', '形象进度'],
      ['一', '区住建局', '民生实事项目(2个)', '文化中心北路', '区城投', '已完成', '已完工'],
      ['^', '^', '^', '乐业路', '区城管局', '已完成', '已完工'],
      ['二', '区教体局', '民生实事项目(1个)', '新建四小综合楼', '区教体局', '已完成', '主体完工'],
    ]);
  });

  it('each project is a task: a count column is none, 业主单位 beside 牵头单位 names partners', async () => {
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.task, t.leads, t.partners])).toEqual([
      ['一', '文化中心北路', ['区住建局'], ['区城投']],
      [null, '乐业路', ['区住建局'], ['区城管局']],
      ['二', '新建四小综合楼', ['区教体局'], []],
    ]);
  });
});

describe('cells separated by spaces, one row a line', () => {
  const text = [
    '2025年目标任务推进情况汇总表',
    '序号 目标任务 责任单位 推进情况',
    '一、主要预期目标',
    '1 地区生产总值增长6%以上。 区发展改革委 同比增长2.9%。',
    '2 第一产业增加值增长5%。 区农业农村委',
    '区林业局',
    '区畜牧业发展中心',
    '同比增长3.4%。',
    '3 一般公共预算收入增长7%。 区财政局 同比增长4.2%。',
  ].join('\n');

  it('a row starts at its number; the lines after it continue its unit cell, then the cells after it', () => {
    const [t] = tables(text);
    expect(t!.rows.map((r) => r.cells.map((c) => (c.covered ? '^' : c.lines.join('/'))))).toEqual([
      ['序号', '目标任务', '责任单位', '推进情况'],
      ['一、主要预期目标', '^', '^', '^'],
      ['1', '地区生产总值增长6%以上。', '区发展改革委', '同比增长2.9%。'],
      ['2', '第一产业增加值增长5%。', '区农业农村委/区林业局/区畜牧业发展中心', '同比增长3.4%。'],
      ['3', '一般公共预算收入增长7%。', '区财政局', '同比增长4.2%。'],
    ]);
  });

  it('gives each target with its units and the heading as its path; a lone header line over prose is no table', async () => {
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.path, t.leads])).toEqual([
      ['1', ['一、主要预期目标'], ['区发展改革委']],
      ['2', ['一、主要预期目标'], ['区农业农村委', '区林业局', '区畜牧业发展中心']],
      ['3', ['一、主要预期目标'], ['区财政局']],
    ]);
    expect(tables(['序号 任务 责任单位 完成时限', '各单位要高度重视，认真组织实施。'].join('\n'))).toEqual([]);
  });
});

describe('one cell a line under a header with no seq column', () => {
  it('rows that carry numbers the header does not name: a merged group cell before the number is left out below', () => {
    const text = [
      '工作事项', '|', '具体要求', '|', '责任股室', '|', '完成时间', '|',
      '规范文件管理', '|', '1', '|', '清理本局规范性文件并公布目录。', '|', '法规股', '|', '年底前', '|',
      '2', '|', '建立文件备案台账。', '|', '办公室', '|', '持续推进', '|',
      '做好政策解读', '|', '3', '|', '每项政策同步发布解读材料。', '|', '各股室', '|', '长期坚持', '|',
    ].join('\n');
    const [t] = tables(text);
    expect(grid(t!)).toEqual([
      ['工作事项', '^', '具体要求', '责任股室', '完成时间'],
      ['规范文件管理', '1', '清理本局规范性文件并公布目录。', '法规股', '年底前'],
      ['^', '2', '建立文件备案台账。', '办公室', '持续推进'],
      ['做好政策解读', '3', '每项政策同步发布解读材料。', '各股室', '长期坚持'],
    ]);
  });

  it('rows with no number, between `|` lines: an empty cell ends each row', () => {
    const text = [
      '|', '工作任务', '|', '具体内容', '|', '责任部门', '|', '|',
      '推进政策公开', '|', '按月公开惠民资金发放信息。', '|', '财政所、农业服务中心', '|', '|',
      '在村务公开栏同步公开补贴名单。', '|', '农业服务中心', '|', '|',
      '加强解读回应', '|', '重要政策出台同步解读。', '|', '党政办公室', '|', '|',
    ].join('\n');
    const [t] = tables(text);
    expect(grid(t!)).toEqual([
      ['工作任务', '具体内容', '责任部门'],
      ['推进政策公开', '按月公开惠民资金发放信息。', '财政所、农业服务中心'],
      ['^', '在村务公开栏同步公开补贴名单。', '农业服务中心'],
      ['加强解读回应', '重要政策出台同步解读。', '党政办公室'],
    ]);
  });

  it('rows with no number and no delimiter end with their unit cell; a merged outer column is left out below', () => {
    const text = [
      '方向', '任务', '主要内容', '责任单位',
      '一、以公开促发展', '（一）稳定预期', '按季度公开经济运行数据并解读。', '市统计局牵头落实',
      '公开重大项目审批和实施信息。', '市发改委',
      '市场监管局', '（二）优化服务', '公开涉企收费目录清单。', '市财政局、市市场监管局分别牵头落实',
      '各有关单位要加强协调配合，抓好落实。',
    ].join('\n');
    const [t] = tables(text);
    expect(grid(t!)).toEqual([
      ['方向', '任务', '主要内容', '责任单位'],
      ['一、以公开促发展', '（一）稳定预期', '按季度公开经济运行数据并解读。', '市统计局牵头落实'],
      ['^', '^', '公开重大项目审批和实施信息。', '市发改委市场监管局'],
      ['^', '（二）优化服务', '公开涉企收费目录清单。', '市财政局、市市场监管局分别牵头落实'],
    ]);
  });

  it('a run of short headings over prose is no table', () => {
    const text = ['工作任务', '责任单位', '完成时限', '各单位要高度重视，认真组织实施，确保各项任务按期完成。'].join('\n');
    expect(tables(text)).toEqual([]);
  });

  it('leaves a TAB table under a title that reads like a header to the TAB reader', () => {
    const text = ['主要任务分工表', '\t序号\t任务\t牵头单位\t完成时限', '\t1\t建立台账。\t区应急局\t2024年底前'].join('\n');
    const [t] = tables(text);
    expect(grid(t!)[0]).toEqual(['序号', '任务', '牵头单位', '完成时限']);
  });
});

describe('extraction from line tables', () => {
  it('gives tasks with units and deadlines; merged cells carry down', async () => {
    const text = [
      '某县2024年重点工作分解表', '序号 | 重点工作 | 责任单位 | 完成时限 |', '1 | 新建城市公园一座。 | 县住建局、县自然资源局 | 2024年12月底前 |',
      '2 | 改造老旧小区10个。 |', '3 | 建成养老服务中心。 | 县民政局 | 2024年6月底前 |',
    ].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.task, t.leads, t.deadline?.end])).toEqual([
      ['1', '新建城市公园一座。', ['县住建局', '县自然资源局'], '2024-12-31'],
      ['2', '改造老旧小区10个。', ['县住建局', '县自然资源局'], '2024-12-31'],
      ['3', '建成养老服务中心。', ['县民政局'], '2024-06-30'],
    ]);
  });

  it('a merged 工作事项 cell over per-row requirements is their path; each requirement is a task with its number', async () => {
    const text = [
      '工作事项', '|', '具体要求', '|', '责任股室', '|', '完成时间', '|',
      '规范文件管理', '|', '1', '|', '清理本局规范性文件并公布目录。', '|', '法规股', '|', '年底前', '|',
      '2', '|', '建立文件备案台账。', '|', '办公室', '|', '持续推进', '|',
    ].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.path, t.task, t.leads, t.deadline?.kind])).toEqual([
      ['1', ['规范文件管理'], '清理本局规范性文件并公布目录。', ['法规股'], 'unspecified'],
      ['2', ['规范文件管理'], '建立文件备案台账。', ['办公室'], 'ongoing'],
    ]);
  });

  it('under a widened pipe header, the merged levels are the path and the seq column is confirmed by its numbers', async () => {
    const text = [
      '工作事项 | 具体要求 | 责任单位 | 完成时间 | ||',
      '一、优化营商环境。 | （一）公开涉企政策。 | 1 | 集中公开涉企政策文件及解读。 | 县发改局 | 持续推进 |',
      '2 | 开设惠企政策专栏。 | 县政务服务中心 | 2024年6月底前 | ||',
    ].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.path, t.task, t.leads])).toEqual([
      ['1', ['一、优化营商环境。', '（一）公开涉企政策。'], '集中公开涉企政策文件及解读。', ['县发改局']],
      ['2', ['一、优化营商环境。', '（一）公开涉企政策。'], '开设惠企政策专栏。', ['县政务服务中心']],
    ]);
  });

  it('closed rows: the merged outer levels are the path, and each sentence is a task with its leads', async () => {
    const text = [
      '方向', '任务', '主要内容', '责任单位',
      '一、以公开促发展', '（一）稳定预期', '按季度公开经济运行数据并解读。', '市统计局牵头落实',
      '公开重大项目审批和实施信息。', '市发改委、市财政局分别牵头落实',
    ].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.path, t.task, t.leads])).toEqual([
      [['一、以公开促发展', '（一）稳定预期'], '按季度公开经济运行数据并解读。', ['市统计局']],
      [['一、以公开促发展', '（一）稳定预期'], '公开重大项目审批和实施信息。', ['市发改委', '市财政局']],
    ]);
  });

  it('a wrapped pipe table gives each requirement with its units; 参照落实 marks partners; 股 names a unit', async () => {
    const text = [
      '工作任务 | 具体要求',
      '| 责任单位 |',
      '一、做好规划公开。 | 1.主动公开规划纲要。 | 办公室牵头,其他股室及属下单位配合;各镇(街)参照落实 |',
      '2.做好规划归集整理。 |',
      '3.加强执法信息公开。 | 市场执法股 |',
    ].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.path, t.task, t.leads, t.partners])).toEqual([
      ['1', ['一、做好规划公开。'], '主动公开规划纲要。', ['办公室'], ['其他股室及属下单位', '各镇(街)']],
      ['2', ['一、做好规划公开。'], '做好规划归集整理。', ['办公室'], ['其他股室及属下单位', '各镇(街)']],
      ['3', ['一、做好规划公开。'], '加强执法信息公开。', ['市场执法股'], []],
    ]);
  });

  it('a task column a scraper left out everywhere gives way to the next one; a 是/否 column is no content', async () => {
    const text = [
      '序号 |', '主要任务 |', '年度目标任务 |', '牵头单位 |', '协同单位 |', '是否完成 |',
      '1 |', '改造背街小巷20条。 |', '城管局 |', '市政局、各街道 |', '是 |', '|',
      '2 |', '新建口袋公园5个。 |', '园林局 |', '各街道 |', '否 |', '|',
    ].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.task, t.content, t.leads, t.partners])).toEqual([
      ['1', '改造背街小巷20条。', null, ['城管局'], ['市政局', '各街道']],
      ['2', '新建口袋公园5个。', null, ['园林局'], ['各街道']],
    ]);
  });

  it('an unknown header takes its role from its cells', async () => {
    const text = ['序号', '民生实事', '责任单位', '完成时限', '1', '新建城市公园一座。', '县住建局', '12月底前', '2', '改造老旧小区10个。', '县住建局', '9月底前'].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => t.task)).toEqual(['新建城市公园一座。', '改造老旧小区10个。']);
  });
});

describe('one cell a line: qualifiers, remark columns and sentences holding date words', () => {
  it('a bracketed qualifier line ends the header cell before it; a lone sentence goes to the task column, not the remark column', () => {
    const text = [
      '序号', '指标', '工作任务', '完成时限', '责任股室', '（单位）', '备注',
      '1', '公共服务', '全年开放服务人次增长一成。', '12月底前', '文化股', '文化馆',
      '2', '全年组织开展文化下乡演出不少于一百场。', '文化股',
      '3', '开展好送戏下乡活动。',
      '4', '文化产业', '培育规模以上文化企业一家。', '12月底前', '产业股', '新增',
    ].join('\n');
    const [t] = tables(text);
    expect(grid(t!)).toEqual([
      ['序号', '指标', '工作任务', '完成时限', '责任股室（单位）', '备注'],
      ['1', '公共服务', '全年开放服务人次增长一成。', '12月底前', '文化股文化馆', ''],
      ['2', '^', '全年组织开展文化下乡演出不少于一百场。', '^', '文化股', '^'],
      ['3', '^', '开展好送戏下乡活动。', '^', '^', '^'],
      ['4', '文化产业', '培育规模以上文化企业一家。', '12月底前', '产业股', '新增'],
    ]);
    expect(t!.rows[1]!.cells[4]!.lines).toEqual(['文化股', '文化馆']);
  });
});

describe('pipe rows with no header', () => {
  it('rows separated by lines holding only a pipe, with no header, are read by their cells: seq, task, leads', async () => {
    const text = [
      '1 | 完成二十所学校基础设施改造提升。 | 县教育局 | 已完成设计方案。 | 按时序推进 |', '|',
      '2 | 新建示范型居家养老服务中心十家。 | 县民政局 | 五家施工中。 | 按时序推进 |', '|',
      '3 | 为全县残疾儿童实施基本康复服务。 | 县残联 | 已确定服务对象。 | 按时序推进 |',
    ].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.task, t.leads, t.deadline])).toEqual([
      ['1', '完成二十所学校基础设施改造提升。', ['县教育局'], null],
      ['2', '新建示范型居家养老服务中心十家。', ['县民政局'], null],
      ['3', '为全县残疾儿童实施基本康复服务。', ['县残联'], null],
    ]);
  });

  it('a headerless table needs numbered rows, sentences and units: a list of figures is none', async () => {
    const doc = await extractText(['1 | 地区生产总值 | 亿元 | 560 |', '2 | 财政总收入 | 亿元 | 48 |', '3 | 固定资产投资 | 亿元 | 210 |'].join('\n'));
    expect(doc.tasks).toEqual([]);
  });
});

describe('pipe rows: a wrapped header and a target column of figures', () => {
  it('a header line continued on the next, rows padded with empty cells, and a 目标任务 column of figures: each project is the task', async () => {
    const text = [
      '序号 | 项目名称 | 责任单位 | 目标任务 | 实际完成情况 |',
      '完成率 | 备注 | |',
      '1 | 新增城镇就业 | 区人社局 | 8950人 | 7123人 | 80% | ||',
      '2 | 改(新)建农村户用厕所 | 区农业农村局 | 3980个 | 1290个 | 32% | 施工受天气影响。 | |',
      '3 | 建成城市快警平台 | 区公安分局 | 4个 | 4个 | 100% | ||',
    ].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.path, t.task, t.content, t.leads])).toEqual([
      ['1', [], '新增城镇就业', '8950人', ['区人社局']],
      ['2', [], '改(新)建农村户用厕所', '3980个', ['区农业农村局']],
      ['3', [], '建成城市快警平台', '4个', ['区公安分局']],
    ]);
  });
});

describe('space-separated rows under a header with figure columns', () => {
  it('a header word cut at a dash goes on in the next, trailing figure headers are columns, and the project is the task', async () => {
    const text = [
      '序号 民生实事项目名称 责任单位 目标任务 1- 8月实际完成情况 1-8月完成率% 备注',
      '1 农村饮用水安全巩固提升 农林水务局 1300人 700 54% 已解决700人的饮水问题',
      '2 新增城镇就业 人社局 8950人 7356 82%',
      '3 新增养老服务床位 民政局 71个 55 77%',
    ].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.task, t.content, t.leads])).toEqual([
      ['1', '农村饮用水安全巩固提升', '1300人', ['农林水务局']],
      ['2', '新增城镇就业', '8950人', ['人社局']],
      ['3', '新增养老服务床位', '71个', ['民政局']],
    ]);
  });
});

describe('one cell a line: header cells split over lines', () => {
  it('a role word and its bare noun (牵头 / 部门), a piece that means nothing alone (完成 / 时间) and two short pieces of one meaning (项目 / 类别) are one header cell each', () => {
    const text = [
      '序号', '项目', '类别', '具体内容', '牵头', '部门', '相关责任部门', '完成', '时间',
      '1', '教育', '推进素质教育课程改革。', '区教育局', '各街道', '2010年',
      '2', '卫生', '构建疾病预防控制网络。', '区卫生局', '各街道', '2010年',
    ].join('\n');
    const [t] = tables(text);
    expect(grid(t!)[0]).toEqual(['序号', '项目类别', '具体内容', '牵头部门', '相关责任部门', '完成时间']);
  });

  it('a role piece and its bare unit noun (责任 / 单位) are one cell even where a wrapped cell of the first row makes it look wider', async () => {
    const text = [
      '序号', '', '项目名称', '', '建设内容', '', '建设年限', '', '总投资', '(万元)', '', '责任', '', '单位', '',
      '1', '', '城市燃气', '', '改造工程', '', '对十个小区进行燃气管网改造。', '', '2023.01-2023.12', '', '1200', '', '城投集团', '',
      '2', '', '水库整治工程', '', '完成六座小型水库加固改造。', '', '2023.03-2023.11', '', '4600', '', '水利局', '',
    ].join('\n');
    const [t] = tables(text);
    expect(grid(t!)[0]).toEqual(['序号', '项目名称', '建设内容', '建设年限', '总投资(万元)', '责任单位']);
    const doc = await extractText(text);
    expect(doc.tasks.map((r) => [r.seq, r.leads, r.deadline?.end])).toEqual([
      ['1', ['城投集团'], '2023-12-31'],
      ['2', ['水利局'], '2023-11-30'],
    ]);
  });
});

describe('units separated by a space', () => {
  it('a space between two unit names separates them (…电视台 市地震局)', async () => {
    const { splitUnits } = await import('../../src/tasks/units.js');
    expect(splitUnits('市委社会工作部、市广播电视台 市地震局、市气象局').leads).toEqual(['市委社会工作部', '市广播电视台', '市地震局', '市气象局']);
  });
});

describe('one cell a line: a unit cell over several lines, persons and related units', () => {
  it('lines ending in a separator are one cell when the header is measured; 相关单位 lists partners; person columns stay out of the units', async () => {
    const text = [
      '序号', '目标任务', '责任领导', '区政府办', '协管责任人', '牵头单位', '责任人', '相关单位', '完成情况',
      '1', '地区生产总值增长9%', '徐平', '陈曦', '区发改局', '王某某', '区统计局,', '区财政局、区商务局、', '各乡、街道办事处', '完成增长8%。',
      '2', '财政收入增长15%', '徐平', '陈曦', '区财政局', '杨某', '区税务局、各乡、街道办事处', '完成进度过半。',
    ].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.task, t.leads, t.partners])).toEqual([
      ['1', '地区生产总值增长9%', ['区发改局'], ['区统计局', '区财政局', '区商务局', '各乡', '各街道办事处']],
      ['2', '财政收入增长15%', ['区财政局'], ['区税务局', '各乡', '各街道办事处']],
    ]);
  });
});

describe('schedule columns', () => {
  it('a plan column of dated steps (4月：…) under an unknown header is the deadline; 2023年 / 目标进度 is one schedule header; 总投资 / (万元) is an amount', async () => {
    const steps = ['2024年民生实事项目进展情况', '序号 | 项目内容 | 月度工作计划 | 牵头单位 |', '1 | 为老年人免费接种流感疫苗。 | 4月:制定并下发接种工作方案。 | 县卫生健康局 |', '2 | 培训应急救护人员二百人。 | 4月:完成培训六十五人。 | 县红十字会 |'].join('\n');
    const doc = await extractText(steps);
    expect(doc.tasks.map((t) => [t.task, t.deadline?.end])).toEqual([['为老年人免费接种流感疫苗。', '2024-04-30'], ['培训应急救护人员二百人。', '2024-04-30']]);
    const [t] = tables(['序号', '项目名称', '责任单位', '总投资', '(万元)', '2023年', '目标进度', '1', '实施道路提升工程。', '区交通局', '3600', '7月底前完工', '2', '实施河道整治工程。', '区水利局', '1200', '年内完成'].join('\n'));
    expect(grid(t!)[0]).toEqual(['序号', '项目名称', '责任单位', '总投资(万元)', '2023年目标进度']);
  });
});

describe('one cell a line: a count of units is a unit cell', () => {
  it('13个街道、镇 stands in the partner column, not in the task', async () => {
    const text = ['序号', '项目类别', '具体内容', '牵头部门', '相关责任部门', '完成时间', '108', '继续全面推进素质教育', '教育局', '13个街道、镇', '2010年', '109', '深化推进课程教材改革', '教育局', '相关部门', '2010年'].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.leads, t.partners])).toEqual([
      ['108', ['教育局'], ['13个街道', '13个镇']],
      ['109', ['教育局'], ['相关部门']],
    ]);
  });
});

describe('one cell a line: the header repeated inside the table', () => {
  it('a header split over lines and repeated after a page break is no cell of the row before it', async () => {
    const header = ['序号', '项目', '类别', '具体内容', '牵头', '部门', '相关责任部门', '完成', '时间'];
    const text = [...header, '1', '推进素质教育课程改革。', '区教育局', '各街道', '2010年', ...header, '2', '构建疾病预防控制网络。', '区卫生局', '各街道', '2010年'].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.leads, t.partners, t.deadline?.end])).toEqual([
      ['1', ['区教育局'], ['各街道'], '2010-12-31'],
      ['2', ['区卫生局'], ['各街道'], '2010-12-31'],
    ]);
  });
});

describe('one cell a line: rows opened by their task and units', () => {
  it('with no seq column and a header that opens with the task and its units, each sentence followed by units opens a row', async () => {
    const text = [
      '目标任务', '', '牵头单位', '', '进展情况', '', '下步举措', '',
      '固定资产投资增长10%以上。', '', '发改局', '', '一季度累计完成投资96亿元。', '', '督促项目单位加快进度。', '',
      '城乡居民收入与经济增长基本同步。', '', '发改局', '', '农业农村局', '', '一季度人均收入增长5.9%。', '', '1.强化帮扶。', '', '2.强化力量。', '',
      '居民消费价格涨幅3%左右。', '', '发改局', '', '数据还未发布。', '', '继续做好价格监测。',
    ].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.task, t.leads])).toEqual([
      ['固定资产投资增长10%以上。', ['发改局']],
      ['城乡居民收入与经济增长基本同步。', ['发改局', '农业农村局']],
      ['居民消费价格涨幅3%左右。', ['发改局']],
    ]);
  });

  it('a header that opens with the task and its target before the units: each pair of sentences followed by units opens a row; an excerpt may end after one row', async () => {
    const text = [
      '重点任务', '', '年度目标', '', '责任单位', '', '上半年落实情况', '',
      '推进全民健身设施建设', '', '新建健身步道十公里，更新健身器材二百套。', '', '区体育局', '', '1.已建成步道六公里。', '', '2.器材招标已完成。',
    ].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.task, t.content, t.leads])).toEqual([
      ['推进全民健身设施建设', '新建健身步道十公里，更新健身器材二百套。', ['区体育局']],
    ]);
    // An outline heading right before a row's sentences heads the rows below it.
    const headed = await extractText(['工作任务', '', '牵头科室', '', '责任科室', '', '工作要求', '', '（一）推进权力清单公开', '', '全面公开部门权力清单和责任清单', '', '法规科', '', '各科室', '', '及时更新清单。'].join('\n'));
    expect(headed.tasks.map((t) => [t.path, t.task, t.leads, t.partners])).toEqual([[['（一）推进权力清单公开'], '全面公开部门权力清单和责任清单', ['法规科'], ['各科室']]]);
    // Prose after a header-like run is no row: the row must open with the header's sentences and close the text.
    const prose = await extractText([...text.split('\n').slice(0, 8), '推进全民健身设施建设', '', '区体育局', '', '以下为说明：'].join('\n'));
    expect(prose.tasks).toEqual([]);
  });
});

describe('space-separated rows from a converter that justified each cell', () => {
  it('runs of spaces inside cells, one space between them; an excerpt of a longer table skips numbers', async () => {
    const text = [
      '序号 重点工作任务 牵头  领导 牵头         责任单位 配合         责任单位 备注',
      '81 新增托育机构两所以上。 吴  蓓 县卫健委 有关乡镇 已完成',
      '85 创建全国中医药示范县。 吴  蓓 县卫健委 县直有关单位 推进中',
      '87 推进县中医院诊疗能力提升。 吴  蓓 县卫健委 县直有关单位 推进中',
    ].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.task, t.leads, t.partners])).toEqual([
      ['81', '新增托育机构两所以上。', ['县卫健委'], ['有关乡镇']],
      ['85', '创建全国中医药示范县。', ['县卫健委'], ['县直有关单位']],
      ['87', '推进县中医院诊疗能力提升。', ['县卫健委'], ['县直有关单位']],
    ]);
  });

  it('a unit cell continued one unit a line: its last line also carries the cells after it, which stay out of the units', async () => {
    const text = [
      '序号 重点工作任务 牵头  领导 牵头         责任单位 配合         责任单位 工作评价 备注',
      '12 做好汛期水库安全度汛工作。 王  五 县水利局 各乡镇',
      '县应急局',
      '县直有关单位 达到时序进度 已开展汛前检查',
      '13 推进农村供水保障工程。 王  五 县水利局 县财政局 已完成 完成管网改造',
    ].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.leads, t.partners])).toEqual([
      ['12', ['县水利局'], ['各乡镇', '县应急局', '县直有关单位']],
      ['13', ['县水利局'], ['县财政局']],
    ]);
  });

  it('a second header row of periods the rows leave empty, and the cell they were under, are no columns; a section heading after the header and a split 完成/时限 are read', async () => {
    const text = [
      '序号', '', '重点任务', '', '具体措施', '', '年度进度目标', '', '牵头单位', '', '协同单位', '', '完成', '', '时限', '',
      '上半年', '', '下半年', '',
      '一、完善收运体系', '',
      '1', '', '建设餐厨垃圾收运网络', '', '在主城片区新设收运点位二十处，实现定时定点收运。', '', '', '', '', '', '区环卫中心', '', '区商务委、区市场监管局', '', '2024',
      '', '2', '', '扩大再生资源回收覆盖面，每个街道建成回收站一座。', '', '', '', '', '', '区商务委', '', '区环卫中心', '', '2024',
      '', '3', '', '推行生活垃圾计量收费', '', '在两个街道开展计量收费试点。', '', '', '', '', '', '区发展改革委', '', '', '', '2025',
    ].join('\n');
    const [table] = tables(text);
    expect(grid(table!)[0]).toEqual(['序号', '重点任务', '具体措施', '牵头单位', '协同单位', '完成时限']);
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.path, t.task, t.content, t.leads, t.partners, t.deadline?.end])).toEqual([
      ['1', ['一、完善收运体系'], '建设餐厨垃圾收运网络', '在主城片区新设收运点位二十处，实现定时定点收运。', ['区环卫中心'], ['区商务委', '区市场监管局'], '2024-12-31'],
      ['2', ['一、完善收运体系'], '建设餐厨垃圾收运网络', '扩大再生资源回收覆盖面，每个街道建成回收站一座。', ['区商务委'], ['区环卫中心'], '2024-12-31'],
      // A cell left out is the merged cell above (spec): blank lines cannot tell an empty cell from a merged one.
      ['3', ['一、完善收运体系'], '推行生活垃圾计量收费', '在两个街道开展计量收费试点。', ['区发展改革委'], ['区环卫中心'], '2025-12-31'],
    ]);
  });

  it('a person noun alone after a role word (`牵头负责` / `领导`) ends that header cell: a column of persons names no lead units', async () => {
    const text = [
      '序号', '', '目标任务', '', '牵头负责', '', '领导', '', '完成情况', '',
      '1', '', '新建公办幼儿园三所，新增学位九百个。', '', '王  强', '', '两所已竣工，一所主体完工。', '',
      '2', '', '完成十所学校食堂提升改造。', '', '李明', '', '已全部完成。',
    ].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks).toEqual([]);
  });

  it('one task written label by label, each label alone on its line and its value after it, is a header over one row', async () => {
    const text = ['具体任务', '完成城区雨污分流改造，新建污水管网十二公里。', '责任单位', '住建局、水务局', '配合单位', '各街道', '完成时限', '2024年11月底前', '', '附：说明'].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.task, t.leads, t.partners, t.deadline?.end])).toEqual([
      ['完成城区雨污分流改造，新建污水管网十二公里。', ['住建局', '水务局'], ['各街道'], '2024-11-30'],
    ]);
    // Two labels are no record; nor are labels that name no task.
    expect((await extractText(['具体任务', '完成改造。', '责任单位', '住建局'].join('\n'))).tasks).toEqual([]);
    expect((await extractText(['联系人', '张三', '联系电话', '12345', '备注', '无'].join('\n'))).tasks).toEqual([]);
  });

  it('cells closed by ` |` under a header with no seq column: `||` ends the header, outline headings head the rows, a cell that lost its ` |` and a skipped number are read', async () => {
    const text = [
      '工作任务 |', '具体要求 |', '责任科室 |', '时限要求 |', '||',
      '一、围绕中心抓好主动公开 |', '（一）聚焦重点工作 |',
      '1 |', '及时公开重大项目建设进展。 |', '办公室 |', '持续推进 |', '|', '|',
      '2 |', '深化民生领域信息公开，做到应公开尽公开\ufffd', '综合科 |', '持续推进 |', '|',
      '（二）聚焦公众参与 |',
      '4 |', '重大政策出台前公开征求意见。 |', '综合科、办公室', '|', '2024年6月底前 |', '|', '|',
      '5 |', '组织开展政府开放日活动。 |', '宣传科 |', '持续推进 |',
    ].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.path, t.task, t.leads])).toEqual([
      ['1', ['一、围绕中心抓好主动公开', '（一）聚焦重点工作'], '及时公开重大项目建设进展。', ['办公室']],
      ['2', ['一、围绕中心抓好主动公开', '（一）聚焦重点工作'], '深化民生领域信息公开，做到应公开尽公开\ufffd', ['综合科']],
      ['4', ['一、围绕中心抓好主动公开', '（二）聚焦公众参与'], '重大政策出台前公开征求意见。', ['综合科', '办公室']],
      ['5', ['一、围绕中心抓好主动公开', '（二）聚焦公众参与'], '组织开展政府开放日活动。', ['宣传科']],
    ]);
  });

  it('rows that end with their unit cell: an item that borrows the unit cell above (merged) ends at the next number of its series or a new heading', async () => {
    const text = [
      '工作任务', '', '具体要求', '', '责任股室', '',
      '一、做好财政信息公开。', '', '1.推进单位预算、决算公开。', '', '办公室、各股室', '',
      '2.深化政府债务信息公开。', '', '3.加大惠民资金发放信息公开力度。', '',
      '二、做好网站专栏信息公开。', '', '1.做好开放数据集更新工作。', '', '办公室',
    ].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.path, t.task, t.leads])).toEqual([
      ['1', ['一、做好财政信息公开。'], '推进单位预算、决算公开。', ['办公室', '各股室']],
      ['2', ['一、做好财政信息公开。'], '深化政府债务信息公开。', ['办公室', '各股室']],
      ['3', ['一、做好财政信息公开。'], '加大惠民资金发放信息公开力度。', ['办公室', '各股室']],
      ['1', ['二、做好网站专栏信息公开。'], '做好开放数据集更新工作。', ['办公室']],
    ]);
  });

  it('a 落实科室 column names the lead units; `…按职责分工落实` is a unit cell', async () => {
    const text = [
      '工作任务', '', '具体要求', '', '落实科室(部门)', '',
      '做好各类规划主动公开', '', '1.主动公开本部门“十四五”规划及其解读。', '', '各科室、事业管理中心按职责分工落实', '',
      '2.加强数据互联互通，统一归集整理主动公开的规划。', '', '办公室',
    ].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.leads])).toEqual([
      ['1', ['各科室', '事业管理中心']],
      ['2', ['办公室']],
    ]);
    // A unit cell whose role phrase a page cut short is still a unit cell.
    const cut = await extractText([
      '序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |',
      '1 | 做好疫情防控信息发布 | 围绕流调溯源发布权威信息 | 应急处、监督处、疾控处等按职责分工',
      '|',
      '2 | 做好疫苗接种信息公开 | 疾控处 | 长期推进 |',
    ].join('\n'));
    expect(cut.tasks.map((t) => [t.seq, t.leads])).toEqual([['1', ['应急处', '监督处', '疾控处']], ['2', ['疾控处']]]);
  });

  it('cells closed by ` |` with no seq column, rows ending with their units: outline headings (`一、… | ||`) head the rows, a unit name spaced from its annotation and a 实验区 are units', async () => {
    const text = [
      '工 作 任 务 |', '牵头单位 |', '责 任 单 位 |',
      '一、推进重点领域信息公开 | ||', '（一）推进权力清单公开 | ||',
      '1.行政审批项目取消、下放信息公开 |', '省编办 (省审改办) |', '省直各部门，各设区市、综合实验区 |',
      '2.政府工作部门权力清单信息公开 | ||',
      '（二）推进财政资金信息公开 | ||',
      '3.财政预算、决算信息公开 |', '省财政厅 |', '省直各部门 |',
    ].join('\n');
    const doc = await extractText(text);
    // Names are kept as written; the number that became the seq leaves the task.
    expect(doc.tasks.map((t) => [t.seq, t.path, t.task, t.leads, t.partners])).toEqual([
      ['1', ['一、推进重点领域信息公开', '（一）推进权力清单公开'], '行政审批项目取消、下放信息公开', ['省编办 (省审改办)'], ['省直各部门', '各设区市', '综合实验区']],
      ['2', ['一、推进重点领域信息公开', '（一）推进权力清单公开'], '政府工作部门权力清单信息公开', ['省编办 (省审改办)'], ['省直各部门', '各设区市', '综合实验区']],
      ['3', ['一、推进重点领域信息公开', '（二）推进财政资金信息公开'], '财政预算、决算信息公开', ['省财政厅'], ['省直各部门']],
    ]);
  });

  it('a seq header of its own words (`指标序号`); an excerpt\'s rows may jump numbers once a row is full', async () => {
    const text = ['2023年5月某局政务公开重点工作任务完成情况', '', '指标序号', '', '任务', '', '时限', '', '推进落实情况', '', '22', '', '持续提升重点领域信息公开水平。', '', '持续推进', '', '每月公开。', '', '30', '', '把握不同类型公开要求。', '', '年底前', '', '已落实。'].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.task, t.deadline?.kind])).toEqual([
      ['22', '持续提升重点领域信息公开水平。', 'ongoing'],
      ['30', '把握不同类型公开要求。', 'date'],
    ]);
  });

  it('cells closed by ` |` whose rows each end at a line of pipes, under a header closing with 备注: a heading row heads the rows, the remarks give the due dates', async () => {
    const text = ['某市2022年11—12月政务公开重点工作任务清单', '工作任务 |', '具 体 要 求 |', '责任单位 |', '完成情况 |', '备注 |', '||', '一、年底前专项工作任务 |', '|', '|||||',
      '1.规范性文件集中公开 |', '开展本部门规范性文件清理，形成现行有效文件目录。 |', '市政府各部门、各县市区政府 |', '推进中 |', '11月底前完成 |', '||',
      '2.政策解读回应 |', '做好重要政策的解读和回应工作。 |', '市政府各部门 |', '已完成 |', '12月底前完成 |', '||'].join('\n');
    const [t] = tables(text);
    expect(grid(t!)).toEqual([
      ['工作任务', '具体要求', '责任单位', '完成情况', '备注'],
      ['一、年底前专项工作任务', '^', '^', '^', '^'],
      ['1.规范性文件集中公开', '开展本部门规范性文件清理，形成现行有效文件目录。', '市政府各部门、各县市区政府', '推进中', '11月底前完成'],
      ['2.政策解读回应', '做好重要政策的解读和回应工作。', '市政府各部门', '已完成', '12月底前完成'],
    ]);
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.task, t.path, t.leads, t.deadline?.end])).toEqual([
      ['1', '规范性文件集中公开', ['一、年底前专项工作任务'], ['市政府各部门', '各县市区政府'], '2022-11-30'],
      ['2', '政策解读回应', ['一、年底前专项工作任务'], ['市政府各部门'], '2022-12-31'],
    ]);
  });

  it('a header cell that names work with 领导 in it (`明确工作机构及领导职责`) is the first row\'s task, not a column of persons', async () => {
    const text = ['某市2021年政务公开工作要点分工方案', '工作任务 |', '具体要求 |', '落实单位 |', '明确工作机构及领导职责 |', '1.加强政务公开工作组织领导，确定一名负责人履行领导职责。 |', '各镇街；市直各单位 |',
      '建立健全工作制度 |', '2.2021年底前完善本单位政务公开工作制度。 |', '各镇街；市直各单位 |'].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.task, t.leads])).toEqual([
      ['明确工作机构及领导职责', ['各镇街', '市直各单位']],
      ['建立健全工作制度', ['各镇街', '市直各单位']],
    ]);
  });

  it('numbered rows of work and units with no header line (the scraper dropped it) are a table; the heading above heads them', async () => {
    const text = ['某市2018年政府工作任务分解表', '', '一、主要预期目标分解', '', '1 地区生产总值增长7%以上。 发改委', '', '2 一般公共预算收入增长8%以上。 财政局', '', '3 全社会固定资产投资增长10%。 发改委、经信委', '', '二、重点工作'].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.origin, t.seq, t.path, t.task, t.leads, t.line])).toEqual([
      ['table', '1', ['一、主要预期目标分解'], '地区生产总值增长7%以上。', ['发改委'], 5],
      ['table', '2', ['一、主要预期目标分解'], '一般公共预算收入增长8%以上。', ['财政局'], 7],
      ['table', '3', ['一、主要预期目标分解'], '全社会固定资产投资增长10%。', ['发改委', '经信委'], 9],
    ]);
  });

  it('two numbered rows, `1.` items, or rows whose last piece names no unit are no headerless table', () => {
    expect(tables(['1 地区生产总值增长7%以上。 发改委', '2 一般公共预算收入增长8%以上。 财政局'].join('\n'))).toEqual([]);
    expect(tables(['1. 加强组织领导。 各乡镇', '2. 强化督查考核。 县督查室', '3. 营造良好氛围。 县委宣传部'].join('\n'))).toEqual([]);
    expect(tables(['1 地区生产总值 7%', '2 一般公共预算收入 8%', '3 固定资产投资 10%'].join('\n'))).toEqual([]);
  });

  it('no delimiter, rows ending with their unit cells: outline headings before an item head the rows, and a unit cell may be a sentence of units (`…牵头会…负责。`)', async () => {
    const text = ['某区2020年政务公开工作要点分工方案', '', '工作任务', '', '具体要求', '', '责任单位和工作要求', '', '一、加强权力配置信息公开', '', '（一）以权责清单为依托。', '',
      '1.更新完善权责清单并按要求公开。', '', '区数据局负责。', '', '2.编写机构职能目录并向社会公开。', '', '区数据局牵头会区各单位、各镇街负责。', '',
      '（二）做好规划公开。', '', '3.集中公开规划原文。', '', '区发展改革局会同各镇街办理。'].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.path, t.task, t.leads, t.partners])).toEqual([
      ['1', ['一、加强权力配置信息公开', '（一）以权责清单为依托。'], '更新完善权责清单并按要求公开。', ['区数据局'], []],
      ['2', ['一、加强权力配置信息公开', '（一）以权责清单为依托。'], '编写机构职能目录并向社会公开。', ['区数据局'], ['区各单位', '各镇街']],
      ['3', ['一、加强权力配置信息公开', '（二）做好规划公开。'], '集中公开规划原文。', ['区发展改革局'], ['各镇街']],
    ]);
  });

  it('a header of two cells, a task word and a unit word, is a table with no delimiter', async () => {
    const text = ['某区2020年政务公开工作要点分工方案', '', '工作任务', '', '责任单位和工作要求', '', '一、加强权力配置信息公开', '',
      '1.更新完善权责清单并按要求公开。', '', '区数据局负责。', '', '2.编写机构职能目录并向社会公开。', '', '区数据局牵头会区各单位、各镇街负责。'].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.origin, t.seq, t.path, t.leads, t.partners])).toEqual([
      ['table', '1', ['一、加强权力配置信息公开'], ['区数据局'], []],
      ['table', '2', ['一、加强权力配置信息公开'], ['区数据局'], ['区各单位', '各镇街']],
    ]);
    // Two lines that merely name a task and units, with prose after them, are no table.
    expect(tables(['工作任务', '', '责任单位', '', '各单位要高度重视，认真落实。'].join('\n'))).toEqual([]);
  });

  it('a 负责人 column is a column of persons: a row that leaves merged cells out places its progress sentence in the last column', async () => {
    const text = ['序号', '重点工作任务', '牵头单位', '负责科室', '负责人', '计划完成时间', '进展情况', '1', '新增老年食堂15个', '区民政局', '养老服务科', '何某', '11月底前', '已完成3个点位建设。',
      '2', '新增照护床位100张', '10月底前', '目前已完成选址。', '3', '建成启用区级老年活动中心', '目前正在进行装修。', '4', '新增护理型床位500张', '目前已完成建设。'].join('\n');
    const [t] = tables(text);
    expect(grid(t!).slice(3)).toEqual([
      ['3', '建成启用区级老年活动中心', '^', '^', '^', '^', '目前正在进行装修。'],
      ['4', '新增护理型床位500张', '^', '^', '^', '^', '目前已完成建设。'],
    ]);
  });

  it('between `|` lines, a cell broken over lines is one cell; a header cell may close with a note; a grouping column of outline headings before the seq heads the rows; `*` marks the lead', async () => {
    const text = ['类别', '|', '序号', '|', '任务名称', '|', '任务要求及举措', '|', '责任部门', '(加*号为牵头部门,', '其余为参与部门)', '|', '完成时间节点', '|',
      '(一)', '持续', '推进示范村建设', '|', '1', '|', '完成2022年度', '示范村建设', '|', '完成1个示范村建设。对照项目清单,', '如期完成建设任务。', '|', '区农业农村委*', '区规划资源局', '|', '10月底', '|',
      '2', '|', '开展2023年度', '示范村建设', '|', '遴选1个示范村开展建设。', '|', '区农业农村委*', '|', '12月底', '|'].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.path, t.task, t.leads, t.partners, t.deadline?.text])).toEqual([
      ['1', ['(一)持续推进示范村建设'], '完成2022年度示范村建设', ['区农业农村委'], ['区规划资源局'], '10月底'],
      ['2', ['(一)持续推进示范村建设'], '开展2023年度示范村建设', ['区农业农村委'], [], '12月底'],
    ]);
  });

  it('a report that keeps its plan\'s own row numbers may jump far (6, then 52) once a row holds its cells; a stray number inside a row is no row', async () => {
    const text = ['某局2023年11月承担政府重点工作完成情况', '序号', '', '目标任务', '', '牵头责任单位', '', '计划完成时间', '', '目前完成情况', '',
      '6', '', '农村常住居民人均可支配收入与经济增长同步。', '', '经管站', '', '2', '', '2023年底', '', '三季度增幅7.4%。', '',
      '52', '', '建成高标准农田8.3万亩。', '', '农田建设管理股、农业股', '', '2023年底', '', '整体进度70%。'].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.task, t.leads, t.deadline?.text])).toEqual([
      ['6', '农村常住居民人均可支配收入与经济增长同步。', ['经管站'], '2023年底'],
      ['52', '建成高标准农田8.3万亩。', ['农田建设管理股', '农业股'], '2023年底'],
    ]);
  });

  it('a unit cell written one unit a line counts as one cell when the row\'s long content follows it', async () => {
    const text = ['某区2026年重点民生实事工作目标任务', '序号', '事项名称', '责任单位', '事项内容', '1', '实施中心城区十五分钟生活服务圈建设', '万盛街道', '东林街道', '万东镇',
      '完成中心城区十五分钟高品质生活服务圈建设，新增一批社区食堂、托育机构和健身场地，提升居民就近办事和日常生活便利程度，让群众更有获得感。',
      '2', '实施中心城区老旧小区居住品质提升工程', '住房城乡建设局', '完成房管小区等城镇老旧小区改造，完善水电气等配套设施建设，改善居民居住条件。'].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.task, t.leads])).toEqual([
      ['1', '实施中心城区十五分钟生活服务圈建设', ['万盛街道', '东林街道', '万东镇']],
      ['2', '实施中心城区老旧小区居住品质提升工程', ['住房城乡建设局']],
    ]);
  });
});

describe('one cell a line closed by ` |`: a table whose only row the text\'s end cut', () => {
  it('the only row, cut before its unit cells, is no row: no row above lends it units', async () => {
    const head = ['序号 |', '项目名称 |', '主要内容 |', '完成时限 |', '牵头部门 |', '配合部门 |', '|||||'];
    const cut = await extractText(['某区环境整治任务清单', ...head, '1 |', '黑臭河道整治 |', '完成辖区内五条河道的整治,其中,20'].join('\n'));
    expect(cut.tasks).toEqual([]);
    // Whole, the same row is a task.
    const whole = await extractText(['某区环境整治任务清单', ...head, '1 |', '黑臭河道整治 |', '完成辖区内五条河道的整治。 |', '2024年底前 |', '区水务局 |', '区环保局 |', '|||||'].join('\n'));
    expect(whole.tasks.map((t) => [t.seq, t.leads, t.partners])).toEqual([['1', ['区水务局'], ['区环保局']]]);
  });
});

describe('a record written label by label, one cell a line', () => {
  it('`整改目标` is a label of its own (a content column), not a line of the units above it', async () => {
    const text = ['具体整改情况表', '整改任务', '河道巡查流于形式。', '责任单位', '某县水利局、某镇', '整改目标', '强化基层河长责任落实。', '整改措施', '加强河长履职能力培训。'].join('\n');
    const r = await extractText(text);
    expect(r.tasks.map((t) => [t.task, t.leads])).toEqual([['河道巡查流于形式。', ['某县水利局', '某镇']]]);
  });
});

describe('a record written label by label, each cell closed by ` |`, a line of pipes after each value', () => {
  const record = ['整改情况表', '|', '整改任务 |', '河道巡查流于形式，问题发现不及时。 |', '|', '责任单位 |', '某县水利局、某镇 |', '|', '整改目标 |', '强化基层河长责任落实。 |', '|', '整改时限 |', '2025年6月底前 |'];

  it('each label opens a row of two cells: the labels are the header over one task', async () => {
    const r = await extractText(record.join('\n'));
    expect(r.tasks.map((t) => [t.task, t.leads, t.deadline?.end, t.line])).toEqual([['河道巡查流于形式，问题发现不及时。', ['某县水利局', '某镇'], '2025-06-30', 3]]);
  });

  it('two labels are no record (a heading and its text as often)', async () => {
    const r = await extractText(['|', '工作任务 |', '推进城区大气污染治理。 |', '|', '责任单位 |', '某区生态环境局 |'].join('\n'));
    expect(r.tasks).toEqual([]);
  });
});

describe('pipe rows: a seq column holding the heading its rows are merged under', () => {
  it('`（一）…` in the seq column goes into the path; the task cell\'s own `1.` is the seq; a row merged under it keeps the task, with no seq', async () => {
    const text = [
      '序号 | 部署任务 | 落实措施 | 牵头单位 | 责任单位 | 完成时限 | 备注 |',
      '一、优化审批服务 | ||||||',
      '（一）全面实施许可事项清单管理。 | 1.编制并公布许可事项清单。 | （1）编制市级清单并向社会公布。 | 市审批局 | 各区县政府 | 2022年9月底 | |',
      '（2）清理整治变相许可。 | 市审批局 | 各区县政府 | 2022年11月底 |',
    ].join('\n');
    const r = await extractText(text);
    expect(r.tasks.map((t) => [t.seq, t.path, t.task, t.leads, t.partners, t.deadline?.end])).toEqual([
      ['1', ['一、优化审批服务', '（一）全面实施许可事项清单管理。'], '编制并公布许可事项清单。', ['市审批局'], ['各区县政府'], '2022-09-30'],
      [null, ['一、优化审批服务', '（一）全面实施许可事项清单管理。'], '编制并公布许可事项清单。', ['市审批局'], ['各区县政府'], '2022-11-30'],
    ]);
  });
});

describe('pipe rows: a record written label by label without colons', () => {
  it('`整改任务概述 | … |` / `整改责任单位 | … |` / `整改时间 | … |`: one task', async () => {
    const text = [
      '整改任务概述 | 城区大气污染问题突出，督察发现治理存在薄弱环节。 |',
      '整改责任单位 | 某区生态环境局 |',
      '整改目标 | 区域环境空气质量稳中向好。 |',
      '整改时间 | 2020年5月至2020年10月 |',
      '社会监督联系人及电话 | 张某 0000-1234567 |',
    ].join('\n');
    const r = await extractText(text);
    expect(r.tasks.map((t) => [t.task, t.leads, t.deadline?.start, t.deadline?.end])).toEqual([
      ['城区大气污染问题突出，督察发现治理存在薄弱环节。', ['某区生态环境局'], '2020-05-01', '2020-10-31'],
    ]);
  });

  it('two rows of a name and a value are no record (a heading and its text as often)', async () => {
    const r = await extractText(['工作任务 | 推进城区大气污染治理。 |', '责任单位 | 某区生态环境局 |'].join('\n'));
    expect(r.tasks).toEqual([]);
  });
});

describe('one cell a line, no number column: a row whose merged first cell was left out', () => {
  it('a line that continues the numbering of the row before, then units, opens the next row; the merged task cell above is its path', async () => {
    const text = [
      '某局贯彻落实政务公开工作要点分工方案', '',
      '工作任务', '', '具体要求', '', '牵头处室', '', '配合处室', '', '备注', '',
      '一、以公开助力经济发展', '',
      '（一）加强涉及市场主体的信息公开。', '',
      '1.加大行业帮扶政策的公开力度，促进稳就业。', '', '局运输处、公交处', '', '市客管处', '',
      '2.建立审批问题的办理和反馈机制。', '', '局计划处', '', '局审批处', '',
      '（二）加强涉及有效投资的信息公开。', '',
      '3.做好重大建设项目信息公开。', '', '局规划处', '', '局养护处、市养护中心', '',
      '4.密切关注重大建设项目舆情。', '', '局规划处', '', '局办公室',
    ].join('\n');
    const r = await extractText(text);
    expect(r.tasks.map((t) => [t.seq, t.path.at(-1), t.task, t.leads, t.partners])).toEqual([
      ['1', '（一）加强涉及市场主体的信息公开。', '加大行业帮扶政策的公开力度，促进稳就业。', ['局运输处', '公交处'], ['市客管处']],
      ['2', '（一）加强涉及市场主体的信息公开。', '建立审批问题的办理和反馈机制。', ['局计划处'], ['局审批处']],
      ['3', '（二）加强涉及有效投资的信息公开。', '做好重大建设项目信息公开。', ['局规划处'], ['局养护处', '市养护中心']],
      ['4', '（二）加强涉及有效投资的信息公开。', '密切关注重大建设项目舆情。', ['局规划处'], ['局办公室']],
    ]);
  });
});

describe('one cell a line: two tables in a row, marked numbers, another level\'s units', () => {
  it('a heading before a header of its own starts the next table; `1*` is row 1; `省牵头单位：…` after the row\'s units is no cell', async () => {
    const text = [
      '一、省重点工作涉市任务', '',
      '序号', '', '重点工作任务', '', '责任单位', '',
      '1', '', '加强粮食生产保障，稳定粮食播种面积。', '', '市农业农村局、市商务局', '', '省牵头单位：省农业农村厅', '',
      '2', '', '深入实施消费新政，培育新型消费。', '', '市商务局', '', '省牵头单位：省商务厅', '',
      '二、市重点工作责任分解', '',
      '序号', '', '重点工作任务', '', '责任单位', '',
      '1*', '', '推进科创大走廊建设。', '', '市科技局、市发改委', '',
      '2', '', '建设国际消费中心城市。', '', '市商务局',
    ].join('\n');
    const r = await extractText(text);
    expect(r.tasks.map((t) => [t.seq, t.task, t.leads])).toEqual([
      ['1', '加强粮食生产保障，稳定粮食播种面积。', ['市农业农村局', '市商务局']],
      ['2', '深入实施消费新政，培育新型消费。', ['市商务局']],
      ['1', '推进科创大走廊建设。', ['市科技局', '市发改委']],
      ['2', '建设国际消费中心城市。', ['市商务局']],
    ]);
  });
});

describe('one cell a line written `| x |`, and an indicator table with due dates', () => {
  it('cells with an opening pipe are cells; 考核指标 with a lead and a 完成时限 column are tasks', async () => {
    const text = [
      '| 2025年度区民政局重点工作任务分解 |',
      '| 序号 |', '责任单位 |', '考核指标 |', '完成时限 |',
      '| 1 |', '区民政局 |', '按月完成临时救助的审核确认工作。 |', '2025年12月底 |',
      '| 2 |', '区民政局 |', '指导乡镇按月完成城乡低保对象的审核确认。 |', '2025年12月底 |',
    ].join('\n');
    const r = await extractText(text);
    expect(r.title).toBe('2025年度区民政局重点工作任务分解');
    expect(r.tasks.map((t) => [t.seq, t.task, t.leads, t.deadline?.end])).toEqual([
      ['1', '按月完成临时救助的审核确认工作。', ['区民政局'], '2025-12-31'],
      ['2', '指导乡镇按月完成城乡低保对象的审核确认。', ['区民政局'], '2025-12-31'],
    ]);
    // With no due date, an indicator table names targets, not tasks.
    const targets = await extractText(['序号 |', '考核指标 |', '年度目标 |', '责任部门 |', '1 |', '农村生活污水治理率 |', '90% |', '县住建局 |', '2 |', '垃圾分类覆盖率 |', '80% |', '县环卫处 |'].join('\n'));
    expect(targets.tasks).toEqual([]);
  });
});

describe('an indicator table whose indicators are sentences of work', () => {
  it('`二级指标 | 评价指标 | 牵头单位 | 责任单位` with sentences under 评价指标: each is a task', async () => {
    const text = [
      '某市进一步推进法治政府建设任务清单',
      '序号 |', '二级指标 |', '评价指标 |', '牵头单位 |', '责任单位 |',
      '1 |', '认真落实党委统一领导 |', '每年3月1日前，市、县政府向同级党委和人大常委会报告上一年度法治政府建设情况。 |', '市司法局 |', '市政府各部门 |',
      '2 |', '履行主体责任 |', '将推进法治政府建设情况纳入各级政府主要负责人年终述职内容。 |', '市司法局 |', '各县政府 |',
    ].join('\n');
    const r = await extractText(text);
    expect(r.tasks.map((t) => [t.seq, t.leads, t.partners])).toEqual([['1', ['市司法局'], ['市政府各部门']], ['2', ['市司法局'], ['各县政府']]]);
    expect(r.tasks[0]!.task).toMatch(/^每年3月1日前/);
  });
});

describe('one cell a line: a run of section headings an excerpt left with no rows, and unit cells closed by a full stop', () => {
  it('each heading of the run is a section; the row after the last, however far its number jumps, is under it', async () => {
    const text = [
      '某区2025年重点工作任务分解表', '',
      '序号', '', '重点工作任务', '', '主要责任单位', '', '协同配合单位', '',
      '一、主要预期目标', '',
      '2', '', '社会消费品零售总额增长6%左右。', '', '区商务局', '', '区统计局、各镇人民政府、街道办事处。', '',
      '二、扩大有效投资', '', '三、发展现代产业', '', '四、深化改革创新', '',
      '90', '', '推进义务教育优质均衡发展。', '', '区教育局', '', '区发改委。', '',
      '91', '', '加快建设区第二实验小学。', '', '区教育局', '', '区住建局',
    ].join('\n');
    const r = await extractText(text);
    expect(r.tasks.map((t) => [t.seq, t.path, t.leads, t.partners])).toEqual([
      ['2', ['一、主要预期目标'], ['区商务局'], ['区统计局', '各镇人民政府', '各街道办事处']],
      ['90', ['四、深化改革创新'], ['区教育局'], ['区发改委']],
      ['91', ['四、深化改革创新'], ['区教育局'], ['区住建局']],
    ]);
  });
});

describe('one cell a line: a grouping column whose merged cells were left out, and ▲ marking the lead', () => {
  it('`分块 / 序号 / …` with rows opening at their number: the seq is read, the ▲ unit leads and the others are partners', async () => {
    const text = [
      '附件', '2023年重点目标任务分解清单', '',
      '分块', '', '序号', '', '主要工作', '', '责任单位', '',
      '1', '', '地区生产总值增长7%左右。', '', '▲发改局、各部门、各镇乡(街道)', '',
      '2', '', '一般公共预算收入增长6%。', '', '▲税务局、财政局',
    ].join('\n');
    const r = await extractText(text);
    expect(r.tasks.map((t) => [t.seq, t.task, t.leads, t.partners])).toEqual([
      ['1', '地区生产总值增长7%左右。', ['发改局'], ['各部门', '各镇乡(街道)']],
      ['2', '一般公共预算收入增长6%。', ['税务局'], ['财政局']],
    ]);
  });
});

describe('one cell a line: a last row the text\'s end cut inside its lead cell', () => {
  it('`市发` for `市发改委`: who leads is not known, so the row is none; a whole last name keeps it', async () => {
    const rows = ['序号', '', '内容与要求', '', '进展情况', '', '责任单位', '',
      '1', '', '确保地区生产总值增长7%左右。', '', '1-2月主要指标实现正增长。', '', '市发改委', '',
      '2', '', '推进军民融合示范区建设。', '', '4家企业资质已在办理。', ''];
    const cut = await extractText([...rows, '市发'].join('\n'));
    expect(cut.tasks.map((t) => t.seq)).toEqual(['1']);
    const whole = await extractText([...rows, '市经信局'].join('\n'));
    expect(whole.tasks.map((t) => [t.seq, t.leads])).toEqual([['1', ['市发改委']], ['2', ['市经信局']]]);
  });
});

describe('one cell a line: headings before the first row that are not outline headings alone, a leader header split over lines', () => {
  it('`强化…。` / `(一)` / `加强…。` / `1`: section rows, then the rows; `市政府` / `分管领导` is one column of persons', async () => {
    const text = [
      '2021年某市重点工作责任分工', '',
      '序号', '', '重点工作', '', '市政府', '', '分管领导', '', '牵头单位', '', '配合单位', '', '备注', '',
      '强化科技创新支撑能力。', '', '(一)', '', '加强战略科技力量建设。', '',
      '1', '', '加快建设科技创新轴。', '', '王 东', '', '市科技局', '', '荔湾区、黄埔区政府', '',
      '2', '', '做好国家实验室筹建保障服务工作。', '', '王 东', '', '市科技局', '', '市财政局', '',
    ].join('\n');
    const r = await extractText(text);
    expect(r.tasks.map((t) => [t.seq, t.task, t.leads, t.partners])).toEqual([
      ['1', '加快建设科技创新轴。', ['市科技局'], ['荔湾区政府', '黄埔区政府']],
      ['2', '做好国家实验室筹建保障服务工作。', ['市科技局'], ['市财政局']],
    ]);
  });
});

describe('section rows: an unnumbered heading over a numbered one', () => {
  it('`强化…。` then `(一)…`: both are the path; `(二)…` replaces the numbered one only', async () => {
    const text = [
      '序号', '', '重点工作', '', '牵头单位', '',
      '强化科技创新支撑能力。', '', '(一)', '', '加强战略科技力量建设。', '',
      '1', '', '加快建设科技创新轴。', '', '市科技局', '',
      '(二)推进产业转型升级', '',
      '2', '', '培育先进制造业集群。', '', '市工信局',
    ].join('\n');
    const r = await extractText(text);
    expect(r.tasks.map((t) => [t.seq, t.path])).toEqual([
      ['1', ['强化科技创新支撑能力。', '(一)加强战略科技力量建设。']],
      ['2', ['强化科技创新支撑能力。', '(二)推进产业转型升级']],
    ]);
  });
});
