/**
 * End to end on the seed documents, through the library: counts per document
 * and a sample of full records checked by hand against the text.
 */
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFile, ResolverPool, type DocumentRecord } from '../../src/index.js';
import { validateOutput } from '../support/schema.js';

const seedDir = new URL('../../seeds/', import.meta.url);
const docs = new Map<string, DocumentRecord>();

beforeAll(async () => {
  const pool = new ResolverPool();
  for (const name of readdirSync(seedDir).sort()) docs.set(name.slice(0, 3), await extractFile(new URL(name, seedDir).pathname, pool));
});

const count = (doc: DocumentRecord, origin: string) => doc.tasks.filter((t) => t.origin === origin).length;

describe('seeds end to end', () => {
  it('finds every task table and task list item', () => {
    const counts = [...docs.entries()].map(([k, d]) => [k, d.tables.length, count(d, 'table'), count(d, 'list')]);
    expect(counts).toEqual([
      ['000', 1, 69, 0],
      ['001', 0, 0, 0],
      ['002', 0, 0, 14],
      ['003', 1, 57, 0],
      ['004', 13, 382, 140],
    ]);
    expect(docs.get('004')!.tables.map((t) => t.rows)).toEqual([11, 24, 44, 50, 84, 33, 39, 17, 9, 23, 6, 17, 25]);
  });

  it('reads the document metadata', () => {
    expect(docs.get('001')).toMatchObject({ title: '高淳区安全生产“十三五”规划', docNumber: '高政办发〔2017〕28号', issued: '2017-02-27', encoding: 'utf-8', format: 'txt' });
    expect(docs.get('002')).toMatchObject({ title: '泉州台商投资区推进城区安全发展实施方案', docNumber: '泉台委办发〔2019〕5号', issued: '2019-06-19' });
  });

  it('describes each task table', () => {
    expect(docs.get('000')!.tables[0]).toEqual({
      index: 0, title: '主要任务及分工情况一览表', columns: ['序号', '专项', '任务', '主要内容', '牵头（承办）部门', '完成时限'], rows: 69, line: 5,
    });
    expect(docs.get('004')!.tables[0]).toMatchObject({ title: '学习宣传贯彻习近平总书记关于安全生产重要论述专题重点项目清单', columns: ['专题项目', '重点项目任务', '完成年限', '责任单位'], line: 138 });
  });

  it('builds a table row with its merged group, item-scoped leads and deadline', () => {
    const task = docs.get('000')!.tasks.find((t) => t.line === 163)!;
    expect(task).toEqual({
      id: '000_2439c07fcf6e2db5:t0:r16',
      origin: 'table',
      table: 0,
      seq: '16',
      path: ['打造安全发展型行业'],
      task: '严控水陆交通生产安全事故',
      content: expect.stringMatching(/^（1）完善道路运输准入与退出机制；.*（10）加强水上交通安全监管。$/),
      leads: ['区运管所', '公安分局', '海沧海事局'],
      partners: [],
      leadUnits: [
        { name: '区运管所', canonical: '运管所', prefix: '区' },
        { name: '公安分局', canonical: '公安分局', prefix: null },
        { name: '海沧海事局', canonical: '海沧海事局', prefix: null },
      ],
      partnerUnits: [],
      deadline: { text: '2018', kind: 'date', start: null, end: '2018-12-31', precision: 'year', every: null, ongoing: false },
      line: 163,
      page: null,
      part: null,
    });
  });

  it('splits 牵头 and 具体负责 units into leads and partners, and reads a range over two lines', () => {
    const task = docs.get('004')!.tasks.find((t) => t.line === 3276)!;
    expect(task).toMatchObject({
      path: ['房屋安全与建筑施工安全整治三年行动'],
      leads: ['各行业主管部门'],
      partners: ['各乡镇政府'],
      deadline: { text: '2020年-2022年', kind: 'range', start: '2020-01-01', end: '2022-12-31', precision: 'year', every: null, ongoing: false },
    });
  });

  it('gives each task of the bundled seed its attachment as part', () => {
    const parts = new Set(docs.get('004')!.tasks.map((t) => t.part));
    expect(parts.size).toBe(13);
    expect(docs.get('004')!.tasks.find((t) => t.origin === 'list' && t.line === 216)!.part).toBe('落实企业安全生产主体责任三年行动专题实施方案');
    expect(docs.get('000')!.tasks.every((t) => t.part === null)).toBe(true);
  });

  it('builds a list item with its heading path, first sentence and responsibility line', () => {
    const task = docs.get('004')!.tasks.find((t) => t.origin === 'list' && t.line === 216)!;
    expect(task).toMatchObject({
      origin: 'list',
      table: null,
      seq: '1',
      path: ['二、重点任务', '（一）全面落实企业安全生产责任体系'],
      task: '建立健全安全生产责任制。',
      leads: ['乡安委会有关成员单位'],
      partners: [],
    });
    const bracketed = docs.get('002')!.tasks[0]!;
    expect(bracketed).toMatchObject({ seq: '1', task: '强化规划助推安全发展。', line: 64, path: ['四、工作内容', '(一)加强城区安全源头治理'] });
    expect(bracketed.leads[0]).toBe('各乡镇人民政府');
  });

  it('gives records that match the shipped JSON Schema', () => {
    expect(() => validateOutput(JSON.stringify({ schemaVersion: 1, documents: [...docs.values()], errors: [] }), 'json', 'library records of the seeds')).not.toThrow();
  });

  it('gives every task a unique, stable id', () => {
    const ids = [...docs.values()].flatMap((d) => d.tasks.map((t) => t.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('004_d92f7439841e8d8a:t3:r12');
  });
});
