/**
 * Reader bounds (issue 10): each hostile shape at two sizes, asserting that
 * time (and output) grows about linearly, or that the shape is refused with
 * its code. Slow by nature (seconds each): `*.slow.test.ts`.
 */
import { describe, expect, it, vi } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractDocument } from '../../src/extract.js';
import * as H from './hostile.js';
import { GRID_LIMITS } from '../../src/read/grid.js';
import { docxFromBody, makeZip, codeOf } from './helpers.js';

async function timed<T>(f: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await f();
  return { ms: performance.now() - t, value };
}

vi.setConfig({ testTimeout: 120_000 });

/** Time at 4n over time at n: about 4 when linear, 16 when quadratic. Allowing up to 8 absorbs warm-up and GC noise. */
const LINEAR = 8;

describe('reader bounds: nesting is linear', () => {
  it('80,000 nested w:p in a .docx (4× 20,000)', async () => {
    await readDocument(H.nestedParagraphs(2000), 'warm.docx');
    const small = await timed(() => readDocument(H.nestedParagraphs(20_000), 'a.docx'));
    const large = await timed(() => readDocument(H.nestedParagraphs(80_000), 'a.docx'));
    expect(large.value.blocks).toEqual([{ kind: 'paragraph', text: '深', line: 1 }]);
    expect(large.ms / Math.max(small.ms, 20)).toBeLessThan(LINEAR);
    expect(large.ms).toBeLessThan(10_000);
  });

  it('40,000 and 80,000 nested <table><tr><td> in .html: refused in linear time as TOO_DEEP', async () => {
    const small = await timed(() => codeOf(readDocument(H.nestedHtmlTables(40_000), 'a.html')));
    const large = await timed(() => codeOf(readDocument(H.nestedHtmlTables(80_000), 'a.html')));
    expect([small.value, large.value]).toEqual(['TOO_DEEP', 'TOO_DEEP']);
    expect(large.ms / Math.max(small.ms, 20)).toBeLessThan(LINEAR / 2);
    expect(large.ms).toBeLessThan(5_000);
  });

  it('nesting under the limit is read: 2,000 nested tables, 8,000 nested divs', async () => {
    const t = await timed(() => readDocument(H.nestedHtmlTables(2_000), 'a.html'));
    expect(t.value.blocks.some((b) => b.kind === 'table')).toBe(true);
    const d = await readDocument(H.nestedDivs(8_000), 'a.html');
    expect(d.blocks).toEqual([{ kind: 'paragraph', text: '正文', line: 1 }]);
  });
});

describe('reader bounds: merged cells', () => {
  it('a vMerge chain of 4,000 rows with text in every continuation: time and output linear', async () => {
    const run = async (n: number) => {
      const t = await timed(async () => extractDocument(await readDocument(H.vMergeChain(n), 'v.docx')));
      return { ms: t.ms, json: JSON.stringify(t.value).length, tasks: t.value.tasks.length, warnings: t.value.warnings };
    };
    await run(100);
    const small = await run(1_000);
    const large = await run(4_000);
    expect(large.tasks).toBe(4_000);
    expect(large.json / small.json).toBeLessThan(5);
    expect(large.ms / Math.max(small.ms, 20)).toBeLessThan(LINEAR);
    expect(large.warnings.map((w: { message: string }) => w.message).join(' ')).toMatch(/dropped/);
  });

  it('text in a few continuation cells is still kept on the merged cell', async () => {
    const m = await readDocument(H.vMergeChain(3), 'v.docx');
    const t = m.blocks.find((b) => b.kind === 'table')!;
    expect(t.kind === 'table' && t.rows[1]!.cells[2]!.lines).toEqual(['区甲局', '区局2', '区局3']);
  });
});

