/**
 * Responsibility clauses of body items: a line `责任单位：…` (also 牵头单位,
 * 责任部门, 主责单位, Traditional 責任單位 …), a bracketed clause closing the
 * item (`（责任单位：…）`), or a label glued to the item's last sentence
 * (`…。责任单位：…`). Matching runs on a Simplified copy of the text of equal
 * length, so positions carry back to the text as written.
 */
import { cellKind, ellipticalPlace, isPersonTitle, isUnitName, MAX_PLACE_RUN, separateJointLeads, sharedNoun } from '../../model/cellKinds.js';
import { toSimplified } from '../../model/traditional.js';

export { isUnitName };
import {
  cutRoleWordAtEnd,
  FIRST_UNIT_LEADS,
  depthProfile,
  isCloseBracket,
  isOpenBracket,
  matchingClose,
  matchingOpen,
  OPEN_BRACKETS,
  PERSON_LABEL,
  PLACING_WORD,
  ROLE_WORD,
  TIME_LABEL,
  UNIT_LABEL,
  UNIT_NOUNS,
  unclosedBrackets,
  PINYIN,
  withoutPinyinNoise,
  ETC_AT_END,
} from '../../model/vocabulary.js';

export { TIME_LABEL, UNIT_LABEL };

const OPEN = `[${OPEN_BRACKETS.replace(/[\]\[]/gu, '\\$&')}]`;
// A person label may come first: `（责任领导：张三；牵头单位：区发改局）`.
// Up to three persons' labels may come first (`牵头领导:张某,责任秘书长:李某,责任单位:…`).
const PERSON_FIRST = `(?:${PERSON_LABEL}\\s{0,3}[:：][^:：]{0,40}?[;；,，。]\\s{0,3}){0,3}`;
// A line's label may carry a qualifier before it (`问题整改责任单位：`).
const QUALIFIER = '(?:\\p{Script=Han}{2,4}?)?';
const UNIT_LINE = new RegExp(`^${OPEN}?\\s{0,3}${PERSON_FIRST}${QUALIFIER}${UNIT_LABEL}\\s{0,3}[:：]`, 'u');
const ANY_LABEL_LINE = new RegExp(`^${OPEN}?\\s{0,3}(?:${QUALIFIER}${UNIT_LABEL}|${TIME_LABEL})\\s{0,3}[:：]`, 'u');
// A short note may open the bracket before its label (`（预期性指标，牵头单位：…）`).
// Or a reference ending in a full stop (`（第1389号。牵头单位：…）`); converter pinyin may sit in it (`號(hào)`).
const BRACKET_NOTE = `(?:(?:[^()（）〔〕\\[\\]:：，,；;。]|${PINYIN}){1,12}[，,；;。]\\s{0,3})?`;
const NOTE_AT_OPEN = new RegExp(`^\\s{0,3}${BRACKET_NOTE}(?=${PERSON_FIRST}${UNIT_LABEL})`, 'u');
const BRACKETED = new RegExp(`${OPEN}\\s{0,3}${BRACKET_NOTE}${PERSON_FIRST}${UNIT_LABEL}\\s{0,3}[:：]`, 'gu');
// A person label may open the clause when a unit label follows it (`。 牵头领导:张三责任单位:市公安局`);
// after a comma too (`1、学前教育促进,牵头单位:市教体局。`).
const GLUED = new RegExp(`[。；;！？!?，,\\s](?:${PERSON_LABEL}\\s{0,3}[:：][^:：]{0,20}?(?=${UNIT_LABEL}\\s{0,3}[:：])|${UNIT_LABEL}\\s{0,3}[:：])`, 'gu');
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

/**
 * `牵头科室（单位）：A` is `牵头科室：A`: the bracket names what else the units may be;
 * `责任单位及责任人：A政府主要领导` is `责任单位：…`: the persons are the units' leaders.
 */
const NOUN_IN_BRACKETS = `[（(](?:${UNIT_NOUNS.join('|')})[）)]`;
const QUALIFIED_LABEL = new RegExp(`(${UNIT_LABEL})\\s*(?:${NOUN_IN_BRACKETS}|(?:及|和|与|、)${PERSON_LABEL})(?=\\s*[:：])`, 'gu');
// A cheap test before the fold: a bracketed noun or a joined word before a colon.
const MAY_QUALIFY = new RegExp(`(?:${NOUN_IN_BRACKETS}|(?:及|和|与|、)\\p{Script=Han}{2,5})\\s*[:：]`, 'u');

