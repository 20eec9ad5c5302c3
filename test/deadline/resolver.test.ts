import { afterEach, describe, expect, test, vi } from 'vitest';

vi.mock('../../src/deadline/engine.js', async (importOriginal) => {
  const engine = await importOriginal<typeof import('../../src/deadline/engine.js')>();
  return { ...engine, parsePhrases: vi.fn(engine.parsePhrases) };
});

const { parsePhrases } = await import('../../src/deadline/engine.js');
const { DeadlineResolver } = await import('../../src/deadline/index.js');

const PHRASES = ['2022年底前', '6月底前', '三季度末', '2020年7月至12月', '每年', '长期坚持', '2019619', '年底前', '2020年上半年'];

describe('DeadlineResolver', () => {
  afterEach(() => {
    vi.mocked(parsePhrases).mockClear();
    vi.useRealTimers();
  });

  test('parses each distinct phrase once', () => {
    const resolver = new DeadlineResolver({ year: 2020 });
    for (let i = 0; i < 5; i++) resolver.resolve('2022年底前');
    resolver.resolve('2021年底前');
    expect(parsePhrases).toHaveBeenCalledTimes(2);
  });

  test('find memoises the item and reuses the resolved phrase', () => {
    const resolver = new DeadlineResolver({ year: 2020 });
    resolver.resolve('2022年底前');
    const item = '加强企业安全人才培养。到2022年底前，高危行业企业全部配备。';
    expect(resolver.find(item)?.text).toBe('到2022年底前');
    expect(resolver.find(item)?.text).toBe('到2022年底前');
    // The phrase itself (到2022年底前) is new, the item is parsed once.
    expect(parsePhrases).toHaveBeenCalledTimes(3);
  });

  test('callers cannot corrupt the cache', () => {
    const resolver = new DeadlineResolver();
    const first = resolver.resolve('2022年底前');
    first.end = '1999-01-01';
    first.kind = 'unspecified';
    expect(resolver.resolve('2022年底前')).toMatchObject({ kind: 'date', end: '2022-12-31' });
    const found = resolver.find('2021年6月底前完成。');
    found!.end = null;
    expect(resolver.find('2021年6月底前完成。')).toMatchObject({ end: '2021-06-30' });
  });

  test('the document year fills phrases without one; an implausible year counts as unknown', () => {
    expect(new DeadlineResolver({ year: 2023 }).resolve('年底前').end).toBe('2023-12-31');
    expect(new DeadlineResolver({ year: 0 }).resolve('年底前').kind).toBe('unspecified');
    expect(new DeadlineResolver().resolve('年底前').kind).toBe('unspecified');
  });

  test('results do not depend on the clock', () => {
    const expected = PHRASES.map((p) => new DeadlineResolver({ year: 2020 }).resolve(p));
    for (const now of ['1970-01-01T00:00:00Z', '2000-12-31T23:59:59Z', '2099-02-28T12:00:00Z']) {
      vi.useFakeTimers({ now: new Date(now) });
      const resolver = new DeadlineResolver({ year: 2020 });
      expect(PHRASES.map((p) => resolver.resolve(p))).toEqual(expected);
      vi.useRealTimers();
    }
  });

  test('results do not depend on the time zone', () => {
    const saved = process.env.TZ;
    try {
      const expected = PHRASES.map((p) => new DeadlineResolver({ year: 2020 }).resolve(p));
      const offsets = new Set<number>();
      for (const tz of ['UTC', 'Pacific/Kiritimati', 'America/Adak', 'Asia/Shanghai']) {
        process.env.TZ = tz;
        offsets.add(new Date(Date.UTC(2020, 0, 1)).getTimezoneOffset());
        const resolver = new DeadlineResolver({ year: 2020 });
        expect(PHRASES.map((p) => resolver.resolve(p))).toEqual(expected);
      }
      // The switch took effect: the zones really differ.
      expect(offsets.size).toBeGreaterThan(1);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
