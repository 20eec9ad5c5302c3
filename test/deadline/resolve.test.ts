import { describe, expect, test } from 'vitest';
import { resolveDeadline } from '../../src/deadline/index.js';
import { delegatesToChrono } from '../../src/deadline/parsers/YearMonthDayParser.js';
import { type Expected, date, every, multiple, ongoing, range, unspecified } from './cases.js';

type Case = [text: string, expected: Expected];

/** Every row of the spec's deadline table (`../shared/spec/tasks.md`). */
const SPEC: Case[] = [
  ['2018', date('2018-12-31', 'year')],
  ['2018年', date('2018-12-31', 'year')],
  ['2018年底', date('2018-12-31', 'year')],
  ['2018年底前', date('2018-12-31', 'year')],
  ['到2018年底', date('2018-12-31', 'year')],
  ['2018年前', date('2018-12-31', 'year')],
  ['2018年内', date('2018-12-31', 'year')],
  ['2020年6月', date('2020-06-30', 'month')],
  ['2020年6月底前', date('2020-06-30', 'month')],
  ['2020年6月前', date('2020-06-30', 'month')],
  ['2020年6月份', date('2020-06-30', 'month')],
  ['2020年6月22日', date('2020-06-22', 'day')],
  ['2020年6月22日前', date('2020-06-22', 'day')],
  ['2020年上半年', date('2020-06-30', 'half')],
  ['2020年下半年', date('2020-12-31', 'half')],
  ['2020年第三季度', date('2020-09-30', 'quarter')],
  ['2020年三季度末', date('2020-09-30', 'quarter')],
  ['2020-2022年', range('2020-01-01', '2022-12-31', 'year')],
  ['2020年-2022年', range('2020-01-01', '2022-12-31', 'year')],
  ['2020年至2022年', range('2020-01-01', '2022-12-31', 'year')],
  ['2020—2022年', range('2020-01-01', '2022-12-31', 'year')],
  ['2020年7月至12月', range('2020-07-01', '2020-12-31', 'month')],
  ['2020年7月-2020年底', range('2020-07-01', '2020-12-31', 'month')],
  ['每年', every('year')],
  ['每年度', every('year')],
  ['每年初', every('year')],
  ['每季度', every('quarter')],
  ['季度开展', every('quarter')],
  ['每季度末24日前', every('quarter')],
  ['每月', every('month')],
  ['每半年', every('half')],
  ['长期', ongoing()],
  ['长期坚持', ongoing()],
  ['持续推进', ongoing()],
  ['工作中落实', ongoing()],
  ['日常工作', ongoing()],
  ['常态化', ongoing()],
  ['适时推进', ongoing()],
  ['2020年底前形成，并持续强化', date('2020-12-31', 'year', true)],
  ['2021年底前完成，并滚动更新', date('2021-12-31', 'year', true)],
  ['2021年、2022年12月28日前', multiple('2022-12-28', 'day')],
  ['按照上级规定时限', unspecified()],
  ['', unspecified()],
  // The spec's prose below the table.
  ['20196月底', date('2019-06-30', 'month')],
  ['201971—20206月底', range('2019-07-01', '2020-06-30', 'day')],
  ['2019619', date('2019-06-19', 'day')],
  ['每年的130日前', every('year')],
  // 年 and 月 both lost: the trailing 日 still marks a day.
  ['2020930日前', date('2020-09-30', 'day')],
  ['201912日', unspecified()],
  // Due at an event whose day the text does not give.
  ['2024年春节前', unspecified()],
  ['2023年汛前', unspecified()],
];

