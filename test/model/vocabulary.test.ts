import { describe, expect, it } from 'vitest';
import { colonAfterLabels, ETC_AT_END } from '../../src/model/vocabulary.js';

describe('colonAfterLabels', () => {
  it('a label opening the text takes its colon back (`责任单位;住建局`)', () => {
    expect(colonAfterLabels('责任单位;住建局、畜牧局')).toBe('责任单位：住建局、畜牧局');
    expect(colonAfterLabels('  牵头；区发改局')).toBe('  牵头：区发改局');
  });

  it('a label after a separator does too (`…、社区；责任人；张三`)', () => {
    expect(colonAfterLabels('区民政局、各社区；责任人；张三')).toBe('区民政局、各社区；责任人：张三');
    expect(colonAfterLabels('区民政局；完成时限；2024年底')).toBe('区民政局；完成时限：2024年底');
  });

  it('a unit named like a label stays a unit (`区消防救援大队，相关部门；各乡镇党委`)', () => {
    expect(colonAfterLabels('区消防救援大队，相关部门；各乡镇党委')).toBe('区消防救援大队，相关部门；各乡镇党委');
  });

  it('a semicolon closing the text is left alone, and the length never changes', () => {
    const text = '区发改局，责任单位；';
    expect(colonAfterLabels(text)).toBe(text);
    expect(colonAfterLabels('配合单位;区财政局').length).toBe('配合单位;区财政局'.length);
  });
});

describe('ETC_AT_END', () => {
  const strip = (s: string) => s.replace(ETC_AT_END, '');
  it('strips the catch-all closing a run of units, not the units before it', () => {
    expect(strip('区发改局、区财政局等有关部门')).toBe('区发改局、区财政局');
    expect(strip('县住建局等')).toBe('县住建局');
    expect(strip('市场监管局及其他相关单位')).toBe('市场监管局');
    expect(strip('教育局等相关机构')).toBe('教育局');
  });

  it('leaves a name alone where the catch-all is not at its end', () => {
    expect(strip('等级评定办公室')).toBe('等级评定办公室');
    expect(strip('区发改局')).toBe('区发改局');
  });
});
