/** The report's HTML and data, without a browser: self-contained, escaped, deterministic. */
import { describe, expect, it } from 'vitest';
import type { Deadline, DocumentRecord, Task } from '../../src/model/records.js';
import { UnitNamer } from '../../src/units/canonical.js';
import { anchorLine, sourceLines, timeline, unitMatrix } from '../../src/report/data.js';
import { renderReport } from '../../src/report/html.js';
import { readDocument } from '../../src/read/index.js';

const namer = new UnitNamer();
const due = (end: string | null, kind: Deadline['kind'] = 'date'): Deadline => ({ text: end ?? kind, kind, start: null, end, precision: end ? 'month' : null, every: null, ongoing: kind === 'ongoing' });
let n = 0;
const task = (leads: string[], partners: string[], deadline: Deadline | null, text = '任务'): Task => {
  n++;
  return { id: `x:l${n}`, origin: 'list', table: null, seq: String(n), path: [], task: text, content: null, leads, partners,
    leadUnits: namer.names(leads), partnerUnits: namer.names(partners), deadline, line: n * 2, page: null, part: null };
};
const doc = (source: string, tasks: Task[]): DocumentRecord => ({
  source, format: 'txt', encoding: 'utf-8', lineBase: 'line', title: `${source}方案`, docNumber: null, issued: null, tables: [], tasks, warnings: [],
});

const a = doc('a.txt', [
  task(['区安监局'], ['区财政局'], due('2020-06-30')),
  task(['区应急管理局'], [], due('2020-06-15')),
  task(['区财政局'], [], due(null, 'ongoing'), '<script>alert(1)</script>'),
]);
const b = doc('b.txt', [task(['县安监局', '县财政局'], [], due('2021-01-31')), task(['县财政局'], [], due(null, 'recurring'))]);
const lines = (d: DocumentRecord) => d.tasks.map((t) => ({ line: t.line, text: t.task }));

describe('report data', () => {
  it('counts dated tasks by due month on one axis for all plans, the other kinds apart', () => {
    const t = timeline([a, b]);
    expect(t.months).toEqual(['2020-06', '2020-07', '2020-08', '2020-09', '2020-10', '2020-11', '2020-12', '2021-01']);
    expect(t.plans).toEqual([
      { months: { '2020-06': 2 }, ongoing: 1, recurring: 0, unspecified: 0, none: 0 },
      { months: { '2021-01': 1 }, ongoing: 0, recurring: 1, unspecified: 0, none: 0 },
    ]);
  });

  it('counts tasks per canonical unit and plan, as lead or partner', () => {
    const m = unitMatrix([a, b], 0);
    expect(m[0]).toEqual({ canonical: '财政局', total: 4, cells: [{ tasks: 2, lead: 1, partner: 1 }, { tasks: 2, lead: 2, partner: 0 }], names: ['区财政局', '县财政局'] });
    expect(m[1]).toEqual({ canonical: '应急管理局', total: 3, cells: [{ tasks: 2, lead: 2, partner: 0 }, { tasks: 1, lead: 1, partner: 0 }], names: ['区安监局', '区应急管理局', '县安监局'] });
    expect(unitMatrix([a, b], 1)).toHaveLength(1);
  });

  it('links a task to its own line or the nearest one above', async () => {
    const model = await readDocument(new TextEncoder().encode('标题\n\n序号\t任务\t牵头单位\n1\t开展检查\t区安监局\n'), 'p.txt');
    const ls = sourceLines(model);
    expect(ls.map((l) => l.line)).toEqual([1, 3, 4]);
    expect(ls[2]!.text).toBe('1 │ 开展检查 │ 区安监局');
    expect(anchorLine(ls, 4)).toBe(4);
    expect(anchorLine(ls, 2)).toBe(1);
    expect(anchorLine([], 2)).toBeNull();
    const twice = sourceLines({ ...model, blocks: [...model.blocks, { kind: 'paragraph', text: '附注', line: 1 }] });
    expect(twice.map((l) => l.line)).toEqual([1, 3, 4]);
    expect(twice[0]!.text).toBe('标题 附注');
  });
});

describe('report HTML', () => {
  it('is one self-contained file: Chart.js inlined, every request forbidden, nothing fetched', async () => {
    const html = await renderReport([{ doc: a, lines: lines(a) }, { doc: b, lines: lines(b) }], [], { top: 0 });
    expect(html).toContain("default-src 'none'");
    expect(html).toMatch(/Chart\.js v4\.\d+\.\d+[\s\S]*Released under the MIT License/u);
    expect(html).not.toMatch(/<(?:script|img|iframe)[^>]*\ssrc=|<link\b|url\(\s*['"]?https?:/iu);
    expect(html.match(/<figure class="timeline"/gu)).toHaveLength(2);
    expect(html).toContain('<a href="#P1-L2">2</a>');
  });

  it('escapes document text', async () => {
    const html = await renderReport([{ doc: a, lines: lines(a) }], [], { top: 0 });
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    const data = html.slice(html.indexOf('id="report-data">'), html.indexOf('</script>', html.indexOf('id="report-data">')));
    expect(data).not.toMatch(/<\/?script/iu);
  });

  it('is byte-identical for the same input', async () => {
    const render = () => renderReport([{ doc: a, lines: lines(a) }, { doc: b, lines: lines(b) }], [{ source: 'x.pdf', code: 'UNSUPPORTED_PDF', message: 'PDF is not supported' }], { top: 10 });
    const first = await render();
    expect(await render()).toBe(first);
    expect(first).toContain('Not read: x.pdf (UNSUPPORTED_PDF');
  });
});