/** Every distinct deadline cell of the gold tables not already above (the gold notes' rulings included). */
const GOLD_TABLES: Case[] = [
  ['2015', date('2015-12-31', 'year')],
  ['2016', date('2016-12-31', 'year')],
  ['2017', date('2017-12-31', 'year')],
  ['2019年', date('2019-12-31', 'year')],
  ['2020年', date('2020-12-31', 'year')],
  ['2020年10月底前', date('2020-10-31', 'month')],
  ['2020年11月底前', date('2020-11-30', 'month')],
  ['2020年12月', date('2020-12-31', 'month')],
  ['2020年12月底前', date('2020-12-31', 'month')],
  ['2020年6月25日', date('2020-06-25', 'day')],
  ['2020年7月前', date('2020-07-31', 'month')],
  ['2020年7月底前', date('2020-07-31', 'month')],
  ['2020年8月', date('2020-08-31', 'month')],
  ['2020年8月底前', date('2020-08-31', 'month')],
  ['2020年9月底前', date('2020-09-30', 'month')],
  ['2020年底', date('2020-12-31', 'year')],
  ['2020年底前', date('2020-12-31', 'year')],
  ['2020年至2021年', range('2020-01-01', '2021-12-31', 'year')],
  ['2021年', date('2021-12-31', 'year')],
  ['2021年-2022年', range('2021-01-01', '2022-12-31', 'year')],
  ['2021年12月', date('2021-12-31', 'month')],
  ['2021年12月底前', date('2021-12-31', 'month')],
  ['2021年6月底前', date('2021-06-30', 'month')],
  ['2021年底', date('2021-12-31', 'year')],
  ['2021年底前', date('2021-12-31', 'year')],
  ['2022年', date('2022-12-31', 'year')],
  ['2022年10月', date('2022-10-31', 'month')],
  ['2022年10月底前', date('2022-10-31', 'month')],
  ['2022年12月', date('2022-12-31', 'month')],
  ['2022年12月底前', date('2022-12-31', 'month')],
  ['2022年6月底前', date('2022-06-30', 'month')],
  ['2022年前', date('2022-12-31', 'year')],
  ['2022年底', date('2022-12-31', 'year')],
  ['2022年底前', date('2022-12-31', 'year')],
  ['长期创建', ongoing()],
  ['根据国家、省、市修订完善预案及我区机构改革完成后，立即对防火应急预案进行修订', unspecified()],
];

