/**
 * Body blocks → a flat stream of what matters to list detection: numbered or
 * plain paragraphs, responsibility clauses, and breaks (a table, a new
 * attachment or plan). A clause written inside a paragraph becomes the
 * paragraph followed by the clause.
 */
import type { Block } from '../../model/document.js';
import { foldSpaces } from '../../model/text.js';
import { toSimplified } from '../../model/traditional.js';
import { isAnnexMarker, isPlanTitle } from './boundaries.js';
import { BULLET_LEVEL, isInlineEnumeration, parseNumbering, type Numbering } from './numbering.js';
import { cutRoleWordAtEnd, denoiseLabels, ETC_AT_END, INLINE_NUMBERING, isOpenBracket, matchingClose, PERSON_LABEL, unclosedBrackets } from '../../model/vocabulary.js';
import { endsLikeUnit, isPersonTitle, isUnitList } from '../../model/cellKinds.js';
import { headerRole } from '../../model/headerRoles.js';
import {
  clauseContinues,
  dropUnmatchedClose,
  findInlineClause,
  isLabelLine,
  hasUnitLabel,
  isResponsibilityLine,
  isRoleClause,
  normaliseBoxedLabels,
  sentenceBrackets,
  splitTrailingHeading,
  unwrapClause,
} from './responsibility.js';

/** Where the text's end cut a clause: inside its bracket (surely cut), or at the end of a line without a closing mark. */
export type CutOff = 'bracket' | 'line';

export type ListEvent =
  | { kind: 'paragraph'; num: Numbering | null; full: string; line: number }
  /** `cutOff`: the text ends inside this clause (an excerpt's end), inside a bracket or a line: its last unit may be cut. */
  | { kind: 'clause'; text: string; cutOff?: CutOff }
  /** `outline`: the headings above end too (a new attachment or plan), not only the stretch. */
  | { kind: 'break'; outline: boolean };

const MAX_CLAUSE_LINES = 6;

export function listEvents(blocks: readonly Block[]): ListEvent[] {
  const out: ListEvent[] = [];
  const paragraphs = logicalParagraphs(blocks);
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    // Text on either side of a table does not form one item.
    if (!p) {
      out.push({ kind: 'break', outline: false });
      continue;
    }
    let text = p.text;
    // A numbered line that is only a label line of units (`3.组织单位：各乡镇人民政府…` under
    // `1.活动时间：…` / `2.活动内容：…`) is the clause of the heading above, not an item.
    const numbered = text.includes('：') || text.includes(':') ? parseNumbering(text) : null;
    if (numbered?.seq && isResponsibilityLine(numbered.rest)) text = numbered.rest;
    if (!isResponsibilityLine(text)) {
      // A person's line right before the units' (`牵头负责领导：张三。` / `牵头责任单位：…`) is part of the clause, not the item's body.
      const next = paragraphs[i + 1];
      if (next && PERSON_LINE.test(simplifiedHead(text)) && isResponsibilityLine(next.text)) continue;
      paragraph(text, p.line, out, p.runItem === true);
      continue;
    }
    let clause = unwrapClause(text);
    // Later label lines (`配合单位：…`, `完成时限：…`) and a list cut at a
    // separator belong to the same clause.
    let j = i + 1;
    for (let taken = 1; j < paragraphs.length && taken < MAX_CLAUSE_LINES; j++, taken++) {
      const next = paragraphs[j];
      if (!next) break;
      const t = next.text;
      if (isLabelLine(t)) clause += ` ${unwrapClause(t)}`;
      // Persons' lines between the labels (`责 任 人：…` / `联 系 人：…` / `完成时限：…`) name no unit: passed over.
      else if (PERSON_LINE.test(simplifiedHead(t)) && labelAfterPersons(paragraphs, j + 1)) continue;
      else if ((clauseContinues(clause) || unitCutAtLineEnd(clause, t)) && !parseNumbering(t)) clause += t;
      else break;
    }
    i = j - 1;
    pushClause(clause, p.line, out);
  }
  markCutOff(paragraphs, out);
  return out;
}

// What closes a text that the excerpt's end did not cut: a sentence end or a closing bracket or quote.
const CLOSED_END = /[。！？!?；;）)\]】〕」』”"]$/u;

