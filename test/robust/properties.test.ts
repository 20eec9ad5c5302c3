/**
 * Property-based robustness of the text reader, the detectors and the whole
 * pipeline: they never throw on any string or bytes, every block points at a
 * line of the text, and every task at a line that holds a block or row. (The
 * deadline resolver and the unit splitter have their own property tests:
 * test/deadline/robust.test.ts, test/tasks/units.property.test.ts.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectTaskLists } from '../../src/detect/lists.js';
import { readMeta } from '../../src/detect/metadata.js';
import { detectTaskTable } from '../../src/detect/taskTables.js';
import { extractBytes, readDocument } from '../../src/index.js';
import type { Block, Cell, ParagraphBlock, Row, TableBlock } from '../../src/model/document.js';
import { isInputFailure } from '../../src/model/errors.js';
import type { DocumentRecord } from '../../src/model/records.js';
import { parseText } from '../../src/read/text.js';

/** Fragments of plan text: numbering, labels, units, dates, header words, TAB cells, brackets, breaks. */
const FRAGMENTS = [
  '一、', '二、', '（一）', '（二）', '1.', '2、', '（1）', '(2)', '①', '一是', '二是', '第一章', '附件', '附件2', '实施方案', '工作要点',
  '责任单位：', '牵头单位：', '配合单位：', '完成时限：', '【责任单位】', '（责任单位：', '牵头', '配合', '负责', '按职责分工负责', '等',
  '区安监局', '区发改局', '區教育局', '各镇（街道）', '、', '，', '。', '；', '：', '（', '）', '【', '】', '《', '》', '〔2019〕5号',
  '2020年', '2021年底前', '6月底前', '2020年6—12月', '长期坚持', '每季度', '“十四五”期间', '2019-06-19', '二〇一七年三月一日',
  '序号', '重点任务', '牵头单位', '完成时限', '主要内容', '专项', '备注', '\t', '\t1\t建立制度\t区安监局\t2020年', ' ', '　', '\u00a0',
  '加强组织领导', '健全安全生产责任体系', 'a', '9', '\r', '\n', '\n\n', '\r\n',
];

/** Plan-like text: random fragments, random line breaks. */
const planText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 120 }).map((a) => a.join(''));
/** Plan-like lines, each a few fragments, joined by a random break. */
const planLines = fc
  .tuple(fc.array(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 6 }).map((a) => a.join('')), { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, br]) => lines.join(br));
/** Numbered items with a responsibility clause (own line, bracketed or glued), among noise lines and a TAB table. */
const item = fc
  .tuple(
    fc.constantFrom('一、', '（一）', '1.', '（1）', '①', '一是'),
    fc.constantFrom('加强组织领导。', '健全安全生产责任体系，', '2021年底前完成改造。', '开展隐患排查治理'),
    fc.constantFrom('\n责任单位：', '（责任单位：', '。牵头单位：', '\n【牵头单位】', '\n責任單位：'),
    fc.array(fc.constantFrom('区安监局', '区发改局', '各镇（街道）', '區教育局'), { minLength: 1, maxLength: 3 }).map((u) => u.join('、')),
    fc.constantFrom('', '）', '牵头', '等按职责分工负责'),
  )
  .map((parts) => parts.join(''));
const table = fc.constant('\t序号\n\t重点任务\n\t牵头单位\n\t完成时限\n\n\t1\n\t建立制度\n\t区安监局\n\t2020年底前\n');
const planItems = fc.array(fc.oneof(item, item, table, planLines), { minLength: 1, maxLength: 8 }).map((a) => a.join('\n'));

const anyText = fc.oneof(planItems, planText, planLines, fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));

const lineCount = (text: string) => text.split(/\r\n|\n|\r/).length;

function expectBlocksWithin(blocks: readonly Block[], lines: number): void {
  for (const b of blocks) {
    expect(Number.isInteger(b.line)).toBe(true);
    expect(b.line).toBeGreaterThanOrEqual(1);
    expect(b.line).toBeLessThanOrEqual(lines);
    if (b.kind === 'paragraph') continue;
    expect(b.width).toBeGreaterThanOrEqual(1);
    for (const r of b.rows) {
      expect(r.cells).toHaveLength(b.width);
      expect(r.line).toBeGreaterThanOrEqual(b.line);
      expect(r.line).toBeLessThanOrEqual(lines);
      for (const c of r.cells) {
        expect(c.line).toBeGreaterThanOrEqual(1);
        expect(c.line).toBeLessThanOrEqual(lines);
      }
    }
  }
}

