/**
 * `plan-extract summary` through the CLI: on the seeds and ../shared/real its
 * counts are recounted here from the extraction's own JSON records and must
 * agree exactly; the CSV and text forms carry the same numbers.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord, RunOutput, Task } from '../../src/model/records.js';
import { ROOT, runCli } from '../support/cli.js';

const seeds = readdirSync(join(ROOT, 'seeds')).sort().map((f) => `seeds/${f}`);
const realDir = join(ROOT, '..', 'shared', 'real');
const real = existsSync(realDir) ? readdirSync(realDir).filter((f) => /^\d.*\.txt$/.test(f)).sort().map((f) => `../shared/real/${f}`) : [];
if (!real.length) console.warn(`summary.test.ts: ${realDir} not found — the summary is checked on the seeds only`);

/** The counts, recounted from the records with nothing of src/summary. */
function recount(docs: DocumentRecord[]) {
  const tasks = docs.flatMap((d) => d.tasks);
  const cls = (t: Task) => !t.deadline ? 'none'
    : ['ongoing', 'recurring', 'unspecified'].includes(t.deadline.kind) ? t.deadline.kind
    : t.deadline.end ? 'dated' : 'unspecified';
  const units = (ts: Task[], key: 'leadUnits' | 'partnerUnits') => {
    const m: Record<string, number> = {};
    for (const t of ts) for (const c of new Set(t[key].map((u) => u.canonical))) m[c] = (m[c] ?? 0) + 1;
    return m;
  };
  const years = (ts: Task[]) => {
    const m: Record<string, number[]> = {};
    for (const t of ts.filter((x) => cls(x) === 'dated')) {
      const y = t.deadline!.end!.slice(0, 4);
      const row = (m[y] ??= [0, 0, 0, 0, 0, 0]);
      row[0]!++;
      if (t.deadline!.precision === 'year') row[5]!++;
      else row[Math.ceil(Number(t.deadline!.end!.slice(5, 7)) / 3)]!++;
    }
    return m;
  };
  const one = (ts: Task[], tables: number) => ({
    tasks: ts.length, tables,
    tableTasks: ts.filter((t) => t.origin === 'table').length, listTasks: ts.filter((t) => t.origin === 'list').length,
    deadlines: Object.fromEntries(['dated', 'ongoing', 'recurring', 'unspecified', 'none'].map((k) => [k, ts.filter((t) => cls(t) === k).length])),
    years: years(ts), leads: units(ts, 'leadUnits'), partners: units(ts, 'partnerUnits'),
  });
  return {
    documents: docs.map((d) => one(d.tasks, d.tables.length)),
    overall: one(tasks, docs.reduce((n, d) => n + d.tables.length, 0)),
  };
}

interface PlanJson {
  tasks: number; tables: number; tableTasks: number; listTasks: number; deadlines: Record<string, number>;
  dueByYear: { year: string; tasks: number; q1: number; q2: number; q3: number; q4: number; yearOnly: number }[];
  leads: { canonical: string; tasks: number }[]; partners: { canonical: string; tasks: number }[];
}
const asRecount = (p: PlanJson) => ({
  tasks: p.tasks, tables: p.tables, tableTasks: p.tableTasks, listTasks: p.listTasks, deadlines: p.deadlines,
  years: Object.fromEntries(p.dueByYear.map((y) => [y.year, [y.tasks, y.q1, y.q2, y.q3, y.q4, y.yearOnly]])),
  leads: Object.fromEntries(p.leads.map((u) => [u.canonical, u.tasks])),
  partners: Object.fromEntries(p.partners.map((u) => [u.canonical, u.tasks])),
});

