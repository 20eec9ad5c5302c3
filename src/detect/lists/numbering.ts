/**
 * Numbering prefixes of body paragraphs and the outline level each implies.
 * Chinese plans nest `第一章` > `一、` > `第一条` > `（一）` > `1.` > `（1）` > `①` > `一是`; a
 * document may skip levels, so only the relative order matters.
 */

export interface Numbering {
  /** Outline depth: smaller is outer. */
  level: number;
  /** The number itself, without brackets or punctuation (`一`, `3`). */
  seq: string;
  /** The paragraph text after the prefix, leading spaces removed. */
  rest: string;
}

const CN_DIGITS = '零一二三四五六七八九';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

// Every pattern is anchored and uses bounded repetition only, so a hostile
// line costs a constant amount of work per pattern.
const PATTERNS: readonly (readonly [RegExp, number])[] = [
  [/^第([一二三四五六七八九十百零〇\d]{1,4})(?:章|部分|篇)/u, 0],
  // Articles (`第一条`) sit inside chapters and sections, above `（一）`.
  [/^第([一二三四五六七八九十百零〇\d]{1,4})条/u, 1.5],
  [/^([一二三四五六七八九十百零〇]{1,4})[、.．]/u, 1],
  [/^[（(]([一二三四五六七八九十百零〇]{1,4})[）)]/u, 2],
  // `1.5万` is a quantity, not a number: the dot must not be followed by a digit.
  [/^(\d{1,3}) ?(?:[、]|[.．](?!\d))/u, 3],
  [/^[（(](\d{1,3})[）)]/u, 4],
  [/^(\d{1,3})[）)]/u, 4],
  [/^([①-⑳])/u, 5],
  [/^([一二三四五六七八九十]{1,3})是/u, 6],
];

export function parseNumbering(text: string): Numbering | null {
  for (const [re, level] of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const raw = m[1]!;
    const seq = level === 5 ? String(CIRCLED.indexOf(raw) + 1) : raw;
    let rest = text.slice(m[0].length);
    // `一是` keeps its verb out of the text; other prefixes may be followed by a space.
    rest = rest.replace(/^[\s\u3000]{1,8}/u, '');
    return { level, seq, rest };
  }
  return null;
}

/**
 * A paragraph that opens with `一是` and goes on to `二是` inline enumerates
 * the points of its heading's body; it is not an item of its own.
 */
export function isInlineEnumeration(num: Numbering): boolean {
  if (num.level !== 6) return false;
  const n = chineseToInt(num.seq);
  if (n === null) return false;
  const next = intToChinese(n + 1);
  return next !== null && num.rest.includes(`${next}是`);
}

export function chineseToInt(s: string): number | null {
  if (/^\d+$/u.test(s)) return Number(s);
  if (s === '十') return 10;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/u.exec(s);
  if (m) return (m[1] ? CN_DIGITS.indexOf(m[1]) : 1) * 10 + (m[2] ? CN_DIGITS.indexOf(m[2]) : 0);
  if (s.length === 1 && CN_DIGITS.indexOf(s) > 0) return CN_DIGITS.indexOf(s);
  return null;
}

export function intToChinese(n: number): string | null {
  if (n < 1 || n > 99) return null;
  if (n < 10) return CN_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones ? CN_DIGITS[ones] : ''}`;
}