/** Lines that hold a paragraph or a table row: where a task may point. */
function blockLines(blocks: readonly Block[]): Set<number> {
  const out = new Set<number>();
  for (const b of blocks) {
    if (b.kind === 'paragraph') out.add(b.line);
    else for (const r of b.rows) out.add(r.line);
  }
  return out;
}

function expectTasksOnLines(rec: DocumentRecord, lines: Set<number>): void {
  for (const t of rec.tasks) {
    expect(lines.has(t.line)).toBe(true);
    expect(t.task.length).toBeGreaterThan(0);
    if (t.table !== null) expect(t.table).toBeLessThan(rec.tables.length);
  }
  expect(new Set(rec.tasks.map((t) => t.id)).size).toBe(rec.tasks.length);
}

describe('parseText', () => {
  it('never throws; every block, row and cell is within 1..lineCount; rows have the grid width', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const blocks = parseText(text);
        expectBlocksWithin(blocks, lineCount(text));
        // Lines strictly increase from block to block.
        for (let k = 1; k < blocks.length; k++) expect(blocks[k]!.line).toBeGreaterThan(blocks[k - 1]!.line);
      }),
      { numRuns: 1000 },
    );
  });
});

const HEADERS = ['序号', '重点任务', '工作任务', '主要内容', '专项', '牵头单位', '责任部门', '配合单位', '完成时限', '时间节点', '牵头（承办）部门', '完成时限（年）', '现有数量（个）', '責任單位', '備註'];
const cellText = fc.oneof(
  { arbitrary: fc.constantFrom(...HEADERS), weight: 3 },
  { arbitrary: fc.constantFrom(...FRAGMENTS, '', ''), weight: 2 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
  { arbitrary: planText, weight: 1 },
);
const gridCell = fc.record({ text: cellText, covered: fc.boolean(), colSpan: fc.integer({ min: 1, max: 3 }) });

/** A random grid: `width` columns, some cells covered, some spanning. */
const grid = fc.integer({ min: 1, max: 6 }).chain((width) =>
  fc.array(fc.array(gridCell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 }).map((rows): TableBlock => {
    const built: Row[] = rows.map((r, ri) => ({
      line: ri + 1,
      cells: r.map((c): Cell => ({
        text: c.covered ? '' : c.text,
        lines: c.covered || !c.text ? [] : c.text.split('\n'),
        line: ri + 1,
        colSpan: c.colSpan,
        rowSpan: 1,
        covered: c.covered,
      })),
    }));
    return { kind: 'table', line: 1, width, rows: built, caption: '' };
  }),
);

describe('detectTaskTable', () => {
  it('never throws on random grids; a layout names header rows of the table and one entry per column', () => {
    let found = 0;
    fc.assert(
      fc.property(grid, (table) => {
        const layout = detectTaskTable(table);
        if (!layout) return;
        found++;
        expect(layout.columns).toHaveLength(table.width);
        for (const r of layout.headerRows) {
          expect(r).toBeGreaterThanOrEqual(0);
          expect(r).toBeLessThan(table.rows.length);
        }
        layout.columns.forEach((c, i) => {
          if (c) expect(c.index).toBe(i);
        });
        expect(layout.columns.some((c) => c?.role === 'task')).toBe(true);
      }),
      { numRuns: 1000 },
    );
    expect(found).toBeGreaterThan(10);
  });
});

const paragraphs = fc.array(fc.oneof(planLines, planItems), { maxLength: 20 }).map((texts): ParagraphBlock[] => {
  const out: ParagraphBlock[] = [];
  let line = 1;
  for (const text of texts.flatMap((t) => t.split(/\r\n|\n|\r/))) {
    out.push({ kind: 'paragraph', text, line });
    line += 1 + (text.length % 3);
  }
  return out;
});
/** Paragraphs with a table now and then, as the detectors see a document. */
const blocksArb = fc.tuple(paragraphs, fc.array(fc.tuple(fc.nat(), grid), { maxLength: 2 })).map(([ps, tables]): Block[] => {
  const blocks: Block[] = [...ps];
  for (const [at, t] of tables) blocks.splice(at % (blocks.length + 1), 0, t);
  return blocks;
});

describe('detectTaskLists', () => {
  it('never throws on random paragraphs; every item sits on a numbered paragraph and names its responsibility', () => {
    let found = 0;
    fc.assert(
      fc.property(blocksArb, (blocks) => {
        const items = detectTaskLists(blocks);
        found += items.length;
        const lines = new Set(blocks.filter((b) => b.kind === 'paragraph').map((b) => b.line));
        for (const item of items) {
          expect(lines.has(item.line)).toBe(true);
          expect(item.task.length).toBeGreaterThan(0);
          expect(item.responsibility.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
    expect(found).toBeGreaterThan(10);
  });
});

describe('readMeta', () => {
  it('never throws; the title is short, the issue date well-formed, the year plausible', () => {
    fc.assert(
      fc.property(blocksArb, (blocks) => {
        const meta = readMeta(blocks);
        if (meta.title !== null) {
          expect(meta.title.length).toBeGreaterThan(0);
          expect(meta.title.length).toBeLessThanOrEqual(80);
        }
        if (meta.issued !== null) {
          // Month 1–12, day 1–31 (the day is not checked against the month: `2021年2月30日` gives 2021-02-30).
          expect(meta.issued).toMatch(/^(19\d{2}|20\d{2}|2100)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
        }
        if (meta.year !== null) {
          expect(meta.year).toBeGreaterThanOrEqual(1900);
          expect(meta.year).toBeLessThanOrEqual(2100);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

/** A failure on bad input is an InputFailure (stable code), never a crash. */
async function extractOrFailure(bytes: Uint8Array, name: string): Promise<DocumentRecord | null> {
  try {
    return await extractBytes(bytes, name);
  } catch (e) {
    expect(isInputFailure(e)).toBe(true);
    return null;
  }
}

describe('extractBytes', () => {
  // htmlparser2 adds no <body>: the document root, which has no attributes, is the body.
  it('an HTML page without <body> holding Chinese text is read, not a TypeError', async () => {
    for (const page of ['<p>一、加强组织领导</p>', '<html><p>中文</p></html>', '<!DOCTYPE html><title>x</title><div>中文</div>']) {
      const rec = await extractOrFailure(Buffer.from(page, 'utf8'), 'page.html');
      expect(rec?.format).toBe('html');
    }
  });

  it('never throws on any string; every task points at a line of the text that holds a block', async () => {
    let withTasks = 0;
    await fc.assert(
      fc.asyncProperty(anyText, fc.constantFrom('plan.txt', 'plan.html', 'plan'), async (text, name) => {
        const bytes = Buffer.from(text, 'utf8');
        const rec = await extractOrFailure(bytes, name);
        if (!rec) return;
        const model = await readDocument(bytes, name);
        if (rec.lineBase === 'line') for (const t of rec.tasks) expect(t.line).toBeLessThanOrEqual(lineCount(text));
        expectTasksOnLines(rec, blockLines(model.blocks));
        if (rec.tasks.length) withTasks++;
      }),
      { numRuns: 500 },
    );
    // Not vacuous: the plan-like inputs do yield tasks.
    expect(withTasks).toBeGreaterThan(25);
  });

  it('never throws on any bytes (or fails with an InputFailure)', async () => {
    const magic = fc.constantFrom([], [0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x3c, 0x68, 0x74, 0x6d, 0x6c, 0x3e]);
    await fc.assert(
      fc.asyncProperty(magic, fc.uint8Array({ maxLength: 600 }), fc.constantFrom('x.txt', 'x.docx', 'x.doc', 'x.html', 'x'), async (head, body, name) => {
        const bytes = Uint8Array.from([...head, ...body]);
        const rec = await extractOrFailure(bytes, name);
        if (!rec) return;
        const model = await readDocument(bytes, name);
        expectTasksOnLines(rec, blockLines(model.blocks));
      }),
      { numRuns: 500 },
    );
  });
});
