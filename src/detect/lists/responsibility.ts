/**
 * Responsibility clauses of body items: a line `责任单位：…` (also 牵头单位,
 * 责任部门, 主责单位, Traditional 責任單位 …), a bracketed clause closing the
 * item (`（责任单位：…）`), or a label glued to the item's last sentence
 * (`…。责任单位：…`). Matching runs on a Simplified copy of the text of equal
 * length, so positions carry back to the text as written.
 */
import { isUnitName } from '../../model/cellKinds.js';
import { toSimplified } from '../../model/traditional.js';

export { isUnitName };
import {
  alternation,
  depthProfile,
  isCloseBracket,
  isOpenBracket,
  LEAD_WORDS,
  matchingClose,
  matchingOpen,
  OPEN_BRACKETS,
  PARTNER_WORDS,
  PERSON_LABEL,
  RESPONSIBLE_WORDS,
  TIME_LABEL,
  UNIT_LABEL,
  unclosedBrackets,
} from '../../model/vocabulary.js';

export { TIME_LABEL, UNIT_LABEL };

const OPEN = `[${OPEN_BRACKETS.replace(/[\]\[]/gu, '\\$&')}]`;
// A person label may come first: `（责任领导：张三；牵头单位：区发改局）`.
const PERSON_FIRST = `(?:${PERSON_LABEL}\\s{0,3}[:：][^:：]{0,40}?[;；,，。]\\s{0,3})?`;
const UNIT_LINE = new RegExp(`^${OPEN}?\\s{0,3}${PERSON_FIRST}${UNIT_LABEL}\\s{0,3}[:：]`, 'u');
const ANY_LABEL_LINE = new RegExp(`^${OPEN}?\\s{0,3}(?:${UNIT_LABEL}|${TIME_LABEL})\\s{0,3}[:：]`, 'u');
const BRACKETED = new RegExp(`${OPEN}\\s{0,3}${PERSON_FIRST}${UNIT_LABEL}\\s{0,3}[:：]`, 'gu');
const GLUED = new RegExp(`[。；;！？!?\\s]${UNIT_LABEL}\\s{0,3}[:：]`, 'gu');
const UNIT_LABEL_ANYWHERE = new RegExp(`${UNIT_LABEL}\\s{0,3}[:：]`, 'u');
const BOXED_LABEL = new RegExp(`【\\s{0,3}(${UNIT_LABEL}|${TIME_LABEL})\\s{0,3}】\\s{0,3}[:：]?`, 'gu');

