/**
 * The stage-by-stage adversarial suite shared by adversarial.test.ts and
 * adversarial-targeted.test.ts: every stage entry point on ~1 MB of a shape,
 * each result checked for sanity, the work bounded by the per-test timeout.
 */
import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../src/tasks/units.js';
import { numberingOf, seqFromCell } from '../../src/tasks/seq.js';
import { findDeadline, resolveDeadline } from '../../src/deadline/index.js';
import { detectTaskLists } from '../../src/detect/lists.js';
import { readMeta } from '../../src/detect/metadata.js';
import { detectTaskTable } from '../../src/detect/taskTables.js';
import { extractBytes, extractDocument, readDocument } from '../../src/index.js';
import type { Block, DocumentModel } from '../../src/model/document.js';
import type { Deadline, DocumentRecord } from '../../src/model/records.js';
import { parseText } from '../../src/read/text.js';
import { adversarialTable, htmlPage, type Shape } from './shapes.js';

/** Per test: a linear stage reads 1 MB in a few seconds even on a loaded 2-core box, a quadratic one takes minutes. */
export const TIMEOUT = 20_000;
const KINDS = ['date', 'range', 'recurring', 'ongoing', 'multiple', 'unspecified'];

const timings = new Map<string, Map<string, number>>();
export async function timed<T>(shape: string, stage: string, f: () => T | Promise<T>): Promise<T> {
  const t0 = performance.now();
  const out = await f();
  const row = timings.get(shape) ?? new Map<string, number>();
  row.set(stage, performance.now() - t0);
  timings.set(shape, row);
  return out;
}

/** With ROBUST_TIMINGS set, prints the time of every stage and shape (call from afterAll). */
export function printTimings(): void {
  if (!process.env['ROBUST_TIMINGS']) return;
  const stages = [...new Set([...timings.values()].flatMap((r) => [...r.keys()]))];
  const lines = [`shape | ${stages.join(' | ')}`];
  for (const [shape, row] of timings) lines.push(`${shape} | ${stages.map((s) => (row.has(s) ? `${row.get(s)!.toFixed(0)}` : '-')).join(' | ')}`);
  console.log(`ms per stage, ~1 MB inputs\n${lines.join('\n')}`);
}

const lineCount = (text: string) => text.split(/\r\n|\n|\r/).length;

/**
 * The checks below collect what is wrong and assert once: an `expect` per
 * row of a 250,000-row table costs more than reading the table.
 */
function problems(check: (fail: (what: string) => void) => void): string[] {
  const out: string[] = [];
  check((what) => {
    if (out.length < 5) out.push(what);
  });
  return out;
}

/** Every block (and row) points at a line of the text; every row has the grid width. */
function expectBlocksWithin(blocks: readonly Block[], lines: number): void {
  const within = (n: number) => Number.isInteger(n) && n >= 1 && n <= lines;
  expect(problems((fail) => {
    for (const b of blocks) {
      if (!within(b.line)) fail(`block at line ${b.line}`);
      if (b.kind !== 'table') continue;
      if (b.rows.length === 0) fail(`table at line ${b.line} has no rows`);
      for (const r of b.rows) {
        if (r.cells.length !== b.width) fail(`row at line ${r.line} has ${r.cells.length} cells, width ${b.width}`);
        if (!within(r.line) || r.line < b.line) fail(`row at line ${r.line} of a table at line ${b.line}`);
      }
    }
  })).toEqual([]);
}

function deadlineProblem(d: Deadline): string | null {
  if (!KINDS.includes(d.kind)) return `deadline kind ${d.kind}`;
  if (d.end !== null && !/^\d{4}-\d{2}-\d{2}$/.test(d.end)) return `deadline end ${d.end}`;
  return null;
}

function expectDeadline(d: Deadline): void {
  expect(deadlineProblem(d)).toBeNull();
}

function expectRecord(rec: DocumentRecord, lines: number): void {
  expect(problems((fail) => {
    for (const t of rec.tasks) {
      if (!(t.line >= 1 && t.line <= lines)) fail(`task ${t.id} at line ${t.line}`);
      if (!t.task) fail(`task ${t.id} has no text`);
      if ([...t.leads, ...t.partners].some((u) => !u)) fail(`task ${t.id} has an empty unit`);
      const d = t.deadline && deadlineProblem(t.deadline);
      if (d) fail(`task ${t.id}: ${d}`);
    }
    for (const t of rec.tables) if (t.rows > rec.tasks.length) fail(`table ${t.index} counts ${t.rows} rows`);
  })).toEqual([]);
}

const model = (blocks: Block[]): DocumentModel => ({ source: 'adversarial.txt', format: 'txt', encoding: 'utf-8', lineBase: 'line', blocks, warnings: [] });

