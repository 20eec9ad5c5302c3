/**
 * The seeds scored against the hand-checked gold with the project's own
 * scorer (`../shared/eval/score.mjs`), when `../shared` is beside the
 * checkout (as in CI); skipped with a note otherwise.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';
import { SHARED } from '../support/paths.js';

const shared = SHARED;
const scorer = join(shared, 'eval', 'score.mjs');
const available = existsSync(scorer);
if (!available) console.warn(`gold.test.ts: ${scorer} not found — scoring against the gold is skipped`);

interface Summary { f1: number; leads: number; partners: number; deadline: number }
/** `metaOk`: the share of title/docNumber/issued fields right. */
interface Scored { summary: Record<string, Summary>; metaOk?: number }

function score(golds: string[], output: string): Scored {
  const pred = join(mkdtempSync(join(tmpdir(), 'plan-extract-gold-')), 'out.json');
  writeFileSync(pred, output);
  const scored = spawnSync(process.execPath, [scorer, ...golds, '--pred', pred, '--json'], { encoding: 'utf8' });
  // The scorer prints its JSON, then a one-line verdict.
  return JSON.parse(scored.stdout.slice(0, scored.stdout.lastIndexOf('\nscore:') + 1)) as Scored;
}

describe.skipIf(!available)('seeds against the gold', () => {
  it('scores tables and lists F1 100%, leads ≥ 99% (elliptical units expanded), deadlines ≥ 97%', () => {
    const seeds = readdirSync(join(ROOT, 'seeds')).sort().map((f) => `seeds/${f}`);
    const run = runCli(seeds);
    expect(run.code).toBe(0);
    const { summary } = score(['tables.gold.json', 'lists.gold.json'].map((g) => join(shared, 'gold', g)), run.stdout);
    for (const origin of ['table', 'list']) {
      expect(summary[origin]!.f1).toBe(1);
      expect(summary[origin]!.leads).toBeGreaterThanOrEqual(0.99);
      expect(summary[origin]!.deadline).toBeGreaterThanOrEqual(0.97);
    }
  });
});

const real = join(shared, 'real');
const realAvailable = available && existsSync(join(real, 'gold.json'));
if (!realAvailable) console.warn(`gold.test.ts: ${real}/gold.json not found — the real published pages are not scored`);

describe.skipIf(!realAvailable)('real published pages (../shared/real) against their gold', () => {
  it('scores F1 ≥ 97%, leads ≥ 97%, deadlines ≥ 97%, metadata ≥ 95%, with no internal error', () => {
    const gold = JSON.parse(readFileSync(join(real, 'gold.json'), 'utf8')) as { documents: { source: string }[] };
    const run = runCli(gold.documents.map((d) => join(real, d.source)));
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.code).toBe(0);
    const { summary, metaOk } = score([join(real, 'gold.json')], run.stdout);
    expect(summary.list!.f1).toBeGreaterThanOrEqual(0.97);
    expect(summary.list!.leads).toBeGreaterThanOrEqual(0.97);
    expect(summary.list!.deadline).toBeGreaterThanOrEqual(0.97);
    // No page of the corpus has a task table: a table task there is a false one.
    expect(summary.table?.f1 ?? 1).toBe(1);
    expect(metaOk).toBeGreaterThanOrEqual(0.95);
  });
});
