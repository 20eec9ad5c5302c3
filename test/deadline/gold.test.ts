import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { findDeadline, resolveDeadline } from '../../src/deadline/index.js';
import type { Deadline } from '../../src/model/records.js';
import { SHARED_URL } from '../support/paths.js';

/** The shared gold sits next to the repository in CI; a user's clone may not have it. */
const GOLD = new URL('gold/', SHARED_URL);
const REPO = new URL('../../', import.meta.url);
const present = existsSync(fileURLToPath(new URL('tables.gold.json', GOLD)));

interface GoldTask {
  task: string;
  content: string | null;
  deadline: Deadline | null;
  line: number;
}
interface GoldFile {
  documents: Array<{ source: string; tasks: GoldTask[] }>;
}

function load(name: string): GoldFile {
  return JSON.parse(readFileSync(new URL(name, GOLD), 'utf8')) as GoldFile;
}

function seedLines(source: string): string[] {
  return readFileSync(new URL(source, REPO), 'utf8').split(/\r?\n/);
}

/** What the pipeline would pass as the document's year: here, the year the seed names most. */
function documentYear(lines: readonly string[]): number | null {
  const counts = new Map<number, number>();
  for (const line of lines) {
    for (const m of line.matchAll(/(?<!\d)(\d{4})年/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > counts.get(best)!) best = year;
  return best;
}

/** The brief's score: kind/start/end/every/ongoing; a recurring deadline is scored on `every` only. */
function same(got: Deadline | null, want: Deadline | null): boolean {
  if (!got || !want) return got === want;
  if (want.kind === 'recurring') return got.kind === 'recurring' && got.every === want.every;
  return (['kind', 'start', 'end', 'every', 'ongoing'] as const).every((k) => got[k] === want[k]);
}

/** Stricter: the text and precision too. */
function identical(got: Deadline | null, want: Deadline | null): boolean {
  return JSON.stringify(got) === JSON.stringify(want);
}

interface Share {
  exact: number;
  strict: number;
  total: number;
  misses: string[];
}

function share(pairs: Array<[label: string, got: Deadline | null, want: Deadline | null]>): Share {
  const misses = pairs.filter(([, got, want]) => !same(got, want)).map(([label, got, want]) =>
    `${label}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
  return {
    exact: pairs.length - misses.length,
    strict: pairs.filter(([, got, want]) => identical(got, want)).length,
    total: pairs.length,
    misses,
  };
}

function tableShare(year: 'none' | 'document'): Share {
  const pairs: Array<[string, Deadline | null, Deadline | null]> = [];
  for (const doc of load('tables.gold.json').documents) {
    const ctx = { year: year === 'none' ? null : documentYear(seedLines(doc.source)) };
    for (const t of doc.tasks) {
      // A null gold deadline is "not scored" (the 每度末 typo).
      if (t.deadline) pairs.push([`${doc.source}:${t.line}`, resolveDeadline(t.deadline.text, ctx), t.deadline]);
    }
  }
  return pairs.length ? share(pairs) : { exact: 0, strict: 0, total: 0, misses: ['no gold table deadlines'] };
}

function listShare(year: 'none' | 'document'): Share {
  const pairs: Array<[string, Deadline | null, Deadline | null]> = [];
  for (const doc of load('lists.gold.json').documents) {
    const lines = seedLines(doc.source);
    const ctx = { year: year === 'none' ? null : documentYear(lines) };
    for (const t of doc.tasks) {
      expect(t.line, `${doc.source}:${t.line} is a line of the seed`).toBeLessThanOrEqual(lines.length);
      pairs.push([`${doc.source}:${t.line}`, findDeadline(t.task + (t.content ?? ''), ctx), t.deadline]);
    }
  }
  return share(pairs);
}

if (!present) {
  test.skip('gold deadlines: skipped, ../shared/gold is absent (CI has it; a user clone may not)', () => {});
}

describe.runIf(present)('deadlines of the gold (../shared/gold)', () => {
  for (const year of ['none', 'document'] as const) {
    test(`tables: 100% exact (document year: ${year})`, () => {
      const s = tableShare(year);
      expect(s.misses).toEqual([]);
      expect(s.strict).toBe(s.total);
    });
    test(`lists: at least 98% exact (document year: ${year})`, () => {
      const s = listShare(year);
      expect(s.exact / s.total, s.misses.join('\n')).toBeGreaterThanOrEqual(0.98);
      expect(s.strict / s.total).toBeGreaterThanOrEqual(0.98);
    });
  }
});
