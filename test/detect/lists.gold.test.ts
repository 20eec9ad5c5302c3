/**
 * Scores list detection on the seeds against the shared gold, the way
 * `shared/eval/score.mjs` does: tasks pair one to one by the similarity of
 * their task/content text, then leads and deadlines are compared per pair.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/read/text.js';
import { detectTaskLists } from '../../src/detect/lists.js';
import { buildListTasks, type DeadlineFinder } from '../../src/tasks/listTasks.js';
import type { BuiltTask, Deadline } from '../../src/model/records.js';
import { SHARED } from '../support/paths.js';

const GOLD = join(SHARED, 'gold', 'lists.gold.json');
const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const DEADLINE = fileURLToPath(new URL('../../src/deadline/index.ts', import.meta.url));

type Pred = BuiltTask;
interface GoldDoc { source: string; tasks: Pred[] }

const NUMBERING = /^(?:[（(]?[一二三四五六七八九十百]+[）)、.．]|[（(]?\d+[）)、.．]|\d+[.．、]|[一二三四五六七八九十]+是)/;
function norm(s: string | null | undefined): string {
  if (s == null) return '';
  let t = String(s).normalize('NFKC').replace(/\s+/g, '');
  for (let k = 0; k < 3 && NUMBERING.test(t); k++) t = t.replace(NUMBERING, '');
  return t.replace(/[\p{P}\p{S}]/gu, '');
}
function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) { const b = s.slice(i, i + 2); m.set(b, (m.get(b) ?? 0) + 1); }
  return m;
}
function dice(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  const A = bigrams(a.slice(0, 200)), B = bigrams(b.slice(0, 200));
  let inter = 0, na = 0, nb = 0;
  for (const v of A.values()) na += v;
  for (const v of B.values()) nb += v;
  for (const [k, v] of A) inter += Math.min(v, B.get(k) ?? 0);
  return na + nb ? (2 * inter) / (na + nb) : 0;
}
function similarity(g: Pred, p: Pred): number {
  const gt = norm(g.task), gc = norm(g.content), pt = norm(p.task), pc = norm(p.content);
  return Math.max(dice(gt, pt), dice(gt, pc), dice(gt + gc, pt + pc));
}
const unitKey = (u: string) => norm(u).replace(/^(区|乡|县|市)/, '');
const sameUnit = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 2 && (a.endsWith(b) || b.endsWith(a)));
function setF1(gold: string[], pred: string[]): number {
  const G = [...new Set(gold.map(unitKey).filter(Boolean))];
  const P = [...new Set(pred.map(unitKey).filter(Boolean))];
  if (!G.length && !P.length) return 1;
  const used = new Set<number>();
  let tp = 0;
  for (const x of P) {
    const j = G.findIndex((g, k) => !used.has(k) && sameUnit(g, x));
    if (j >= 0) { used.add(j); tp++; }
  }
  if (!tp) return 0;
  const pr = tp / P.length, rc = tp / G.length;
  return (2 * pr * rc) / (pr + rc);
}
function deadlineExact(g: Deadline, p: Deadline | null): boolean {
  if (!p) return false;
  const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);
  const kindOk = same(g.kind, p.kind) && Boolean(g.ongoing) === Boolean(p.ongoing);
  if (g.kind === 'recurring') return kindOk && same(g.every, p.every);
  return kindOk && same(g.end, p.end) && same(g.start, p.start) && same(g.every, p.every);
}

async function realFinder(): Promise<DeadlineFinder | null> {
  if (!existsSync(DEADLINE)) return null;
  try {
    const mod = (await import(/* @vite-ignore */ DEADLINE)) as { DeadlineResolver?: new (ctx?: { year: number | null }) => DeadlineFinder };
    return mod.DeadlineResolver ? new mod.DeadlineResolver({ year: null }) : null;
  } catch {
    return null;
  }
}

interface Score { tp: number; fp: number; fn: number; leads: number; dl: number; dlN: number; path: number; seq: number; problems: string[] }