/**
 * Pages are often kept as the beginning of their text, cut mid-item. The
 * last clause is cut off when nothing but it comes after it and the text
 * ends open: inside a bracket, or without a closing mark (`（责任单位：县发改局、县农业农`).
 */
function markCutOff(paragraphs: readonly (Paragraph | null)[], out: ListEvent[]): void {
  const last = out[out.length - 1];
  if (last?.kind !== 'clause') return;
  let k = paragraphs.length - 1;
  while (k >= 0 && !paragraphs[k]) k--;
  const text = k >= 0 ? paragraphs[k]!.text.trimEnd() : '';
  if (!text) return;
  if (endsInCutRoleWord(text)) return;
  // A clause that closed earlier in the line (`…（A局牵头；B镇落实）。推进…（县发`): the page's end cut no part of it.
  let stop = last.text.length;
  while (stop > 0 && CLAUSE_TAIL_MARKS.has(last.text[stop - 1]!)) stop--;
  const clauseEnd = last.text.slice(Math.max(0, stop - 4), stop);
  if (clauseEnd && !text.slice(-clauseEnd.length - 2).includes(clauseEnd)) return;
  if (unclosedBrackets(text) > 0) last.cutOff = 'bracket';
  else if (!CLOSED_END.test(text)) last.cutOff = 'line';
}

/** Cut inside the role word after its last unit (`…、市住建局按照职责分工负`): the units are whole. */
function endsInCutRoleWord(text: string): boolean {
  const s = toSimplified(text);
  const cut = cutRoleWordAtEnd(s);
  if (cut <= 0) return false;
  // A unit's bracketed other name and the catch-all closing the units (`省数据局(省营商局)等牵`) are no cut.
  const units = s.slice(0, s.length - cut).replace(BRACKETED_NAME, '').replace(ETC_AT_END, '');
  return endsLikeUnit(units.split(/[、，,；;（(【〔［:：]/u).pop()!.trim());
}
const BRACKETED_NAME = /[（(][^（）()]{1,20}[）)]/gu;

// What may close a clause after its last unit: spaces, stops, separators, closing brackets.
const CLAUSE_TAIL_MARKS = new Set([...' \t\u3000\u00a0。；;，,）)]】〕']);

/** After persons' lines from paragraphs[k] on, a label line comes (`完成时限：…`). */
function labelAfterPersons(paragraphs: readonly (Paragraph | null)[], k: number): boolean {
  for (let n = 0; k < paragraphs.length && n < MAX_CLAUSE_LINES; k++, n++) {
    const p = paragraphs[k];
    if (!p) return false;
    if (isLabelLine(p.text)) return true;
    if (!PERSON_LINE.test(simplifiedHead(p.text))) return false;
  }
  return false;
}

// `牵头负责领导：张三。`: a person label and a short name, alone on the line.
const PERSON_LINE = new RegExp(`^[\\s（(【\\[]*${PERSON_LABEL}\\s{0,3}[:：][^:：]{0,30}$`, 'u');
const simplifiedHead = (text: string) => toSimplified(text.slice(0, 60));

const UNIT_SEPARATOR = /[、，,；;:：\s]/u;
const MAX_UNIT_PIECE = 40;

/** The clause's last unit name is cut at the line's end and the next line completes it (`…、园区党工` / `委、各街道党工委`). */
function unitCutAtLineEnd(clause: string, next: string): boolean {
  // Only the clause's tail and the line's head are read: a unit name is short.
  const pieces = toSimplified(clause.slice(-MAX_UNIT_PIECE)).split(UNIT_SEPARATOR);
  const last = pieces[pieces.length - 1]!;
  const first = toSimplified(next.slice(0, MAX_UNIT_PIECE)).split(UNIT_SEPARATOR)[0]!;
  return last.length > 0 && first.length > 0 && first.length <= 6 && !endsLikeUnit(last) && endsLikeUnit(last + first);
}

export interface Paragraph {
  text: string;
  line: number;
  /** The line followed a page number: a page break may have cut its paragraph. */
  afterPageBreak?: boolean;
  /** One sentence of a line of sentences each closed by its role bracket: an item with no number. */
  runItem?: boolean;
}

/**
 * Blocks → the paragraphs as the author wrote them (null for a table).
 * Scrapers and text exports distort them two ways, both undone here:
 * - a page flattened into one line, its paragraphs joined by spaces
 *   (`…执行。 一、总体要求 1.加强…`): the line is cut before each numbering
 *   prefix that follows a space, a sentence end or a closing bracket;
 * - a paragraph hard-wrapped over several lines (`…健全耕地` / `保护制度…`):
 *   a line that stops mid-sentence, or inside a bracket, runs on into the
 *   next unnumbered line.
 */
const BOXED_LINE = /^\s*【\s*([^】]{2,10}?)\s*】/u;
/** Lines in a row that a boxed info block holds before it is read as one. */
const MIN_INFO_BLOCK = 3;

/**
 * A run of lines each opening with a boxed label, some of which name nothing a
 * task has (`【责任主体】…` / `【公开时限】…` / `【公开方式】…` / `【监督渠道】…`: a
 * catalogue's notes): the indexes of its blocks.
 */
function boxedInfoBlocks(blocks: readonly Block[]): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  let unknown = false;
  const end = () => {
    if (run.length >= MIN_INFO_BLOCK && unknown) for (const k of run) out.add(k);
    run = [];
    unknown = false;
  };
  for (const [k, block] of blocks.entries()) {
    const m = block.kind === 'paragraph' ? BOXED_LINE.exec(block.text) : null;
    if (!m) { end(); continue; }
    run.push(k);
    if (headerRole(m[1]!) === null) unknown = true;
  }
  end();
  return out;
}

