/**
 * The list forms of real published pages (issue 7), each in text written for
 * this test: responsibility brackets without labels, person labels, 〔〕
 * brackets, pages flattened into one line, hard-wrapped lines, stated
 * first-unit rules. Each case runs the whole list stage (detect + build).
 */
import { describe, expect, it } from 'vitest';
import type { ParagraphBlock } from '../../src/model/document.js';
import { detectTaskLists } from '../../src/detect/lists.js';
import { buildListTasks } from '../../src/tasks/listTasks.js';
import { DeadlineResolver } from '../../src/deadline/resolver.js';
import { isRoleClause, isUnitName } from '../../src/detect/lists/responsibility.js';

const paragraphs = (...lines: string[]): ParagraphBlock[] => lines.map((text, k) => ({ kind: 'paragraph', text, line: k + 1 }));

function tasksOf(lines: string[], year: number | null = 2023) {
  const resolver = new DeadlineResolver({ year });
  return buildListTasks(detectTaskLists(paragraphs(...lines)), resolver).map((t) => ({
    seq: t.seq, task: t.task, leads: t.leads, partners: t.partners, deadline: t.deadline?.end ?? null, line: t.line,
  }));
}

describe('responsibility brackets without a label', () => {
  it.each([
    ['1.推进政务服务一网通办。（区政务服务局牵头，区发改局、区住建局配合）', ['区政务服务局'], ['区发改局', '区住建局']],
    ['1.推进产业转型升级。(省发改委、省工信厅等负责)', ['省发改委', '省工信厅'], []],
    ['1.稳定粮食生产。（省农业厅牵头）', ['省农业厅'], []],
    // A city named by its level stands for its government beside units and a role word.
    ['1.推进都市圈一体化发展。（合肥市，省发展改革委牵头）', ['合肥市', '省发展改革委'], []],
    // Bare places before the name that ends their run (`相关市、县政府`, `洛阳、开封市政府`), Traditional too.
    ['1.加快国省干道建设，今明两年投资270亿元。（省交通运输厅、相关市、县政府负责）', ['省交通运输厅', '相关市政府', '相关县政府'], []],
    ['2.推進機場建設。（機場建設指揮部、洛陽、開封市政府負責）', ['機場建設指揮部', '洛陽市政府', '開封市政府'], []],
    ['1.压实安全责任。（各乡镇、区直各部门按职责分工负责）', ['各乡镇', '区直各部门'], []],
    ['1.丰富群众文化生活。（区文广旅游局、区财政局、区总工会）', ['区文广旅游局', '区财政局', '区总工会'], []],
    ['1.推进就业创业。（市人社局牵头，市财政局等有关部门参加）', ['市人社局'], ['市财政局']],
    ['1.加強數字政府建設。（區政務辦牽頭，區財政局配合）', ['區政務辦'], ['區財政局']],
    ['1.优化营商环境。〔责任单位：市发改委、市市场监管局按职责分工负责〕', ['市发改委', '市市场监管局'], []],
    ['1.增加居民收入。(责任领导:王某某;牵头单位:区发改局;责任单位:区人社局、区农业农村局)', ['区发改局'], ['区人社局', '区农业农村局']],
    ['1.规范涉企收费。（责任科室：财务科、办公室）', ['财务科', '办公室'], []],
    ['1.推进示范创建。（主办单位：县文明办）', ['县文明办'], []],
  ])('%s', (line, leads, partners) => {
    expect(tasksOf([line])).toMatchObject([{ leads, partners }]);
  });

  it.each([
    '1.印发实施细则（试行）。',
    '1.编制三年行动计划（2021—2023年）。',
    '1.推进老旧小区改造（含加装电梯）。',
    '1.完善协调机制（以下简称联席会议）。',
  ])('a bracket of anything else names no units: %s', (line) => {
    expect(tasksOf([line])).toEqual([]);
  });

  it('unit names alone count only after a sentence end', () => {
    expect(isRoleClause('区财政局、区税务局', true)).toBe(true);
    expect(isRoleClause('区财政局、区税务局', false)).toBe(false);
    expect(tasksOf(['1.组织走访各乡（街道）'])).toEqual([]);
  });

  it('tells unit names from other words', () => {
    for (const name of ['区发改局', '各乡（街道）', '区科技经济发展局（安监）', '市残联', '县政府各部门', '各镇街']) expect(isUnitName(name)).toBe(true);
    for (const name of ['试行', '2021—2023年', '含加装电梯', '以下简称联席会议', '不含印花税']) expect(isUnitName(name)).toBe(false);
  });
});

