import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, ParagraphBlock, TableBlock } from '../../src/model/document.js';
import { parseText } from '../../src/read/text.js';
import { detectTaskLists } from '../../src/detect/lists.js';
import { buildListTasks } from '../../src/tasks/listTasks.js';
import { parseNumbering } from '../../src/detect/lists/numbering.js';
import { findInlineClause, splitTrailingHeading } from '../../src/detect/lists/responsibility.js';
import { isAnnexMarker, isPlanTitle } from '../../src/detect/lists/boundaries.js';

const fixture = (name: string) =>
  parseText(readFileSync(fileURLToPath(new URL(`../../fixtures/txt/${name}`, import.meta.url)), 'utf8'));

const paragraphs = (...lines: string[]): ParagraphBlock[] =>
  lines.map((text, k) => ({ kind: 'paragraph', text, line: k + 1 }));

describe('numbering', () => {
  it.each([
    ['一、主要任务', 1, '一', '主要任务'],
    ['（十二）加强领导', 2, '十二', '加强领导'],
    ['(一)加强城区安全源头治理', 2, '一', '加强城区安全源头治理'],
    ['1.严格准入。', 3, '1', '严格准入。'],
    ['2．落实规范。', 3, '2', '落实规范。'],
    ['3、开展演练。', 3, '3', '开展演练。'],
    ['1. 加强统筹规划。', 3, '1', '加强统筹规划。'],
    ['（1）健全组织体系。', 4, '1', '健全组织体系。'],
    ['②加强培训。', 5, '2', '加强培训。'],
    ['一是严格项目准入。', 6, '一', '严格项目准入。'],
  ])('%s', (text, level, seq, rest) => {
    expect(parseNumbering(text)).toEqual({ level, seq, rest });
  });

  it.each(['2020年底前完成。', '1.5万元用于改造。', '责任单位：区应急局', '十三五期间'])('%s is not numbered', (text) => {
    expect(parseNumbering(text)).toBeNull();
  });
});

describe('responsibility clauses inside an item line', () => {
  it('takes a bracketed clause at the end, brackets of unit annotations kept', () => {
    expect(findInlineClause('加强管理。（责任单位：规划建设与交通运输局（住建、交通）、公安分局）')).toEqual({
      rest: '加强管理。',
      clause: '责任单位：规划建设与交通运输局（住建、交通）、公安分局',
    });
    expect(findInlineClause('加强管理。(责任单位:各乡镇人民政府,丰泽海事处等相关部门)')?.clause).toBe('责任单位:各乡镇人民政府,丰泽海事处等相关部门');
  });

  it('takes a label glued after a sentence', () => {
    expect(findInlineClause('报送至区专项办。责任单位：区各行业主管部门；各乡镇党委、政府')).toEqual({
      rest: '报送至区专项办。',
      clause: '责任单位：区各行业主管部门；各乡镇党委、政府',
    });
  });

  it('takes a bracketed clause after the heading phrase, the text around it kept', () => {
    expect(findInlineClause('加强组织领导（牵头单位：区委办）。成立领导小组。')).toEqual({
      rest: '加强组织领导。成立领导小组。',
      clause: '牵头单位：区委办',
    });
  });

  it('ignores a label that is only mentioned', () => {
    expect(findInlineClause('明确整改措施、责任单位和责任人。')).toBeNull();
    expect(findInlineClause('按照牵头单位要求落实。')).toBeNull();
  });

  it('cuts a section heading glued to the clause', () => {
    expect(splitTrailingHeading('责任单位：乡各相关行业（领域）主管部门按职责分工负责三、时间安排')).toEqual({
      clause: '责任单位：乡各相关行业（领域）主管部门按职责分工负责',
      heading: '三、时间安排',
    });
    expect(splitTrailingHeading('责任单位：市第一、第二中学').heading).toBeNull();
  });
});

describe('boundaries', () => {
  it('knows attachment markers and plan titles', () => {
    expect(isAnnexMarker('附件3')).toBe(true);
    expect(isAnnexMarker('附件：1. 消防安全专项整治三年行动重点项目清单')).toBe(true);
    expect(isAnnexMarker('附件下载')).toBe(false);
    expect(isPlanTitle('非煤矿山安全整治三年行动专项实施方案')).toBe(true);
    expect(isPlanTitle('各单位要按照实施方案')).toBe(true);
    expect(isPlanTitle('各单位要按照本方案，抓好落实。')).toBe(false);
  });
});

