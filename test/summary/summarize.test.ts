/** The summary's counts, on records made by hand, and its three renderings. */
import { describe, expect, it } from 'vitest';
import type { Deadline, DocumentRecord, Task } from '../../src/model/records.js';
import { UnitNamer } from '../../src/units/canonical.js';
import { deadlineClass, share, summarize } from '../../src/summary/summarize.js';
import { limitUnits, summaryCsv, summaryJson, summaryText } from '../../src/summary/format.js';

const namer = new UnitNamer();
const date = (end: string, precision: Deadline['precision'], kind: Deadline['kind'] = 'date'): Deadline =>
  ({ text: end, kind, start: null, end, precision, every: null, ongoing: false });
const other = (kind: Deadline['kind']): Deadline =>
  ({ text: kind, kind, start: null, end: null, precision: null, every: kind === 'recurring' ? 'year' : null, ongoing: kind === 'ongoing' });

let n = 0;
function task(leads: string[], partners: string[], deadline: Deadline | null, origin: Task['origin'] = 'table'): Task {
  n++;
  return {
    id: `t${n}`, origin, table: origin === 'table' ? 0 : null, seq: null, path: [], task: `任务${n}`, content: null,
    leads, partners, leadUnits: namer.names(leads), partnerUnits: namer.names(partners), deadline, line: n, page: null, part: null,
  };
}
function doc(source: string, tasks: Task[], tables = 1): DocumentRecord {
  return {
    source, format: 'txt', encoding: 'utf-8', lineBase: 'line', title: `${source} 方案`, docNumber: null, issued: null,
    tables: Array.from({ length: tables }, (_, i) => ({ index: i, title: '', columns: [], rows: 0, line: 1 })), tasks, warnings: [],
  };
}

const a = doc('a.txt', [
  task(['区安监局', '安监局'], ['区财政局'], date('2020-12-31', 'year')),
  task(['区应急管理局'], [], date('2020-06-30', 'month')),
  task(['区财政局'], ['区安监局'], date('2021-09-30', 'quarter', 'range')),
  task(['区公安分局'], [], other('ongoing'), 'list'),
  task(['区交警大队'], [], other('recurring'), 'list'),
  task(['区交警大队'], [], other('unspecified')),
  task(['区发改局'], [], null, 'list'),
]);
const b = doc('b.txt', [
  task(['县应急管理局'], [], date('2021-03-31', 'day', 'multiple')),
  task(['县发改委'], [], date('2021-12-31', 'half')),
], 2);

describe('summary', () => {
  const s = summarize([a, b]);

  it('counts tasks, tables and lists per document and overall', () => {
    expect(s.documents.map((p) => [p.tasks, p.tables, p.tableTasks, p.listTasks])).toEqual([[7, 1, 4, 3], [2, 2, 2, 0]]);
    expect(s.overall).toMatchObject({ documents: 2, tasks: 9, tables: 3, tableTasks: 6, listTasks: 3 });
  });

  it('puts every task in one deadline class', () => {
    expect(s.documents[0]!.deadlines).toEqual({ dated: 3, ongoing: 1, recurring: 1, unspecified: 1, none: 1 });
    expect(s.overall.deadlines).toEqual({ dated: 5, ongoing: 1, recurring: 1, unspecified: 1, none: 1 });
    expect(deadlineClass(task([], [], { ...date('2020-12-31', 'year'), ongoing: true }))).toBe('dated');
  });

  it('counts dated tasks by year and quarter; year-precision ones apart', () => {
    expect(s.documents[0]!.dueByYear).toEqual([
      { year: '2020', tasks: 2, q1: 0, q2: 1, q3: 0, q4: 0, yearOnly: 1 },
      { year: '2021', tasks: 1, q1: 0, q2: 0, q3: 1, q4: 0, yearOnly: 0 },
    ]);
    expect(s.overall.dueByYear).toEqual([
      { year: '2020', tasks: 2, q1: 0, q2: 1, q3: 0, q4: 0, yearOnly: 1 },
      { year: '2021', tasks: 3, q1: 1, q2: 0, q3: 1, q4: 1, yearOnly: 0 },
    ]);
  });

  it('ranks leads and partners apart, by canonical name, a task counted once per unit', () => {
    // Ties in code-point order of the name, never the locale's.
    expect(s.documents[0]!.leads.slice(0, 2)).toEqual([
      { canonical: '公安交通警察大队', tasks: 2, names: ['区交警大队'] },
      { canonical: '应急管理局', tasks: 2, names: ['区安监局', '区应急管理局', '安监局'] },
    ]);
    expect(s.documents[0]!.partners).toEqual([
      { canonical: '应急管理局', tasks: 1, names: ['区安监局'] },
      { canonical: '财政局', tasks: 1, names: ['区财政局'] },
    ]);
    expect(s.overall.leads[0]).toEqual({ canonical: '应急管理局', tasks: 3, names: ['区安监局', '区应急管理局', '县应急管理局', '安监局'] });
    expect(s.overall.leads.find((u) => u.canonical === '发展和改革委员会')!.tasks).toBe(2);
  });

  it('limits the unit lists with --top', () => {
    const top = limitUnits(s, 1);
    expect(top.documents[0]!.leads).toHaveLength(1);
    expect(top.overall.leads).toHaveLength(1);
    expect(limitUnits(s, 0)).toBe(s);
  });

  it('writes JSON with shares, tidy CSV and aligned text', () => {
    const json = JSON.parse(summaryJson(s));
    expect(json.documents[0].shares).toEqual({ dated: share(3, 7), ongoing: share(1, 7), recurring: share(1, 7), unspecified: share(1, 7), none: share(1, 7) });
    expect(json.overall.shares.dated).toBe(0.5556);
    const csv = summaryCsv(s).split('\n');
    expect(csv[0]).toBe('scope,source,title,measure,key,count,share');
    expect(csv).toContain('document,a.txt,a.txt 方案,due_quarter,2021-Q3,1,0.1429');
    expect(csv).toContain('all,,,lead,应急管理局,3,0.3333');
    const text = summaryText(s);
    expect(text).not.toMatch(/\x1b\[/u);
    const lines = text.split('\n').filter((l) => l.startsWith('│'));
    // cli-table3 pads CJK text by display width: every row of the plans table is as wide as its header.
    const width = (l: string) => [...l].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? 2 : 1), 0);
    const plansRows = lines.slice(0, 4);
    expect(new Set(plansRows.map(width)).size).toBe(1);
    expect(text).toContain('应急管理局');
  });
});