export function logicalParagraphs(blocks: readonly Block[]): (Paragraph | null)[] {
  const lines: (Paragraph | null)[] = [];
  const infoBlock = boxedInfoBlocks(blocks);
  for (const [b, block] of blocks.entries()) {
    if (block.kind !== 'paragraph') {
      lines.push(null);
      continue;
    }
    for (const piece of splitFlattened(block.text)) {
      const folded = foldSpaces(piece);
      // A page number a PDF or Word export left in the text (`- 2 - 工作汇报，…`)
      // sits where a page broke a paragraph.
      const page = PAGE_MARK.exec(folded);
      const plain = denoiseLabels((page ? folded.slice(page[0].length) : folded).replace(NOISE_BEFORE_NUMBER, ''), toSimplified);
      // Lines of a boxed info block keep their boxes: no label of theirs is a task's.
      const text = infoBlock.has(b) ? plain : normaliseBoxedLabels(plain);
      if (text) lines.push({ text, line: block.line, afterPageBreak: page !== null });
    }
  }
  const wrapped = isHardWrapped(lines);
  const out: (Paragraph | null)[] = [];
  let open: Paragraph | null = null;
  for (const p of lines) {
    if (p && open && runsOn(open.text, p.text, wrapped || p.afterPageBreak === true)) {
      open.text += p.text;
      continue;
    }
    open = p ? { text: p.text, line: p.line } : null;
    out.push(open);
  }
  return splitBracketRuns(out);
}

/**
 * An unnumbered line of sentences each closed by its own role bracket
 * (`常住人口控制在…左右。（市人口计生委、市公安局牵头）万元…降低20%。（市经委牵头）`)
 * lists one task a sentence, under the heading above: each sentence and its
 * bracket is an item with no number. A bracket opening the next line
 * (`（市国土房管局牵头）主要污染物…`) closes the sentence this line ended with.
 */
function splitBracketRuns(paragraphs: (Paragraph | null)[]): (Paragraph | null)[] {
  const out: (Paragraph | null)[] = [];
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    if (!p || !p.text.includes('）') && !p.text.includes(')')) { out.push(p); continue; }
    let text = p.text;
    const next = paragraphs[k + 1];
    const lead = next ? leadingRoleBracket(next.text) : 0;
    if (next && lead > 0 && /[。！？!?]\s*$/u.test(text) && bracketRun(text.trimEnd() + next.text.slice(0, lead))) {
      text = text.trimEnd() + next.text.slice(0, lead);
      paragraphs[k + 1] = { ...next, text: next.text.slice(lead).trim() };
      if (!paragraphs[k + 1]!.text) paragraphs[k + 1] = null;
    }
    const pieces = bracketRun(text);
    if (!pieces) { out.push(text === p.text ? p : { ...p, text }); continue; }
    for (const piece of pieces) out.push({ text: piece, line: p.line, runItem: true });
  }
  return out;
}

