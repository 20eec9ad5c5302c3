/** Text normalisation shared by every reader and builder. */
import { describe, expect, it } from 'vitest';
import { foldSpaces, isSpaceCode } from '../../src/model/text.js';

describe('isSpaceCode', () => {
  it('matches exactly the characters `\\s` matches, over the whole BMP', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/u.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});

describe('foldSpaces', () => {
  it('drops a space between two Han characters and folds runs of spaces', () => {
    expect(foldSpaces('房 屋　安全  Word 2016')).toBe('房屋安全 Word 2016');
  });
});
