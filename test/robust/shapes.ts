/**
 * Adversarial inputs for the robustness tests: ~1 MB (UTF-8) of one shape
 * repeated, the runs that make a backtracking regex or a per-line rescan
 * blow up (digits, 年, brackets, TABs, labels), and seeded random CJK text.
 */
import type { Cell, Row, TableBlock } from '../../src/model/document.js';

/** Target size of each adversarial input, in UTF-8 bytes. */
export const MB = 1_000_000;

/** `unit` repeated until the text is about `bytes` long in UTF-8. */
export function repeatTo(unit: string, bytes = MB): string {
  return unit.repeat(Math.max(1, Math.ceil(bytes / Buffer.byteLength(unit, 'utf8'))));
}

/** A small deterministic PRNG (mulberry32): no Math.random in tests. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces the detectors and the resolver react to, mixed with plain Han text and punctuation. */
const PIECES = [
  ...'年月日号底前末内起至到季度第上下半每牵头配合负责单位部门局委办区县镇等及和一二三四五六七八九十〇零百',
  ...'安全生产监管执法隐患排查治理应急救援能力提升建设完善健全落实推进',
  ...'，。、；：:;,（）()【】《》〔〕[]-—~ 　\t\n\n\r0123456789０１２.．%',
  '责任单位：', '牵头单位：', '配合单位：', '完成时限：', '（1）', '一、', '（一）', '1.', '①', '一是',
  '2020年', '2021年底前', '6月底前', '“十四五”', '附件', '实施方案', '\t1\t', '序号', '牵头负责', '按职责分工负责',
];

/** Seeded random text of plan-like pieces, about `bytes` long. */
export function mixedCjk(seed: number, bytes = MB): string {
  const rnd = prng(seed);
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const p = PIECES[Math.floor(rnd() * PIECES.length)]!;
    out.push(p);
    size += Buffer.byteLength(p, 'utf8');
  }
  return out.join('');
}

export interface Shape {
  name: string;
  text: string;
}

/** Distinct unit names joined by 、 (`局1、局2、…`): a list no set-free dedupe survives. */
export function distinctUnits(prefix: string, bytes = MB): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const u = `${prefix}${i}`;
    out.push(u);
    size += Buffer.byteLength(u, 'utf8') + 3;
  }
  return out.join('、');
}

/** The adversarial shapes of the issue. */
export function issueShapes(bytes = MB): Shape[] {
  const full = (u: string) => repeatTo(u, bytes);
  const half = (u: string) => repeatTo(u, bytes / 2);
  return [
    { name: "'1'×1e6", text: '1'.repeat(bytes) },
    { name: "'年'×N", text: full('年') },
    { name: "'（'×N", text: full('（') },
    { name: "'）'×N", text: full('）') },
    { name: "'（'×N+'）'×N (nested)", text: half('（') + half('）') },
    { name: "'\\t'×N", text: full('\t') },
    { name: "'2020年'×N", text: full('2020年') },
    { name: "'（1）'×N", text: full('（1）') },
    { name: "'、'×N", text: full('、') },
    { name: "'牵头负责等'×N", text: full('牵头负责等') },
    { name: "'责任单位：'×N", text: full('责任单位：') },
    { name: "'\\t1\\n'×N", text: full('\t1\n') },
    { name: "'a\\tb\\n'×N", text: full('a\tb\n') },
    { name: 'mixed CJK/punct (seeded)', text: mixedCjk(1, bytes) },
  ];
}

/**
 * Shapes aimed at the table, list and unit code: lone TAB cells, a TAB table
 * whose rows differ in length, distinct units, a list item whose first
 * sentence runs over many lines, labelled and Traditional clauses. Each of
 * them found a quadratic loop or a stack overflow.
 */
export function targetedShapes(bytes = MB): Shape[] {
  const full = (u: string) => repeatTo(u, bytes);
  const half = (u: string) => repeatTo(u, bytes / 2);
  return [
    { name: "'\\t1\\n\\n'×N (lone cells)", text: full('\t1\n\n') },
    { name: 'TAB rows of 2, then one long row', text: half('\t序号\n\t任务\n\n') + half('\t1\n') },
    { name: "'局N、'×N (distinct units)", text: distinctUnits('区局') },
    { name: "'（1）…，\\n'+'继续，\\n'×N+clause", text: `（1）加强安全管理，\n${repeatTo('继续推进工作，\n', bytes - 100)}责任单位：区安监局\n` },
    { name: "'牵头单位：局N；'×N (one clause)", text: `（1）加强安全管理。\n牵头单位：${distinctUnits('局', bytes / 2).replaceAll('、', '；配合单位：')}\n` },
    { name: "'責任單位：局N、'×N (Traditional)", text: `（1）加強安全管理。\n責任單位：${distinctUnits('區局', bytes - 100)}\n` },
  ];
}

const cell = (text: string, line: number): Cell => ({ text, lines: text ? text.split('\n') : [], line, colSpan: 1, rowSpan: 1, covered: false });

/** Cuts `text` into `n` pieces of about the same length. */
function pieces(text: string, n: number): string[] {
  const size = Math.ceil(text.length / n);
  return Array.from({ length: n }, (_, k) => text.slice(k * size, (k + 1) * size));
}

/**
 * A task table built from the adversarial text: a first row of five cells
 * holding the whole text between them (where the header is looked for),
 * then a real header, then one row holding the text again (every column:
 * task, lead, partners, deadline) and 100 rows of 1 KB cells. Detection finds
 * the header in row 2 and the builder reads every cell.
 */
export function adversarialTable(text: string): TableBlock {
  const header = ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'];
  const grid: string[][] = [pieces(text, 5), header, pieces(text, 5)];
  const chunks: string[] = [];
  for (let i = 0; i < text.length && chunks.length < 500; i += 1000) chunks.push(text.slice(i, i + 1000));
  for (let i = 0; i < chunks.length; i += 5) grid.push([0, 1, 2, 3, 4].map((k) => chunks[i + k] ?? ''));
  const rows: Row[] = grid.map((r, ri) => ({ cells: r.map((t) => cell(t, ri + 1)), line: ri + 1 }));
  return { kind: 'table', line: 1, width: 5, rows, caption: '' };
}

/** The text in an HTML page, one `<p>` per line. */
export function htmlPage(text: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = text.split('\n').map((l) => `<p>${esc(l)}</p>`).join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body><div class="content">${body}</div></body></html>`;
}
