/**
 * The shipped JSON Schema against the real output: every format of the seeds
 * and of ../shared/real validates, and CSV, YAML and NDJSON hold the same
 * tasks as JSON. The schema's code lists are the code unions of the source.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUT_ERROR_CODES, WARNING_CODES } from '../../src/index.js';
import { CSV_COLUMNS } from '../../src/write/csv.js';
import { ROOT, runCli } from '../support/cli.js';
import { SCHEMA, validateOutput } from '../support/schema.js';
import { SHARED } from '../support/paths.js';

const SEEDS = readdirSync(join(ROOT, 'seeds')).sort().map((f) => `seeds/${f}`);
const REAL_DIR = join(SHARED, 'real');
const HAS_REAL = existsSync(REAL_DIR);
if (!HAS_REAL) process.stderr.write(`schema.test: ${REAL_DIR} not found — SKIPPED: the schema check of the real pages\n`);
const REAL = HAS_REAL ? readdirSync(REAL_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => join(REAL_DIR, f)) : [];

interface Run { documents: { source: string; title: string | null; docNumber: string | null; issued: string | null; tasks: Record<string, unknown>[] }[] }

const csvOf = (v: unknown) => (v === null ? '' : Array.isArray(v) ? v.join('；') : String(v));

/** Every format of one run: each validated (runCli does it) and holding the JSON's tasks. */
function checkAllFormats(inputs: string[]): void {
  const json = JSON.parse(runCli([...inputs, '--quiet']).stdout) as Run;
  const yaml = validateOutput(runCli([...inputs, '--quiet', '-f', 'yaml']).stdout, 'yaml');
  expect(yaml).toEqual(json);
  const nd = validateOutput(runCli([...inputs, '--quiet', '-f', 'ndjson']).stdout, 'ndjson') as Record<string, unknown>[];
  expect(nd).toEqual(json.documents.flatMap((d) => d.tasks.map((t) => ({ source: d.source, ...t }))));
  const csv = validateOutput(runCli([...inputs, '--quiet', '-f', 'csv']).stdout, 'csv') as Record<string, string>[];
  const expected = json.documents.flatMap((d) => d.tasks.map((t) => {
    const dl = t.deadline as Record<string, unknown> | null;
    const row: Record<string, string> = {
      id: csvOf(t.id), source: d.source, title: csvOf(d.title), docNumber: csvOf(d.docNumber), issued: csvOf(d.issued),
      origin: csvOf(t.origin), table: csvOf(t.table), seq: csvOf(t.seq), path: (t.path as string[]).join(' > '), task: csvOf(t.task),
      content: csvOf(t.content), leads: csvOf(t.leads), partners: csvOf(t.partners),
    };
    for (const k of ['text', 'kind', 'start', 'end', 'precision', 'every', 'ongoing']) row[`deadline_${k}`] = dl ? csvOf(dl[k]) : '';
    row.line = csvOf(t.line);
    return row;
  }));
  expect(csv).toEqual(expected);
}

describe('the JSON Schema', () => {
  it('is draft 2020-12 and lists exactly the codes of the source', () => {
    expect(SCHEMA.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(SCHEMA.$defs.warning.properties.code.enum).toEqual([...WARNING_CODES]);
    expect(SCHEMA.$defs.inputError.properties.code.enum).toEqual([...INPUT_ERROR_CODES]);
    expect(SCHEMA.$defs.csvRow.required).toEqual([...CSV_COLUMNS]);
  });

  it('rejects output that breaks the contract', () => {
    const good = JSON.parse(runCli([SEEDS[0]!]).stdout);
    expect(() => validateOutput(JSON.stringify(good), 'json')).not.toThrow();
    const bad = structuredClone(good);
    delete bad.documents[0].tasks[0].leads;
    expect(() => validateOutput(JSON.stringify(bad), 'json')).toThrow(/leads/);
    bad.documents[0].tasks[0].leads = [];
    bad.documents[0].tasks[0].deadline.end = '2018年底';
    expect(() => validateOutput(JSON.stringify(bad), 'json')).toThrow(/end/);
    expect(() => validateOutput('id,source\nx,y\n', 'csv')).toThrow(/required/);
  });

  it('validates every format of the seeds, and the formats hold the same tasks', () => {
    checkAllFormats(SEEDS);
  });

  it.skipIf(!HAS_REAL)('validates every format of the real pages in ../shared/real, with the same tasks', () => {
    checkAllFormats(REAL);
  });
});