describe('pages as scrapers deliver them', () => {
  it('cuts a page flattened into one line before each numbering prefix', () => {
    const line =
      '各乡镇人民政府：现将方案印发给你们，请认真贯彻执行。 县政府办公室 2023年3月1日 2023年重点工作责任分解 一、经济发展 1.地区生产总值增长6%。(责任单位:县发改局) 2.推进项目建设。(责任单位:县住建局、县自然资源局) 二、民生保障 1.新增就业3000人。(责任单位:县人社局)';
    expect(tasksOf([line])).toEqual([
      { seq: '1', task: '地区生产总值增长6%。', leads: ['县发改局'], partners: [], deadline: null, line: 1 },
      { seq: '2', task: '推进项目建设。', leads: ['县住建局', '县自然资源局'], partners: [], deadline: null, line: 1 },
      { seq: '1', task: '新增就业3000人。', leads: ['县人社局'], partners: [], deadline: null, line: 1 },
    ]);
  });

  it('cuts sub-items glued after a sentence or a clause', () => {
    const line = '1.深化审批改革。(1)推行一窗受理。全面推行综合窗口。(市政务服务局牵头负责)(2)压缩审批时限。6月底前完成流程再造。(市发改委牵头负责)';
    expect(tasksOf([line])).toMatchObject([
      { seq: '1', task: '推行一窗受理。', leads: ['市政务服务局'] },
      { seq: '2', task: '压缩审批时限。', leads: ['市发改委'], deadline: '2023-06-30' },
    ]);
  });

  it('rejoins hard-wrapped lines, a clause cut over two lines included', () => {
    const lines = [
      '(一)加强耕地保护。严格落实耕地保护责任，健全耕地保护制',
      '度体系，坚决守住耕地保护红线。改进占补平衡管理方式，强',
      '化以补定占约束，稳定利用耕地净增加量作为下年度规模上限',
      '控制。坚持县域内自平衡为主，力争将补充耕地建成良田。加',
      '强退化耕地治理，持续整治大棚房。〔县自然资',
      '源局、县农业农村局按职责分工负责，各乡镇落实〕',
      '(二)优化粮食结构。推广大豆玉米复合种植，因地制宜发展特',
      '色小杂粮，扩大冬油菜播种面积，提升粮食综合生产能力水平。',
      '〔县农业农村局负责〕',
    ];
    expect(tasksOf(lines)).toEqual([
      { seq: '一', task: '加强耕地保护。', leads: ['县自然资源局', '县农业农村局', '各乡镇'], partners: [], deadline: null, line: 1 },
      { seq: '二', task: '优化粮食结构。', leads: ['县农业农村局'], partners: [], deadline: null, line: 7 },
    ]);
  });

  it('in hard-wrapped text a bracket still open runs on into its label, and a unit list broken after its 、 goes on', () => {
    const lines = [
      '1.提高流通管理效能。建立分工明确、权责统一、协调高效的流通管理体制',
      '，加快职能转变，健全部门协作机制，提高管理效能。完善商务行政管理体系，',
      '理顺区县商务部门职能，进一步加强商贸流通工作力量。（牵头单位：',
      '市商务局 责任单位：市编办、市发改委、各区县政府）',
      '2.加强市场体系建设。推进高标准市场体系建设，全面融入全国统一大市场，',
      '探索建设数字资产交易中心，深化数据要素创新应用。〔责任单位：省发',
      '展改革委、省市场监管局按职责分工负责〕',
      '3.落实过紧日子要求。严控三公经费和会议费、培训费，压减一般性支出，',
      '确保基层保工资、保运转、保基本民生支出。责任单位：县发改局、县财政局、',
      '县税务局、县农业农村局',
    ];
    expect(tasksOf(lines)).toEqual([
      { seq: '1', task: '提高流通管理效能。', leads: ['市商务局'], partners: ['市编办', '市发改委', '各区县政府'], deadline: null, line: 1 },
      { seq: '2', task: '加强市场体系建设。', leads: ['省发展改革委', '省市场监管局'], partners: [], deadline: null, line: 5 },
      { seq: '3', task: '落实过紧日子要求。', leads: ['县发改局', '县财政局', '县税务局', '县农业农村局'], partners: [], deadline: null, line: 8 },
    ]);
  });

  it('reads a number behind characters a scraper could not decode', () => {
    expect(tasksOf(['??1.推进政务公开。（责任单位：区政务办）'])).toMatchObject([{ seq: '1', leads: ['区政务办'] }]);
  });

  it('reads a label through pinyin a broken converter inserted, and keeps the text as written', () => {
    expect(tasksOf(['(一)開展法治宣傳活動。(責(zé)任單位:市法宣辦,各區(qū))'])).toMatchObject([{ seq: '一', leads: ['市法宣辦', '各區(qū)'] }]);
  });

  it('reads 2.2022年… as item 2, not a quantity', () => {
    expect(tasksOf(['2.2022年至2024年减征六税两费。（责任单位：市财政局、市税务局）'])).toMatchObject([
      { seq: '2', leads: ['市财政局', '市税务局'], deadline: '2024-12-31' },
    ]);
  });
});

describe('rules the document states', () => {
  it('首位单位为牵头单位，下同: the first unit leads, here and below', () => {
    const lines = [
      '1.稳定经济增长。（责任单位：县发改局（首位单位为牵头单位，下同）、县财政局、县统计局）',
      '2.扩大有效投资。（责任单位：县住建局、县交通局）',
    ];
    expect(tasksOf(lines)).toMatchObject([
      { leads: ['县发改局'], partners: ['县财政局', '县统计局'] },
      { leads: ['县住建局'], partners: ['县交通局'] },
    ]);
  });

  it('a rule in the body text governs the lists after it; without one, every unit leads', () => {
    expect(tasksOf(['1.扩大有效投资。（责任单位：县住建局、县交通局）'])).toMatchObject([{ leads: ['县住建局', '县交通局'], partners: [] }]);
    const lines = ['各项任务中排名第一的部门为牵头单位。', '1.扩大有效投资。（责任单位：县住建局、县交通局）'];
    expect(tasksOf(lines)).toMatchObject([{ leads: ['县住建局'], partners: ['县交通局'] }]);
  });
});

describe('responsibility lines', () => {
  it('a 牵头单位 line then a 责任单位 line give leads then partners, with or without a blank line', () => {
    const lines = ['（一）开展安全检查。全面排查隐患。', '牵头单位：县应急局', '', '责任单位：县住建局、县交通局'];
    expect(tasksOf(lines)).toMatchObject([{ task: '开展安全检查。', leads: ['县应急局'], partners: ['县住建局', '县交通局'] }]);
  });

  it('a time label in the clause is a deadline cell: 全年 is the document year', () => {
    expect(tasksOf(['1.深入学习法治思想。（责任科室：普法科，完成时限：贯穿全年）'])).toMatchObject([{ leads: ['普法科'], deadline: '2023-12-31' }]);
  });
});