describe.each([['the seeds', seeds], ['../shared/real', real]].filter(([, f]) => f.length) as [string, string[]][])('summary on %s', (_, files) => {
  // One run of each, shared by the checks below.
  let extracted: ReturnType<typeof runCli>;
  let summarised: ReturnType<typeof runCli>;
  let csvRun: ReturnType<typeof runCli>;
  beforeAll(() => {
    extracted = runCli(files);
    summarised = runCli(['summary', ...files, '--format', 'json', '--top', '0']);
    csvRun = runCli(['summary', ...files, '--format', 'csv', '--top', '0']);
  }, 120_000);

  it('agrees exactly with the records of the extraction', () => {
    expect(summarised.code).toBe(extracted.code);
    const records = JSON.parse(extracted.stdout) as RunOutput;
    const summary = JSON.parse(summarised.stdout);
    expect(summary.errors).toEqual(records.errors);
    expect(summary.documents.map((d: { source: string }) => d.source)).toEqual(records.documents.map((d) => d.source));
    const expected = recount(records.documents);
    expect(summary.documents.map(asRecount)).toEqual(expected.documents);
    expect(asRecount(summary.overall)).toEqual(expected.overall);
    expect(summary.overall.documents).toBe(records.documents.length);
    expect(expected.overall.tasks).toBeGreaterThan(files === seeds ? 600 : 10);
  });

  it('gives the same counts as CSV rows', () => {
    const json = JSON.parse(summarised.stdout);
    const csv = csvRun.stdout.trim().split('\n').slice(1);
    const all = (measure: string) => csv.filter((l) => l.startsWith(`all,,,${measure},`)).map((l) => l.split(','));
    expect(Number(all('tasks')[0]![5])).toBe(json.overall.tasks);
    expect(Object.fromEntries(all('lead').map((r) => [r[4], Number(r[5])]))).toEqual(Object.fromEntries(json.overall.leads.map((u: { canonical: string; tasks: number }) => [u.canonical, u.tasks])));
    expect(Object.fromEntries(all('deadline').map((r) => [r[4], Number(r[5])]))).toEqual(json.overall.deadlines);
    expect(csv.filter((l) => l.startsWith('document,') && l.includes(',tasks,,')).length).toBe(json.documents.length);
  });
});

describe('summary as text', () => {
  it('prints aligned tables naming every plan and the top units, colour only when asked', () => {
    const run = runCli(['summary', ...seeds]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Plans: 5 documents, \d+ tasks/u);
    expect(run.stdout).not.toMatch(/\x1b\[/u);
    for (const title of ['主要任务及分工情况一览表', '高淳区安全生产“十三五”规划', '王益区关于推进安全生产领域改革发展的实施意见']) expect(run.stdout).toContain(title);
    expect(run.stdout).toMatch(/│\s+1 │ 应急管理局\s+│\s+24 │ 区安监局/u);
    const coloured = runCli(['summary', seeds[0]!], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(coloured.stdout).toMatch(/\x1b\[1m/u);
  });

  it('writes -o FILE and reads --units FILE', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-extract-summary-'));
    const units = join(dir, 'units.json');
    writeFileSync(units, JSON.stringify({ units: [{ canonical: '安全生产监管部门', aliases: ['应急管理局', '安监局'] }] }));
    const out = join(dir, 'summary.json');
    const run = runCli(['summary', seeds[0]!, '--units', units, '--format', 'json', '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).overall.leads[0]).toMatchObject({ canonical: '安全生产监管部门', tasks: 24 });
  });

  it('refuses a bad --units file in one line, with no output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-extract-units-'));
    const bad = join(dir, 'units.json');
    writeFileSync(bad, JSON.stringify({ units: [{ canonical: '甲局', aliases: '乙局' }] }));
    for (const args of [['summary', seeds[0]!, '--units', bad], [seeds[0]!, '--units', bad], [seeds[0]!, '--units', join(dir, 'missing.json')]]) {
      const run = runCli(args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/^plan-extract: .*\.json: .* — /u);
    }
  });

  it('goes on past a bad input and exits 1', () => {
    const run = runCli(['summary', seeds[0]!, 'no-such-file.txt', '--format', 'json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ overall: { documents: 1, tasks: 69 }, errors: [{ source: 'no-such-file.txt', code: 'ENOENT' }] });
    expect(run.stderr).toMatch(/no-such-file\.txt/u);
  });
});
