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
});

describe('whyNotTaskTable', () => {
  it('says why each kind of table is no task table', async () => {
    const { whyNotTaskTable } = await import('../../src/detect/taskTables.js');
    expect(whyNotTaskTable(table([['序号', '指标内容', '累计降幅'], ['1', '生产安全事故起数', '10%']]))).toBe('an indicator table (序号 | 指标内容 | 累计降幅): it names targets, not tasks');
    expect(whyNotTaskTable(table([['序号', '重点任务', '备注'], ['1', '建立制度', '无']]))).toBe('the header (序号 | 重点任务 | 备注) has no lead-unit or deadline column');
    expect(whyNotTaskTable(table([['序号', '牵头单位', '完成时限'], ['1', '区安监局', '2020年底前']]))).toBe('the header (序号 | 牵头单位 | 完成时限) has no task column');
    expect(whyNotTaskTable(table([['抄送：区委办', '区人大办'], ['印发', '2020年']]))).toMatch(/^no header: none of its first 2 row\(s\) names two known columns \(抄送：区委办 \| 区人大办\)/);
    expect(whyNotTaskTable({ kind: 'table', line: 1, width: 0, rows: [], caption: '' })).toBe('the table is empty');
  });
});