describe('a heading that names the lead of the items under it', () => {
  it('items with no clause of their own take the units of a `…牵头工作（N项）` heading', () => {
    expect(tasksOf([
      '一、县农业农村局牵头工作（2项）',
      '1.建设高标准农田两万亩。',
      '2.培育家庭农场三十家。新增省级示范场两家。',
      '二、县交通运输局牵头的重点任务',
      '1.改造农村公路五十公里。（县交通运输局牵头，县财政局配合）',
    ])).toEqual([
      { seq: '1', task: '建设高标准农田两万亩。', leads: ['县农业农村局'], partners: [], deadline: null, line: 2 },
      { seq: '2', task: '培育家庭农场三十家。', leads: ['县农业农村局'], partners: [], deadline: null, line: 3 },
      { seq: '1', task: '改造农村公路五十公里。', leads: ['县交通运输局'], partners: ['县财政局'], deadline: null, line: 5 },
    ]);
  });

  it('`（二）省审计厅牵头的工作`: its own text is the task when no numbered item stands under it; a partner line after an item adds partners', () => {
    expect(tasksOf([
      '一、某某省长负责的工作',
      '（一）省监察厅牵头的工作',
      '加强行政监察工作，落实党风廉政建设责任制。',
      '（二）省审计厅牵头的工作',
      '全面加强审计工作。',
      '协同单位：省直各部门和各市人民政府。',
      '（三）省编办牵头的工作',
      '1.深化行政管理体制改革。',
      '2.推进乡镇机构改革。',
      '协同单位：省财政厅、省人事厅。',
    ])).toEqual([
      { seq: '一', task: '加强行政监察工作，落实党风廉政建设责任制。', leads: ['省监察厅'], partners: [], deadline: null, line: 3 },
      { seq: '二', task: '全面加强审计工作。', leads: ['省审计厅'], partners: ['省直各部门', '各市人民政府'], deadline: null, line: 5 },
      { seq: '1', task: '深化行政管理体制改革。', leads: ['省编办'], partners: [], deadline: null, line: 8 },
      { seq: '2', task: '推进乡镇机构改革。', leads: ['省编办'], partners: ['省财政厅', '省人事厅'], deadline: null, line: 9 },
    ]);
  });

  it('an unnumbered line of sentences each closed by its own role bracket: one task a sentence, under the heading above', () => {
    expect(tasksOf([
      '（一）主要目标。',
      '1.主要指标的责任部门。',
      '常住人口控制在300万人左右。（区卫健委、区公安分局牵头）单位产值能耗降低15%。（区发改委牵头）用水总量控制在规定范围内。',
      '（区水务局牵头）主要污染物排放总量减少10%。（区环保局牵头）绿化覆盖率达到40%以上。（区园林',
    ])).toEqual([
      { seq: null, task: '常住人口控制在300万人左右。', leads: ['区卫健委', '区公安分局'], partners: [], deadline: null, line: 3 },
      { seq: null, task: '单位产值能耗降低15%。', leads: ['区发改委'], partners: [], deadline: null, line: 3 },
      // The bracket opening the next line closes the sentence this one ended with.
      { seq: null, task: '用水总量控制在规定范围内。', leads: ['区水务局'], partners: [], deadline: null, line: 3 },
      // …and the last sentence, its bracket cut inside its lead, is no task.
      { seq: null, task: '主要污染物排放总量减少10%。', leads: ['区环保局'], partners: [], deadline: null, line: 4 },
    ]);
  });

  it('a numbered item whose sentences carry brackets: one task a bracket, the first keeping the item\'s number', () => {
    expect(tasksOf(['1.加强监管。（区市场监管局负责）推进信用建设。（区发改委牵头，区财政局参与）'])).toEqual([
      { seq: '1', task: '加强监管。', leads: ['区市场监管局'], partners: [], deadline: null, line: 1 },
      { seq: null, task: '推进信用建设。', leads: ['区发改委'], partners: ['区财政局'], deadline: null, line: 1 },
    ]);
    // One bracket among sentences: one item.
    expect(tasksOf(['1.加强监管。推进信用建设。（区发改委牵头，区财政局参与）']).map((t) => t.seq)).toEqual(['1']);
  });

  it('a labelled paragraph of the item\'s own text after its clause (`任务目标：…`) is its content, and gives its due date; glued after the units too', () => {
    const items = tasksOf([
      '一、城区雨污管网分流改造项目',
      '牵头领导：张三',
      '牵头单位：县城管局',
      '责任单位：县水务公司',
      '任务目标：2024年度计划对城区20个排水单元进行改造。',
      '二、老旧小区改造项目',
      '牵头单位：县住建局',
      '责任单位：城关镇任务目标：2024年计划改造完成小区十个。',
    ], 2024);
    expect(items.map((t) => [t.task, t.leads, t.partners, t.deadline])).toEqual([
      ['城区雨污管网分流改造项目', ['县城管局'], ['县水务公司'], '2024-12-31'],
      ['老旧小区改造项目', ['县住建局'], ['城关镇'], '2024-12-31'],
    ]);
    // A plain paragraph after the clause is no content of the item.
    expect(detectTaskLists(paragraphs('1.推进城区改造。', '责任单位：县住建局', '全县共有小区三百个。'))[0]!.content).toBeNull();
  });

  it('a numbered label line of units (`3.组织单位：…`) under `1.活动时间` / `2.活动内容` closes the heading above: the heading is the task', () => {
    expect(tasksOf([
      '四、活动安排',
      '（一）开展安全生产警示教育周活动',
      '1.活动时间：6月1日至6月7日。',
      '2.活动内容：组织企业开展警示教育活动。',
      '3.组织单位：各乡镇人民政府，县直有关部门。',
      '（二）开展安全文化周系列活动',
      '1.活动时间：6月8日至6月14日。',
      '2.活动内容：举办征文活动。',
      '3.组织单位：县总工会。参加单位：县应急局、县教育局。',
    ], null).map((t) => [t.seq, t.task, t.leads, t.partners])).toEqual([
      ['一', '开展安全生产警示教育周活动', ['各乡镇人民政府', '县直有关部门'], []],
      ['二', '开展安全文化周系列活动', ['县总工会'], ['县应急局', '县教育局']],
    ]);
  });

  it('a role bracket that closes its sentence mid-item (`…天然气（A局牵头；B镇、县工业园落实）。推进…`) names the item\'s units, whatever the page\'s end cuts after it', () => {
    expect(tasksOf(['1.推进清洁能源替代。鼓励生物天然气利用（县发改局牵头；各乡镇人民政府、县工业园落实）。推进天然气管网建设，提高占比（县发']).map((t) => [t.seq, t.task, t.leads, t.partners])).toEqual([
      ['1', '推进清洁能源替代。', ['县发改局'], ['各乡镇人民政府', '县工业园']],
    ]);
  });

  it('a label with the other noun its units may be (`牵头科室（单位）：`) is the label', () => {
    expect(tasksOf(['1.加快科技资源统筹中心建设。', '责任领导：张三', '牵头科室（单位）：计划科、统筹中心基建办', '完成时限：2018年12月']).map((t) => [t.leads, t.deadline])).toEqual([
      [['计划科', '统筹中心基建办'], '2018-12-31'],
    ]);
  });

  it('`责任单位及责任人：…主要领导`: the units, not their leaders', () => {
    expect(tasksOf(['一、消防站点建设', '1.2009年底前，完成特勤消防中队建设。', '责任单位及责任人：呈贡县政府、市发改委、市公安消防支队主要领导。', '2.2009年底前，完成盘龙消防中队建设。', '责任单位及责任人：盘龙区政府主要领导。'], 2009).map((t) => [t.seq, t.leads, t.deadline])).toEqual([
      ['1', ['呈贡县政府', '市发改委', '市公安消防支队'], '2009-12-31'],
      ['2', ['盘龙区政府'], '2009-12-31'],
    ]);
  });

  it('a stated time limit is the item\'s deadline, whatever dates its text names; one that names no date is unspecified', () => {
    const [item] = buildListTasks(detectTaskLists(paragraphs('一、督察意见：到2020年底前城市黑臭水体基本消除，但进展滞后。', '责任单位：市住建局', '整改时限：已完成整改')), new DeadlineResolver({ year: 2019 }));
    expect(item!.deadline).toMatchObject({ kind: 'unspecified', text: '已完成整改' });
    const [dated] = buildListTasks(detectTaskLists(paragraphs('1.推进黑臭水体整治，到2020年底前基本消除。', '责任单位：市住建局', '完成时限：2019年6月底前')), new DeadlineResolver({ year: 2019 }));
    expect(dated!.deadline?.end).toBe('2019-06-30');
  });

  it('`1。` (a full-width full stop) after a line\'s first number numbers the item; inside a line it does not', () => {
    expect(tasksOf(['总体要求和主要预期目标', '1。完成年度目标任务。（市政府各部门分别负责）', '2。稳定就业，城镇新增就业人数增长3。（市人社局负责）']).map((t) => [t.seq, t.task, t.leads])).toEqual([
      ['1', '完成年度目标任务。', ['市政府各部门']],
      ['2', '稳定就业，城镇新增就业人数增长3。', ['市人社局']],
    ]);
  });

  it('an item whose own clause names its lead keeps it', () => {
    expect(tasksOf(['（一）省编办牵头的工作', '1.推进乡镇机构改革。', '牵头单位：省人事厅；协同单位：省财政厅。']).map((t) => [t.leads, t.partners])).toEqual([[['省人事厅'], ['省财政厅']]]);
  });

  it('a heading naming a person, or no role word, leads nothing', () => {
    expect(tasksOf(['一、张某某副县长牵头工作', '1.建设高标准农田两万亩。', '二、农业农村工作', '1.培育家庭农场三十家。'])).toEqual([]);
  });

  it('an item keeps its path and body under the heading', () => {
    const items = detectTaskLists(paragraphs('一、区发改局牵头工作（1项）', '1.推进重大项目建设。', '全年完成投资十亿元。'));
    expect(items).toMatchObject([{ path: ['一、区发改局牵头工作（1项）'], task: '推进重大项目建设。', content: '全年完成投资十亿元。', responsibility: '区发改局牵头' }]);
  });
});

