/**
 * Responsibility clauses of body items: a line `责任单位：…` (also 牵头单位,
 * 责任部门, 主责单位, Traditional 責任單位 …), a bracketed clause closing the
 * item (`（责任单位：…）`), or a label glued to the item's last sentence
 * (`…。责任单位：…`). Matching runs on a Simplified copy of the text of equal
 * length, so positions carry back to the text as written.
 */
import { toSimplified } from '../../model/traditional.js';

/** Labels that introduce responsible units. */
export const UNIT_LABEL = '(?:牵头|责任|主责|负责|承办|配合|协办|协助|参与)(?:单位|部门)';
/** Labels of a time limit that may sit in the same clause (`完成时限：2021年底`). */
export const TIME_LABEL = '(?:(?:完成|办结)?(?:时限|期限|年限)|完成时间|时间节点)';

const UNIT_LINE = new RegExp(`^[（(【\\[]?\\s{0,3}${UNIT_LABEL}\\s{0,3}[:：]`, 'u');
const ANY_LABEL_LINE = new RegExp(`^[（(【\\[]?\\s{0,3}(?:${UNIT_LABEL}|${TIME_LABEL})\\s{0,3}[:：]`, 'u');
const BRACKETED = new RegExp(`[（(【\\[]\\s{0,3}${UNIT_LABEL}\\s{0,3}[:：]`, 'gu');
const GLUED = new RegExp(`[。；;！？!?\\s]${UNIT_LABEL}\\s{0,3}[:：]`, 'gu');
const UNIT_LABEL_ANYWHERE = new RegExp(`${UNIT_LABEL}\\s{0,3}[:：]`, 'u');
const BOXED_LABEL = new RegExp(`【\\s{0,3}(${UNIT_LABEL}|${TIME_LABEL})\\s{0,3}】\\s{0,3}[:：]?`, 'gu');

const OPEN = '（([【〔［';
const CLOSE = '）)]】〕］';
const TAIL_PUNCT = /^[\s。．.；;，,、]*$/u;
const CONTINUES = /[、，,；;：:（(]$/u;

export function simplified(text: string): string {
  const s = toSimplified(text);
  // A non-BMP character would shift positions; such a line is matched as written.
  return s.length === text.length ? s : text;
}

/** `【责任单位】A` is written `责任单位：A`, the one form the other matchers know. */
export function normaliseBoxedLabels(text: string): string {
  if (!text.includes('【')) return text;
  const s = simplified(text);
  let out = '';
  let from = 0;
  for (const m of s.matchAll(BOXED_LABEL)) {
    const labelAt = m.index + m[0].indexOf(m[1]!);
    // The space lets a label glued to the item's last word still be found.
    out += `${text.slice(from, m.index)} ${text.slice(labelAt, labelAt + m[1]!.length)}：`;
    from = m.index + m[0].length;
  }
  return (out + text.slice(from)).trim();
}

/** The line is a responsibility clause of its own (`责任单位：…`, `（牵头单位：…）`). */
export function isResponsibilityLine(text: string): boolean {
  return UNIT_LINE.test(simplified(text));
}

/** The line is any labelled line that may extend a clause (units or a time limit). */
export function isLabelLine(text: string): boolean {
  return ANY_LABEL_LINE.test(simplified(text));
}

export function hasUnitLabel(text: string): boolean {
  return UNIT_LABEL_ANYWHERE.test(simplified(text));
}

/** A clause that is cut mid-list (`…、`, an open bracket) goes on in the next line. */
export function clauseContinues(clause: string): boolean {
  return CONTINUES.test(clause) || unclosedBrackets(clause) > 0;
}

/** Removes the brackets around a whole-line clause `（责任单位：…）`. */
export function unwrapClause(text: string): string {
  const t = text.trim();
  if (!OPEN.includes(t[0] ?? '')) return t;
  const close = matchingClose(t, 0);
  if (close < 0) return t.slice(1).trim();
  if (!TAIL_PUNCT.test(t.slice(close + 1))) return t;
  return t.slice(1, close).trim();
}

export interface InlineClause {
  /** The item text without the clause, trailing spaces removed. */
  rest: string;
  /** The clause without its brackets, labels kept. */
  clause: string;
}

/**
 * A responsibility clause written inside an item's text: bracketed, usually
 * at the end (`…。（责任单位：A、B）`) but also after the heading phrase
 * (`加强领导（牵头单位：A）。…`), or glued after a sentence (`…。责任单位：A`).
 */
export function findInlineClause(text: string): InlineClause | null {
  const s = simplified(text);
  let lastBracket = -1;
  for (const m of s.matchAll(BRACKETED)) lastBracket = m.index;
  if (lastBracket >= 0) {
    const close = matchingClose(text, lastBracket);
    const clause = text.slice(lastBracket + 1, close < 0 ? text.length : close).trim();
    const after = close < 0 ? '' : text.slice(close + 1);
    const rest = text.slice(0, lastBracket).trimEnd() + (TAIL_PUNCT.test(after) ? '' : after.trim());
    return { rest, clause };
  }
  // The bracket depth is needed only where a glued label is found: most texts have none.
  let depth: Int32Array | null = null;
  for (const m of s.matchAll(GLUED)) {
    const at = m.index + 1;
    depth ??= depthProfile(text);
    if (depth[at] !== 0) continue;
    return { rest: text.slice(0, at).trimEnd(), clause: text.slice(at).trim() };
  }
  return null;
}

/** A clause cut over lines may end with the close of its opening bracket, already removed. */
export function dropUnmatchedClose(clause: string): string {
  let depth = 0;
  for (const c of clause) {
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth--;
  }
  return depth < 0 && CLOSE.includes(clause[clause.length - 1] ?? '') ? clause.slice(0, -1).trimEnd() : clause;
}

/**
 * A section heading glued to the end of a clause (`…按职责分工负责三、时间安排`)
 * is cut off and handed back to be read as a heading.
 */
export function splitTrailingHeading(clause: string): { clause: string; heading: string | null } {
  const m = /(?<=[\p{Script=Han}）)])(?<!第)([一二三四五六七八九十]{1,3}、[^、，,；;。：:（）()]{2,12})$/u.exec(clause);
  if (!m) return { clause, heading: null };
  return { clause: clause.slice(0, m.index), heading: m[1]! };
}

function matchingClose(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function depthProfile(text: string): Int32Array {
  const out = new Int32Array(text.length + 1);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    out[i] = depth;
    const c = text[i]!;
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c) && depth > 0) depth--;
  }
  out[text.length] = depth;
  return out;
}

function unclosedBrackets(text: string): number {
  let depth = 0;
  for (const c of text) {
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c) && depth > 0) depth--;
  }
  return depth;
}