/** One describe per shape, one test per stage entry point. */
export function describeStages(list: readonly Shape[]): void {
  describe.each(list.map((s) => [s.name, s] as [string, Shape]))('~1 MB of %s', (name, { text }) => {
    const lines = lineCount(text);
    const bytes = Buffer.from(text, 'utf8');
    let blocks: Block[] | null = null;
    /** The text reader's blocks, for the detectors (read once per shape). */
    const parsed = () => (blocks ??= parseText(text));

    it('parseText', async () => {
      blocks = await timed(name, 'parseText', () => parseText(text));
      expectBlocksWithin(blocks, lines);
    }, TIMEOUT);

    it('readDocument (.txt bytes)', async () => {
      const m = await timed(name, 'read .txt', () => readDocument(bytes, 'adversarial.txt'));
      expect(m.format).toBe('txt');
      expect(m.blocks.length).toBe(parsed().length);
      expectBlocksWithin(m.blocks, lines);
    }, TIMEOUT);

    it('readDocument (.html bytes)', async () => {
      const html = Buffer.from(htmlPage(text), 'utf8');
      const m = await timed(name, 'read .html', () => readDocument(html, 'adversarial.html'));
      expect(m.format).toBe('html');
      // Block order indices: paragraphs and rows, increasing.
      let last = 0;
      expect(problems((fail) => {
        for (const b of m.blocks) {
          if (!(b.line > last)) fail(`block ${b.line} after ${last}`);
          last = b.kind === 'table' ? b.rows[b.rows.length - 1]!.line : b.line;
        }
      })).toEqual([]);
      expect(last).toBeLessThanOrEqual(lines + 1);
    }, TIMEOUT);

    it('detectTaskTable on a table of adversarial cells, and its tasks', async () => {
      const table = adversarialTable(text);
      const layout = await timed(name, 'detectTaskTable', () => detectTaskTable(table));
      expect(layout?.headerRows).toEqual([1]);
      expect(layout!.columns.map((c) => c?.role ?? null)).toEqual(['seq', 'task', 'lead', 'partners', 'deadline']);
      const rec = await timed(name, 'table tasks', () => extractDocument(model([table])));
      expect(rec.tables).toHaveLength(1);
      expect(rec.tasks.length).toBeLessThanOrEqual(table.rows.length - 2);
      expectRecord(rec, table.rows.length);
    }, TIMEOUT);

    it('readMeta', async () => {
      const blocks = parsed();
      const meta = await timed(name, 'readMeta', () => readMeta(blocks));
      if (meta.title !== null) expect(meta.title.length).toBeLessThanOrEqual(80);
      if (meta.docNumber !== null) expect(meta.docNumber.length).toBeLessThanOrEqual(40);
      if (meta.issued !== null) expect(meta.issued).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (meta.year !== null) expect(meta.year).toBeGreaterThanOrEqual(1900);
      // A text of many lines as one paragraph, too.
      if (lines > 1) await timed(name, 'readMeta (1 block)', () => readMeta([{ kind: 'paragraph', text, line: 1 }]));
    }, TIMEOUT);

    it('detectTaskLists', async () => {
      const blocks = parsed();
      const items = await timed(name, 'detectTaskLists', () => detectTaskLists(blocks));
      expect(problems((fail) => {
        for (const item of items) {
          if (!(item.line >= 1 && item.line <= lines)) fail(`item at line ${item.line}`);
          if (!item.task || !item.responsibility) fail(`item at line ${item.line} lacks its task or clause`);
        }
      })).toEqual([]);
      if (lines === 1) return;
      const one = await timed(name, 'detectTaskLists (1 block)', () => detectTaskLists([{ kind: 'paragraph', text, line: 1 }]));
      expect(one.filter((item) => item.line !== 1)).toEqual([]);
    }, TIMEOUT);

    it('splitUnits', async () => {
      const { leads, partners } = await timed(name, 'splitUnits', () => splitUnits(text));
      expect(leads.length + partners.length).toBeLessThanOrEqual(text.length);
      expect([...leads, ...partners].filter((u) => !u)).toEqual([]);
      expect(new Set(leads).size).toBe(leads.length);
      expect(new Set(partners).size).toBe(partners.length);
    }, TIMEOUT);

    it('numberingOf / seqFromCell', async () => {
      const n = await timed(name, 'numberingOf', () => numberingOf(text, '1'));
      if (n !== null) expect(n.length).toBeLessThanOrEqual(4);
      const s = await timed(name, 'seqFromCell', () => seqFromCell(text));
      if (s !== null) expect(s.length).toBeLessThanOrEqual(text.length);
    }, TIMEOUT);

    it('resolveDeadline / findDeadline', async () => {
      expectDeadline(await timed(name, 'resolveDeadline', () => resolveDeadline(text, { year: 2020 })));
      const found = await timed(name, 'findDeadline', () => findDeadline(text, { year: 2020 }));
      if (found) {
        expectDeadline(found);
        expect(found.text.length).toBeLessThanOrEqual(text.length);
      }
    }, TIMEOUT);

    it('extractBytes (.txt)', async () => {
      const rec = await timed(name, 'extractBytes', () => extractBytes(bytes, 'adversarial.txt'));
      expect(rec.format).toBe('txt');
      expectRecord(rec, lines);
    }, TIMEOUT);
  });
}