function withoutLabelQualifiers(text: string): string {
  if (!text.includes('：') && !text.includes(':')) return text;
  if (!MAY_QUALIFY.test(text)) return text;
  const s = simplified(text);
  let out = '';
  let from = 0;
  for (const m of s.matchAll(QUALIFIED_LABEL)) {
    out += text.slice(from, m.index + m[1]!.length);
    from = m.index + m[0].length;
  }
  return out + text.slice(from);
}

/** `【责任单位】A` is written `责任单位：A`, the one form the other matchers know; so is `牵头科室（单位）：A`. */
export function normaliseBoxedLabels(raw: string): string {
  const text = withoutLabelQualifiers(raw);
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
  if (bySentence(s)) return true;
  if (!isOpenBracket(s[0])) return false;
  const close = matchingClose(s, 0);
  return close > 0 && TAIL_PUNCT.test(s.slice(close + 1)) && isRoleClause(s.slice(1, close), true);
}

/** A clause that names units: by a label, or by role words after unit names. */
export function isResponsibilityClause(clause: string): boolean {
  if (hasUnitLabel(clause)) return true;
  const s = simplified(clause);
  if (isRoleClause(s, true)) return true;
  // Units, then a note after their full stop (`…负责落实。以下各项工作…不再一一列出。`).
  const stop = s.indexOf('。');
  if (stop > 0 && stop < s.length - 1 && isRoleClause(s.slice(0, stop), false)) return true;
  // A clause an excerpt's end cut inside its last name (`…，省工业和信息化厅、省`): the rest must carry role words.
  const pieces = splitAtSeparators(s);
  return pieces.length >= 2 && isRoleClause(pieces.slice(0, -1).join('、'), false);
}

// Role words closing a unit's name (`区发改局牵头`, `县林业局按职责分工负责`), and the
// catch-all tails before them (`等有关部门`, `等`).
const ROLE_WORD_TAIL = new RegExp(`${ROLE_WORD}$`, 'u');
/** A catch-all closing a run of units (`等`, `等有关部门`, `及相关单位`). */
const LEADING_BY = /^(?:由|请|各自由)/u;
const PLACE_NAME = /^\p{Script=Han}{2,6}(?:市|县|区|州|盟|旗)$/u;

/**
 * A bracket's content that names units without a label: pieces between
 * separators, each a unit name, optionally closed by a role word
 * (`区政务服务局牵头，区发改局、区住建局配合`, `省发改委、省工信厅等负责`,
 * `各乡镇、区直各部门按职责分工负责`). With `unitsOnly`, a list of unit names
 * with no role word counts too (`区文广旅游局、区财政局、区总工会`). The text
 * is Simplified.
 */
const SAME_BELOW_PIECE = /^下同[。.]?$/u;

export function isRoleClause(content: string, unitsOnly: boolean): boolean {
  const pieces = splitAtSeparators(separateJointLeads(content.trim()));
  let names = 0;
  let roles = 0;
  // A place named by its level (`合肥市`) stands for its government, beside units and a role word only.
  let places = 0;
  for (const [at, raw] of pieces.entries()) {
    // Pinyin a broken converter put inside a name (`各區(qū)`) is no part of it.
    let piece = withoutPinyinNoise(raw.trim()).replace(LEADING_BY, '');
    if (!piece) continue;
    // The clause's due date after its units (`（各有关部门按职责分工负责，2018年3月底前完成）`) is no unit, and no reason to doubt the rest.
    if (names > 0 && cellKind(piece) === 'date') continue;
    // A rule stated among the units (`…，排名第一位为牵头单位，下同`) is no unit and makes the clause one.
    if (FIRST_UNIT_LEADS.test(piece) || SAME_BELOW_PIECE.test(piece)) { roles++; continue; }
    let role = false;
    for (let k = 0; k < 3; k++) {
      const before = piece;
      const r = ROLE_WORD_TAIL.exec(piece);
      if (r) { role = true; piece = piece.slice(0, r.index); }
      const e = ETC_AT_END.exec(piece);
      if (e && e.index > 0) piece = piece.slice(0, e.index);
      piece = piece.trim();
      if (piece === before) break;
    }
    if (!piece) { if (role) roles++; continue; }
    // Persons answering for the task may come first (`分管副省长负责，省发改委牵头`).
    if (isPersonTitle(piece)) { if (role) roles++; continue; }
    // A name sharing the noun of the next one (`省各行业主管、监管部门`) is a unit.
    // …and so is a bare place whose level and kind the run's last name gives (`相关市、县政府`, `哈尔滨、黑河市政府`).
    if (!isUnitName(piece) && !(at + 1 < pieces.length && sharedNoun(piece, pieces[at + 1]!)) && !inPlaceRun(piece, pieces, at)) {
      if (!PLACE_NAME.test(piece)) return false;
      places++;
    }
    names++;
    if (role) roles++;
  }
  return names > places && (roles > 0 || (unitsOnly && places === 0));
}