describe('item numbers and stated rules of more editors', () => {
  it('the small full stop ﹒ after an item number numbers the item', () => {
    expect(tasksOf(['一、主要目标', '1﹒地区生产总值增长6%。', '牵头单位：区发改局。', '2﹒一般公共预算收入增长5%。', '牵头单位：区财政局。'])).toMatchObject([
      { seq: '1', task: '地区生产总值增长6%。', leads: ['区发改局'] },
      { seq: '2', task: '一般公共预算收入增长5%。', leads: ['区财政局'] },
    ]);
  });

  it('a rule stated among the units of a bracket (…，排名第一位为牵头单位，下同) makes it a clause, and its first unit leads', () => {
    expect(tasksOf(['（一）健全管理体制。建立县统筹的管理体制。(县教育局,县委农办,各乡镇人民政府,排名第一位为牵头单位,下同)', '（二）扩大普惠资源。新建公办幼儿园五所。(县教育局,县财政局)'])).toMatchObject([
      { task: '健全管理体制。', leads: ['县教育局'], partners: ['县委农办', '各乡镇人民政府'] },
      { task: '扩大普惠资源。', leads: ['县教育局'], partners: ['县财政局'] },
    ]);
  });

  it('按照职责分工负责 is a role word, and a rule after the bracket’s full stop applies', () => {
    expect(tasksOf(['（一）促进就业联动。健全评估机制。(县发改局、县财政局等按照职责分工负责。列第一位者为牵头单位,下同)'])).toMatchObject([
      { task: '促进就业联动。', leads: ['县发改局'], partners: ['县财政局'] },
    ]);
  });
});

describe('responsibility lines with persons and co-responsible units', () => {
  it('a person line before the unit lines is part of the clause; 共同责任单位 lists partners', () => {
    const items = detectTaskLists(paragraphs('1.地区生产总值增长6%。', '牵头负责领导：张某。', '牵头责任单位：区发改局。', '协同责任单位：区财政局。', '2.新建幼儿园两所。(牵头单位:区教育局;共同责任单位:区财政局、各镇街)'));
    expect(items.map((i) => i.content)).toEqual([null, null]);
    expect(tasksOf(['1.地区生产总值增长6%。', '牵头负责领导：张某。', '牵头责任单位：区发改局。', '协同责任单位：区财政局。', '2.新建幼儿园两所。(牵头单位:区教育局;共同责任单位:区财政局、各镇街)'])).toMatchObject([
      { task: '地区生产总值增长6%。', leads: ['区发改局'], partners: ['区财政局'] },
      { task: '新建幼儿园两所。', leads: ['区教育局'], partners: ['区财政局', '各镇街'] },
    ]);
  });
});

describe('a line that says who does the item above it', () => {
  it('整改要求：由…负责…: the units after 由 lead (a qualifier ending in 单位 dropped, a phrase of manner before 由 allowed)', () => {
    expect(tasksOf([
      '1、河边堤岸沿线有垃圾死角。', '整改要求：由县环卫站负责清除上述垃圾死角。',
      '2、围墙上有野广告。', '整改要求：由包片单位县气象局负责清除。',
      '3、沿线商户出店经营。', '整改要求：按照先劝阻、再处罚的要求，由沿线包片单位县委党校、县交通局负责劝导。',
    ])).toMatchObject([
      { seq: '1', task: '河边堤岸沿线有垃圾死角。', leads: ['县环卫站'] },
      { seq: '2', task: '围墙上有野广告。', leads: ['县气象局'] },
      { seq: '3', task: '沿线商户出店经营。', leads: ['县委党校', '县交通局'] },
    ]);
  });

  it('a 由…负责 deep inside a sentence, or naming no unit, makes no clause', () => {
    expect(tasksOf(['1、加强河道管理。', '各地要建立长效机制，日常巡查工作原则上由各村自行安排专人负责。', '2、由群众负责监督。'])).toEqual([]);
  });
});