/** The length of a role bracket that opens the line (`（市国土房管局牵头）…`), or 0. */
function leadingRoleBracket(text: string): number {
  if (!isOpenBracket(text[0])) return 0;
  const close = matchingClose(text, 0);
  if (close < 0 || close + 1 >= text.trim().length) return 0;
  return isRoleClause(text.slice(1, close), false) ? close + 1 : 0;
}

/** The sentences of an unnumbered line that two or more role brackets close, each with its bracket; or null. */
const SENTENCE_THEN_BRACKET = /[。！？!?]\s*[（(〔【]/gu;
const SENTENCE_END_BEFORE = /[。！？!?]\s*$/u;

function bracketRun(raw: string): string[] | null {
  // Two brackets after sentence ends at least (or one, and one the page's end cut): most lines have fewer.
  SENTENCE_THEN_BRACKET.lastIndex = 0;
  let seen = 0;
  while (seen < 2 && SENTENCE_THEN_BRACKET.exec(raw)) seen++;
  if (seen === 0 || (seen === 1 && unclosedBrackets(raw) === 0)) return null;
  // Role words are matched on the Simplified fold (`負責`), which keeps the length; the pieces are cut as written.
  const folded = toSimplified(raw);
  const text = folded.length === raw.length ? folded : raw;
  const ends: number[] = [];
  // A last bracket the page's end cut (`…以上。（市建委、`) closes a sentence of the run too.
  let cutLast = false;
  for (const b of sentenceBrackets(text, SENTENCE_END_BEFORE, 3, false)) {
    if (b.close < 0) { cutLast = ends.length > 0; break; }
    if (isRoleClause(b.units, false)) ends.push(b.close + 1);
  }
  if (ends.length + (cutLast ? 1 : 0) < 2) return null;
  const pieces: string[] = [];
  let from = 0;
  for (const end of ends) { pieces.push(raw.slice(from, end).trim()); from = end; }
  const rest = raw.slice(from).trim();
  if (rest) pieces.push(rest);
  return pieces;
}

/**
 * Text wrapped at a fixed width: most long lines stop mid-sentence. In a
 * document that is not, a long line without a sentence end is a heading or a
 * sentence missing its full stop, and stays a paragraph of its own.
 */
function isHardWrapped(lines: readonly (Paragraph | null)[]): boolean {
  let long = 0;
  let open = 0;
  for (const p of lines) {
    if (!p || p.text.length < MIN_WRAPPED) continue;
    long++;
    if (!ENDS_PARAGRAPH.test(p.text)) open++;
  }
  return long >= 6 && open * 2 >= long;
}

const PAGE_MARK = /^[-—–－]\s?\d{1,3}\s?[-—–－]\s*/u;
// `??1.加强…`: characters a scraper could not decode, before a number.
const NOISE_BEFORE_NUMBER = /^[?？\ufffd]{1,4}(?=[（(〔]?[\d一二三四五六七八九十])/u;
// Global: the scan below visits only the characters an item may start after.
const SPLIT_BEFORE = /[\s\u3000\u00a0]|[。；;！？!?）)〕】]/gu;
const STARTS_WORD = /[\p{Script=Han}“"《]/u;
// A heading may open with its year (`二、2023年七个方面主要工作安排`).
const STARTS_YEAR = /^\d{4}年/u;
const MIN_PIECE = 2;

function splitFlattened(raw: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const split of raw.matchAll(SPLIT_BEFORE)) {
    const i = split.index + 1;
    if (i >= raw.length) break;
    INLINE_NUMBERING.lastIndex = i;
    const m = INLINE_NUMBERING.exec(raw);
    // (One space may follow the number: `1 . 严格…`, as a copy that spaces its tokens writes it.)
    if (!m) continue;
    const word = raw[i + m[0].length] === ' ' ? i + m[0].length + 1 : i + m[0].length;
    if (!STARTS_WORD.test(raw[word] ?? '') && !STARTS_YEAR.test(raw.slice(word, word + 5))) continue;
    // `（一）` glued after a bracket is a new item only when the bracket closed
    // a clause or a sentence (`…负责）（二）`), never inside a sentence.
    if (!/[\s\u3000\u00a0。；;！？!?]/u.test(raw[i - 1]!) && !/[。；;！？!?]\s*[）)〕】]$|(?:负责|牵头|配合|参与|落实|单位|局|委|办|府)[）)〕】]$/u.test(raw.slice(Math.max(0, i - 8), i)) && !closesUnits(raw, i)) continue;
    if (raw.slice(from, i).trim().length < MIN_PIECE) continue;
    pieces.push(raw.slice(from, i));
    from = i;
  }
  pieces.push(raw.slice(from));
  // A heading glued to its first sub-item (`一、工作任务(一)深化…`, `二、工作举措1.开展…`): two pieces.
  return pieces.some((p) => GLUED_HEADING.test(p)) ? pieces.flatMap(cutGluedHeading) : pieces;
}