function inPlaceRun(piece: string, pieces: readonly string[], at: number): boolean {
  return ellipticalPlace(piece, pieces.slice(at + 1, at + 1 + MAX_PLACE_RUN).map((p) => withoutPinyinNoise(p.trim()))) !== null;
}

/**
 * A clause cut off where the page's excerpt or a page break ends
 * (`…。（市生态环境局牵头，市公安局、应急`): the last open bracket, whose
 * pieces but the last, cut one are units and role words.
 */
function cutOffClause(text: string, s: string, outward = 0): InlineClause | null {
  // Most items close every bracket they open: no profile is needed to know it.
  if (unclosedBrackets(s) === 0) return null;
  const depth = depthProfile(s);
  let open = -1;
  for (let i = s.length - 1; i >= 0; i--) {
    if (isOpenBracket(s[i]) && depth[i] === depth[s.length]! - 1) { open = i; break; }
  }
  if (open <= 0) return null;
  // Cut inside a note after the units (`（A负责；各市、区人民政府〔以下均需…，镇`): the clause is the bracket around it.
  // (Or inside converter pinyin, `鎮(`: the name before it was cut.)
  // At most two brackets outward (a note, then the pinyin inside it): each step reads the text again.
  if (outward < MAX_OUTWARD && (NOTE_OPENING.test(s.slice(open + 1)) || CUT_PINYIN.test(s.slice(open + 1))) && unclosedBrackets(s.slice(0, open)) > 0) {
    return cutOffClause(text.slice(0, open), s.slice(0, open), outward + 1);
  }
  const content = s.slice(open + 1);
  // Cut after its full stop (`（A、B负责。列第`): the units before it are complete.
  const stop = content.indexOf('。');
  if (stop > 0 && isRoleClause(content.slice(0, stop), false)) return { rest: text.slice(0, open).trimEnd(), clause: text.slice(open + 1).trim() };
  const pieces = splitAtSeparators(content);
  // Cut inside the role word after the last unit (`…、市住建局按照职责分工负`): every unit is whole.
  const last = pieces[pieces.length - 1]!;
  const cutRole = cutRoleWordAtEnd(last);
  // (`…、省数据局等牵`: the catch-all 等 closes the units before the cut role word.)
  if (cutRole > 0 && isUnitName(last.slice(0, last.length - cutRole).trim().replace(ETC_AT_END, ''))) {
    const units = content.slice(0, content.length - cutRole);
    if (isRoleClause(units, true)) return { rest: text.slice(0, open).trimEnd(), clause: text.slice(open + 1, open + 1 + units.length).trim() };
  }
  const complete = pieces.slice(0, -1).join('、');
  // Role words make it a clause wherever it opens; without a sentence end before it, they must lead or join units.
  if (pieces.length < 2 || !isRoleClause(complete, false)) return null;
  if (!SENTENCE_BEFORE.test(s.slice(0, open)) && !/牵头|配合|参与|负责/u.test(complete)) return null;
  return { rest: text.slice(0, open).trimEnd(), clause: text.slice(open + 1).trim() };
}

const NOTE_OPENING = /^\s*(?:以下|以上|上述|下同|均需|均由|不再)/u;
const MAX_OUTWARD = 2;
const CUT_PINYIN = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń]{0,6}$/iu;

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
  const by = bySentence(simplified(t));
  if (by) return t.slice(by.from, by.to);
  if (!isOpenBracket(t[0])) return t;
  const close = matchingClose(t, 0);
  if (close < 0) return t.slice(1).trim();
  if (!TAIL_PUNCT.test(t.slice(close + 1))) return t;
  return t.slice(1, close).trim();
}

