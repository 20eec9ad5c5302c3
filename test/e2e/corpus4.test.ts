// Fourth blind evaluation corpus (fixtures/corpus4, written by fixtures/corpus4/make.mjs:
// 任务台账 tables, unusual deadline notations and lead cells, ①/1）/(1)/第一条 lists,
// spreadsheet TAB rows with quoted multi-line cells, <td><strong> headers, a two-level
// merged docx header, a Big5 page, a text table split by a page number; hand-made gold):
// runs the built CLI over every document and scores
// the output with the shared scorer (../shared/eval/score.mjs) when it is there.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CLI = join(ROOT, 'bin', 'plan-extract.js');
const CORPUS = join(ROOT, 'fixtures', 'corpus4');
const GOLD = join(CORPUS, 'gold.json');
const SCORER = resolve(ROOT, '..', 'shared', 'eval', 'score.mjs');
const HAS_SCORER = existsSync(SCORER);

// The documents only (not gold.json / make.mjs), as paths relative to the repo root.
const DOCS = readdirSync(CORPUS)
  .filter((f) => /\.(docx?|html?|txt)$/i.test(f))
  .sort()
  .map((f) => `fixtures/corpus4/${f}`);

interface OriginScore { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number; leads: number; deadline: number }
interface ScoreReport {
  summary: Record<string, OriginScore>;
  report: { doc: string; missed?: string[]; extra?: string[]; wrongDeadline?: string[]; wrongLeads?: string[] }[];
}

let cached: { json: string; out: { documents: { source: string; tasks: unknown[] }[]; errors: unknown[] } } | null = null;
function extract() {
  if (cached) return cached;
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  const r = spawnSync(process.execPath, [CLI, ...DOCS, '--format', 'json', '--quiet'], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`plan-extract exited ${r.status}: ${r.stderr}`);
  cached = { json: r.stdout, out: JSON.parse(r.stdout) };
  return cached;
}

if (!HAS_SCORER) {
  process.stderr.write(`corpus4.test: ${SCORER} not found; corpus scoring skipped\n`);
}

describe('fourth blind corpus (fixtures/corpus4)', () => {
  it('has its documents and gold', () => {
    const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as { documents: { source: string; tasks: unknown[] }[] };
    expect(DOCS.length).toBeGreaterThanOrEqual(8);
    expect(gold.documents.map((d) => d.source).sort()).toEqual(DOCS);
  });

  it('reads every document without an error', () => {
    const { out } = extract();
    expect(out.errors).toEqual([]);
    expect(out.documents.map((d) => d.source).sort()).toEqual(DOCS);
    for (const d of out.documents) expect(d.tasks.length, d.source).toBeGreaterThan(0);
  });

  it.skipIf(!HAS_SCORER)('scores table and list F1 >= 0.95, leads >= 0.9, deadline >= 0.9', () => {
    const { json } = extract();
    const dir = mkdtempSync(join(tmpdir(), 'plan-extract-corpus4-'));
    const pred = join(dir, 'corpus4.json');
    writeFileSync(pred, json);
    const r = spawnSync(process.execPath, [SCORER, GOLD, '--pred', pred, '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.stdout, r.stderr).not.toBe('');
    // --json prints the report, then the scorer's one-line verdict (`score: F1 …`).
    const end = r.stdout.lastIndexOf('\nscore:');
    const score = JSON.parse(end >= 0 ? r.stdout.slice(0, end) : r.stdout) as ScoreReport;
    const problems = score.report
      .flatMap((d) => [...(d.missed ?? []).map((x) => `missed ${x}`), ...(d.extra ?? []).map((x) => `extra ${x}`),
        ...(d.wrongDeadline ?? []).map((x) => `deadline ${x}`), ...(d.wrongLeads ?? []).map((x) => `leads ${x}`)]
        .map((x) => `${d.doc}: ${x}`))
      .join('\n');
    for (const origin of ['table', 'list']) {
      const s = score.summary[origin];
      expect(s, `no ${origin} tasks scored`).toBeDefined();
      expect(s.f1, `${origin} F1\n${problems}`).toBeGreaterThanOrEqual(0.95);
      expect(s.leads, `${origin} leads\n${problems}`).toBeGreaterThanOrEqual(0.9);
      expect(s.deadline, `${origin} deadline\n${problems}`).toBeGreaterThanOrEqual(0.9);
    }
  });
});
