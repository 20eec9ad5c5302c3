import { describe, expect, it } from 'vitest';
import { buildTableTasks } from '../../src/tasks/tableTasks.js';
import { detectTaskTable } from '../../src/detect/taskTables.js';
import type { Deadline } from '../../src/model/records.js';
import type { TableBlock } from '../../src/model/document.js';
import { table } from '../support/table.js';

// The resolver is tested on its own; here only which text reaches it matters.
const echo = { resolve: (text: string): Deadline => ({ text, kind: 'unspecified', start: null, end: null, precision: null, every: null, ongoing: false }) };

function build(t: TableBlock) {
  const layout = detectTaskTable(t);
  expect(layout).not.toBeNull();
  return buildTableTasks(t, layout!, 0, echo);
}

describe('buildTableTasks', () => {
  it('carries a grouping column down and reads seq, leads and deadline', () => {
    const tasks = build(
      table([
        ['序号', '专项', '任务', '主要内容', '牵头部门', '完成时限'],
        ['1', '约束性指标', '死亡率', '控制在0.01以内', '区安监局', '2018'],
        ['2', '', '建立公报制度', '每年公布', '区统计局、区安监局', '每年'],
        ['3', '综合防控', '强化意识', '', '区安委会', '2016'],
      ]),
    );
    expect(tasks.map((t) => [t.seq, t.path, t.task, t.content, t.leads, t.deadline?.text])).toEqual([
      ['1', ['约束性指标'], '死亡率', '控制在0.01以内', ['区安监局'], '2018'],
      ['2', ['约束性指标'], '建立公报制度', '每年公布', ['区统计局', '区安监局'], '每年'],
      ['3', ['综合防控'], '强化意识', null, ['区安委会'], '2016'],
    ]);
  });

  it('resets the inner group when the outer one changes', () => {
    const tasks = build(
      table([
        ['大项', '小项', '整治内容', '完成年限', '责任单位'],
        ['（一）风险管控', '1.严格准入', '制定目录', '2020年', '区安监局'],
        ['', '', '开展评估', '2021年', '区安监局'],
        ['（二）专项治理', '', '排查隐患', '2022年', '区安监局'],
      ]),
    );
    expect(tasks.map((t) => t.path)).toEqual([
      ['（一）风险管控', '1.严格准入'],
      ['（一）风险管控', '1.严格准入'],
      ['（二）专项治理'],
    ]);
    expect(tasks.map((t) => t.seq)).toEqual([null, null, null]);
  });

  it('makes a row spanning the table a section of the path, and a note row nothing', () => {
    const tasks = build(
      table([
        ['序号', '重点任务', '牵头单位', '完成时限'],
        ['一、强化源头管控', '<', '<', '<'],
        ['1', '严格准入', '区发改局', '2020年'],
        ['二、深化专项整治', '<', '<', '<'],
        ['2', '整治隐患', '区应急局', '2021年'],
        ['备注：各乡镇参照执行。', '<', '<', '<'],
      ]),
    );
    expect(tasks.map((t) => [t.seq, t.path])).toEqual([
      ['1', ['一、强化源头管控']],
      ['2', ['二、深化专项整治']],
    ]);
  });

  it('skips a header repeated after a page break and rows with no task text', () => {
    const tasks = build(
      table([
        ['序号', '重点任务', '牵头单位', '完成时限'],
        ['1', '严格准入', '区发改局', '2020年'],
        ['序号', '重点任务', '牵头单位', '完成时限'],
        ['2', '整治隐患', '区应急局', '2021年'],
        ['', '', '', ''],
      ]),
    );
    expect(tasks.map((t) => t.task)).toEqual(['严格准入', '整治隐患']);
  });

  it('takes a vertically merged task, lead or deadline cell from the row above', () => {
    const tasks = build(
      table([
        ['重点任务', '具体措施', '牵头单位', '完成时限'],
        ['强化监管', '开展检查', '区应急局', '2020年底前'],
        ['^', '建立台账', '^', '^'],
      ]),
    );
    expect(tasks.map((t) => [t.task, t.content, t.leads, t.deadline?.text])).toEqual([
      ['强化监管', '开展检查', ['区应急局'], '2020年底前'],
      ['强化监管', '建立台账', ['区应急局'], '2020年底前'],
    ]);
  });

  it('puts the partners column and 配合 units into partners', () => {
    const tasks = build(
      table([
        ['工作任务', '牵头单位', '配合单位', '完成时限'],
        ['建立制度', '区安监局牵头，区财政局配合', '区发改局、区教育局', '2021年'],
      ]),
    );
    expect(tasks[0]).toMatchObject({ leads: ['区安监局'], partners: ['区财政局', '区发改局', '区教育局'] });
  });

  it('copies the numbering prefix of the task cell to seq when there is no seq column', () => {
    const tasks = build(
      table([
        ['专题项目', '重点项目任务', '完成年限', '责任单位'],
        ['宣贯', '1.组织学习。', '2020年', '乡安办'],
        ['', '配合宣传部门播放。', '2020年', '乡宣传办'],
        ['', '2.开展督查。', '2020年', '乡安办'],
        ['', '3.70%的小区完成治理。', '2020年', '乡安办'],
        ['', '0.5倍以上的投入', '2020年', '乡安办'],
      ]),
    );
    expect(tasks.map((t) => t.seq)).toEqual(['1', null, '2', '3', null]);
    // The prefix that became the seq is no part of the task.
    expect(tasks.map((t) => t.task)).toEqual(['组织学习。', '配合宣传部门播放。', '开展督查。', '70%的小区完成治理。', '0.5倍以上的投入']);
  });
});

