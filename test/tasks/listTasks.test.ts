import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildListTasks, labelledParts, type DeadlineFinder } from '../../src/tasks/listTasks.js';
import type { ListItem } from '../../src/detect/lists.js';
import { detectTaskLists } from '../../src/detect/lists.js';
import type { Deadline } from '../../src/model/records.js';
import { parseText } from '../../src/read/text.js';
import { extractText } from '../support/extract.js';

/** Finds `YYYY年底前` only; records every text it was asked about. */
class FakeFinder implements DeadlineFinder {
  readonly asked: string[] = [];
  find(text: string): Deadline | null {
    this.asked.push(text);
    const m = /(\d{4})年(?:(\d{1,2})月)?底前/u.exec(text);
    if (!m) return null;
    const end = m[2] ? `${m[1]}-${m[2].padStart(2, '0')}-xx` : `${m[1]}-12-31`;
    return { text: m[0], kind: 'date', start: null, end, precision: m[2] ? 'month' : 'year', every: null, ongoing: false };
  }
}

const item = (responsibility: string, over: Partial<ListItem> = {}): ListItem => ({
  seq: '1', path: ['一、主要任务'], task: '加强管理。', content: '各单位要落实责任。', responsibility, firstUnitLeads: false, line: 7, ...over,
});

const unitsOf = (responsibility: string) => {
  const [t] = buildListTasks([item(responsibility)], new FakeFinder());
  return { leads: t!.leads, partners: t!.partners };
};

describe('buildListTasks', () => {
  it('builds a list task record', () => {
    const [t] = buildListTasks([item('责任单位：区应急局、区公安分局')], new FakeFinder());
    expect(t).toEqual({
      origin: 'list', table: null, seq: '1', path: ['一、主要任务'], task: '加强管理。', content: '各单位要落实责任。',
      leads: ['区应急局', '区公安分局'], partners: [], deadline: null, line: 7,
    });
  });

  it.each([
    ['牵头单位：县应急管理局；配合单位：县住建局、县交通运输局', ['县应急管理局'], ['县住建局', '县交通运输局']],
    ['牵头单位：县市场监管局 责任单位：各乡镇人民政府', ['县市场监管局'], ['各乡镇人民政府']],
    ['牵头部门：区住建局\n责任部门：区城管局、各街道', ['区住建局'], ['区城管局', '各街道']],
    ['责任部门：区应急局牵头，区公安分局配合', ['区应急局'], ['区公安分局']],
    ['责任单位 ：各街道办事处按职责分工负责', ['各街道办事处'], []],
    ['主责单位:区水利局;协办单位:区气象局', ['区水利局'], ['区气象局']],
    ['責任單位：縣應急管理局、縣公安局', ['縣應急管理局', '縣公安局'], []],
    ['牽頭單位：縣應急管理局責任單位：各鄉鎮人民政府', ['縣應急管理局'], ['各鄉鎮人民政府']],
    ['責任單位：縣應急管理局牽頭，縣公安局、縣交通運輸局按職責分工負責', ['縣應急管理局'], ['縣公安局', '縣交通運輸局']],
    ['责任单位:各乡镇人民政府,区环境与国土资源局、丰泽海事处等相关部门', ['各乡镇人民政府', '区环境与国土资源局', '丰泽海事处'], []],
    ['责任单位：区科技经济发展局（安监）牵头，区各相关行业主管部门按职责分工分别负责；张坂镇党委、政府',
      ['区科技经济发展局（安监）'], ['区各相关行业主管部门', '张坂镇党委', '张坂镇政府']],
  ])('%s', (responsibility, leads, partners) => {
    expect(unitsOf(responsibility)).toEqual({ leads, partners });
  });

  it('takes the deadline from the task and content, or from a time-limit label', () => {
    const finder = new FakeFinder();
    const [a, b, c] = buildListTasks([
      item('责任单位：区应急局', { content: '2021年底前完成排查。' }),
      item('责任单位：区应急局 完成时限：2022年底前', { content: '2021年底前完成排查。' }),
      item('责任单位：区应急局', { content: null }),
    ], finder);
    expect(a!.deadline).toMatchObject({ text: '2021年底前', end: '2021-12-31' });
    expect(b!.deadline).toMatchObject({ text: '2022年底前', end: '2022-12-31' });
    expect(c!.deadline).toBeNull();
    expect(finder.asked).toContain('加强管理。2021年底前完成排查。');
    expect(finder.asked).toContain('加强管理。');
    // The time label is not a unit.
    expect(b!.leads).toEqual(['区应急局']);
  });

  it('survives a finder that throws', () => {
    const [t] = buildListTasks([item('责任单位：区应急局')], { find: () => { throw new Error('boom'); } });
    expect(t!.deadline).toBeNull();
  });

  it('splits a clause at its labels', () => {
    expect(labelledParts('牵头单位：A；配合单位：B 完成时限：2021年底')).toEqual([
      { role: 'lead', text: 'A' },
      { role: 'partner', text: 'B' },
      { role: 'time', text: '2021年底' },
    ]);
    expect(labelledParts('区应急局')).toEqual([{ role: 'responsible', text: '区应急局' }]);
  });

  it('turns the fixtures into tasks end to end', () => {
    const blocks = parseText(readFileSync(fileURLToPath(new URL('../../fixtures/txt/lists-lead-partner.txt', import.meta.url)), 'utf8'));
    const tasks = buildListTasks(detectTaskLists(blocks), new FakeFinder());
    expect(tasks.map((t) => [t.seq, t.leads, t.partners, t.deadline?.text ?? null])).toEqual([
      ['一', ['县应急管理局'], ['县住建局', '县交通运输局'], '2021年6月底前'],
      ['二', ['县市场监管局'], ['各乡镇人民政府'], null],
      ['三', ['县应急管理局', '县消防救援大队'], [], null],
      ['四', ['县委宣传部', '县教育局'], [], '2022年12月底前'],
    ]);
  });

  it('reads a work plan with 1、 items and bracketed 牵头/责任 clauses; an item without one is no task', () => {
    const blocks = parseText(readFileSync(fileURLToPath(new URL('../../fixtures/txt/lists-workplan.txt', import.meta.url)), 'utf8'));
    const tasks = buildListTasks(detectTaskLists(blocks), new FakeFinder());
    expect(tasks.map((t) => [t.seq, t.path, t.task, t.leads, t.partners, t.line])).toEqual([
      ['1', ['一、压紧压实安全生产责任'], '严格落实党政领导责任。', ['县应急局'], ['各乡镇人民政府'], 7],
      ['2', ['一、压紧压实安全生产责任'], '严格落实部门监管责任。', ['县安委办'], ['县安委会各成员单位'], 9],
      ['4', ['二、深化重点行业领域专项整治'], '危险化学品。', ['县应急局'], [], 15],
      ['5', ['二、深化重点行业领域专项整治'], '道路交通。', ['县公安局交警大队', '县交通运输局'], [], 17],
    ]);
  });
});