/**
 * A line that says who does the work above in a sentence (`此项工作由市中小企业局、
 * 财政局负责。`): its units and role word, as a clause; or null.
 */
function bySentence(s: string): { from: number; to: number } | null {
  if (!s.includes('由')) return null;
  const m = BY_SENTENCE.exec(s);
  if (!m) return null;
  const from = m[0].indexOf('由') + 1;
  const to = from + m[1]!.length + m[2]!.length;
  return isRoleClause(s.slice(from, to), true) ? { from, to } : null;
}
const BY_SENTENCE = /^\s*(?:此项|该项|本项|上述|以上)(?:各项)?(?:工作|任务|措施|政策)?(?:均)?由([^。；;]{2,200}?)(负责|牵头负责|牵头|落实|承担)\s*[。.；;]?\s*$/u;

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
  const found = endClause(text);
  // Role brackets closing earlier sentences of the same item
  // (`…。（A负责）…。（B牵头，C参与）`) name its units too.
  const base = found ? found.rest : text;
  const mids = midClauses(base, !found);
  if (!mids.length) return found;
  let rest = '';
  let from = 0;
  for (const m of mids) {
    rest += base.slice(from, m.open);
    from = m.close < 0 ? base.length : m.close + 1;
  }
  rest += base.slice(from);
  // One bracket alone keeps its whole text: a rule after its full stop (`列第一位的为牵头部门，下同`) applies.
  const clauses = mids.length === 1 && !found ? [mids[0]!.whole] : mids.map((m) => m.clause);
  if (found) clauses.push(found.clause);
  return { rest: rest.trimEnd(), clause: clauses.join('；') };
}

interface MidClause {
  open: number;
  /** -1: the bracket runs to the text's end (cut off). */
  close: number;
  /** The units, up to the bracket's first full stop. */
  clause: string;
  /** The bracket's whole text. */
  whole: string;
}

/**
 * Brackets after a sentence end that hold role words or a label, anywhere in
 * the text. Where the item has no clause at its end, a bracket cut off by the
 * excerpt's end after such clauses (`…。[区发改委（粮食局）`) holding unit
 * names joins them.
 */
function midClauses(text: string, cutMayFollow: boolean): MidClause[] {
  const s = simplified(text);
  if (!BRACKET_AFTER_SENTENCE.test(s) || !ROLE_HINT.test(s)) return [];
  const out: MidClause[] = [];
  // …or closing its sentence (`…生物天然气（县发改局牵头；各乡镇落实）。推进…`).
  for (const b of sentenceBrackets(s, SENTENCE_BEFORE, 2, CLOSE_THEN_STOP.test(s))) {
    if (b.close < 0) {
      if (cutMayFollow && out.length && isRoleClause(b.content, true)) out.push({ open: b.open, close: -1, clause: text.slice(b.open + 1).trim(), whole: text.slice(b.open + 1).trim() });
      break;
    }
    if (UNIT_LABEL_ANYWHERE.test(b.units) || isRoleClause(b.units, false)) out.push({ open: b.open, close: b.close, clause: text.slice(b.open + 1, b.open + 1 + b.units.length).trim(), whole: text.slice(b.open + 1, b.close).trim() });
  }
  return out;
}

export interface SentenceBracket {
  open: number;
  /** -1: the bracket runs to the text's end (cut off). */
  close: number;
  /** The bracket's text (to the text's end when cut off). */
  content: string;
  /** Its units: up to its first full stop, after which a note may follow (`以下各项工作…不再列出。`). */
  units: string;
}

/**
 * The brackets outside any other of a (Simplified) text that open right after
 * a sentence end (`before`, tested on the `window` characters before the
 * bracket) or, with `closing`, that close their sentence (`…）。`): the one
 * scan of the role brackets inside an item and of a line's run of bracketed
 * sentences. It ends at a bracket the text's end cut off.
 */