const MORE: Case[] = [
  // Scraped text that lost 年/月/日.
  ['20207月-2020年底', range('2020-07-01', '2020-12-31', 'month')],
  ['20201231', date('2020-12-31', 'day')],
  ['202012月', date('2020-12-31', 'month')],
  ['2019111', unspecified()], // 1月11日 or 11月1日: not guessed
  ['201912', unspecified()], // 1月2日 or 12月: not guessed
  ['20196', unspecified()],
  // A cell the page's end cut after its month's number: the number after 年 is the month.
  ['2022年11', date('2022-11-30', 'month')],
  ['2022年3', date('2022-03-31', 'month')],
  ['2022年13', date('2022-12-31', 'year')],
  // Chinese numerals.
  ['2020年十二月', date('2020-12-31', 'month')],
  ['2020年十月底前', date('2020-10-31', 'month')],
  ['二〇二〇年六月', date('2020-06-30', 'month')],
  ['二〇二二年底前', date('2022-12-31', 'year')],
  ['2020年六月二十二日', date('2020-06-22', 'day')],
  ['2020年一季度', date('2020-03-31', 'quarter')],
  ['2020年第四季度前', date('2020-12-31', 'quarter')],
  ['2020年2季度', date('2020-06-30', 'quarter')],
  ['2020年六至十二月', range('2020-06-01', '2020-12-31', 'month')],
  // Traditional characters.
  ['長期堅持', ongoing()],
  ['長期', ongoing()],
  ['持續推進', ongoing()],
  ['常態化', ongoing()],
  ['適時推進', ongoing()],
  ['工作中落實', ongoing()],
  ['每季', every('quarter')],
  ['每季度開展', every('quarter')],
  ['每年', every('year')],
  ['每個月', every('month')],
  ['每週', every('week')],
  ['2020年底前完成', date('2020-12-31', 'year')],
  ['2020年底前形成，並持續強化', date('2020-12-31', 'year', true)],
  ['2021年底前完成，並滾動更新', date('2021-12-31', 'year', true)],
  ['2020年6月底前', date('2020-06-30', 'month')],
  ['2020年內', date('2020-12-31', 'year')],
  ['按照上級規定時限', unspecified()],
  // Full-width digits (Word).
  ['２０２０年６月底前', date('2020-06-30', 'month')],
  // Ranges.
  ['2020年\n-2022年', range('2020-01-01', '2022-12-31', 'year')],
  ['2020年至2022年底', range('2020-01-01', '2022-12-31', 'year')],
  ['2020年到2022年', range('2020-01-01', '2022-12-31', 'year')],
  ['2020~2022年', range('2020-01-01', '2022-12-31', 'year')],
  ['2020－2022年', range('2020-01-01', '2022-12-31', 'year')],
  ['2020——2022年', range('2020-01-01', '2022-12-31', 'year')],
  ['2020年6—12月', range('2020-06-01', '2020-12-31', 'month')],
  ['2020年6至12月', range('2020-06-01', '2020-12-31', 'month')],
  ['2020年4月至2022年12月', range('2020-04-01', '2022-12-31', 'month')],
  ['2020年11月至次年3月', range('2020-11-01', '2021-03-31', 'month')],
  ['2020年11月至3月', range('2020-11-01', '2021-03-31', 'month')],
  ['2019年1月1日至2019年12月31日', range('2019-01-01', '2019-12-31', 'day')],
  ['2020年上半年至2021年', range('2020-01-01', '2021-12-31', 'half')],
  ['2020年起至2022年', range('2020-01-01', '2022-12-31', 'year')],
  ['2022年至2020年', multiple('2022-12-31', 'year')],
  // Five-year plans.
  ['“十三五”期间', range('2016-01-01', '2020-12-31', 'year')],
  ['十三五', range('2016-01-01', '2020-12-31', 'year')],
  ['“十四五”末', date('2025-12-31', 'year')],
  // Several milestones.
  ['2020年6月底前完成摸底，2021年底前完成整治', multiple('2021-12-31', 'year')],
  ['2021年3月、6月', multiple('2021-06-30', 'month')],
  // A bracketed phrase inside the one before narrows it.
  ['2023年第二季度：开工；第四季度（11月份）：完工。', multiple('2023-11-30', 'month')],
  ['2020年、2021年、2022年12月5日前', multiple('2022-12-05', 'day')],
  // Other days and months.
  ['2020年2月29日', date('2020-02-29', 'day')],
  ['2021年2月29日', unspecified()],
  ['2020年13月', unspecified()],
  ['2020年6月30日前', date('2020-06-30', 'day')],
  ['2020年6月中旬', date('2020-06-20', 'day')],
  ['2020年2月底', date('2020-02-29', 'month')],
  ['2021年2月底', date('2021-02-28', 'month')],
  ['2019-06-19', date('2019-06-19', 'day')],
  ['2020.6', date('2020-06-30', 'month')],
  ['2020年初', date('2020-03-31', 'quarter')],
  ['2020年年底前', date('2020-12-31', 'year')],
  ['2020年度', date('2020-12-31', 'year')],
  ['2018年以前', date('2018-12-31', 'year')],
  ['2020年6月底前完成', date('2020-06-30', 'month')],
  ['力争2021年底前全部完成', date('2021-12-31', 'year')],
  // Starting points and frequencies.
  ['2020年起', ongoing()],
  ['2019年以来', ongoing()],
  ['2020年起，每年', every('year')],
  ['每年6月底前', every('year')],
  ['每半年一次', every('half')],
  ['每月底前', every('month')],
  ['每日', every('day')],
  ['按季度报送', every('quarter')],
  ['2020年底前完成，以后每年更新', date('2020-12-31', 'year', true)],
  // Nothing to resolve.
  ['每度末', unspecified()],
  ['立即', unspecified()],
  ['三年内', unspecified()],
  ['批准30日内', unspecified()],
  ['30日前', unspecified()],
  ['另行通知', unspecified()],
  ['GB 2020', date('2020-12-31', 'year')],
  ['9010', unspecified()],
  ['1800年', unspecified()],
  ['—', unspecified()],
  ['/', unspecified()],
];

