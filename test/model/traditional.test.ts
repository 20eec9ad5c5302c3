import { describe, expect, it } from 'vitest';
import { simplifiedChar, toSimplified } from '../../src/model/traditional.js';

/** The plain definition: fold each character on its own. */
const reference = (s: string) => [...s].map(simplifiedChar).join('');

describe('toSimplified', () => {
  it('folds the Traditional characters of the vocabulary, one for one', () => {
    expect(toSimplified('牽頭單位：區發改局、縣財政局')).toBe('牵头单位：区发改局、县财政局');
    expect(toSimplified('完成時限')).toBe('完成时限');
    expect(toSimplified('責任單位')).toHaveLength(4);
  });

  it('folds every character OpenCC folds one for one, not only a hand-picked list (`爲`, `園`, `裏`)', () => {
    expect(toSimplified('排在首位的爲牽頭單位')).toBe('排在首位的为牵头单位');
    expect(toSimplified('開發園區')).toBe('开发园区');
    expect(toSimplified('衞生健康局')).toBe('卫生健康局');
    expect(toSimplified('區裏')).toBe('区里');
  });

  it('returns a text without Traditional characters as it is', () => {
    const text = '牵头单位：区发改局 2020年底前 ABC 😀';
    expect(toSimplified(text)).toBe(text);
    expect(toSimplified('')).toBe('');
  });

  it('agrees with folding each character on its own, on mixed text', () => {
    const alphabet = '號務牽頭單責時項源缺逾际並於週滾区局ABC 1２（）😀\u3000\n';
    let x = 7;
    for (let n = 0; n < 300; n++) {
      let s = '';
      for (let k = 0; k < n % 40; k++) {
        x = (x * 1103515245 + 12345) >>> 0;
        s += [...alphabet][x % [...alphabet].length];
      }
      expect(toSimplified(s)).toBe(reference(s));
    }
  });
});
