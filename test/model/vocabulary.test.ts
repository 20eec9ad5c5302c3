import { describe, expect, it } from 'vitest';
import { colonAfterLabels } from '../../src/model/vocabulary.js';

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
