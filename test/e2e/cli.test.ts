/**
 * The command line as a user and a CI job meet it: formats, files, exit
 * codes, bad inputs mixed with good ones, and byte-identical output.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { spawn } from 'node:child_process';
import { BIN, ROOT, runCli } from '../support/cli.js';

const SEEDS = readdirSync('seeds').sort().map((f) => `seeds/${f}`);
let work: string;
let clean: { documents: { source: string; tasks: unknown[] }[]; errors: unknown[] };

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'plan-extract-cli-'));
  const r = runCli(SEEDS);
  expect(r.code).toBe(0);
  clean = JSON.parse(r.stdout);
});

/** A deterministic stream of random bytes (no Math.random: the test must be repeatable). */
function randomBytes(n: number, seed = 42): Buffer {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe('plan-extract CLI', () => {
  it('writes the JSON of the spec to stdout with schemaVersion 1', () => {
    expect(clean).toMatchObject({ schemaVersion: 1, errors: [] });
    expect(clean.documents.map((d) => d.source)).toEqual(SEEDS);
    expect(clean.documents.reduce((n, d) => n + d.tasks.length, 0)).toBe(662);
  });

  it('shows examples in --help and the version with --version', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Examples:/);
    expect(help.stdout).toMatch(/--format <format>/);
    const version = runCli(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it('exits 2 with a one-line usage error for a bad option', () => {
    for (const args of [['--format', 'xml', SEEDS[0]!], ['--bogus', SEEDS[0]!], []]) {
      const r = runCli(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('writes CSV with the spec columns, and YAML and NDJSON with the same records', () => {
    const csv = runCli([SEEDS[0]!, '--format', 'csv']);
    const lines = csv.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('id,source,title,docNumber,issued,origin,table,seq,path,task,content,leads,partners,deadline_text,deadline_kind,deadline_start,deadline_end,deadline_precision,deadline_every,deadline_ongoing,line');
    expect(lines[1]).toBe('000_2439c07fcf6e2db5:t0:r1,seeds/000_2439c07fcf6e2db5.txt,主要任务及分工情况一览表,,,table,0,1,约束性指标及考核,亿元GDP生产安全事故死亡率,控制在0.01以内,区安监局,,2018,date,,2018-12-31,year,,false,12');
    expect(csv.stdout.charCodeAt(0)).not.toBe(0xfeff);

    const yaml = parseYaml(runCli([SEEDS[0]!, SEEDS[3]!, '--format', 'yaml']).stdout);
    const json = JSON.parse(runCli([SEEDS[0]!, SEEDS[3]!]).stdout);
    expect(yaml).toEqual(json);

    const nd = runCli([SEEDS[0]!, '--format', 'ndjson']).stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(nd).toHaveLength(69);
    expect(nd[0]).toMatchObject({ source: SEEDS[0], id: '000_2439c07fcf6e2db5:t0:r1', seq: '1' });
  });

  it('--excel adds a BOM and neutralises formula-like cells through csv-stringify', () => {
    const file = join(work, 'formula.txt');
    writeFileSync(file, ['\t序号', '\t重点任务', '\t牵头单位', '\t完成时限', '', '\t1', '\t=HYPERLINK("x")', '\t＋区安监局', '\t2020年'].join('\n'));
    const plain = runCli([file, '--format', 'csv']).stdout;
    expect(plain).toContain(',"=HYPERLINK(""x"")",,＋区安监局,');
    const excel = runCli([file, '--format', 'csv', '--excel']).stdout;
    expect(excel.charCodeAt(0)).toBe(0xfeff);
    expect(excel).toContain(`,"'=HYPERLINK(""x"")",,'＋区安监局,`);
  });

  it('reads standard input with -', () => {
    const r = runCli(['-'], { input: readFileSync(SEEDS[3]!) });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.documents[0].source).toBe('-');
    expect(out.documents[0].tasks).toHaveLength(57);
    expect(out.documents[0].tasks[0].id).toBe('stdin:t0:r1');
  });

  it('reports every bad input on its own line and in errors, and still writes every good one', () => {
    const bad = join(work, 'bad');
    mkdirSync(bad, { recursive: true });
    const files: Record<string, Buffer | string> = {
      'empty.txt': '',
      'scan.pdf': '%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n',
      'photo.png': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(200)]),
      'old.doc': Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(600, 7)]),
      'cut.docx': Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), randomBytes(300, 9)]),
      'noise.bin': randomBytes(4096, 3),
      'nul.txt': Buffer.concat([Buffer.from('一、总体要求\n'), Buffer.from([0, 0, 0]), Buffer.from('二、主要任务\n')]),
    };
    for (const [name, data] of Object.entries(files)) writeFileSync(join(bad, name), data);
    const inputs = [SEEDS[0]!, join(bad, 'missing.txt'), bad, ...Object.keys(files).map((f) => join(bad, f)), SEEDS[4]!];
    const r = runCli(inputs);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    const failed = inputs.slice(1, -1);
    expect(out.errors.map((e: { source: string }) => e.source)).toEqual(failed);
    for (const e of out.errors) expect(e.code).toMatch(/^[A-Z_]+$/);
    const errLines = r.stderr.trimEnd().split('\n');
    expect(errLines).toHaveLength(failed.length);
    failed.forEach((f, k) => expect(errLines[k]).toMatch(new RegExp(`^plan-extract: ${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .+ — .+`)));
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(out.documents.map((d: { source: string }) => d.source)).toEqual([SEEDS[0], SEEDS[4]]);
    expect(out.documents[0]).toEqual(clean.documents[0]);
    expect(out.documents[1]).toEqual(clean.documents[4]);
  });

  it('refuses an input over --max-size before reading it', () => {
    const r = runCli([SEEDS[4]!, SEEDS[0]!, '--max-size', '100KB']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/004_d92f7439841e8d8a\.txt: is .* over the 100 KB limit — raise the limit with --max-size/);
    expect(JSON.parse(r.stdout).documents).toHaveLength(1);
  });

  it('-o writes the file whole and replaces the old one only on success', () => {
    const target = join(work, 'out.json');
    writeFileSync(target, 'old');
    const r = runCli([SEEDS[3]!, '-o', target]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(target, 'utf8')).documents[0].tasks).toHaveLength(57);
    expect(readdirSync(work).filter((f) => f.includes('partial'))).toEqual([]);
    const missingDir = runCli([SEEDS[3]!, '-o', join(work, 'no-such-dir', 'out.json')]);
    expect(missingDir.code).not.toBe(0);
    expect(missingDir.stderr).toMatch(/cannot write/);
  });

  it('an interrupted run leaves the old output file intact and no partial file behind', async () => {
    const target = join(work, 'kept.json');
    writeFileSync(target, 'old');
    // Standard input that never ends keeps the run going until it is stopped.
    const child = spawn(process.execPath, [BIN, SEEDS[0]!, '-', '-o', target], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).not.toBe(0);
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(work).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('--out-dir writes one output per input inside DIR, never outside, never overwriting a namesake', () => {
    const dir = join(work, 'outdir');
    const a = join(work, 'a');
    const b = join(work, 'b');
    mkdirSync(a, { recursive: true });
    mkdirSync(b, { recursive: true });
    writeFileSync(join(a, 'plan.txt'), readFileSync(SEEDS[0]!));
    writeFileSync(join(b, 'plan.txt'), readFileSync(SEEDS[3]!));
    writeFileSync(join(work, '..evil.txt'), readFileSync(SEEDS[3]!));
    const r = runCli([join(a, 'plan.txt'), join(b, 'plan.txt'), join(work, '..evil.txt'), '--out-dir', dir, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['_evil.csv', 'plan-2.csv', 'plan.csv']);
    expect(readFileSync(join(dir, 'plan.csv'), 'utf8').split('\n')).toHaveLength(71);
    expect(readFileSync(join(dir, 'plan-2.csv'), 'utf8').split('\n')).toHaveLength(59);
    expect(existsSync(join(work, 'evil.csv'))).toBe(false);
  });

  it('gives byte-identical output whatever the time zone, locale or run', () => {
    const runs = [
      runCli(SEEDS, { env: { TZ: 'UTC', LANG: 'C' } }),
      runCli(SEEDS, { env: { TZ: 'Pacific/Kiritimati', LANG: 'zh_CN.UTF-8', LC_ALL: 'zh_CN.UTF-8' } }),
      runCli(SEEDS, { env: { TZ: 'America/Los_Angeles', LANG: 'de_DE.UTF-8' } }),
    ];
    for (const r of runs) expect(r.stdout).toBe(runs[0]!.stdout);
  });

  it('keeps ids unique when two inputs share a file name', () => {
    const a = join(work, 'x');
    mkdirSync(a, { recursive: true });
    writeFileSync(join(a, '003_8b3926643d49486d.txt'), readFileSync(SEEDS[3]!));
    const out = JSON.parse(runCli([SEEDS[3]!, join(a, '003_8b3926643d49486d.txt')]).stdout);
    const ids = out.documents.flatMap((d: { tasks: { id: string }[] }) => d.tasks.map((t) => t.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('003_8b3926643d49486d~2:t0:r1');
  });
});
