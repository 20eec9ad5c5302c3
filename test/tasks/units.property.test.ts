import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rawUnits, splitUnits, UNIT_SEPARATORS } from '../../src/tasks/units.js';

const alphabet = fc.constantFrom(...'区安监局、，,；;（）()【】牵头配合负责等及和\n 1（1）-'.split(''), '局', '办', '镇');
const unitText = fc.array(alphabet, { maxLength: 80 }).map((a) => a.join(''));
const withoutSeparators = (s: string) => [...s].filter((c) => !UNIT_SEPARATORS.has(c)).join('');

describe('units: properties', () => {
  it('splitting and rejoining never loses a character that is not a separator', () => {
    fc.assert(
      fc.property(fc.oneof(unitText, fc.string()), (text) => {
        expect(withoutSeparators(rawUnits(text).join(''))).toBe(withoutSeparators(text));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws and returns names that are non-empty and free of separators outside brackets', () => {
    fc.assert(
      fc.property(fc.oneof(unitText, fc.string()), fc.boolean(), (text, drop) => {
        const { leads, partners } = splitUnits(text, { dropConjoinedTail: drop });
        for (const u of [...leads, ...partners]) {
          expect(u.length).toBeGreaterThan(0);
          expect(u).toBe(u.trim());
        }
      }),
      { numRuns: 500 },
    );
  });

  it('runs in linear time on long runs of brackets and separators', () => {
    const junk = ['（'.repeat(200_000), '、'.repeat(200_000), '区局（'.repeat(70_000), '牵头负责等'.repeat(40_000)];
    for (const text of junk) expect(() => splitUnits(text, { dropConjoinedTail: true })).not.toThrow();
  });
});
