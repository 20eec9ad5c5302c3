import { describe, expect, test } from 'vitest';
import { findDeadline } from '../../src/deadline/index.js';
import { type Expected, date, every, range, unspecified } from './cases.js';

type Case = [item: string, phrase: string | null, expected?: Expected];

/** List items of the gold (`../shared/gold/lists.gold.json`), cut to the part that matters, and the gold notes' rulings. */
const GOLD: Case[] = [
  // 002 l.68: 力争 dropped, 到 kept.
  ['有序推进城区地下综合管廊建设,提高事故应急处置效率,力争到2020年进一步织密一站多点、以点覆面的消防站网络。', '到2020年', date('2020-12-31', 'year')],
  ['进一步推进安全监管规范化、标准化、信息化,到2020年,实现全区安全生产监管执法人员持证上岗。', '到2020年', date('2020-12-31', 'year')],
  // 002 l.82: a document number that lost its 〕.
  ['严格落实《泉州台商投资区安全生产监督管理职责规定实施细则》(泉台委办〔201933号)履行安全生产监管职责。', null],
  // 004 l.227.
  ['企业要依法建立健全安全生产管理机构，明确技术负责人。到2021年底前，矿山、建筑施工、道路运输等企业要配备专职安全生产管理人员。', '到2021年底前', date('2021-12-31', 'year')],
  // 004 l.236: a standard's year first, an ongoing verb in the task.
  ['持续推进企业安全生产标准化建设。各类企业要按照《企业安全生产标准化基本规范》（GB/T 33000-2016）和行业专业标准化评定标准的要求，有效提升企业安全管理水平。2022年底前，矿山、建筑施工、道路运输企业达标。', '2022年底前', date('2022-12-31', 'year')],
  // 004 l.241: only a frequency.
  ['高危行业企业每年至少开展一次全面的安全风险辨识评估，并持续更新完善。', null],
  // 004 l.263 and l.269: document numbers and standards.
  ['按照《关于开展安全生产专项整治的通知》（泉台安委办〔2019〕54号）和上级部门要求，结合实际制定方案。', null],
  ['按照《安全生产责任保险实施办法》和《安全生产责任保险事故预防技术服务规范》（AQ 9010—2019），通过实施安全生产责任险，发挥保险机构参与风险评估的作用。', null],
  // 004 l.443: 在 dropped, the first of several milestones.
  ['按照《危险化学品企业安全风险隐患排查治理导则》，在2020年7月底前全面完成安全风险隐患自查工作；2020年底前要对安全风险评估等级为“红、橙”的企业进行复核；2022年底前涉及重大危险源的企业全面完成。', '2020年7月底前', date('2020-07-31', 'month')],
  // 004 l.451: 于 dropped; standards with years before.
  ['按照《危险化学品生产装置和储存设施风险基准》（GB36894-2018）和《危险化学品生产装置和储存设施外部安全防护距离确定方法》（GB/T37243-2019）等标准规范确定外部安全防护距离，在采取尽可能消减安全风险措施的基础上于2022年底前完成。', '2022年底前', date('2022-12-31', 'year')],
  // 004 l.463: a frequency before the dated phrase.
  ['每年至少要对化工和危险化学品企业主要负责人集中开展一次安全生产警示教育。严格落实岗位人员培训标准离岗培训，2021年底安排10%以上重点岗位职工完成职业技能晋级培训，2022年底前从业人员中取得职业资格证书的比例达到30%。', '2021年底', date('2021-12-31', 'year')],
  // 004 l.1312: 2020年底前未完成…的 still counts.
  ['要组织公共建筑以及新建住宅小区的管理使用单位，按标准对消防车通道划线管理，确保消防车通道畅通。2020年底前未完成相关工作的，实行政府挂牌督办。', '2020年底前', date('2020-12-31', 'year')],
  // 004 l.1316: a bare year as the target.
  ['推进城市更新和城镇老旧小区改造，2020年，制定实施“一城一策、一区一策”治理方案。', '2020年', date('2020-12-31', 'year')],
  // 004 l.1338: 每季度 and 每半年 before the dated phrase.
  ['建立商业综合体设施、餐饮场所、重点部位每季度消防安全检查评估制度，每半年组织消防演练。2022年，大型商业综合体消防安全管理水平全面提升。', '2022年', date('2022-12-31', 'year')],
  // 004 l.1350: 2020年前.
  ['健全完善“三合一”整治长效机制，完善督办、责任追究等工作机制。2020年前，出台我区“三合一”场所消防安全管理规定。', '2020年前', date('2020-12-31', 'year')],
  // 004 l.1354: 月份前.
  ['对照规定逐户排查，督促整改验收。2020年7月份前，完成全乡群租房摸底排查工作。2022年前整改消除一批群租房突出隐患问题。', '2020年7月份前', date('2020-07-31', 'month')],
  // 004 l.1358: 2020年起，每年… is a frequency; the dated phrase is 2022年.
  ['有效改善消防安全条件。2020年起，每年将消防突出风险治理列入实事工程、民生工程，每年督办整改一批突出火灾隐患问题。2022年，以乡镇为单位，老旧场所基本消除。', '2022年', date('2022-12-31', 'year')],
  // 004 l.1376.
  ['至少每半年开展一次大型消防安全宣传教育活动，定期举办专题培训。2020年12月底前，针对农村分散供养特困人员开展一次全面排查。', '2020年12月底前', date('2020-12-31', 'month')],
  // 004 l.1382: a bare year followed by a verb.
  ['教育、民政、文旅、卫健、民宗、文物等重点行业部门，2020年结合全乡大排查大整治工作，开展行业消防安全专项整治。', '2020年', date('2020-12-31', 'year')],
  // 004 l.1392: only a frequency.
  ['将数字台商发展规划，列入数字台商每年年度工作要点。', null],
  // 004 l.2347: only a period after an event.
  ['严格建设项目安全设施“三同时”制度，初步设计批准30日内报送审查。', null],
  // 004 l.2674.
  ['严厉查处加高栏板、改变密闭装置等突出现象，到2022年基本消除渣土车非法改装等违法违规行为。', '到2022年', date('2022-12-31', 'year')],
  // 002 l.58: a bare year at the start of the item.
  ['2020年,安全发展结构明显优化,生产安全事故指数明显下降。', '2020年', date('2020-12-31', 'year')],
];