describe('role words against stated rules, notes and converter pinyin', () => {
  it('分别牵头 leads every unit before it, even where a first-unit rule is in force', () => {
    expect(tasksOf(['各项工作责任单位中，排名第一的为牵头单位。', '1.城乡居民收入稳步增长。', '责任单位：市人社局、市农业农村局分别牵头', '2.固定资产投资增长10%。', '责任单位：市发改委、市财政局'])).toMatchObject([
      { task: '城乡居民收入稳步增长。', leads: ['市人社局', '市农业农村局'], partners: [] },
      { task: '固定资产投资增长10%。', leads: ['市发改委'], partners: ['市财政局'] },
    ]);
  });

  it('a bracket whose units end at a full stop before a note, with converter pinyin inside a name, names its units', () => {
    expect(tasksOf(['1.健全服務清單制度。發布服務清單。(市民政局牽頭,各區(qū)、市政府負(fù)責(zé)落實(shí)。以下各項工作均需各區、市政府負責落實,不再一一列出。)'])).toMatchObject([
      { task: '健全服務清單制度。', leads: ['市民政局'] },
    ]);
  });
});

describe('more labels of real lists', () => {
  it('two persons’ labels before the unit label; a 时限要求 line gives the deadline', () => {
    expect(tasksOf(['1.建设区域性金融中心。', '(牵头领导:张某,责任秘书长:李某,责任单位:市金融办、市发改委)', '2.推进数字政府建设。', '责任单位：市大数据局', '时限要求：持续推进'])).toMatchObject([
      { task: '建设区域性金融中心。', leads: ['市金融办', '市发改委'] },
      { task: '推进数字政府建设。', leads: ['市大数据局'] },
    ]);
    const [, second] = buildListTasks(detectTaskLists(paragraphs('1.建设区域性金融中心。', '(牵头领导:张某,责任秘书长:李某,责任单位:市金融办)', '2.推进数字政府建设。', '责任单位：市大数据局', '时限要求：持续推进')), new DeadlineResolver({ year: 2023 }));
    expect(second!.deadline).toMatchObject({ kind: 'ongoing' });
  });
});

describe('由…承办，…配合 after a heading', () => {
  it('the unit after 由 that 承办 leads, the ones 配合 after it are partners', () => {
    expect(tasksOf(['一、治理畜牧业产品污染', '由乡三农服务中心承办,乡畜牧站、卫生院、派出所配合。'])).toMatchObject([
      { seq: '一', task: '治理畜牧业产品污染', leads: ['乡三农服务中心'], partners: ['乡畜牧站', '卫生院', '派出所'] },
    ]);
  });

  it('a numbered item that opens with 由X负责，Y配合 names its units; one that opens with 由X牵头 alone is running text', () => {
    expect(tasksOf(['二、推进农产品质量提升', '（一）由县农业农村局负责，县市场监管局、县供销社配合，建设县级农产品检测中心一处。'])).toMatchObject([
      { seq: '一', leads: ['县农业农村局'], partners: ['县市场监管局', '县供销社'] },
    ]);
    expect(tasksOf(['12.由县发改局牵头，依据国家《产业目录》，制订本县淘汰类目录。（县发改局、县经信局牵头，县财政局配合）'])).toMatchObject([
      { seq: '12', leads: ['县发改局', '县经信局'], partners: ['县财政局'] },
    ]);
  });

  it('a heading\'s own bracket may say 由X牵头实施: the unit is X', () => {
    expect(tasksOf(['一、扩大有效投资（由县发改局牵头实施）', '谋划实施项目服务提升年行动。'])).toMatchObject([{ seq: '一', task: '扩大有效投资', leads: ['县发改局'] }]);
  });
});

describe('boxed labels', () => {
  it('a task\'s boxed labels name its units; a boxed info block of notes (【责任主体】 beside 【公开方式】, 【监督渠道】) names no task\'s', () => {
    expect(tasksOf(['一、重点任务', '1.推进政务服务一网通办。', '【责任单位】区政务服务局', '【完成时限】2023年底前', '【工作要求】按月报送进展。'])).toEqual([
      { seq: '1', task: '推进政务服务一网通办。', leads: ['区政务服务局'], partners: [], deadline: '2023-12-31', line: 2 },
    ]);
    expect(tasksOf(['第一部分 概述', '一、主要依据', '1.《政府信息公开条例》', '二、责任主体、公开时限、方式和监督渠道', '【责任主体】某镇人民政府', '【公开时限】信息形成之日起20个工作日内', '【公开方式】政府网站主动公开', '【监督渠道】电话监督'])).toEqual([]);
  });
});

describe('field lines after an item', () => {
  it('persons\' lines between the unit and time labels are passed over; a stated time limit that names no date is still the deadline', () => {
    const tasks = tasksOf(['一、确保全年城镇新增就业10万人。', '分管领导:王某', '责任单位:就业促进办公室', '责 任 人:李 某', '联 系 人:张某', '完成时限:2010年底前',
      '二、继续实施农村劳动力技能培训计划。', '分管领导:王某', '责任单位:农民工工作处', '责 任 人:吕某', '完成时限:2010年春节前'], 2010);
    expect(tasks.map((t) => [t.seq, t.leads, t.deadline])).toEqual([['一', ['就业促进办公室'], '2010-12-31'], ['二', ['农民工工作处'], null]]);
    const resolver = new DeadlineResolver({ year: 2010 });
    const [, second] = buildListTasks(detectTaskLists(paragraphs('一、确保全年城镇新增就业10万人。', '责任单位:就业促进办公室', '完成时限:2010年底前', '二、继续实施农村劳动力技能培训计划。', '责任单位:农民工工作处', '完成时限:2010年春节前')), resolver);
    expect(second!.deadline).toMatchObject({ text: '2010年春节前', kind: 'unspecified' });
  });
});

describe('a reference before the label in the bracket', () => {
  it('(第1389号。牵头单位：…；协办单位：…) names the units; converter pinyin in the reference does not hide them', () => {
    expect(tasksOf(['（一）重点督办的代表建议。', '2.关于加快邮政储蓄所建设的建议(第1389号。牵头单位:省邮政局;协办单位:某银监局,某市政府);'])).toMatchObject([
      { seq: '2', leads: ['省邮政局'], partners: ['某银监局', '某市政府'] },
    ]);
    expect(tasksOf(['2.關于簡化跨市報銷手續的建議(第20130334號(hào)。牽頭單位:省人力資源社會保障廳;協辦單位:省監察廳);'])).toMatchObject([
      { seq: '2', leads: ['省人力資源社會保障廳'], partners: ['省監察廳'] },
    ]);
  });
});

