import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../src/tasks/units.js';

describe('splitUnits cache', () => {
  it('gives the same units for a repeated cell, and callers cannot change what later calls get', () => {
    const first = splitUnits('区发改局牵头，区财政局、区应急局配合', { dropConjoinedTail: true });
    expect(first).toEqual({ leads: ['区发改局'], partners: ['区财政局', '区应急局'] });
    first.leads.push('改过');
    first.partners.length = 0;
    expect(splitUnits('区发改局牵头，区财政局、区应急局配合', { dropConjoinedTail: true })).toEqual({ leads: ['区发改局'], partners: ['区财政局', '区应急局'] });
  });

  it('keeps the options and the line structure of the input apart', () => {
    expect(splitUnits('公安分局及相关行业主管部门', { dropConjoinedTail: true }).leads).toEqual(['公安分局']);
    expect(splitUnits('公安分局及相关行业主管部门').leads).toEqual(['公安分局及相关行业主管部门']);
    expect(splitUnits(['区发改局', '区财政局'])).toEqual(splitUnits('区发改局\n区财政局'));
  });
});
