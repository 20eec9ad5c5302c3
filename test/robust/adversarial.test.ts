/**
 * No catastrophic backtracking, no quadratic loop, no stack overflow: every
 * stage entry point (stages.ts) is fed ~1 MB of each adversarial shape of the
 * issue — long runs of digits, 年, brackets, TABs, labels; TAB-cell lines;
 * seeded random CJK — and the HTML reader 10,000 nested elements and a 1 MB
 * page of one giant table. The work is bounded by the per-test timeout, not
 * by wall-clock asserts: a linear stage reads 1 MB in a second or two, a
 * quadratic one takes minutes (nested brackets took 226 s in splitUnits
 * before it was fixed, 10,000 nested <header>s 34 s in the HTML reader).
 * Each result is checked for sanity (no throw, plausible output).
 * adversarial-targeted.test.ts runs the same stages on shapes aimed at the
 * table, list and unit code.
 *
 * `ROBUST_TIMINGS=1 npx vitest run test/robust` prints the time of every
 * stage and shape.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { extractBytes, readDocument } from '../../src/index.js';
import { issueShapes } from './shapes.js';
import { describeStages, printTimings, TIMEOUT, timed } from './stages.js';

afterAll(printTimings);

describeStages(issueShapes());

describe('adversarial HTML', () => {
  const page = (body: string) => Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`, 'utf8');

  it('10,000 nested <div>s', async () => {
    const D = 10_000;
    const bytes = page(`${'<div>'.repeat(D)}一、加强组织领导。责任单位：区安监局${'</div>'.repeat(D)}`);
    const rec = await timed('10,000 nested <div>', 'extractBytes', () => extractBytes(bytes, 'deep.html'));
    expect(rec.tasks).toHaveLength(1);
    expect(rec.tasks[0]).toMatchObject({ task: '加强组织领导。', leads: ['区安监局'], line: 1 });
  }, TIMEOUT);

  it('10,000 nested <div>s never closed', async () => {
    const bytes = page(`${'<div class="content">'.repeat(10_000)}一、加强组织领导`);
    const m = await timed('10,000 unclosed <div>', 'read .html', () => readDocument(bytes, 'deep.html'));
    expect(m.blocks).toEqual([{ kind: 'paragraph', text: '一、加强组织领导', line: 1 }]);
  }, TIMEOUT);

  it('10,000 nested <header>s around the article title', async () => {
    // Each <header> asks whether it holds the title: one walk, not one per level.
    const D = 10_000;
    const bytes = page(`${'<header>'.repeat(D)}<h1>安全生产实施方案</h1>${'</header>'.repeat(D)}<p>一、加强组织领导。责任单位：区安监局</p>`);
    const m = await timed('10,000 nested <header>', 'read .html', () => readDocument(bytes, 'deep.html'));
    expect(m.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toContain('安全生产实施方案');
  }, TIMEOUT);

  it('a 1 MB page of one giant task table', async () => {
    let html = '<table><tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>完成时限</th></tr>';
    let rows = 0;
    while (html.length < 1_000_000) {
      rows++;
      html += `<tr><td>${rows}</td><td>加强安全生产监管执法${rows}</td><td>区安监局、区发改局</td><td>${2018 + (rows % 5)}年底前</td></tr>`;
    }
    const rec = await timed('1 MB table, task rows', 'extractBytes', () => extractBytes(page(`${html}</table>`), 'table.html'));
    expect(rec.tables).toHaveLength(1);
    expect(rec.tasks).toHaveLength(rows);
    expect(rec.tasks[rows - 1]).toMatchObject({ seq: String(rows), leads: ['区安监局', '区发改局'], line: rows + 1 });
  }, TIMEOUT);

  it('a 1 MB page of one giant table of 125,000 tiny rows', async () => {
    const n = 125_000;
    const body = `<table><thead><tr><td>序号</td><td>重点任务</td><td>牵头单位</td></tr></thead><tbody>${'<tr><td>'.repeat(n)}</tbody></table>`;
    const m = await timed('1 MB table, 125,000 tiny rows', 'read .html', () => readDocument(page(body), 'table.html'));
    const [t] = m.blocks;
    expect(t?.kind).toBe('table');
    if (t?.kind !== 'table') return;
    expect(t.rows).toHaveLength(n + 1);
    expect(t.width).toBe(3);
  }, TIMEOUT);
});