const TAIL_PUNCT = /^[\s。．.；;，,、]*$/u;
const CONTINUES = /[、，,；;：:（(〔]$/u;
const SENTENCE_BEFORE = /[。；;！？!?]\s*$/u;

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

/**
 * The line is a responsibility clause of its own: labelled (`责任单位：…`,
 * `（牵头单位：…）`), or a whole-line bracket of units and role words
 * (`（区发改局牵头，区财政局配合）`).
 */
export function isResponsibilityLine(text: string): boolean {
  const s = simplified(text);
  if (UNIT_LINE.test(s)) return true;
  if (!isOpenBracket(s[0])) return false;
  const close = matchingClose(s, 0);
  return close > 0 && TAIL_PUNCT.test(s.slice(close + 1)) && isRoleClause(s.slice(1, close), true);
}

/** A clause that names units: by a label, or by role words after unit names. */
export function isResponsibilityClause(clause: string): boolean {
  return hasUnitLabel(clause) || isRoleClause(simplified(clause), true);
}

// Role words closing a unit's name (`区发改局牵头`, `县林业局按职责分工负责`), and the
// catch-all tails before them (`等有关部门`, `等`).
const ROLE_WORD_TAIL = new RegExp(`(?:${alternation([...LEAD_WORDS, ...PARTNER_WORDS, ...RESPONSIBLE_WORDS])})$`, 'u');
const ETC = /(?:等(?:[^、，,；;]{0,12}?(?:部门|单位|机构))?|及(?:其他|相关|有关)[^、，,；;]{0,8}?(?:部门|单位))$/u;
const LEADING_BY = /^(?:由|请|各自由)/u;

/**
 * A bracket's content that names units without a label: pieces between
 * separators, each a unit name, optionally closed by a role word
 * (`区政务服务局牵头，区发改局、区住建局配合`, `省发改委、省工信厅等负责`,
 * `各乡镇、区直各部门按职责分工负责`). With `unitsOnly`, a list of unit names
 * with no role word counts too (`区文广旅游局、区财政局、区总工会`). The text
 * is Simplified.
 */
export function isRoleClause(content: string, unitsOnly: boolean): boolean {
  const pieces = splitAtSeparators(content.trim());
  let names = 0;
  let roles = 0;
  for (const raw of pieces) {
    let piece = raw.trim().replace(LEADING_BY, '');
    if (!piece) continue;
    let role = false;
    for (let k = 0; k < 3; k++) {
      const before = piece;
      const r = ROLE_WORD_TAIL.exec(piece);
      if (r) { role = true; piece = piece.slice(0, r.index); }
      const e = ETC.exec(piece);
      if (e && e.index > 0) piece = piece.slice(0, e.index);
      piece = piece.trim();
      if (piece === before) break;
    }
    if (!piece) { if (role) roles++; continue; }
    if (!isUnitName(piece)) return false;
    names++;
    if (role) roles++;
  }
  return names > 0 && (roles > 0 || unitsOnly);
}

/**
 * A clause cut off where the page's excerpt or a page break ends
 * (`…。（市生态环境局牵头，市公安局、应急`): the last open bracket, whose
 * pieces but the last, cut one are units and role words.
 */
function cutOffClause(text: string, s: string): InlineClause | null {
  const depth = depthProfile(s);
  if (depth[s.length] === 0) return null;
  let open = -1;
  for (let i = s.length - 1; i >= 0; i--) {
    if (isOpenBracket(s[i]) && depth[i] === depth[s.length]! - 1) { open = i; break; }
  }
  if (open <= 0 || !SENTENCE_BEFORE.test(s.slice(0, open))) return null;
  const content = s.slice(open + 1);
  const pieces = splitAtSeparators(content);
  const complete = pieces.slice(0, -1).join('、');
  if (pieces.length < 2 || !isRoleClause(complete, false)) return null;
  return { rest: text.slice(0, open).trimEnd(), clause: text.slice(open + 1).trim() };
}

// By char code: `s[i]` would make a string of each Han character.
const SEPARATORS = new Set([...'、，,；;/／'].map((c) => c.charCodeAt(0)));

function splitAtSeparators(s: string): string[] {
  const depth = depthProfile(s);
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (depth[i] === 0 && SEPARATORS.has(s.charCodeAt(i))) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
  }
  out.push(s.slice(from));
  return out;
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
  if (!isOpenBracket(t[0])) return t;
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
  // A labelled clause (bracketed or glued) holds its label's colon: most texts
  // have none, and need not be scanned for the labels.
  const labelled = s.includes('：') || s.includes(':');
  let lastBracket = -1;
  if (labelled) for (const m of s.matchAll(BRACKETED)) lastBracket = m.index;
  if (lastBracket >= 0) {
    const close = matchingClose(text, lastBracket);
    const clause = text.slice(lastBracket + 1, close < 0 ? text.length : close).trim();
    const after = close < 0 ? '' : text.slice(close + 1);
    const rest = text.slice(0, lastBracket).trimEnd() + (TAIL_PUNCT.test(after) ? '' : after.trim());
    return { rest, clause };
  }
  const trailing = trailingRoleBracket(text, s);
  if (trailing) return trailing;
  // The bracket depth is needed only where a glued label is found: most texts have none.
  let depth: Int32Array | null = null;
  if (!labelled) return null;
  for (const m of s.matchAll(GLUED)) {
    const at = m.index + 1;
    depth ??= depthProfile(text);
    if (depth[at] !== 0) continue;
    return { rest: text.slice(0, at).trimEnd(), clause: text.slice(at).trim() };
  }
  return null;
}

/**
 * The bracket that closes an item without a label: role words after unit
 * names (`…。（区发改局牵头，区财政局配合）`), or, right after a sentence end,
 * unit names alone (`…。（区文广旅游局、区财政局）`). A bracket of anything
 * else (`（试行）`, `（2021—2023年）`) names no units.
 */
function trailingRoleBracket(text: string, s: string): InlineClause | null {
  const cut = cutOffClause(text, s);
  if (cut) return cut;
  let end = s.length;
  while (end > 0 && /[\s。．.；;，,]/u.test(s[end - 1]!)) end--;
  if (end === 0 || !isCloseBracket(s[end - 1])) return null;
  const open = matchingOpen(s, end - 1);
  if (open <= 0) return null;
  const before = s.slice(0, open);
  if (!isRoleClause(s.slice(open + 1, end - 1), SENTENCE_BEFORE.test(before))) return null;
  return { rest: text.slice(0, open).trimEnd(), clause: text.slice(open + 1, end - 1).trim() };
}

/** A clause cut over lines may end with the close of its opening bracket, already removed. */
export function dropUnmatchedClose(clause: string): string {
  let depth = 0;
  for (const c of clause) {
    if (isOpenBracket(c)) depth++;
    else if (isCloseBracket(c)) depth--;
  }
  return depth < 0 && isCloseBracket(clause[clause.length - 1]) ? clause.slice(0, -1).trimEnd() : clause;
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