describe('reader bounds: one cell budget, rows × width, for every format', () => {
  it('a .docx row of 10,000 cells each gridSpan=1000 → TOO_MANY_CELLS, quickly', async () => {
    const t = await timed(() => codeOf(readDocument(H.wideGridSpans(10_000), 'w.docx')));
    expect(t.value).toBe('TOO_MANY_CELLS');
    expect(t.ms).toBeLessThan(5_000);
  });

  it('an .html row of 100,000 <td> (plain and colspan) then 5,000 rows → TOO_MANY_CELLS, quickly', async () => {
    for (const colspan of [1, 100]) {
      const t = await timed(() => codeOf(readDocument(H.wideHtmlRow(100_000, colspan), 'w.html')));
      expect(t.value).toBe('TOO_MANY_CELLS');
      expect(t.ms).toBeLessThan(10_000);
    }
  });

  it('TAB-delimited text and Word TAB-cell exports over the budget → TOO_MANY_CELLS (budget lowered for the test)', async () => {
    const saved = GRID_LIMITS.maxCells;
    GRID_LIMITS.maxCells = 10_000;
    try {
      const line = Array.from({ length: 200 }, (_, i) => `c${i}`).join('\t');
      expect(await codeOf(readDocument(Buffer.from(Array.from({ length: 60 }, () => line).join('\n')), 'w.txt'))).toBe('TOO_MANY_CELLS');
      const cells = Array.from({ length: 120 }, (_, i) => `\t列${i}`).join('\n');
      expect(await codeOf(readDocument(Buffer.from(Array.from({ length: 100 }, () => cells).join('\n\n')), 'x.txt'))).toBe('TOO_MANY_CELLS');
      expect(await codeOf(readDocument(Buffer.from(Array.from({ length: 40 }, () => line).join('\n')), 'ok.txt'))).toBe('ok');
    } finally {
      GRID_LIMITS.maxCells = saved;
    }
  });
});

describe('line tables on the shared grid', () => {
  it('pipe rows over the budget → TOO_MANY_CELLS (budget lowered for the test); under it, the table reads', async () => {
    const saved = GRID_LIMITS.maxCells;
    GRID_LIMITS.maxCells = 10_000;
    try {
      const header = `| 序号 | 任务 | 牵头单位 | ${Array.from({ length: 97 }, (_, i) => `列${i}`).join(' | ')} |`;
      const row = (n: number) => `| ${n} | 推进第${n}项工作。 | 区发改局 | ${Array.from({ length: 97 }, () => 'x').join(' | ')} |`;
      const text = (rows: number) => [header, ...Array.from({ length: rows }, (_, i) => row(i + 1))].join('\n');
      expect(await codeOf(readDocument(Buffer.from(text(150)), 'pipes.txt'))).toBe('TOO_MANY_CELLS');
      expect(await codeOf(readDocument(Buffer.from(text(50)), 'pipes.txt'))).toBe('ok');
    } finally {
      GRID_LIMITS.maxCells = saved;
    }
  });
});

describe('honest codes for zip parts', () => {
  it('a zip-encrypted .docx → ENCRYPTED, not "damaged"', async () => {
    const plain = docxFromBody('<w:p><w:r><w:t>正文</w:t></w:r></w:p>');
    expect(await codeOf(readDocument(plain, 'p.docx'))).toBe('ok');
    const zip = makeZip([
      { name: '_rels/.rels', data: '<Relationships/>' },
      { name: 'word/document.xml', data: 'encrypted bytes', encrypted: true },
    ]);
    expect(await codeOf(readDocument(zip, 'e.docx'))).toBe('ENCRYPTED');
  });

  it('a document part declaring GBK is decoded as GBK', async () => {
    const m = await readDocument(H.gbkDocx(), 'g.docx');
    expect(m.blocks).toEqual([{ kind: 'paragraph', text: '关于印发安全生产工作要点的通知', line: 1 }]);
  });

  it('a part declaring an encoding nobody knows is read as UTF-8, with a warning', async () => {
    const zip = makeZip([{ name: 'word/document.xml', data: '<?xml version="1.0" encoding="x-unknown-42"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>正文</w:t></w:r></w:p></w:body></w:document>' }]);
    const m = await readDocument(zip, 'u.docx');
    expect(m.warnings.map((w) => w.message).join(' ')).toMatch(/x-unknown-42/);
  });
});