describe('buildTableTasks: section rows and spans', () => {
  it('reads a number in the seq column beside a heading spanning the rest as a section', () => {
    const tasks = build(
      table([
        ['序号', '重点任务', '牵头单位', '完成时限'],
        ['一', '农村供水保障', '<', '<'],
        ['1', '改造供水管网', '县水利局', '2022年底前'],
        ['二', '防汛抗旱', '<', '<'],
        ['1', '加固病险水库', '县应急局', '2023年汛前'],
      ]),
    );
    expect(tasks.map((t) => [t.seq, t.path, t.leads])).toEqual([
      ['1', ['农村供水保障'], ['县水利局']],
      ['1', ['防汛抗旱'], ['县应急局']],
    ]);
  });

  it('never carries a cell down into a position covered by a span from the left', () => {
    const tasks = build(
      table([
        ['序号', '重点任务', '具体措施', '牵头单位', '完成时限'],
        ['1', '强化监管', '开展检查', '区应急局', '2020年底前'],
        ['2', '整治隐患，全面排查', '<', '区住建局', '2021年'],
      ]),
    );
    expect(tasks[1]).toMatchObject({ task: '整治隐患，全面排查', content: null, leads: ['区住建局'] });
  });

  it('a task cell merged from nothing but the section rows above: the headings stand for it, and each row\'s item is its task', () => {
    const tasks = build(
      table([
        ['工作任务', '具体要求', '责任单位'],
        ['一、深化重点领域公开', '<', '<'],
        ['^', '1.公开年度预算。', '区财政局'],
        ['^', '2.公开部门决算。', '区财政局'],
        ['二、强化政策解读', '<', '<'],
        ['^', '3.解读重要政策。', '区政府办'],
      ]),
    );
    expect(tasks.map((t) => [t.seq, t.path, t.task, t.content, t.leads])).toEqual([
      ['1', ['一、深化重点领域公开'], '公开年度预算。', null, ['区财政局']],
      ['2', ['一、深化重点领域公开'], '公开部门决算。', null, ['区财政局']],
      ['3', ['二、强化政策解读'], '解读重要政策。', null, ['区政府办']],
    ]);
  });
});

describe('buildTableTasks: two lead columns', () => {
  it('a second lead column (`责任单位` then `实施部门`) lists more units: partners, not lost', () => {
    const tasks = build(
      table([
        ['序号', '责任单位', '工作任务', '实施部门', '完成时限'],
        ['1', '区民政局', '按月完成临时救助审核确认。', '低保中心', '2025年12月底'],
        ['2', '区民政局', '指导乡镇完成低保审核。', '救助站', '2025年12月底'],
      ]),
    );
    expect(tasks.map((t) => [t.seq, t.leads, t.partners])).toEqual([
      ['1', ['区民政局'], ['低保中心']],
      ['2', ['区民政局'], ['救助站']],
    ]);
  });
});
