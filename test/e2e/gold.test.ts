/**
 * The seeds scored against the hand-checked gold with the project's own
 * scorer (`../shared/eval/score.mjs`), when `../shared` is beside the
 * checkout (as in CI); skipped with a note otherwise.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
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

describe.skipIf(!available)('seeds against the gold', () => {
  it('scores tables F1 ≥ 98%, leads ≥ 95%, deadlines ≥ 97%, and lists F1 ≥ 95%, leads ≥ 90%, deadlines ≥ 90%', () => {
    const seeds = readdirSync(join(ROOT, 'seeds')).sort().map((f) => `seeds/${f}`);
    const run = runCli(seeds);
    expect(run.code).toBe(0);
    const pred = join(mkdtempSync(join(tmpdir(), 'plan-extract-gold-')), 'out.json');
    writeFileSync(pred, run.stdout);
    const golds = ['tables.gold.json', 'lists.gold.json'].map((g) => join(shared, 'gold', g));
    const scored = spawnSync(process.execPath, [scorer, ...golds, '--pred', pred, '--json'], { encoding: 'utf8' });
    // The scorer prints its JSON, then a one-line verdict.
    const { summary } = JSON.parse(scored.stdout.slice(0, scored.stdout.lastIndexOf('\nscore:') + 1));
    expect(summary.table.f1).toBeGreaterThanOrEqual(0.98);
    expect(summary.table.leads).toBeGreaterThanOrEqual(0.95);
    expect(summary.table.deadline).toBeGreaterThanOrEqual(0.97);
    expect(summary.list.f1).toBeGreaterThanOrEqual(0.95);
    expect(summary.list.leads).toBeGreaterThanOrEqual(0.9);
    expect(summary.list.deadline).toBeGreaterThanOrEqual(0.9);
  });
});
