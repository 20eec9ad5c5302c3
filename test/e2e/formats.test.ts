/**
 * The fixtures of fixtures/formats/ (PDF from LibreOffice and Chromium, .odt
 * from LibreOffice, .xlsx from exceljs and LibreOffice Calc, .xls from Calc;
 * made by fixtures/make-formats.mjs from the project's own documents; the
 * text a browser copies, Chromium's innerText, by make-browser-copy.mjs), read
 * by the built CLI and scored by the shared scorer against the hand-written
 * gold of their sources: task F1, leads and deadlines ≥ 95%.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, onceJson, runCli } from '../support/cli.js';

const SCORER = resolve(ROOT, '..', 'shared', 'eval', 'score.mjs');
const DIR = join(ROOT, 'fixtures', 'formats');
const gold = JSON.parse(readFileSync(join(DIR, 'gold.json'), 'utf8')) as { documents: { source: string }[] };
const docs = gold.documents.map((d) => d.source).sort();

// Reading 25 documents (one a 25-page PDF) through the CLI: seconds on an idle
// machine, far more on a loaded one.
const SLOW = 180_000;

describe('format fixtures (PDF, .odt, .xlsx, .xls from real producers)', () => {
  const extract = onceJson(docs);

  it('every produced document has gold, and each is read without an error', () => {
    const files = readdirSync(DIR).filter((f) => (/\.(pdf|odt|xlsx|xls)$/.test(f) || /^chromium-copy-.*\.txt$/.test(f)) && !/^(?:scanned|encrypted)\.pdf$/.test(f)).map((f) => `fixtures/formats/${f}`).sort();
    expect(files).toEqual(docs);
    const out = JSON.parse(extract()) as { documents: { source: string; tasks: { page: number | null }[]; format: string }[]; errors: unknown[] };
    expect(out.errors).toEqual([]);
    for (const d of out.documents) {
      expect(d.tasks.length, d.source).toBeGreaterThan(0);
      if (d.format === 'pdf') expect(d.tasks.every((t) => typeof t.page === 'number'), d.source).toBe(true);
      else expect(d.tasks.every((t) => t.page === null), d.source).toBe(true);
    }
  }, SLOW);

  it.skipIf(!existsSync(SCORER))('scores task F1, leads and deadlines ≥ 95%', () => {
    const pred = join(mkdtempSync(join(tmpdir(), 'plan-extract-formats-')), 'out.json');
    writeFileSync(pred, extract());
    const r = spawnSync(process.execPath, [SCORER, join(DIR, 'gold.json'), '--pred', pred, '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const end = r.stdout.lastIndexOf('\nscore:');
    const score = JSON.parse(end >= 0 ? r.stdout.slice(0, end) : r.stdout) as { summary: Record<string, { f1: number; leads: number; deadline: number }> };
    for (const origin of Object.keys(score.summary)) {
      const s = score.summary[origin]!;
      expect(s.f1, `${origin} F1`).toBeGreaterThanOrEqual(0.95);
      expect(s.leads, `${origin} leads`).toBeGreaterThanOrEqual(0.95);
      expect(s.deadline, `${origin} deadline`).toBeGreaterThanOrEqual(0.95);
    }
  }, SLOW);

  it('the scanned PDF is one clear error naming OCR, and the others are still written', () => {
    const r = runCli(['fixtures/formats/scanned.pdf', 'fixtures/formats/calc-anquan.xlsx', '--format', 'json', '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^plan-extract: fixtures\/formats\/scanned\.pdf: .*ocrmypdf/)]);
    const out = JSON.parse(r.stdout) as { documents: { tasks: unknown[] }[]; errors: { code: string }[] };
    expect(out.errors.map((e) => e.code)).toEqual(['SCANNED_PDF']);
    expect(out.documents[0]!.tasks.length).toBe(12);
  }, SLOW);
});
