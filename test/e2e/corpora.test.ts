/**
 * The blind corpora (fixtures/corpus*, each written by its make.mjs with a
 * gold of its own, made by hand from the spec without reading the code):
 * documents the tool had never seen — docx from Word, LibreOffice and the
 * `docx` package, .doc, GBK/Big5/UTF-16/GB18030 text and pages, Traditional
 * characters, split tables, scraped text, automatic numbering, odd column
 * orders and list forms. The built CLI reads every document; the shared
 * scorer (../shared/eval/score.mjs) grades the output when it is there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, onceJson } from '../support/cli.js';
import { SHARED } from '../support/paths.js';

const SCORER = resolve(SHARED, 'eval', 'score.mjs');
const HAS_SCORER = existsSync(SCORER);
if (!HAS_SCORER) process.stderr.write(`corpora.test: ${SCORER} not found; corpus scoring skipped\n`);

const CORPORA = readdirSync(join(ROOT, 'fixtures')).filter((d) => /^corpus\d*$/.test(d)).sort();

interface OriginScore { f1: number; leads: number; deadline: number }
interface ScoreReport {
  summary: Record<string, OriginScore>;
  report: { doc: string; missed?: string[]; extra?: string[]; wrongDeadline?: string[]; wrongLeads?: string[] }[];
}

describe.each(CORPORA)('blind corpus fixtures/%s', (corpus) => {
  const dir = join(ROOT, 'fixtures', corpus);
  const gold = join(dir, 'gold.json');
  // The documents only (not gold.json / make.mjs / sources), as the gold names them.
  const docs = readdirSync(dir).filter((f) => /\.(docx?|html?|txt)$/i.test(f)).sort().map((f) => `fixtures/${corpus}/${f}`);
  const extract = onceJson(docs);

  it('reads every document of the gold without an error, and finds tasks in each', () => {
    const golden = JSON.parse(readFileSync(gold, 'utf8')) as { documents: { source: string }[] };
    expect(golden.documents.map((d) => d.source).sort()).toEqual(docs);
    const out = JSON.parse(extract()) as { documents: { source: string; tasks: unknown[] }[]; errors: unknown[] };
    expect(out.errors).toEqual([]);
    expect(out.documents.map((d) => d.source).sort()).toEqual(docs);
    for (const d of out.documents) expect(d.tasks.length, d.source).toBeGreaterThan(0);
  });

  it.skipIf(!HAS_SCORER)('scores table and list F1 ≥ 95%, leads ≥ 90%, deadlines ≥ 90%', () => {
    const pred = join(mkdtempSync(join(tmpdir(), `plan-extract-${corpus}-`)), 'out.json');
    writeFileSync(pred, extract());
    const r = spawnSync(process.execPath, [SCORER, gold, '--pred', pred, '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    // --json prints the report, then the scorer's one-line verdict (`score: F1 …`).
    const end = r.stdout.lastIndexOf('\nscore:');
    const score = JSON.parse(end >= 0 ? r.stdout.slice(0, end) : r.stdout) as ScoreReport;
    const problems = score.report
      .flatMap((d) => [
        ...(d.missed ?? []).map((x) => `missed ${x}`), ...(d.extra ?? []).map((x) => `extra ${x}`),
        ...(d.wrongDeadline ?? []).map((x) => `deadline ${x}`), ...(d.wrongLeads ?? []).map((x) => `leads ${x}`),
      ].map((x) => `${d.doc}: ${x}`))
      .join('\n');
    for (const origin of Object.keys(score.summary)) {
      const s = score.summary[origin]!;
      expect(s.f1, `${origin} F1\n${problems}`).toBeGreaterThanOrEqual(0.95);
      expect(s.leads, `${origin} leads\n${problems}`).toBeGreaterThanOrEqual(0.9);
      expect(s.deadline, `${origin} deadline\n${problems}`).toBeGreaterThanOrEqual(0.9);
    }
  });
});