describe('clauses among other labels', () => {
  it('a label the vocabulary does not know ends the units, even with its space lost; person labels with a prefix are cut off', () => {
    expect(labelledParts('责任单位:市公安局项目责任人:王某配合单位:市城管局、市财政局实际完成情况:已完成55%')).toEqual([
      { role: 'responsible', text: '市公安局' },
      { role: 'person', text: '王某' },
      { role: 'partner', text: '市城管局、市财政局' },
    ]);
  });

  it('a flattened record: person label first, units, and progress that is no due date', async () => {
    const text = '2014年民生实事进展公示。 1.新增视频采集设备300套。 牵头领导:王某某 责任单位:市公安局 项目责任人:王某 配合单位:市城管局、市财政局 实际完成情况:已于2014年5月30日完成。 2.新辟公交线路10条。 牵头领导:王某某 责任单位:市交通委 配合单位:市公安局 实际完成情况:已新辟6条。';
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.task, t.leads, t.partners, t.deadline])).toEqual([
      ['1', '新增视频采集设备300套。', ['市公安局'], ['市城管局', '市财政局'], null],
      ['2', '新辟公交线路10条。', ['市交通委'], ['市公安局'], null],
    ]);
  });

  it('a unit name cut at a line end is completed by the next line', async () => {
    const text = ['一、加强党建引领', '1.完善街道党工委领导体制机制。', '牵头单位:区委组织部', '协办单位:区委编办、园区党工', '委、各街道党工委', '2.推进区域化党建。', '牵头单位:区委组织部'].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.leads, t.partners])).toEqual([
      ['1', ['区委组织部'], ['区委编办', '园区党工委', '各街道党工委']],
      ['2', ['区委组织部'], []],
    ]);
  });
});

