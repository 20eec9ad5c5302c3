import { describe, expect, it } from 'vitest';
import type { ParagraphBlock } from '../../../src/model/document.js';
import { detectTaskLists } from '../../../src/detect/lists.js';
import { sectionRecords } from '../../../src/detect/lists/sectionRecords.js';
import { buildListTasks } from '../../../src/tasks/listTasks.js';
import { DeadlineResolver } from '../../../src/deadline/resolver.js';

function paragraphs(...lines: string[]): ParagraphBlock[] {
  return lines.map((text, i) => ({ kind: 'paragraph', text, line: i + 1 }));
}

function tasksOf(lines: string[], year: number | null = 2024) {
  return buildListTasks(detectTaskLists(paragraphs(...lines)), new DeadlineResolver({ year })).map((t) => ({
    seq: t.seq, path: t.path, task: t.task, content: t.content, leads: t.leads, partners: t.partners, deadline: t.deadline?.end ?? null, line: t.line,
  }));
}

describe('a record written section by section (一、整改问题 / 二、整改实施主体 / …)', () => {
  const notice = [
    '突出生态环境问题整改验收销号公示',
    '某市专项行动问题清单问题已整改完成，现予公示。',
    '一、整改问题',
    '（一）某路南延，砂石物料露天未覆盖，扬尘较多。',
    '（二）某大道南延，裸土未及时覆盖。',
    '二、整改实施主体',
    '某园区党工委、管委会',
    '三、重点措施',
    '（一）路面硬化，裸土覆盖。',
    '四、目标任务',
    '路面过车无明显扬尘。',
    '五、完成时限',
    '2024年12月底',
    '六、整改完成情况',
    '经核查，已完成整改。',
  ];

  it('each item of the problem section is a task, with the units, measures and time limit of the sections after it', () => {
    expect(tasksOf(notice)).toEqual([
      { seq: '一', path: ['一、整改问题'], task: '某路南延，砂石物料露天未覆盖，扬尘较多。', content: '（一）路面硬化，裸土覆盖。', leads: ['某园区党工委', '某园区管委会'], partners: [], deadline: '2024-12-31', line: 4 },
      { seq: '二', path: ['一、整改问题'], task: '某大道南延，裸土未及时覆盖。', content: '（一）路面硬化，裸土覆盖。', leads: ['某园区党工委', '某园区管委会'], partners: [], deadline: '2024-12-31', line: 5 },
    ]);
  });

  it('an unnumbered task section is one task; labelled unit lines give leads and partners; a heading of the record is no task', () => {
    const text = ['一、整改任务', '一些地方学习贯彻不深入，个别干部认识不到位。', '二、整改实施主体', '牵头单位：市委办公室、市政府办公室。', '责任单位：各县（市、区）人民政府。', '三、整改情况', '已完成。'];
    expect(tasksOf(text)).toEqual([
      { seq: null, path: ['一、整改任务'], task: '一些地方学习贯彻不深入，个别干部认识不到位。', content: null, leads: ['市委办公室', '市政府办公室'], partners: ['各县（市、区）人民政府'], deadline: null, line: 2 },
    ]);
  });

  it('an outline whose headings are more than labels, or sections that name no units, is no record', () => {
    expect(sectionRecords(paragraphs('一、整改问题', '某问题。', '二、工作要求', '加强领导。', '三、完成时限', '2024年底'))).toEqual([]);
    expect(sectionRecords(paragraphs('一、总体要求', '坚持问题导向。', '二、主要任务', '推进整改。', '三、保障措施', '加强组织领导。'))).toEqual([]);
    expect(sectionRecords(paragraphs('一、整改问题', '某问题。', '二、责任单位', '按要求落实到位并加强监督检查的相关工作安排。', '三、完成时限', '2024年底'))).toEqual([]);
  });

  it('two sections are too few to tell a record from a heading and its text', () => {
    expect(sectionRecords(paragraphs('一、整改问题', '某问题。', '二、责任单位', '某区生态环境局'))).toEqual([]);
  });
});
