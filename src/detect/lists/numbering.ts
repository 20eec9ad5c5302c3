/**
 * Numbering prefixes of body paragraphs and the outline level each implies
 * (the prefixes themselves are the vocabulary's `NUMBERING`).
 */
import { CIRCLED, CIRCLED_LEVEL, chineseToInt, intToChinese, NUMBERING } from '../../model/vocabulary.js';


export interface Numbering {
  /** Outline depth: smaller is outer. */
  level: number;
  /** The number itself, without brackets or punctuation (`一`, `3`). */
  seq: string;
  /** The paragraph text after the prefix, leading spaces removed. */
  rest: string;
}

/**
 * A bullet (`● 白茶市场存在…`) opens an item with no number, below every
 * numbered level; its `seq` is empty. (`★`/`☆` mark leads, `○` writes zero, `·` joins names: none is a bullet.)
 */
const BULLET = /^[●◆■▲•▪◇□]\s*(?=\S)/u;
export const BULLET_LEVEL = 7;

export function parseNumbering(text: string): Numbering | null {
  const bullet = BULLET.exec(text);
  if (bullet) return { level: BULLET_LEVEL, seq: '', rest: text.slice(bullet[0].length) };
  for (const [re, level] of NUMBERING) {
    const m = re.exec(text);
    if (!m) continue;
    const raw = m[1]!;
    const seq = level === CIRCLED_LEVEL ? String(CIRCLED.indexOf(raw) + 1) : raw;
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