describe('role brackets closing several sentences of one item', () => {
  it('each sentence with its own bracket is a task: the first the item\'s, the next ones with no number under it; a note after a bracket\'s full stop is no unit', async () => {
    const text = [
      '二、工作任务',
      '1.制定准入清单。完成清单编制工作。〔市生态环境局牵头，市发改局参与，各县、区人民政府（管委会）负责落实。以下各项工作均需各县、区落实，不再列出。〕严格控制新建燃煤锅炉。（市市场监管局牵头，市工信局参与）',
      '2.实施标准宣贯。开展标准培训。（区卫健委负责）落实农药残留新标准。（区农业农村局负责）加强粮油标准落实。[区发改委（粮食和储备局）',
    ].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.task, t.content, t.leads, t.partners])).toEqual([
      ['1', '制定准入清单。', '完成清单编制工作。', ['市生态环境局'], ['市发改局', '各县人民政府（管委会）', '各区人民政府（管委会）']],
      [null, '严格控制新建燃煤锅炉。', null, ['市市场监管局'], ['市工信局']],
      ['2', '实施标准宣贯。', '开展标准培训。', ['区卫健委'], []],
      [null, '落实农药残留新标准。', null, ['区农业农村局'], []],
      // The last sentence's bracket is cut inside its lead list by the page's end: no task.
    ]);
    expect(doc.tasks[1]!.path).toEqual(['二、工作任务', '1.制定准入清单。']);
  });
});

describe('labels glued after a comma, and qualified labels', () => {
  it('`1、X,牵头单位:Y。其中…` names Y; a qualifier before a label line (`问题整改责任单位：`) is no unit', async () => {
    const glued = ['二、部分项目进展情况', '1、学前教育促进,牵头单位:市教体局。其中,部分县区进度较慢。', '2、教师培训,牵头单位:市教育局。'].join('\n');
    expect((await extractText(glued)).tasks.map((t) => [t.seq, t.task, t.leads])).toEqual([
      ['1', '学前教育促进', ['市教体局']],
      ['2', '教师培训', ['市教育局']],
    ]);
    const qualified = ['1. 市图书馆', '(1)消防通道堆放杂物;', '(2)灭火器过期未更换。', '问题整改责任单位:市文旅局 整改时限:3天'].join('\n');
    // The stated time limit names no date: it is the deadline, unspecified, with its text (as a table's cell is).
    expect((await extractText(qualified)).tasks.map((t) => [t.seq, t.task, t.leads, t.deadline?.kind, t.deadline?.text])).toEqual([['1', '市图书馆', ['市文旅局'], 'unspecified', '3天']]);
  });
});

describe('notes inside a labelled bracket', () => {
  it('a short note before the label and a `以下…` note after a comma are no units, even cut off', async () => {
    const text = ['二、主要指标', '1.地区生产总值年均增长7%以上。(预期性指标,牵头单位:市发改委;责任单位:市政府有关部门,各县市区,以下均需各县市区落实,不再逐'].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.task, t.leads, t.partners])).toEqual([['地区生产总值年均增长7%以上。', ['市发改委'], ['市政府有关部门', '各县市区']]]);
  });
});

describe('Traditional units put together from pieces', () => {
  it('`各市、縣人民政府` gives 各市人民政府 and 各縣人民政府, as written', async () => {
    const doc = await extractText(['一、主要任務', '1.推進節約集約用地。(牽頭單位:省自然資源廳;責任單位:省住房城鄉建設廳,各市、縣人民政府)'].join('\n'));
    expect(doc.tasks.map((t) => [t.leads, t.partners])).toEqual([[['省自然資源廳'], ['省住房城鄉建設廳', '各市人民政府', '各縣人民政府']]]);
  });
});

describe('persons and cut names in an unlabelled bracket', () => {
  it('persons named by title are no units; a bracket cut inside its last name still names the units before it', async () => {
    const text = ['一、落实年度目标', '（一）主要预期目标：经济增长7.5%；能耗下降2.5%（分管副省长、协管副秘书长负责，省发展改革委牵头，省工业和信息化厅、省'].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.seq, t.leads, t.partners])).toEqual([['一', ['省发展改革委'], ['省工业和信息化厅', '省']]]);
  });
});

