import { describe, expect, it } from 'vitest';
import { detectTaskTable } from '../../src/detect/taskTables.js';
import { table } from '../support/table.js';

describe('detectTaskTable', () => {
  it('finds the header roles of a task table', () => {
    const layout = detectTaskTable(table([['序号', '专项', '任务', '主要内容', '牵头（承办）部门', '完成时限'], ['1', '约束性指标', '死亡率', '控制在0.01以内', '区安监局', '2018']]));
    expect(layout?.columns.map((c) => c?.role)).toEqual(['seq', 'group', 'task', 'content', 'lead', 'deadline']);
    expect(layout?.headerRows).toEqual([0]);
  });

  it('skips indicator tables and statistics forms', () => {
    expect(detectTaskTable(table([['序号', '指标内容', '累计降幅'], ['1', '生产安全事故起数', '10%']]))).toBeNull();
    expect(detectTaskTable(table([['打通消防生命通道工作统计表', '<', '<', '<'], ['划线管理', '现有数量（个）', '已按标准划线（个）', '完成率（%）']]))).toBeNull();
  });

  it('finds a header below a title row', () => {
    const layout = detectTaskTable(table([['重点任务分工表', '<', '<'], ['序号', '重点任务', '责任单位'], ['1', '建立制度', '区安监局']]));
    expect(layout?.headerRows).toEqual([1]);
    expect(layout?.title).toBe('重点任务分工表');
  });

  it('reads a two-row header: 责任分工 spanning 牵头单位 | 完成时限', () => {
    const layout = detectTaskTable(
      table([
        ['序号', '重点任务', '责任分工', '<'],
        ['^', '^', '牵头单位', '完成时限'],
        ['1', '建立制度', '区安监局', '2020年底前'],
      ]),
    );
    expect(layout?.headerRows).toEqual([0, 1]);
    expect(layout?.columns.map((c) => c?.role)).toEqual(['seq', 'task', 'lead', 'deadline']);
  });

  it('reads a two-row header that lost its span (a page\'s empty cell beside 责任单位 over 牵头 | 配合)', () => {
    const layout = detectTaskTable(
      table([
        ['序号', '重点任务', '责任单位', '', '完成时限'],
        ['', '', '牵头', '配合', ''],
        ['1', '推进管网改造', '县住建局', '县财政局', '2024年6月底'],
      ]),
    );
    expect(layout?.headerRows).toEqual([0, 1]);
    expect(layout?.columns.map((c) => c?.role ?? null)).toEqual(['seq', 'task', 'lead', 'partners', 'deadline']);
    // A first row of data under such a header is no sub-header.
    const plain = detectTaskTable(table([['序号', '重点任务', '责任单位', '', '完成时限'], ['1', '推进管网改造', '县住建局', '', '2024年6月底']]));
    expect(plain?.headerRows).toEqual([0]);
  });

  it('reads 责任单位 beside 牵头单位 as the partners column', () => {
    const layout = detectTaskTable(table([['工作任务', '牵头单位', '责任单位', '完成时限'], ['a', 'b', 'c', 'd']]));
    expect(layout?.columns.map((c) => c?.role)).toEqual(['task', 'lead', 'partners', 'deadline']);
  });

  it('takes the measures column as the task when there is no task column', () => {
    const layout = detectTaskTable(table([['序号', '工作措施', '责任单位', '完成时间'], ['1', '加强监管', '区应急局', '2021年']]));
    expect(layout?.columns.map((c) => c?.role)).toEqual(['seq', 'task', 'lead', 'deadline']);
  });

  it('recognises Traditional headers', () => {
    const layout = detectTaskTable(table([['序號', '工作任務', '牽頭單位', '完成時限'], ['1', '建立制度', '區安監局', '長期']]));
    expect(layout?.columns.map((c) => c?.role)).toEqual(['seq', 'task', 'lead', 'deadline']);
  });

  it('reads headers beyond the synonym lists by their meaning', () => {
    const roles = (rows: string[][]) => detectTaskTable(table(rows))?.columns.map((c) => c?.role ?? null);
    expect(roles([['序号', '重点工作', '责任单位', '时间安排'], ['1', '建成社区食堂。', '区民政局', '2024年6月底前']])).toEqual(['seq', 'task', 'lead', 'deadline']);
    expect(roles([['序号', '整改问题', '整改措施', '责任单位', '整改时限'], ['1', '台账不全', '补齐台账。', '区应急局', '立行立改']])).toEqual(['seq', null, 'task', 'lead', 'deadline']);
    expect(roles([['序号', '工作事项', '责任领导', '牵头单位', '进度安排'], ['1', '建成平台。', '张某', '区数据局', '全年']])).toEqual(['seq', 'task', 'note', 'lead', 'deadline']);
  });

  it('lets a column\'s cells give an unknown header its role, and names persons no units', () => {
    const roles = (rows: string[][]) => detectTaskTable(table(rows))?.columns.map((c) => c?.role ?? null);
    expect(roles([['序号', '民生实事', '责任单位', '完成时限'], ['1', '新建城市公园一座。', '县住建局', '12月底前'], ['2', '改造老旧小区10个。', '县住建局', '9月底前']]))
      .toEqual(['seq', 'task', 'lead', 'deadline']);
    expect(roles([['序号', '任务', '责任单位', '完成时限'], ['1', '建成平台。', '张三', '全年'], ['2', '完成改造。', '李四副县长', '全年']])).toEqual(['seq', 'task', 'note', 'deadline']);
  });

  it('an unknown header of sentences beside the task column is its content', () => {
    const layout = detectTaskTable(table([['工作任务', '具体要求', '责任部门'], ['一、做好财政公开。', '1.推进预算公开。', '财务科'], ['^', '2.更新网站信息。', '办公室']]));
    expect(layout?.columns.map((c) => c?.role ?? null)).toEqual(['task', 'content', 'lead']);
  });

  it('with no task column, a grouping column never merged is the task', () => {
    const layout = detectTaskTable(table([['序号', '项目名称', '建设内容', '责任单位'], ['1', '城北道路项目', '建成道路2公里。', '住建局'], ['2', '老旧小区改造', '改造小区3个。', '住建局']]));
    expect(layout?.columns.map((c) => c?.role ?? null)).toEqual(['seq', 'task', 'content', 'lead']);
  });

  it('a disclosure catalogue (信息公开类别及事项 | 公开内容 | 责任单位) is no task table', () => {
    expect(detectTaskTable(table([['序号', '政务信息公开类别及事项', '公开内容', '责任单位'], ['1', '规范性文件', '以镇政府名义发布的规范性文件', '综合办'], ['2', '财政预决算', '财政预算、决算情况', '财政分局']]))).toBeNull();
    expect(detectTaskTable(table([['序号', '信息类别', '公开事项', '公开时限', '责任单位'], ['1', '机构职能', '主要职责', '20个工作日内', '办公室']]))).toBeNull();
  });

  it('a remarks column of date phrases is the deadline column where no other column gives dates', () => {
    const layout = detectTaskTable(table([['工作任务', '具体要求', '责任单位', '完成情况', '备注'], ['文件集中公开', '开展文件清理。', '市政府各部门', '推进中', '11月底前完成'], ['解读回应', '做好政策解读。', '各县区政府', '已完成', '12月底前完成']]));
    expect(layout?.columns.map((c) => c?.role ?? null)).toEqual(['task', 'content', 'lead', 'note', 'deadline']);
    const withDeadline = detectTaskTable(table([['工作任务', '责任单位', '完成时限', '备注'], ['文件集中公开', '市政府各部门', '2022年底前', '11月底前启动']]));
    expect(withDeadline?.columns.map((c) => c?.role ?? null)).toEqual(['task', 'lead', 'deadline', 'note']);
  });

  it('an indicator table with a unit column is still no task table', () => {
    expect(detectTaskTable(table([['序号', '考核指标', '单位', '年度目标', '责任部门'], ['1', '粮食播种面积', '万亩', '≥20', '县农业农村局']]))).toBeNull();
  });
});

