/**
 * The library as a package user calls it: the same limits and diagnostics as
 * the CLI, options checked once with coded errors, every public type exported.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  extractBytes, extractFile, explainFile, InputFailure, normalizeOptions, OptionError, ResolverPool, resolveDeadline,
  DEFAULT_MAX_SIZE, splitUnits, type DeadlineContext, type ExtractOptions, type InputErrorCode, type Units, type Warning, type WarningCode,
} from '../src/index.js';

const work = mkdtempSync(join(tmpdir(), 'plan-extract-lib-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const PLAN = ['2021年防汛工作方案', '', '\t序号', '\t重点任务', '\t牵头单位', '\t完成时限', '', '\t1', '\t排查易涝点', '\t区水利局', '\t6月底前'].join('\n');
const NO_YEAR = PLAN.replace('2021年', '');

async function failure(p: Promise<unknown>): Promise<InputFailure | OptionError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof InputFailure || e instanceof OptionError) return e;
    throw e;
  }
  throw new Error('expected a failure');
}

describe('extractFile / extractBytes', () => {
  it('throw InputFailure ENOENT for a missing path, as documented', async () => {
    const e = await failure(extractFile(join(work, 'missing.docx')));
    expect(e).toBeInstanceOf(InputFailure);
    expect(e.code).toBe('ENOENT');
  });

  it('honour maxSize (bytes or a size text) before reading, as --max-size does', async () => {
    const file = join(work, 'plan.txt');
    writeFileSync(file, PLAN);
    expect((await extractFile(file)).tasks).toHaveLength(1);
    expect((await failure(extractFile(file, { maxSize: 10 }))).code).toBe('TOO_LARGE');
    expect((await failure(extractFile(file, { maxSize: '0.01KB' }))).code).toBe('TOO_LARGE');
    expect((await failure(extractBytes(Buffer.from(PLAN), 'x.txt', { maxSize: 100 }))).code).toBe('TOO_LARGE');
    expect((await extractBytes(Buffer.from(PLAN), 'x.txt', { maxSize: '1MB' })).tasks).toHaveLength(1);
  });

  it('take referenceYear, only and a shared pool (or a pool alone, the earlier signature)', async () => {
    const bytes = Buffer.from(NO_YEAR);
    expect((await extractBytes(bytes, 'x.txt')).tasks[0]!.deadline!.kind).toBe('unspecified');
    expect((await extractBytes(bytes, 'x.txt', { referenceYear: 2024 })).tasks[0]!.deadline!.end).toBe('2024-06-30');
    expect((await extractBytes(bytes, 'x.txt', { only: 'lists' })).tasks).toEqual([]);
    const pool = new ResolverPool();
    expect((await extractBytes(Buffer.from(PLAN), 'x.txt', pool)).tasks[0]!.deadline!.end).toBe('2021-06-30');
    expect((await extractBytes(Buffer.from(PLAN), 'x.txt', { pool, idPrefix: 'p1' })).tasks[0]!.id).toBe('p1:t0:r1');
  });

  it('explainFile tells what was seen', async () => {
    const file = join(work, 'plan.txt');
    writeFileSync(file, PLAN);
    const { explanation } = await explainFile(file);
    expect(explanation.tables).toEqual([{ status: 'taken', line: 3, caption: '2021年防汛工作方案', index: 0, rows: 1, columns: [
      { name: '序号', role: 'seq' }, { name: '重点任务', role: 'task' }, { name: '牵头单位', role: 'leads' }, { name: '完成时限', role: 'deadline' },
    ] }]);
    expect(explanation.year).toEqual({ value: 2021, from: 'document' });
  });
});

describe('normalizeOptions', () => {
  it('fills the defaults', () => {
    const o = normalizeOptions();
    // pool and units null: the extraction makes its own pool and takes the shipped unit table.
    expect(o).toMatchObject({ maxSize: DEFAULT_MAX_SIZE, only: null, referenceYear: null, idPrefix: null, pool: null, units: null });
    const pool = new ResolverPool();
    expect(normalizeOptions(pool).pool).toBe(pool);
    expect(normalizeOptions({ maxSize: '50MB' }).maxSize).toBe(50 * 1024 * 1024);
  });

  it('refuses each bad value with its own code', () => {
    const code = (o: unknown) => {
      try {
        normalizeOptions(o as ExtractOptions);
      } catch (e) {
        expect(e).toBeInstanceOf(OptionError);
        return (e as OptionError).code;
      }
      return null;
    };
    expect(code({ maxsize: 10 })).toBe('OPTION_UNKNOWN');
    expect(code({ maxSize: 'huge' })).toBe('OPTION_MAX_SIZE');
    expect(code({ maxSize: -1 })).toBe('OPTION_MAX_SIZE');
    expect(code({ only: 'cells' })).toBe('OPTION_ONLY');
    expect(code({ referenceYear: 23 })).toBe('OPTION_REFERENCE_YEAR');
    expect(code({ referenceYear: '2023' })).toBe('OPTION_REFERENCE_YEAR');
    expect(code({ pool: {} })).toBe('OPTION_POOL');
    expect(code({ idPrefix: 'a:b' })).toBe('OPTION_ID_PREFIX');
    expect(code({ only: 'tables', referenceYear: 2023 })).toBeNull();
  });
});

describe('public types', () => {
  it('are exported: DeadlineContext, Warning, the code unions', () => {
    const ctx: DeadlineContext = { year: 2022 };
    expect(resolveDeadline('6月底前', ctx).end).toBe('2022-06-30');
    const w: Warning = { code: 'NO_TASKS' satisfies WarningCode, message: 'x' };
    const c: InputErrorCode = 'ENOENT';
    expect([w.code, c]).toEqual(['NO_TASKS', 'ENOENT']);
    const units: Units = splitUnits('区发改局（牵头）、区财政局');
    expect(units).toMatchObject({ leads: ['区发改局'], partners: ['区财政局'] });
  });
});
