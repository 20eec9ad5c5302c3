import { describe, expect, it } from 'vitest';
import { defaultBudgetMs, defaultJobs, inOrder } from '../../src/cli/pool.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function collect<R>(gen: AsyncGenerator<R>): Promise<R[]> {
  const out: R[] = [];
  for await (const r of gen) out.push(r);
  return out;
}

describe('inOrder', () => {
  it('yields results in input order whatever order they finish in', async () => {
    const delays = [30, 1, 20, 5, 0, 12, 3, 25, 2, 8];
    const out = await collect(inOrder(delays, 3, async (d, i) => { await sleep(d); return i; }));
    expect(out).toEqual(delays.map((_, i) => i));
  });

  it('runs at most `jobs` tasks at once and starts no more than `ahead` past the one awaited', async () => {
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const gen = inOrder(Array.from({ length: 40 }, (_, i) => i), 2, async (i) => {
      started.push(i);
      running++;
      most = Math.max(most, running);
      await sleep(i === 0 ? 40 : 1);
      running--;
      return i;
    }, 6);
    const first = await gen.next();
    expect(first.value).toBe(0);
    // While item 0 was slow, only the window of 6 could have started.
    expect(Math.max(...started)).toBeLessThan(7);
    const rest = await collect(gen);
    expect(rest).toEqual(Array.from({ length: 39 }, (_, i) => i + 1));
    expect(most).toBe(2);
  });

  it('handles no items and one item', async () => {
    expect(await collect(inOrder([], 4, async () => 1))).toEqual([]);
    expect(await collect(inOrder(['a'], 4, async (x) => x + '!'))).toEqual(['a!']);
  });
});

describe('budgets', () => {
  it('gives a 50 MB plan 35 s and any document at least 10 s', () => {
    expect(defaultBudgetMs(0)).toBe(10_000);
    expect(defaultBudgetMs(50 * 1024 * 1024)).toBe(35_000);
  });

  it('never starts more workers than files', () => {
    expect(defaultJobs(1)).toBe(1);
    expect(defaultJobs(10_000)).toBeGreaterThanOrEqual(1);
    expect(defaultJobs(10_000)).toBeLessThanOrEqual(256);
  });
});