describe('a bracket whose units end at a full stop before a note (`〔…组织落实。以下均需…不再列出〕`)', () => {
  it('names its units; 组织落实 is a role word', () => {
    expect(tasksOf(['一、精准定位。识别本地特色产业。〔省发展改革委、省商务厅按职责分工负责;各市人民政府组织落实。以下均需各市人民政府负责,不再列出〕', '二、坚持规划引领。推进高质量发展。(省发展改革委按职责分工负责)'])).toMatchObject([
      { seq: '一', leads: ['省发展改革委', '省商务厅', '各市人民政府'], partners: [] },
      { seq: '二', leads: ['省发展改革委'], partners: [] },
    ]);
  });
});

describe('an item closed by a sentence of units and role words, no bracket', () => {
  it('`…。省水利厅牵头，省发改委、农垦总局等单位配合。` names its units; `总牵头` leads', () => {
    expect(tasksOf([
      '一、粮食产能工程',
      '任务分工：某副省长负责，省农委总牵头。',
      '1.水利化工程：新增节水灌溉面积200万亩。省水利厅牵头，省发改委、农垦总局等单位配合。',
    ])).toMatchObject([
      { seq: '一', leads: ['省农委'], partners: [] },
      { seq: '1', task: '水利化工程：新增节水灌溉面积200万亩。', leads: ['省水利厅'], partners: ['省发改委', '农垦总局'] },
    ]);
  });

  it('a last sentence of work is no clause (`…亲自抓、负总责，确保各项任务落到实处。`, `…由各部门负责落实。`)', () => {
    expect(tasksOf(['一、加强组织领导。各单位主要负责同志要亲自抓、负总责，确保各项任务落到实处。'])).toEqual([]);
    expect(tasksOf(['1.完善工作机制。建立联席会议制度，相关工作各部门配合推进实施。'])).toEqual([]);
  });
});

describe('a 数据提供单位 label', () => {
  it('names neither leads nor partners: the unit that supplies the figures reports on the target', () => {
    expect(tasksOf(['一、主要目标', '1.地区生产总值增长7%。(牵头领导:某某,牵头单位:市发改委,责任单位:市经信局,数据提供单位:市统计局)', '2.居民收入增长6%。(牵头单位:市人社局;数据提供单位:调查队)'])).toMatchObject([
      { seq: '1', leads: ['市发改委'], partners: ['市经信局'] },
      { seq: '2', leads: ['市人社局'], partners: [] },
    ]);
  });
});

describe('a due date inside the role bracket', () => {
  it('(各有关部门按职责分工负责，2018年3月底前完成) names its units; the date is the deadline', () => {
    expect(tasksOf(['（一）全面摸排风险。', '1.全面摸排风险。建立风险分布档案。(各有关部门按职责分工负责,2018年3月底前完成)', '2.加强高危化学品管控。(安全监管总局牵头,公安部、交通运输部等按职责分工负责,2018年3月底前完成)'], null)).toEqual([
      { seq: '1', task: '全面摸排风险。', leads: ['各有关部门'], partners: [], deadline: '2018-03-31', line: 2 },
      { seq: '2', task: '加强高危化学品管控。', leads: ['安全监管总局'], partners: ['公安部', '交通运输部'], deadline: '2018-03-31', line: 3 },
    ]);
  });
});

describe('a page kept as its beginning, cut inside the last item', () => {
  it('cut inside its leads, the last item is no task; cut inside its partners, it keeps its leads and the partners as written', () => {
    const before = '1.建设智慧农业示范园区。（牵头单位：县农业农村局；责任单位：县财政局）';
    expect(tasksOf([before, '2.推进高标准农田建设。（牵头单位：县农业农村局、县水']).map((t) => t.seq)).toEqual(['1']);
    expect(tasksOf([before, '2.推进高标准农田建设。(责任单位:县水利局、县自然资']).map((t) => t.seq)).toEqual(['1']);
    expect(tasksOf([before, '2.推进高标准农田建设。（牵头单位：县水利局；责任单位：县自然资']).slice(1)).toEqual([
      { seq: '2', task: '推进高标准农田建设。', leads: ['县水利局'], partners: ['县自然资'], deadline: null, line: 2 },
    ]);
    // Inside an open bracket the leads may go on, even after a whole name: cut.
    expect(tasksOf([before, '2.推进高标准农田建设。（牵头单位：县水利局、县自然资源局']).map((t) => t.seq)).toEqual(['1']);
    // The partner label begun, the leads are whole.
    expect(tasksOf([before, '2.推进高标准农田建设。（牵头单位：县水利局；责任单位：']).slice(1).map((t) => t.leads)).toEqual([['县水利局']]);
    // A label line that ends the text on a whole name may be the document's own end: it stands.
    expect(tasksOf([before, '2.推进高标准农田建设。', '责任单位：县水利局、县自然资源局']).slice(1).map((t) => t.leads)).toEqual([['县水利局', '县自然资源局']]);
    expect(tasksOf([before, '2.推进高标准农田建设。', '责任单位：县水利局、县自然资']).map((t) => t.seq)).toEqual(['1']);
    // Not at the text's end, a lead list is what it is.
    expect(tasksOf(['1.推进高标准农田建设。（牵头单位：县农业农村局、县水', before.replace('1.', '2.')]).map((t) => t.seq)).toEqual(['1', '2']);
  });

  it('cut inside the role word after its last unit (`…、县住建局按照职责分工负`), every unit is whole: the item stands', () => {
    const before = '1.建设智慧农业示范园区。（牵头单位：县农业农村局；责任单位：县财政局）';
    expect(tasksOf([before, '2.推进高标准农田建设。（县水利局、县自然资源局、县住建局按照职责分工负'])[1]).toMatchObject({ seq: '2', leads: ['县水利局', '县自然资源局', '县住建局'], partners: [] });
    expect(tasksOf([before, '2.推进高标准农田建设。（县水利局牵头，县财政局配'])[1]).toMatchObject({ leads: ['县水利局'], partners: ['县财政局'] });
    // Cut inside a name, it is not: `县住建` may go on.
    expect(tasksOf([before, '2.推进高标准农田建设。（县水利局、县自然资源局、县住建']).map((t) => t.seq)).toEqual(['1']);
  });

  it('cut after the catch-all closing the units (`〔省发改委、省数据局(省营商局)等牵`): the units are whole, the item stands', () => {
    const before = '三、出台降低成本举措。(省发改委牵头,省财政厅等按职责分工负责)';
    expect(tasksOf([before, '四、完善惠企政策。〔省发改委、省数据局(省营商局)等牵'])[1]).toMatchObject({ seq: '四', leads: ['省发改委', '省数据局(省营商局)'], partners: [] });
    // So does one cut inside a partner word after 等.
    expect(tasksOf([before, '四、完善惠企政策。〔省发改委、省数据局等配']).map((t) => t.seq)).toEqual(['三', '四']);
  });

  it('a label with nothing after it names no unit: the item is no task', () => {
    expect(tasksOf(['1.稳定粮食生产。', '部门分工：县农业农村局牵头，各乡镇配合。', '2.推进外贸稳增长。', '分管县领导：张三', '部门分工：']).map((t) => t.seq)).toEqual(['1']);
  });
});