export function* sentenceBrackets(s: string, before: RegExp, window: number, closing: boolean): Generator<SentenceBracket> {
  const depth = depthProfile(s);
  for (let i = 1; i < s.length; i++) {
    if (depth[i] !== 0 || !isOpenBracket(s[i])) continue;
    const afterSentence = before.test(s.slice(Math.max(0, i - window), i));
    if (!afterSentence && !closing) continue;
    const close = matchingClose(s, i);
    if (!afterSentence && !(close > 0 && /^[。；;]/u.test(s.slice(close + 1, close + 2)))) continue;
    const content = s.slice(i + 1, close < 0 ? s.length : close);
    const stop = content.indexOf('。');
    yield { open: i, close, content, units: stop < 0 ? content : content.slice(0, stop) };
    if (close < 0) return;
    i = close;
  }
}

// Most paragraphs have no bracket right after a sentence end: they need no scan.
const CLOSE_THEN_STOP = /[）)〕】\]][。；;]/u;
// (…or a bracket that closes its sentence: `…天然气（A局牵头；B镇落实）。`.)
const BRACKET_AFTER_SENTENCE = new RegExp(`[。；;！？!?]\\s{0,2}${OPEN}|${CLOSE_THEN_STOP.source}`, 'u');
// Cheap tests before the bracket scan: most paragraphs hold no role word at all.
const ROLE_HINT = new RegExp(`${ROLE_WORD}|${UNIT_LABEL}`, 'u');

function endClause(text: string): InlineClause | null {
  const s = simplified(text);
  // A labelled clause (bracketed or glued) holds its label's colon: most texts
  // have none, and need not be scanned for the labels.
  const labelled = s.includes('：') || s.includes(':');
  let lastBracket = -1;
  let noteLength = 0;
  if (labelled) {
    for (const m of s.matchAll(BRACKETED)) {
      lastBracket = m.index;
      noteLength = NOTE_AT_OPEN.exec(s.slice(m.index + 1))?.[0].length ?? 0;
    }
  }
  if (lastBracket >= 0) {
    const close = matchingClose(text, lastBracket);
    // The note before the label (`预期性指标，`) is no part of the clause.
    const clause = text.slice(lastBracket + 1 + noteLength, close < 0 ? text.length : close).trim();
    const after = close < 0 ? '' : text.slice(close + 1);
    const rest = text.slice(0, lastBracket).trimEnd() + (TAIL_PUNCT.test(after) ? '' : after.trim());
    return { rest, clause };
  }
  const trailing = trailingRoleBracket(text, s);
  if (trailing) return trailing;
  const sentence = roleSentenceAtEnd(text, s);
  if (sentence) return sentence;
  // The bracket depth is needed only where a glued label is found: most texts have none.
  let depth: Int32Array | null = null;
  if (!labelled) return null;
  for (const m of s.matchAll(GLUED)) {
    const at = m.index + 1;
    depth ??= depthProfile(text);
    if (depth[at] !== 0) continue;
    return { rest: text.slice(0, at).trimEnd().replace(/[，,]+$/u, ''), clause: text.slice(at).trim() };
  }
  return null;
}

// The item's last sentence, after a full stop (the text is Simplified, of the same length as written).
const LAST_SENTENCE = /。\s*([^。]{4,200}?)\s*[。．.]?\s*$/u;
const PLACES_UNITS = new RegExp(PLACING_WORD, 'u');

/**
 * An item closed by a sentence of units and the words that place them, with
 * no bracket (`…新增面积200万亩。省水利厅牵头，省发改委、农垦总局等单位配合。`):
 * that sentence is its clause. Only a lead or partner word makes one (a last
 * sentence ending in 负责 or 落实 is as often the work itself), and each of its
 * parts must close with its role word (`…亲自抓、负总责，确保…落到实处` is work).
 */
function roleSentenceAtEnd(text: string, s: string): InlineClause | null {
  if (!PLACES_UNITS.test(s)) return null;
  const m = LAST_SENTENCE.exec(s);
  // Unbracketed, it must read as nothing but a clause: each part between commas its units and their role word.
  if (!m || !m[1]!.split(/[，,；;]/u).every((part) => ROLE_WORD_TAIL.test(part.trim())) || !PLACES_UNITS.test(m[1]!) || !isRoleClause(m[1]!, false)) return null;
  const from = m.index + m[0].indexOf(m[1]!);
  return { rest: text.slice(0, m.index + 1), clause: text.slice(from, from + m[1]!.length) };
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