const MORE: Case[] = [
  ['《2020年安全生产工作要点》明确，要持续推进专项整治。', null],
  ['依据《安全生产法》（2021年修订）开展执法。', null],
  ['2020年起，每年组织一次演练。', null],
  ['2019年以来，全区未发生较大事故。', null],
  ['利用三年时间，基本完成整治。', null],
  ['三年内完成全部改造。', null],
  ['各乡镇要常态化开展检查，持续推进隐患整改。', null],
  ['每季度末月25日前报送统计表。', '每季度末月25日前', every('quarter')],
  // No document year: the due phrase is found, and left unspecified (never a guess from today).
  ['6月底前完成摸底排查。', '6月底前', unspecified()],
  ['年底前完成整改。', '年底前', unspecified()],
  ['2020年至2022年，火灾总量逐年下降。', '2020年至2022年', range('2020-01-01', '2022-12-31', 'year')],
  ['（二）组织实施(2020年6月至12月)。组织开展学习活动。', '2020年6月至12月', range('2020-06-01', '2020-12-31', 'month')],
  ['第二阶段:全面实施推进阶段(201971—20206月底)。', '201971—20206月底', range('2019-07-01', '2020-06-30', 'day')],
  ['第一阶段:强化宣传发动阶段(20196月底)。', '20196月底', date('2019-06-30', 'month')],
  ['深化危险化学品专项整治。2020930日前完成重点企业安全评估。', '2020930日前', date('2020-09-30', 'day')],
  ['力争2021年第三季度完成验收。', '2021年第三季度', date('2021-09-30', 'quarter')],
  ['2021年上半年，完成平台建设。', '2021年上半年', date('2021-06-30', 'half')],
  ['到2021年底前，各类企業要建立起完善的安全風險管控制度。', '到2021年底前', date('2021-12-31', 'year')],
  ['于２０２２年底前全面完成。', '２０２２年底前', date('2022-12-31', 'year')],
  ['2020年\n6月底前完成。', '2020年6月底前', date('2020-06-30', 'month')],
  ['2021年2月30日前完成，2022年底前验收。', '2022年底前', date('2022-12-31', 'year')],
  ['本方案自2020年起草，2021年6月底前印发。', '2021年6月底前', date('2021-06-30', 'month')],
  ['', null],
];

function check(item: string, phrase: string | null, expected?: Expected, year: number | null = null): void {
  const got = findDeadline(item, { year });
  if (phrase === null) expect(got).toBeNull();
  else expect(got).toEqual({ text: phrase, ...expected });
}