// An outline heading of a few Han characters and no punctuation, then a numbering prefix of its sub-items.
const GLUED_HEADING = /^(\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])\p{Script=Han}{2,16}?)(?=[（(][一二三四五六七八九十]{1,3}[）)]\p{Script=Han}|\d{1,2}[.．、](?!\d)\p{Script=Han})/u;

function cutGluedHeading(piece: string): string[] {
  const m = GLUED_HEADING.exec(piece);
  return m ? [m[1]!, piece.slice(m[1]!.length)] : [piece];
}

/** The bracket closing right before `at` ends with a unit's name (`…区委组织部】`): a clause, not a sentence. */
function closesUnits(raw: string, at: number): boolean {
  if (!/[）)〕】]/u.test(raw[at - 1] ?? '')) return false;
  // (The name may carry its own bracket, `各街道(镇)`; the clause's opening bracket is no part of it.)
  const last = /[^、，,；;：:〔【]{2,20}$/u.exec(raw.slice(Math.max(0, at - 21), at - 1));
  return last !== null && endsLikeUnit(toSimplified(last[0].replace(/^.*[（(](?=[^）)]*$)/u, '')));
}

const ENDS_PARAGRAPH = /[。！？!?；;：:）)〕】」』”"]$/u;
const MIN_WRAPPED = 20;

/** The paragraph so far stops mid-sentence (or inside a bracket) and the next line carries it on. */
function runsOn(text: string, next: string, wrapped: boolean): boolean {
  // Only wrapped text runs on (both ways below need it): the tests before them are not needed otherwise.
  if (!wrapped) return false;
  if (parseNumbering(next) || isAnnexMarker(next)) return false;
  // A bracket still open runs on, into a label too (`…〔责任单位:省发` / `展改革委、…〕`,
  // `…(牵头单位:` / `市商务局 责任单位:…)`).
  if (unclosedBrackets(text) > 0) return true;
  if (isResponsibilityLine(next) || isLabelLine(next)) return false;
  // A list of units broken after its separator (`责任单位:县发改局、` / `县财政局…`) goes on.
  if (/[、，,]$/u.test(text)) return true;
  if (isResponsibilityLine(text) || isLabelLine(text) || hasUnitLabel(text)) return false;
  return text.length >= MIN_WRAPPED && !ENDS_PARAGRAPH.test(text) && !isPlanTitle(text);
}
function paragraph(text: string, line: number, out: ListEvent[], runItem = false): void {
  if (isAnnexMarker(text)) {
    out.push({ kind: 'break', outline: true });
    return;
  }
  const inline = findInlineClause(text);
  const full = inline ? inline.rest : text;
  let num = parseNumbering(full);
  if (num && isInlineEnumeration(num)) num = null;
  // A sentence of a run (`splitBracketRuns`) is an item with no number, below every numbered level, as a bullet is.
  if (!num && runItem) num = { level: BULLET_LEVEL, seq: '', rest: full.trim() };
  if (!num && !inline && isPlanTitle(text)) {
    out.push({ kind: 'break', outline: true });
    return;
  }
  out.push({ kind: 'paragraph', num, full, line });
  if (inline) pushClause(inline.clause, line, out);
  else {
    // A line, or a numbered item's text, that opens by naming who does it (`（一）由省经贸委负责，…配合，加快…`).
    // An item's own opening names both roles: `43.由省投资管理部门牵头，依据…` alone is running text, its bracket comes later.
    const by = num ? assignedBy(num.rest, true) : assignedBy(full, false);
    if (by) pushClause(by, line, out);
  }
}

