/**
 * Each document isolated: hostile inputs mixed with the seeds cost only
 * themselves (the seeds' records are byte-identical to a clean run), a worker
 * that runs out of memory or time is that document's error and is replaced,
 * and --jobs never changes the output.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../support/cli.js';
import { gridSpanDocx, nestedParagraphsDocx, nestedTablesHtml, vMergeChainDocx, wideRowHtml } from '../robust/hostile.js';

const SEEDS = readdirSync('seeds').sort().map((f) => `seeds/${f}`);
let work: string;
let clean: { documents: { source: string }[] };

interface Run { code: number | null; signal: string | null; stdout: string; stderr: string; ms: number }

/** The CLI as a child process, asynchronously (so several can be timed). */
export function runAsync(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d) => { stdout += d; });
  child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, ms: performance.now() - t0 })));
}

/** A large but ordinary text plan: the seeds one after another, `times` over. */
function bigPlan(times: number): string {
  const path = join(work, `big-${times}.txt`);
  writeFileSync(path, Buffer.concat(Array.from({ length: times }, () => SEEDS.map((f) => readFileSync(f))).flat()));
  return path;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'plan-extract-isolation-'));
  const r = runCli(SEEDS);
  expect(r.code).toBe(0);
  clean = JSON.parse(r.stdout);
});

describe('isolation', () => {
  it('hostile shapes mixed with the seeds leave the seeds intact, each within its budget', async () => {
    const hostile: Record<string, Buffer> = {
      'gridspan.docx': gridSpanDocx(10_000, 1000),
      'wide.html': wideRowHtml(100_000, 5000),
      'nested-p.docx': nestedParagraphsDocx(80_000),
      'vmerge.docx': vMergeChainDocx(5000),
      'nested-tables.html': nestedTablesHtml(40_000),
    };
    const names = Object.keys(hostile).map((n) => join(work, n));
    for (const [n, data] of Object.entries(hostile)) writeFileSync(join(work, n), data);
    const inputs = [SEEDS[0]!, names[0]!, SEEDS[1]!, names[1]!, SEEDS[2]!, names[2]!, SEEDS[3]!, names[3]!, names[4]!, SEEDS[4]!];
    const r = await runAsync([...inputs, '--timeout', '4']);
    expect(r.signal).toBeNull();
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).not.toMatch(/FATAL|heap out of memory|\n\s+at /);
    const out = JSON.parse(r.stdout);
    const seeds = out.documents.filter((d: { source: string }) => d.source.startsWith('seeds/'));
    expect(seeds).toEqual(clean.documents);
    // Every hostile input either extracted or failed with one line and a stable code.
    for (const e of out.errors) expect(['TOO_COMPLEX', 'TIMEOUT', 'TOO_LARGE', 'TOO_MANY_CELLS', 'TOO_DEEP']).toContain(e.code);
    // (A seed with no task adds its NO_TASKS warning line.)
    expect(r.stderr.trimEnd().split('\n').filter((l) => l && !l.includes(': warning: '))).toHaveLength(out.errors.length);
    // Five budgets of 4 s on two workers, plus the seeds: far below 30 s a file.
    expect(r.ms).toBeLessThan(60_000);
  });

  it('a worker out of memory is that document\'s TOO_COMPLEX; the next document runs on a fresh worker', async () => {
    const big = bigPlan(20);
    const r = await runAsync([SEEDS[0]!, big, SEEDS[3]!, '--jobs', '1'], { PLAN_EXTRACT_WORKER_MB: '24' });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.errors).toEqual([{ source: big, code: 'TOO_COMPLEX', message: expect.stringMatching(/24 MB memory budget/) }]);
    expect(out.documents).toEqual([clean.documents[0], clean.documents[3]]);
    expect(r.stderr).toMatch(/^plan-extract: .*big-20\.txt: extraction needed more than the 24 MB memory budget and was stopped — .+\n$/);
  });

  it('a document over its time budget is that document\'s TIMEOUT; the run goes on', async () => {
    // 30 MB takes several seconds anywhere; a seed, even on a fresh worker of a loaded machine, well under 2.
    const big = bigPlan(60);
    const r = await runAsync([big, SEEDS[3]!, '--jobs', '1', '--timeout', '2']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.errors.map((e: { code: string }) => e.code)).toEqual(['TIMEOUT']);
    expect(out.documents).toEqual([clean.documents[3]]);
  });

  it('with one input, a blow-up is one clean line and exit 1', async () => {
    const path = join(work, 'alone.docx');
    writeFileSync(path, gridSpanDocx(10_000, 1000));
    const r = await runAsync([path, '--timeout', '4'], { PLAN_EXTRACT_WORKER_MB: '64' });
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^plan-extract: .*alone\.docx: .+ — .+/);
    expect(JSON.parse(r.stdout)).toMatchObject({ documents: [], errors: [{ source: path }] });
  });

  it('--jobs 1, --jobs 2 and the default give byte-identical output, errors included', async () => {
    const inputs = [...SEEDS, join(work, 'missing.txt'), ...readdirSync('fixtures/corpus').filter((f) => !f.endsWith('.json') && !f.endsWith('.mjs')).map((f) => `fixtures/corpus/${f}`), ...SEEDS];
    const [one, two, auto] = await Promise.all([runAsync([...inputs, '-j', '1']), runAsync([...inputs, '-j', '2']), runAsync(inputs)]);
    expect(one.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(auto.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    for (const format of ['ndjson', 'csv']) {
      const [a, b] = await Promise.all([runAsync([...SEEDS, '-f', format, '-j', '1']), runAsync([...SEEDS, '-f', format, '-j', '2'])]);
      expect(b.stdout).toBe(a.stdout);
    }
  });

  it('rejects a --jobs or --timeout that is not a positive number', () => {
    for (const args of [['-j', '0'], ['--jobs', 'two'], ['--timeout', '-1'], ['--timeout', 'soon']]) {
      const r = runCli([SEEDS[0]!, ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/jobs|timeout/);
    }
  });
});