describe('detectTaskLists', () => {
  it('reads 牵头单位/配合单位 clauses, bracketed clauses, clauses cut over lines and a time-limit line', () => {
    const items = detectTaskLists(fixture('lists-lead-partner.txt'));
    expect(items).toEqual([
      {
        seq: '一', path: ['一、主要任务'], task: '加强隐患排查。',
        content: '各单位要全面排查安全隐患，建立台账。2021年6月底前完成全面排查。',
        responsibility: '牵头单位：县应急管理局；配合单位：县住建局、县交通运输局', firstUnitLeads: false, line: 5,
      },
      {
        seq: '二', path: ['一、主要任务'], task: '强化执法检查。', content: '依法查处违法违规行为。',
        responsibility: '牵头单位：县市场监管局 责任单位：各乡镇人民政府', firstUnitLeads: false, line: 8,
      },
      {
        seq: '三', path: ['一、主要任务'], task: '完善应急预案。', content: '修订完善各类应急预案',
        responsibility: '责任单位：县应急管理局、县消防救援大队', firstUnitLeads: false, line: 12,
      },
      {
        seq: '四', path: ['一、主要任务'], task: '开展警示教育。', content: '每季度组织一次警示教育。',
        responsibility: '责任部门：县委宣传部、县教育局 完成时限：2022年12月底前', firstUnitLeads: false, line: 14,
      },
    ]);
  });

  it('reads 一是/二是 items, a spaced colon and a 责任部门 clause in brackets', () => {
    const items = detectTaskLists(fixture('lists-yishi.txt'));
    expect(items.map((i) => [i.seq, i.path, i.task, i.content, i.responsibility, i.line])).toEqual([
      ['一', ['（二）强化源头管控'], '严格项目准入。', '新建项目必须开展安全评价。', '责任单位：区发改局、区应急局', 2],
      ['二', ['（二）强化源头管控'], '加强日常巡查。', '每季度开展一次巡查。', '责任单位 ：各街道办事处按职责分工负责', 4],
      ['三', ['（二）强化源头管控'], '开展专项整治，推进隐患清零，到2022年底前完成整治任务。', null, '责任部门：区应急局牵头，区公安分局配合', 6],
    ]);
  });

  it('makes a heading the task when one clause closes its whole body', () => {
    const items = detectTaskLists(fixture('lists-heading-subitems.txt'));
    expect(items.map((i) => [i.seq, i.path, i.task, i.content, i.line])).toEqual([
      ['一', ['二、重点工作'], '完善防汛预案', '1．修订区级防汛应急预案。2．指导各镇街修订预案。3．开展防汛应急演练。', 7],
      ['二', ['二、重点工作'], '加强物资储备', '储备防汛物资，确保数量充足。', 13],
      ['三', ['二、重点工作'], '落实值班制度。', '严格执行24小时值班制度。', 17],
      // A new attachment starts a new outline.
      ['一', ['三、其他'], '做好宣传。', null, 23],
    ]);
  });

  it('climbs nested sub-headings up to the heading whose body the clause closes', () => {
    const items = detectTaskLists(paragraphs(
      '二、主要任务',
      '（七）关于避灾点',
      '确保避灾点安全。',
      '责任单位：区民政局',
      '（八）关于森林防火',
      '1.完善体制机制',
      '（1）健全组织体系。明确机构。',
      '（2）调整指挥体系。',
      '2.加强能力建设',
      '（1）建强队伍。',
      '责任单位：区林业局牵头，区公安分局等按职责分工负责',
    ));
    expect(items.map((i) => [i.seq, i.path, i.task, i.content, i.line])).toEqual([
      ['七', ['二、主要任务'], '关于避灾点', '确保避灾点安全。', 2],
      ['八', ['二、主要任务'], '关于森林防火', '1.完善体制机制（1）健全组织体系。明确机构。（2）调整指挥体系。2.加强能力建设（1）建强队伍。', 5],
    ]);
  });

  it('keeps an item whose heading has only that one sub-item before the clause', () => {
    const items = detectTaskLists(paragraphs(
      '二、主要任务',
      '（一）进一步完善安全责任体系',
      '1.健全责任制。细化规范。',
      '2.强化主体责任。',
      '（二）开展专业化治理',
      '1.深化铁路沿线治理。重点整治。',
      '责任单位：区交通局',
      '2.开展桥梁治理。',
      '责任单位：区住建局',
    ));
    expect(items.map((i) => [i.seq, i.path, i.task, i.line])).toEqual([
      ['1', ['二、主要任务', '（二）开展专业化治理'], '深化铁路沿线治理。', 6],
      ['2', ['二、主要任务', '（二）开展专业化治理'], '开展桥梁治理。', 8],
    ]);
  });

  it('reads Traditional labels', () => {
    const items = detectTaskLists(fixture('lists-traditional.txt'));
    expect(items.map((i) => [i.seq, i.task, i.responsibility])).toEqual([
      ['一', '加強組織領導。', '責任單位：縣應急管理局、縣公安局'],
      ['二', '落實主體責任。', '牽頭單位：縣應急管理局責任單位：各鄉鎮人民政府'],
    ]);
  });

  it('treats an 一是…二是 paragraph as the body of its heading', () => {
    const items = detectTaskLists(paragraphs(
      '（一）全面开展危险废物等安全整治',
      '一是全面开展排查。二是严格申报。三是加强检查。',
      '责任单位：区环保局',
    ));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ seq: '一', task: '全面开展危险废物等安全整治', content: '一是全面开展排查。二是严格申报。三是加强检查。' });
  });

  it('never takes items from table cells, and skips items without a clause', () => {
    const cell = (text: string) => ({ text, lines: [text], line: 2, colSpan: 1, rowSpan: 1, covered: false });
    const table: TableBlock = {
      kind: 'table', line: 2, width: 2, caption: '',
      rows: [{ line: 2, cells: [cell('1.加强管理。'), cell('责任单位：区应急局')] }],
    };
    const blocks: Block[] = [
      { kind: 'paragraph', text: '1.加强管理。各单位要落实责任。', line: 1 },
      table,
      { kind: 'paragraph', text: '责任单位：区应急局', line: 3 },
      { kind: 'paragraph', text: '2.强化培训。每年开展培训。', line: 4 },
    ];
    expect(detectTaskLists(blocks)).toEqual([]);
  });

  it('cuts a heading glued to a clause line and reads it as a heading', () => {
    const items = detectTaskLists(paragraphs(
      '二、重点任务',
      '1.强化安全投入。企业要保证投入。',
      '责任单位：乡各相关行业（领域）主管部门按职责分工负责三、时间安排',
      '（一）动员部署。各部门要全面部署。（责任单位：乡安办）',
    ));
    expect(items.map((i) => [i.path, i.responsibility])).toEqual([
      [['二、重点任务'], '责任单位：乡各相关行业（领域）主管部门按职责分工负责'],
      [['三、时间安排'], '责任单位：乡安办'],
    ]);
  });

  it('reads a bracketed clause on its own lines and one after the heading phrase', () => {
    const items = detectTaskLists(paragraphs(
      '1、加强组织领导。成立工作专班。',
      '（责任单位：区应急局、',
      '区公安分局）',
      '2、强化宣传引导（牵头单位：区委宣传部）。开展宣传活动。',
    ));
    expect(items.map((i) => [i.seq, i.task, i.content, i.responsibility])).toEqual([
      ['1', '加强组织领导。', '成立工作专班。', '责任单位：区应急局、区公安分局'],
      ['2', '强化宣传引导。', '开展宣传活动。', '牵头单位：区委宣传部'],
    ]);
  });

  it('reads boxed labels 【牵头单位】', () => {
    const items = detectTaskLists(paragraphs(
      '（一）加强组织领导。成立工作专班。',
      '【牵头单位】区应急局【配合单位】区公安分局',
      '（二）强化宣传引导。开展宣传活动【責任單位】區委宣傳部',
    ));
    expect(items.map((i) => [i.seq, i.content, i.responsibility])).toEqual([
      ['一', '成立工作专班。', '牵头单位：区应急局 配合单位：区公安分局'],
      ['二', '开展宣传活动', '責任單位：區委宣傳部'],
    ]);
  });

  it('returns nothing, and does not hang or throw, on ~300 KB of junk paragraphs', () => {
    const junk = [
      '【责任单位】'.repeat(5_000),
      '【责任单位'.repeat(5_000),
      '1'.repeat(60_000),
      '（'.repeat(30_000) + '1' + '）'.repeat(10_000),
      '年'.repeat(40_000),
      '\t'.repeat(40_000) + 'x',
      '（1'.repeat(20_000),
      '一、'.repeat(15_000),
      '1.'.repeat(20_000) + '。',
      '附件' + ' '.repeat(30_000) + 'x',
      '2020年'.repeat(8_000),
      '（一）（'.repeat(8_000) + '责任',
      '，'.repeat(30_000) + '方案',
    ];
    const blocks = paragraphs(...junk);
    expect(junk.join('').length).toBeGreaterThan(300_000);
    expect(detectTaskLists(blocks)).toEqual([]);
  });

  it('never throws on empty or odd input', () => {
    expect(detectTaskLists([])).toEqual([]);
    expect(detectTaskLists(paragraphs('', ' ', '责任单位：', '（责任单位：）', '1.'))).toEqual([]);
  });

  it('never throws, every item is a non-empty task on a line of the input, and every task names a unit', () => {
    const piece = fc.constantFrom(
      '一、', '（一）', '(二)', '1.', '2．', '3、', '（1）', '①', '一是', '二是', '。', '，', '、', '；', '：',
      '责任单位：', '牵头单位：', '配合单位:', '責任單位：', '完成时限：', '（', '）', '(', ')', '【', '】', '附件2',
      '加强管理', '区应急局', '2021年底前', '方案', ' ', '\t', '三、时间安排',
    );
    const line = fc.array(piece, { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 25 }), (lines) => {
        const blocks = paragraphs(...lines);
        const items = detectTaskLists(blocks);
        const tasks = buildListTasks(items, { find: () => null });
        // An item whose clause names no unit (`责任单位：` alone) is no task: every task names one.
        expect(tasks.length).toBeLessThanOrEqual(items.length);
        for (const t of tasks) expect(t.leads.length + t.partners.length).toBeGreaterThan(0);
        for (const it of items) {
          expect(it.task.length).toBeGreaterThan(0);
          expect(it.line).toBeGreaterThanOrEqual(1);
          expect(it.line).toBeLessThanOrEqual(lines.length);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('an item whose number a wrong charset destroyed', () => {
  it('a paragraph after a closed item, with a clause of its own, is the next item (seq null); one with none is not', () => {
    const items = detectTaskLists(parseText([
      '一、推进产业升级',
      '（一）建设汽车产业基地。（牵头单位：市工信局；配合单位：市发改委）',
      '?。ǘ┩七M石化基地建设，抓好乙烯项目。（牵头单位：市发改委；配合单位：市工信局）',
      '各地要加强统筹。',
      '（三）建设物流园区。（牵头单位：市交通局）',
    ].join('\n')));
    expect(items.map((i) => [i.seq, i.path, i.task, i.responsibility])).toEqual([
      ['一', ['一、推进产业升级'], '建设汽车产业基地。', '牵头单位：市工信局；配合单位：市发改委'],
      [null, ['一、推进产业升级'], 'ǘ┩七M石化基地建设，抓好乙烯项目。', '牵头单位：市发改委；配合单位：市工信局'],
      ['三', ['一、推进产业升级'], '建设物流园区。', '牵头单位：市交通局'],
    ]);
  });

  it('an unnumbered body paragraph under a heading stays that heading\'s content', () => {
    const items = detectTaskLists(parseText([
      '（一）加强隐患排查',
      '各单位要全面排查安全隐患，建立台账。（牵头单位：县应急局）',
    ].join('\n')));
    expect(items.map((i) => [i.seq, i.task, i.content])).toEqual([['一', '加强隐患排查', '各单位要全面排查安全隐患，建立台账。']]);
  });
});

describe('detectTaskLists failures', () => {
  it('a detector bug becomes a DETECTOR_FAILED warning, never silence', async () => {
    const { WarningLog } = await import('../../src/model/diagnostics.js');
    const warnings = new WarningLog();
    // A paragraph without text: what a broken reader could hand over.
    const broken = [{ kind: 'paragraph', text: undefined, line: 1 }] as unknown as Parameters<typeof detectTaskLists>[0];
    expect(detectTaskLists(broken, { warnings })).toEqual([]);
    expect(warnings.toArray()).toEqual([{ code: 'DETECTOR_FAILED', message: expect.stringMatching(/^the task-list detector failed \(.+\); list tasks of this document are missing/) }]);
  });
});