describe('bullets', () => {
  it('a bullet followed by its clause is an item with no number; 主体责任 leads and 监督责任 names partners', () => {
    expect(tasksOf([
      '● 农贸市场存在乱堆乱放现象，下水道堵塞。',
      '(主体责任:某某村委会,监督责任:市市场监管局)',
      '◆ 建筑工地垃圾堆积，无人管理。',
      '（主体责任单位：某某公司；监督责任单位：市住建局）',
    ])).toEqual([
      { seq: null, task: '农贸市场存在乱堆乱放现象，下水道堵塞。', leads: ['某某村委会'], partners: ['市市场监管局'], deadline: null, line: 1 },
      { seq: null, task: '建筑工地垃圾堆积，无人管理。', leads: ['某某公司'], partners: ['市住建局'], deadline: null, line: 3 },
    ]);
  });

  it('bullets inside a numbered item\'s body stay its content', () => {
    const [t] = tasksOf(['1.开展市容整治。', '● 清理占道经营。', '● 整治乱停乱放。', '（责任单位：市城管局）', '2.开展环境卫生整治。', '（责任单位：市环卫处）']);
    expect(t).toMatchObject({ seq: '1', task: '开展市容整治。', leads: ['市城管局'] });
  });
});

describe('a 总牵头单位 label', () => {
  it('leads the heading it closes', () => {
    expect(tasksOf(['二、任务分工', '(一)构建公共法律服务体系(总牵头单位:县司法局)', '1.各单位要加强法律顾问工作。'])).toEqual([
      { seq: '一', task: '构建公共法律服务体系', leads: ['县司法局'], partners: [], deadline: null, line: 2 },
    ]);
  });
});

describe('unnumbered sub-headings', () => {
  const pathsOf = (lines: string[]) => buildListTasks(detectTaskLists(paragraphs(...lines)), new DeadlineResolver({ year: 2023 })).map((t) => [t.seq, t.path]);

  it('a short unnumbered line right above a numbered item heads the items below it, until the next such line', () => {
    expect(pathsOf([
      '(一)做强增长引擎',
      '加强基础设施建设',
      '1.启动外环高速公路建设。(牵头单位:区交通局)',
      '2.推进城区道路改造。(牵头单位:区住建局)',
      '——推进教育高质量发展',
      '3.新建公办幼儿园五所。(责任单位:区教育局)',
    ])).toEqual([
      ['1', ['(一)做强增长引擎', '加强基础设施建设']],
      ['2', ['(一)做强增长引擎', '加强基础设施建设']],
      ['3', ['(一)做强增长引擎', '——推进教育高质量发展']],
    ]);
  });

  it('a plan\'s title, a sentence or a line with a colon above the items is no sub-heading', () => {
    for (const above of ['某县2021年重点工作责任分解', '各单位要高度重视，抓好落实', '主要任务：']) {
      expect(pathsOf(['一、主要目标', above, '1.地区生产总值增长6%。(牵头单位:县发改局)'])).toEqual([['1', ['一、主要目标']]]);
    }
  });
});

describe('a heading whose clause closes its own line', () => {
  it('takes the intro before its sub-items as content (its due date too)', () => {
    const lines = [
      '一、强化科技创新（区科技局牵头）',
      '推进创新链产业链深度融合。2025年，力争研发投入强度达到3%。',
      '（一）加强科创平台建设。加快建设光电子研究院。',
      '（二）支持企业研发。落实研发费用加计扣除。',
      '二、扩大有效投资（区发改局牵头）',
      '（一）推进重大项目建设。',
    ];
    const tasks = tasksOf(lines);
    expect(tasks.map((t) => [t.seq, t.task, t.leads, t.deadline])).toEqual([
      ['一', '强化科技创新', ['区科技局'], '2025-12-31'],
      ['二', '扩大有效投资', ['区发改局'], null],
    ]);
    const built = buildListTasks(detectTaskLists(paragraphs(...lines)), new DeadlineResolver({ year: 2023 }));
    expect(built[0]!.content).toBe('推进创新链产业链深度融合。2025年，力争研发投入强度达到3%。');
  });

  it('a list item closed on its own line keeps a paragraph after it out of its content', () => {
    const tasks = buildListTasks(detectTaskLists(paragraphs('1.推进政务公开。（责任单位：区政府办）', '各单位要高度重视。', '2.深化放管服改革。（责任单位：区审批局）')), new DeadlineResolver({ year: 2023 }));
    expect(tasks.map((t) => t.content)).toEqual([null, null]);
  });
});

describe('a leader, then the units, opening the item\'s body', () => {
  it('`由某副市长负责，市发改委牵头，相关部门配合，…`: the units lead and partner, the leader is no unit', () => {
    expect(tasksOf([
      '1、设立综合配套改革试验区事宜',
      '由张某副市长负责，市发改委牵头，相关部门配合，尽快完成实施方案。',
      '2、城市轨道交通项目',
      '由李某副市长负责，市建设局牵头，尽快修改完善建设方案。',
    ]).map((t) => [t.seq, t.task, t.leads, t.partners])).toEqual([
      ['1', '设立综合配套改革试验区事宜', ['市发改委'], ['相关部门']],
      ['2', '城市轨道交通项目', ['市建设局'], []],
    ]);
  });
});

describe('a sentence on the next line that says who does the work', () => {
  it('`此项工作由A、B负责。` names the item\'s units; a sentence that names none is no clause', () => {
    expect(tasksOf([
      '（十三）推进中小企业节能减排。鼓励中小企业间资源循环利用。',
      '此项工作由市经信委、市发改委、市环保局负责。',
      '（十四）提高企业协作配套水平。鼓励大型企业开展协作。',
      '此项工作由市中小企业局牵头负责。',
      '（十五）引导中小企业集聚发展。',
      '此项工作由各地抓紧研究推进。',
    ]).map((t) => [t.seq, t.task, t.leads, t.partners])).toEqual([
      ['十三', '推进中小企业节能减排。', ['市经信委', '市发改委', '市环保局'], []],
      ['十四', '提高企业协作配套水平。', ['市中小企业局'], []],
    ]);
  });
});