describe('findDeadline', () => {
  test.each(GOLD)('gold: %j', (item, phrase, expected) => check(item, phrase, expected));
  test.each(MORE)('%j', (item, phrase, expected) => check(item, phrase, expected));
  test('a due phrase without a year takes the document year, and is unspecified without one', () => {
    check('6月底前完成摸底排查。', '6月底前', date('2020-06-30', 'month'), 2020);
    check('年底前完成整改。', '年底前', date('2020-12-31', 'year'), 2020);
    check('三季度末前建成平台。', '三季度末前', date('2020-09-30', 'quarter'), 2020);
    check('上半年完成摸排。', '上半年', date('2020-06-30', 'half'), 2020);
    check('年内完成全部整改。', '年内', date('2020-12-31', 'year'), 2020);
    check('9月中旬前完成招标。', '9月中旬前', date('2020-09-20', 'day'), 2020);
    // A five-year plan's end is a due date.
    check('“十三五”末三级以上县道比重稳步提升。', '“十三五”末', date('2020-12-31', 'year'), 2017);
    // Times within the year are a frequency of work, not a due date.
    check('严格落实集体学法制度，年内分别组织 2 次以上法治专题讲座。', null, undefined, 2020);
    check('第一季度完成部署。', '第一季度', date('2020-03-31', 'quarter'), 2020);
    check('6月底前完成摸底排查。', '6月底前', unspecified());
  });
  test('a yearless phrase that opens a clause, whatever the verb after it, takes the document year', () => {
    check('3月召开会议，部署工作。', '3月', date('2020-03-31', 'month'), 2020);
    check('9月底前修订完善应急预案。', '9月底前', date('2020-09-30', 'month'), 2020);
    check('二季度完成验收工作。', '二季度', date('2020-06-30', 'quarter'), 2020);
    check('6月组织开展专项检查。', '6月', date('2020-06-30', 'month'), 2020);
  });
  test('a yearless month inside a phrase of its own is no deadline', () => {
    check('总结3月份的工作经验。', null, undefined, 2020);
    check('自3月起开展检查。', null, undefined, 2020);
    check('持续推进各项工作。', null, undefined, 2020);
  });
  test('a recurring due day is recurring; a bare frequency and 全年 in running text are no deadline', () => {
    expect(findDeadline('每月3日前报送数据。', { year: 2020 })).toMatchObject({ kind: 'recurring', every: 'month' });
    expect(findDeadline('每年的1月30日前报送上年度总结。', { year: 2020 })).toMatchObject({ kind: 'recurring', every: 'year' });
    expect(findDeadline('每季度末25日前报送进展。', { year: 2020 })).toMatchObject({ kind: 'recurring', every: 'quarter' });
    check('每年至少开展一次应急演练。', null, undefined, 2020);
    check('全年实现零事故。', null, undefined, 2020);
    check('批准30日内办结。', null, undefined, 2020);
  });
  test('a bare year is a due date only as a target', () => {
    check('到2025年，建成体系。', '到2025年', date('2025-12-31', 'year'));
    check('2022年对小微企业减免税费。', '2022年', date('2022-12-31', 'year'));
    check('制定2024年度学习计划。', null);
    check('出台2022年“智改数转”工作推进方案。', null);
    // The year's plan for the work that follows is a target; a plan's name is not.
    check('任务目标：2024年度计划对城区20个排水单元进行雨污分流改造。', '2024年度', date('2024-12-31', 'year'));
    check('2024年计划改造完成老旧小区十万平方米。', '2024年', date('2024-12-31', 'year'));
    check('印发2024年计划的通知。', null);
    check('制定2024年计划。', null);
    // An edition in brackets (`（2019年本）`) is no due date.
    check('严格执行《产业结构调整指导目录》（2019年本），淘汰落后产能。', null);
    check('按不高于2017年标准征收，实施期限至2022年12月31日。', '2022年12月31日', date('2022-12-31', 'day'));
  });
  test('relative years count from the document year; unspecified without one', () => {
    check('明年12月底前完成。', '明年12月底前', date('2021-12-31', 'month'), 2020);
    check('今年6月底前完成。', '今年6月底前', date('2020-06-30', 'month'), 2020);
    check('明年12月底前完成。', '明年12月底前', unspecified());
    // This year and the next: a range over both.
    check('加快干线公路建设，今明两年投资270亿元。', '今明两年', range('2020-01-01', '2021-12-31', 'year'), 2020);
    check('加快干线公路建设，今明兩年投資270億元。', '今明兩年', unspecified());
  });
  test('a day range and a scraped range are ranges', () => {
    expect(findDeadline('2024年1月17日至19日举办培训。')).toMatchObject({ kind: 'range', start: '2024-01-17', end: '2024-01-19', precision: 'day' });
    expect(findDeadline('2021101—20226月底完成整治。')).toMatchObject({ kind: 'range', start: '2021-10-01', end: '2022-06-30' });
  });
});
