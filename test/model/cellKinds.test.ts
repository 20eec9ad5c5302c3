/** The kind of a cell's text, and the unit-name tests every reader shares. */
import { describe, expect, it } from 'vitest';
import { cellKind, isUnitList, isUnitName, separateJointLeads } from '../../src/model/cellKinds.js';

describe('cellKind', () => {
  it.each([
    ['区应急局、区住建局', 'units'],
    ['区数据局负责。', 'units'],
    ['区数据局牵头会区各单位、各镇街负责。', 'units'],
    ['区政府办会同各有关单位、各镇（街）办理。', 'units'],
    ['2022年底前', 'date'],
    ['何某', 'person'],
    ['夏 俊 贵', 'person'],
    ['欧阳晓明', 'person'],
    // Four characters with no compound surname are a phrase: a grouping cell, not a person.
    ['文化产业', 'text'],
    ['非遗保护', 'text'],
    ['建成启用区级老年活动中心', 'text'],
    ['加强政务舆情监测和风险研判，前瞻性做好引导工作。', 'text'],
    // A progress table's status reports the work: no due date, no person.
    ['已完成', 'text'],
    ['未完成', 'text'],
    ['已开工', 'text'],
    ['完成', 'date'],
    ['按期完成', 'date'],
    // Milestones, each part opening with its date, are a deadline cell; staged work says more after its dates.
    ['2021年2月公布预算信息，2021年8月公布决算信息', 'date'],
    ['3月底前制定方案，6月底前完成验收', 'date'],
    ['2020年完成全区污水管网改造建设任务，2021年实现城区雨污分流全覆盖', 'text'],
  ])('%s → %s', (text, kind) => {
    expect(cellKind(text)).toBe(kind);
  });
});

describe('isUnitName', () => {
  it('a name that opens with a verb of work is work, unless it is short (推进办)', () => {
    expect(isUnitName('新建社区服务中心')).toBe(false);
    expect(isUnitName('推进办')).toBe(true);
    expect(isUnitName('组织部')).toBe(true);
    expect(isUnitName('人民大垸管理区')).toBe(true);
    expect(isUnitName('各行政机关')).toBe(true);
  });
});

describe('isUnitList: a list closed by a full stop', () => {
  it.each([
    ['区政府有关部门，各乡镇人民政府。', true],
    ['区投资促进中心。', true],
    ['区数据局负责。', true],
    // One name so closed that opens with no level is a sentence of work.
    ['迁建县政务服务中心。', false],
    ['开工建设老年大学。', false],
  ])('%s', (text, units) => {
    expect(isUnitList(text)).toBe(units);
  });
});

describe('separateJointLeads', () => {
  it('writes joint clauses with their comma, and leaves sentences and brackets as written', () => {
    expect(separateJointLeads('县农业局会同县财政局办理')).toBe('县农业局牵头，县财政局办理');
    expect(separateJointLeads('區數據局牽頭會區各單位負責')).toBe('區數據局牽頭，區各單位負責');
    expect(separateJointLeads('县司法局牵头各行政机关负责')).toBe('县司法局牵头，各行政机关负责');
    expect(separateJointLeads('要会同有关部门研究')).toBe('要会同有关部门研究');
    expect(separateJointLeads('县农业局（会同县林业局）')).toBe('县农业局（会同县林业局）');
    expect(separateJointLeads('区发改局牵头负责')).toBe('区发改局牵头负责');
  });

  it('`A牵头、B、C`: the units after the lead\'s mark are a run of their own', () => {
    expect(separateJointLeads('区商务局牵头、区发改局、区财政局')).toBe('区商务局牵头，区发改局、区财政局');
    expect(separateJointLeads('经济投资局和航空口岸局分别牵头、区发改局')).toBe('经济投资局和航空口岸局分别牵头，区发改局');
    // No unit before the mark, or inside a bracket: as written.
    expect(separateJointLeads('各牵头、配合单位')).toBe('各牵头、配合单位');
    expect(separateJointLeads('区商务局（牵头、汇总）')).toBe('区商务局（牵头、汇总）');
  });
});