/** No written year: the document's year, or nothing. */
const NO_YEAR: Array<[text: string, year: number | null, expected: Expected]> = [
  ['6月底前', 2023, date('2023-06-30', 'month')],
  ['6月底前', null, unspecified()],
  ['年底前', 2023, date('2023-12-31', 'year')],
  ['年底前', null, unspecified()],
  ['三季度末', 2023, date('2023-09-30', 'quarter')],
  ['三季度末', null, unspecified()],
  ['上半年', 2023, date('2023-06-30', 'half')],
  ['上半年', null, unspecified()],
  ['下半年', 2023, date('2023-12-31', 'half')],
  ['十二月底前', 2023, date('2023-12-31', 'month')],
  ['今年年底前', 2023, date('2023-12-31', 'year')],
  ['本年度', 2023, date('2023-12-31', 'year')],
  ['年内', 2023, date('2023-12-31', 'year')],
  ['第四季度', 2023, date('2023-12-31', 'quarter')],
  ['6月30日前', 2023, date('2023-06-30', 'day')],
  ['2月29日', 2024, date('2024-02-29', 'day')],
  ['7月至12月', 2023, range('2023-07-01', '2023-12-31', 'month')],
  ['7月至12月', null, unspecified()],
  ['6月底前形成，并持续强化', 2023, date('2023-06-30', 'month', true)],
  // A due date was written but no year can be given to it: unspecified (spec), and the work goes on.
  ['6月底前形成，并持续强化', null, { ...unspecified(), ongoing: true }],
  // A written year beats the document's.
  ['2020年6月底前', 2023, date('2020-06-30', 'month')],
  ['每年', 2023, every('year')],
  // A third of a month (旬) is due by its last day: the 10th, the 20th, the month's end.
  ['9月上旬', 2023, date('2023-09-10', 'day')],
  ['9月中旬前', 2023, date('2023-09-20', 'day')],
  ['9月下旬', 2023, date('2023-09-30', 'month')],
  ['6月中下旬', 2023, date('2023-06-30', 'month')],
  ['2024年2月中旬', 2023, date('2024-02-20', 'day')],
  ['明年3月上旬', 2023, date('2024-03-10', 'day')],
  ['9月中旬前', null, unspecified()],
];

function check(text: string, expected: Expected, year: number | null = null): void {
  const got = resolveDeadline(text, { year });
  expect(got).toEqual({ text: text.replace(/\n/g, ''), ...expected });
}

describe('resolveDeadline', () => {
  test('has at least 120 table-driven phrases', () => {
    expect(SPEC.length + GOLD_TABLES.length + MORE.length + NO_YEAR.length).toBeGreaterThanOrEqual(120);
  });
  test.each(SPEC)('spec: %j', (text, expected) => check(text, expected));
  test.each(GOLD_TABLES)('gold table cell: %j', (text, expected) => check(text, expected));
  test.each(MORE)('%j', (text, expected) => check(text, expected));
  test.each(NO_YEAR)('%j with document year %j', (text, year, expected) => check(text, expected, year));

  test('an unresolvable phrase keeps its text', () => {
    expect(resolveDeadline('按照上级规定时限').text).toBe('按照上级规定时限');
  });
  test('line breaks and spaces next to CJK are joined; Latin words keep one space', () => {
    expect(resolveDeadline('2020年\n\n12月').text).toBe('2020年12月');
    // model/text's rule: a space between two Han characters is layout; next to a digit it stays.
    expect(resolveDeadline('2020年 6月 底前')).toEqual({ text: '2020年 6月底前', ...date('2020-06-30', 'month') });
    expect(resolveDeadline('Q3\nend').text).toBe('Q3 end');
  });
  test("年月日 phrases are read by chrono's own zh.hans date parser", () => {
    expect(delegatesToChrono).toBe(true);
  });
  test('no ctx is the same as an unknown document year', () => {
    expect(resolveDeadline('6月底前')).toEqual(resolveDeadline('6月底前', { year: null }));
  });
  test('a year-less due date that goes on, with no document year: unspecified, still ongoing', () => {
    expect(resolveDeadline('1月底前完成；其余事项12月底前见效并长期坚持')).toMatchObject({ kind: 'unspecified', end: null, ongoing: true });
    expect(resolveDeadline('1月底前完成；其余事项12月底前见效并长期坚持', { year: 2023 })).toMatchObject({ kind: 'multiple', end: '2023-12-31', ongoing: true });
    expect(resolveDeadline('长期坚持')).toMatchObject({ kind: 'ongoing', ongoing: true });
  });
});