describe('more role words, rules and notes in brackets', () => {
  it('主办/协办 mark lead and partners; 分别负责 leaves the names whole; a bank branch is a unit; 各州、市 is a run', async () => {
    const text = [
      '一、主要任务',
      '1.落实税收优惠政策。(省财政厅主办,省国税局、地税局协办)',
      '2.开展统计监测。(省发改委、农委、统计局分别负责)',
      '3.推进重大项目建设。(省发改委牵头;国家开发银行云南省分行,各州、市人民政府配合)',
    ].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.leads, t.partners])).toEqual([
      [['省财政厅'], ['省国税局', '地税局']],
      [['省发改委', '农委', '统计局'], []],
      [['省发改委'], ['国家开发银行云南省分行', '各州人民政府', '各市人民政府']],
    ]);
  });

  it('a stated rule after the bracket\'s full stop applies; a labelled sentence after a full stop goes on with the units', async () => {
    const text = [
      '一、完善交通网络',
      '1、加快构建快速通道。(省发改委、省交通运输厅、省财政厅负责。列第一位的为牵头部门,下同)',
      '2、加强生态准入管理。〔市生态环境局、市水利局等按职责分工负责。责任单位:各县(市、区)人民政府。以下均需各县(市、区)人民政府落实,不再列出。〕',
    ].join('\n');
    const doc = await extractText(text);
    expect(doc.tasks.map((t) => [t.leads, t.partners])).toEqual([
      [['省发改委'], ['省交通运输厅', '省财政厅']],
      // 下同: the rule governs the next list too.
      [['市生态环境局'], ['市水利局', '各县(市、区)人民政府']],
    ]);
  });
});

describe('converter pinyin inside role words and names', () => {
  it('`（省工業(yè)和信息化廳負(fù)責(zé))` names the unit as written', async () => {
    const doc = await extractText(['一、對實施工業倍增行動成效明顯的市(州),給予傾斜支持。(省工業(yè)和信息化廳負(fù)責(zé))', '二、對落實能源高質量發展成效明顯的縣,給予支持。(省能源局負(fù)責(zé))'].join('\n'));
    expect(doc.tasks.map((t) => t.leads)).toEqual([['省工業(yè)和信息化廳'], ['省能源局']]);
  });
});

describe('list items: 会同 in the role bracket', () => {
  it('leads the units before 会同 and makes the units after it partners', async () => {
    const text = ['某县2023年工作要点', '', '一、重点任务', '', '1.推进农村公路改造。（县交通局会同县财政局、各乡镇负责）', '', '2.加强耕地保护。（县自然资源局牵头，会同县农业农村局实施）'].join('\n');
    const tasks = (await extractText(text)).tasks.map((t) => [t.seq, t.leads, t.partners]);
    expect(tasks).toEqual([
      ['1', ['县交通局'], ['县财政局', '各乡镇']],
      ['2', ['县自然资源局'], ['县农业农村局']],
    ]);
  });

  it('reads a bracket whose 牵头 is glued to the partners (（县司法局牵头各行政机关负责）)', async () => {
    const text = ['某县2021年政务公开工作要点', '', '一、重点领域', '', '（一）加强政府信息公开。完善政策文件数据库。（县司法局牵头各行政机关负责）'].join('\n');
    const tasks = (await extractText(text)).tasks.map((t) => [t.seq, t.leads, t.partners]);
    expect(tasks).toEqual([['一', ['县司法局'], ['各行政机关']]]);
  });
});

describe('a label glued after a time limit', () => {
  it('`整改时限：立行立改，长期坚持整改措施：…`: the label is the column name the run ends with, the limit is whole', () => {
    const parts = labelledParts('责任单位：州生态环境局整改时限：立行立改，长期坚持整改措施：筑牢绿色发展理念。');
    expect(parts).toEqual([
      { role: 'responsible', text: '州生态环境局' },
      { role: 'time', text: '立行立改，长期坚持' },
    ]);
  });
});

describe('a label after a separator with a semicolon for its colon', () => {
  it('`…、社区;责任人;xx`: 责任人 is a label and its name no unit', () => {
    expect(labelledParts('责任单位:拆违控违办、各村、社区;责任人;xx')).toEqual([
      { role: 'responsible', text: '拆违控违办、各村、社区' },
      { role: 'person', text: 'xx' },
    ]);
  });
});