describe('whyNotTaskTable', () => {
  it('says why each kind of table is no task table', async () => {
    const { whyNotTaskTable } = await import('../../src/detect/taskTables.js');
    expect(whyNotTaskTable(table([['序号', '指标内容', '累计降幅'], ['1', '生产安全事故起数', '10%']]))).toBe('an indicator table (序号 | 指标内容 | 累计降幅): it names targets, not tasks');
    expect(whyNotTaskTable(table([['序号', '重点任务', '备注'], ['1', '建立制度', '无']]))).toBe('the header (序号 | 重点任务 | 备注) has no lead-unit or deadline column');
    expect(whyNotTaskTable(table([['序号', '牵头单位', '完成时限'], ['1', '区安监局', '2020年底前']]))).toBe('the header (序号 | 牵头单位 | 完成时限) has no task column');
    expect(whyNotTaskTable(table([['抄送：区委办', '区人大办'], ['印发', '2020年']]))).toMatch(/^no header: none of its first 2 row\(s\) names two known columns \(抄送：区委办 \| 区人大办\)/);
    expect(whyNotTaskTable({ kind: 'table', line: 1, width: 0, rows: [], caption: '' })).toBe('the table is empty');
    expect(whyNotTaskTable(table([['序号', '公开内容', '责任单位'], ['1', '机构职能', '办公室']]))).toBe('a disclosure catalogue (序号 | 公开内容 | 责任单位): it lists information to publish, not tasks');
  });
});