function score(golds: GoldDoc[], predict: (source: string) => Pred[]): Score {
  const s: Score = { tp: 0, fp: 0, fn: 0, leads: 0, dl: 0, dlN: 0, path: 0, seq: 0, problems: [] };
  for (const gd of golds) {
    const G = gd.tasks.filter((t) => t.origin === 'list');
    const P = predict(gd.source);
    const pairs: [number, number, number][] = [];
    G.forEach((g, gi) => P.forEach((p, pi) => {
      let sim = similarity(g, p);
      if (sim < 0.6) return;
      if (Math.abs(g.line - p.line) <= 3) sim += 0.1;
      pairs.push([sim, gi, pi]);
    }));
    pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
    const gUsed = new Map<number, number>(), pUsed = new Set<number>();
    for (const [, gi, pi] of pairs) if (!gUsed.has(gi) && !pUsed.has(pi)) { gUsed.set(gi, pi); pUsed.add(pi); }
    G.forEach((g, gi) => {
      const pi = gUsed.get(gi);
      if (pi === undefined) { s.fn++; s.problems.push(`${gd.source}:${g.line} missed ${g.task.slice(0, 20)}`); return; }
      const p = P[pi]!;
      s.tp++;
      const lf = setF1([...g.leads], [...p.leads]);
      s.leads += lf;
      if (lf < 1) s.problems.push(`${gd.source}:${g.line} leads gold=${JSON.stringify(g.leads)} got=${JSON.stringify(p.leads)}`);
      if (norm(g.seq) === norm(p.seq)) s.seq++;
      if (norm(g.path.join('')) === norm(p.path.join(''))) s.path++;
      else s.problems.push(`${gd.source}:${g.line} path gold=${JSON.stringify(g.path)} got=${JSON.stringify(p.path)}`);
      if (g.deadline) {
        s.dlN++;
        if (deadlineExact(g.deadline, p.deadline)) s.dl++;
        else s.problems.push(`${gd.source}:${g.line} deadline gold=${g.deadline.text} got=${p.deadline?.text ?? 'none'}`);
      }
    });
    P.forEach((p, pi) => { if (!pUsed.has(pi)) { s.fp++; s.problems.push(`${gd.source}:${p.line} extra ${p.task.slice(0, 20)}`); } });
  }
  return s;
}

const goldPresent = existsSync(GOLD);

describe.skipIf(!goldPresent)('task lists on the seeds (gold: ../shared/gold/lists.gold.json)', () => {
  it('meets the list thresholds', async () => {
    const golds = (JSON.parse(readFileSync(GOLD, 'utf8')) as { documents: GoldDoc[] }).documents;
    const finder = (await realFinder()) ?? { find: () => null };
    const s = score(golds, (source) => {
      const name = source.split('/').pop()!;
      const blocks = parseText(readFileSync(SEEDS + name, 'utf8').replace(/^\uFEFF/, ''));
      return buildListTasks(detectTaskLists(blocks), finder);
    });
    const precision = s.tp / (s.tp + s.fp || 1);
    const recall = s.tp / (s.tp + s.fn || 1);
    const f1 = (2 * precision * recall) / (precision + recall || 1);
    const leads = s.leads / (s.tp || 1);
    const deadline = s.dlN ? s.dl / s.dlN : 1;
    const report = `list F1 ${(100 * f1).toFixed(1)}% leads ${(100 * leads).toFixed(1)}% deadline ${(100 * deadline).toFixed(1)}% ` +
      `seq ${(100 * s.seq / (s.tp || 1)).toFixed(1)}% path ${(100 * s.path / (s.tp || 1)).toFixed(1)}%`;
    console.log([report, ...s.problems.slice(0, 60)].join('\n'));
    expect(f1).toBeGreaterThanOrEqual(0.95);
    expect(leads).toBeGreaterThanOrEqual(0.9);
  });
});

if (!goldPresent) {
  describe('task lists on the seeds', () => {
    it.skip(`gold file absent at ${GOLD}; list scoring skipped`, () => {});
  });
}