// `整改要求：由包片单位县气象局负责清除。`: a line that opens by naming who does the work
// (after its label, and at most a short phrase of manner: `按照先劝阻、再强制的要求，由…`).
const ASSIGNED_BY = /^(?:[\p{Script=Han}]{2,8}[:：]\s*)?(?:[^。；;:：]{0,40}?[，,])?由([^。；;，,：:]{2,120}?)(牵头负责|负责|牵头|承办|主办)([^。；;]*)/u;
// (The leader is a person named by title, `isPersonTitle`.)
const LEADER_THEN_UNITS = /^(?:[^。；;:：]{0,40}?[，,])?由([^。；;，,：:]{2,12}?)(?:负责|牵头|主抓|分管)[，,]([^。；;，,]{2,60}?)牵头(?:负责)?(?:[，,]([^。；;，,]{2,120}?)(?:配合|协助|协办|参与))?(?:[，,。；;]|$)/u;
// `，乡畜牧站、卫生院配合`: the partners after the lead, up to the sentence's end.
const PARTNERS_AFTER = /^[，,]([^，,。；;]{2,120}?(?:配合|协助|协办|参与))(?:[。；;]?$|[，,])/u;
// `包片单位`, `陈家坝沿线包片单位`: what the units are to the task, before their names.
const ROLE_QUALIFIER = /^[^、，,]{0,12}?单位(?=[^、，,]{2})/u;

/**
 * The clause of a plain line that says who does the item above it (`由县环卫站负责
 * 清除…`, `整改要求：由包片单位县气象局负责…`, `由乡三农服务中心承办，乡畜牧站、
 * 卫生院配合。`): the units after `由` and their role word, with the partners
 * after them when the sentence names only them, or null. Only a line opening that way counts; a `由…负责` deep in a
 * sentence is not read.
 */
function assignedBy(text: string, withPartners: boolean): string | null {
  // 由 is the same in both scripts: most lines have none and need no folding.
  if (!text.includes('由')) return null;
  const s = toSimplified(text);
  // `由杨某副市长负责，市发改委牵头，相关部门配合，尽快…`: a leader answers for it, the units after him do it.
  const led = LEADER_THEN_UNITS.exec(s);
  if (led && isPersonTitle(led[1]!) && isUnitList(led[2]!)) return led[3] && isUnitList(led[3]) ? `${led[2]}牵头，${led[3]}` : `${led[2]}牵头`;
  const m = ASSIGNED_BY.exec(s);
  if (!m) return null;
  let units = m[1]!.trim();
  const q = ROLE_QUALIFIER.exec(units);
  if (q && isUnitList(units.slice(q[0].length))) units = units.slice(q[0].length);
  if (!isUnitList(units)) return null;
  // 承办/主办 after 由 say who does the work: its lead.
  const role = m[2] === '负责' ? '负责' : '牵头';
  const partners = PARTNERS_AFTER.exec(m[3]!.trim());
  // Partners named after it make the one who is responsible the lead (`由X负责，Y配合`).
  if (partners && isUnitList(partners[1]!)) return `${units}牵头，${partners[1]}`;
  return withPartners ? null : `${units}${role}`;
}

/** A section heading glued to the end of a clause is read as the next paragraph. */
function pushClause(clause: string, line: number, out: ListEvent[]): void {
  const { clause: units, heading } = splitTrailingHeading(dropUnmatchedClose(clause));
  out.push({ kind: 'clause', text: units.trim() });
  if (heading) paragraph(heading, line, out);
}