describe('a note in brackets inside the clause', () => {
  it('`〔以下均需…〕` after the units is no unit; a page cut inside it keeps the units before it', () => {
    expect(tasksOf([
      '（一）加大税费减免力度。执行期限至2024年12月31日。（市财政局、市人社局等按职责分工负责；各市、区人民政府〔以下均需各市、区人民政府落实，不再列出〕）',
      '（二）加大稳岗支持。落实返还政策。（市人社局负责；各市、区人民政府〔以下均需各市、区人民政府，镇(',
    ]).map((t) => [t.seq, t.leads, t.deadline])).toEqual([
      ['一', ['市财政局', '市人社局', '各市人民政府', '各区人民政府'], '2024-12-31'],
      ['二', ['市人社局', '各市人民政府', '各区人民政府'], null],
    ]);
  });
});

describe('a page flattened into one line, its items glued after brackets of units', () => {
  it('`…【牵头单位:A;责任部门:B、区委组织部】(三)…`: the bracket closed on a unit\'s name ends the item, cut or not', () => {
    const line = '某区行动计划。一、加强领导(一)强化体系。建立工作体系。【牵头单位:区农业农村局;责任单位:区委农村工作领导小组成员单位】(二)落实责任体系。形成齐抓共管局面。【牵头单位:区农业农村局;责任部门:区委办、各街道(镇)】(三)加强机构队伍建设。加快推进机构组建。【牵头单位:区委编办;责任单位:区委组';
    expect(tasksOf([line]).map((t) => [t.seq, t.leads, t.partners])).toEqual([
      ['一', ['区农业农村局'], ['区委农村工作领导小组成员单位']],
      ['二', ['区农业农村局'], ['区委办', '各街道(镇)']],
      ['三', ['区委编办'], ['区委组']],
    ]);
  });
});

describe('a flattened page whose converter put a space before the number\'s stop (`2 .严厉…`)', () => {
  it('cuts the line before each `N .` as before `N.`', () => {
    const line = '三、工作任务 1 .开展违停整治专项行动，加大处罚力度。（责任单位：派出所）2 .严厉查处车辆超载行为。（牵头单位：规建办；责任单位：派出所、交通执法大队）3 .坚持开展环境卫生大扫除，及时清运垃圾。（牵头单位：乡村振兴办；责任单位：各村（社区））';
    expect(tasksOf([line]).map((t) => [t.seq, t.task, t.leads, t.partners])).toEqual([
      ['1', '开展违停整治专项行动，加大处罚力度。', ['派出所'], []],
      ['2', '严厉查处车辆超载行为。', ['规建办'], ['派出所', '交通执法大队']],
      ['3', '坚持开展环境卫生大扫除，及时清运垃圾。', ['乡村振兴办'], ['各村（社区）']],
    ]);
  });

  it('leaves a figure before a stop inside a sentence alone', () => {
    const tasks = tasksOf(['1.推进道路改造，完成 2 .5公里路段。（责任单位：区住建局）']);
    expect(tasks.map((t) => [t.seq, t.leads])).toEqual([['1', ['区住建局']]]);
  });

  it('cuts before `N . ` with a space after the stop too (a copy that spaces its tokens), and before a heading opening with its year', () => {
    const line = '现将有关事宜通知如下： 1 . 严格管控地方政府债务，切实保障“三保”支出。 责任单位：市财政局 2 . 强化县城综合承载能力。 牵头单位：市城镇化服务中心 责任单位：市发展改革委 二、2023年主要工作安排 （一）推进重点项目建设。（牵头单位：市发改局）';
    expect(tasksOf([line]).map((t) => [t.seq, t.task, t.leads, t.partners, t.deadline])).toEqual([
      ['1', '严格管控地方政府债务，切实保障“三保”支出。', ['市财政局'], [], null],
      ['2', '强化县城综合承载能力。', ['市城镇化服务中心'], ['市发展改革委'], null],
      ['一', '推进重点项目建设。', ['市发改局'], [], null],
    ]);
  });

  it('leaves `1 . 5` (a figure spaced out) alone', () => {
    const tasks = tasksOf(['1.推进道路改造，完成 1 . 5公里路段。（责任单位：区住建局）']);
    expect(tasks.map((t) => [t.seq, t.leads])).toEqual([['1', ['区住建局']]]);
  });
});

describe('an item number before a month (`10.9月中旬前…`)', () => {
  it('is the item\'s number, and the month its deadline; a quantity of months stays text', () => {
    const tasks = tasksOf(['9.8月底前完成摸底。（县民政局负责）', '10.9月中旬前完成招标。（县财政局负责）', '11.用2.5个月完成验收。（县住建局负责）']);
    expect(tasks.map((t) => [t.seq, t.task, t.deadline])).toEqual([
      ['9', '8月底前完成摸底。', '2023-08-31'],
      ['10', '9月中旬前完成招标。', '2023-09-20'],
      ['11', '用2.5个月完成验收。', null],
    ]);
  });
});

describe('several role brackets in one item, `分别负责落实` among them', () => {
  it('each sentence with its bracket is a task, its units those of its own bracket', () => {
    const item = '（一）做好重点领域信息公开。发布城市规划信息。(市规划局负责落实)推进区域协作信息公开。(市发展改革委、市教委分别负责落实)公开高速公路建设情况。(市交通委负责落实)';
    expect(tasksOf(['二、重点任务', item]).map((t) => [t.seq, t.leads])).toEqual([
      ['一', ['市规划局']],
      [null, ['市发展改革委', '市教委']],
      [null, ['市交通委']],
    ]);
  });
});

describe('a flattened page whose heading is glued to its first sub-item (`一、工作任务(一)深化…`)', () => {
  it('cuts after the heading, which heads the items', () => {
    const line = '一、工作任务(一)深化改革。加快推进体制改革。（区发改局牵头）(二)优化服务。提升服务水平。（区政务服务局负责）二、保障措施1.加强领导。成立工作专班。（区委办负责）';
    expect(tasksOf([line]).map((t) => [t.seq, t.task, t.leads])).toEqual([
      ['一', '深化改革。', ['区发改局']],
      ['二', '优化服务。', ['区政务服务局']],
      ['1', '加强领导。', ['区委办']],
    ]);
  });

  it('leaves a heading that runs on into a figure alone (`一、经济增长1.5%`)', () => {
    expect(tasksOf(['一、经济增长1.5%以上。（区发改局负责）']).map((t) => [t.seq, t.task])).toEqual([['一', '经济增长1.5%以上。']]);
  });
});
