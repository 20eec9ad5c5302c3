import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { daysInMonth } from '../../src/deadline/calendar.js';
import { findDeadline, resolveDeadline } from '../../src/deadline/index.js';
import type { Deadline } from '../../src/model/records.js';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const KINDS = ['date', 'range', 'recurring', 'ongoing', 'multiple', 'unspecified'];

function assertValid(d: Deadline): void {
  expect(KINDS).toContain(d.kind);
  for (const day of [d.start, d.end]) {
    if (day === null) continue;
    expect(day).toMatch(ISO);
    const [y, m, dd] = day.split('-').map(Number) as [number, number, number];
    expect(m).toBeGreaterThanOrEqual(1);
    expect(m).toBeLessThanOrEqual(12);
    expect(dd).toBeGreaterThanOrEqual(1);
    expect(dd).toBeLessThanOrEqual(daysInMonth(y, m));
  }
  if (d.start !== null && d.end !== null) expect(d.start <= d.end).toBe(true);
  const isDated = d.kind === 'date' || d.kind === 'range' || d.kind === 'multiple';
  expect(d.end !== null).toBe(isDated);
  expect(d.precision !== null).toBe(isDated);
  expect(d.start !== null).toBe(d.kind === 'range');
  expect(d.every !== null).toBe(d.kind === 'recurring');
  if (d.kind === 'ongoing') expect(d.ongoing).toBe(true);
  if (d.kind === 'recurring') expect(d.ongoing).toBe(false);
  // Unspecified and ongoing only where a due date was written that no year can be given to (`6月底前…并持续强化`, no document year).
  if (d.kind === 'unspecified' && d.ongoing) expect(d.text).toMatch(/[年月季]/u);
}

/** Characters the parsers care about, so that random strings reach them. */
const UNITS = [
  ...'0123456789２０', '年', '月', '日', '号', '底', '前', '末', '内', '份', '初', '起', '以来', '至', '到', '-', '—', '~', '、', '，',
  '每', '季度', '第', '上', '下', '半年', '三', '十', '二', '〇', '今年', '次年', '长期', '持续', '《', '》', '〔', '〕', ' ', '\n', '\t', '.',
];
const phrase = fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 30 });

describe('any input', () => {
  test('resolveDeadline never throws and returns a valid record (any string)', () => {
    fc.assert(fc.property(fc.string(), fc.option(fc.integer({ min: 1900, max: 2100 })), (text, year) => {
      assertValid(resolveDeadline(text, { year }));
    }), { numRuns: 500 });
  });

  test('resolveDeadline never throws and returns a valid record (date-like strings)', () => {
    fc.assert(fc.property(phrase, fc.option(fc.integer({ min: 1900, max: 2100 })), (text, year) => {
      const d = resolveDeadline(text, { year });
      assertValid(d);
      expect(d.text).not.toMatch(/\n/);
    }), { numRuns: 3000 });
  });

  test('findDeadline returns null or a valid dated record whose text is in the item', () => {
    fc.assert(fc.property(phrase, (text) => {
      const d = findDeadline(text);
      if (d === null) return;
      assertValid(d);
      // A recurring due day (`每月5日前`) or a year-less phrase left unspecified counts too.
      expect(['date', 'range', 'multiple', 'recurring', 'unspecified']).toContain(d.kind);
      expect(text.replace(/\s/g, '')).toContain(d.text.replace(/\s/g, ''));
    }), { numRuns: 3000 });
  });
});

/**
 * ~200 KB of what makes a backtracking pattern blow up. The point is that
 * these return at all (a quadratic pattern would take minutes); the
 * assertions check the answers, not the time.
 */
describe('adversarial input', () => {
  const N = 200_000;
  const junk: Record<string, string> = {
    digits: '7'.repeat(N),
    years: '2020'.repeat(N / 4),
    nian: '年'.repeat(N),
    brackets: '《〔（【'.repeat(N / 4),
    tabs: '\t'.repeat(N),
    spaces: ' '.repeat(N),
    commas: ',，|'.repeat(N / 3),
    numerals: '十二三'.repeat(N / 3),
    mixed: '20年\t《〔月'.repeat(N / 7),
    digitsThenYue: '1'.repeat(N) + '年',
    frequencies: '每'.repeat(N),
  };

  test.each(Object.keys(junk))('%s: resolves to unspecified, finds nothing', (name) => {
    const text = junk[name]!;
    expect(resolveDeadline(text).kind).toBe('unspecified');
    expect(findDeadline(text)).toBeNull();
  });

  test('many dated phrases: still answers', () => {
    const text = '2020年\n'.repeat(N / 6);
    expect(resolveDeadline(text)).toMatchObject({ kind: 'multiple', end: '2020-12-31' });
    expect(findDeadline(text)).toMatchObject({ text: '2020年' });
  });

  test('an unclosed bracket is no title: the year after it still counts', () => {
    const text = '〔'.repeat(N) + '2020年';
    expect(resolveDeadline(text)).toMatchObject({ kind: 'date', end: '2020-12-31' });
    expect(findDeadline(text)).toMatchObject({ text: '2020年' });
  });
});
