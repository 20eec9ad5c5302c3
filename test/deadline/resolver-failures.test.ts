/**
 * A bug inside the resolver must not take the document down, nor go
 * unheard: the phrase is `unspecified`, the failure is reported (and not
 * cached, so each document hears of its own), and the document gets a
 * DETECTOR_FAILED warning.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/deadline/interpret.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/deadline/interpret.js')>();
  return {
    ...real,
    interpret: (...args: Parameters<typeof real.interpret>) => {
      if (args[0].folded.includes('爆炸')) throw new Error('simulated parser bug');
      return real.interpret(...args);
    },
  };
});

const { DeadlineResolver } = await import('../../src/deadline/resolver.js');
const { extractDocument } = await import('../../src/extract.js');
const { parseText } = await import('../../src/read/text.js');

describe('resolver failures', () => {
  it('become unspecified records and are handed out once per call, never cached away', () => {
    const r = new DeadlineResolver({ year: 2021 });
    expect(r.resolve('爆炸2021年底前')).toMatchObject({ kind: 'unspecified', text: '爆炸2021年底前' });
    expect(r.takeFailures()).toEqual([{ text: '爆炸2021年底前', error: 'simulated parser bug' }]);
    expect(r.takeFailures()).toEqual([]);
    r.resolve('爆炸2021年底前');
    expect(r.takeFailures()).toHaveLength(1);
    expect(r.resolve('2021年底前').end).toBe('2021-12-31');
    expect(r.takeFailures()).toEqual([]);
  });

  it('give the document a DETECTOR_FAILED warning', () => {
    const text = ['\t序号', '\t重点任务', '\t牵头单位', '\t完成时限', '', '\t1', '\t排查', '\t区水利局', '\t爆炸2021年底前'].join('\n');
    const doc = extractDocument({ source: 'x.txt', format: 'txt', encoding: 'utf-8', lineBase: 'line', blocks: parseText(text), warnings: [] });
    expect(doc.tasks[0]!.deadline!.kind).toBe('unspecified');
    expect(doc.warnings).toEqual([{ code: 'DETECTOR_FAILED', message: expect.stringMatching(/^the deadline resolver failed on "爆炸2021年底前" \(simulated parser bug\)/) }]);
  });
});
