/**
 * Task lists in body text: numbered items that name their responsible units.
 *
 * Paragraphs are read as an outline (see `lists/numbering.ts`). A
 * responsibility clause closes the stretch of paragraphs since the previous
 * clause. It belongs to the last numbered paragraph of the stretch, unless it
 * closes the whole body of an ancestor heading instead: one that opened inside
 * the stretch, has several numbered children, and whose body ends right after
 * the clause (the next numbered paragraph is not deeper than it). The
 * outermost such heading wins, so `（八）` with `1.` sub-headings and `（1）`
 * points under them, all closed by one clause, is one item.
 */
import type { Block } from '../model/document.js';
import { isPlanTitle, pathText } from './lists/boundaries.js';
import { toSimplified } from '../model/traditional.js';
import { listEvents, type CutOff, type ListEvent } from './lists/events.js';
import { parseNumbering, type Numbering } from './lists/numbering.js';
import { sectionRecords } from './lists/sectionRecords.js';
import { isResponsibilityClause, simplified } from './lists/responsibility.js';
import { alternation, FIRST_UNIT_LEADS, LEAD_LABELS, LEAD_WORDS, matchingClose, SAME_BELOW } from '../model/vocabulary.js';
import { isUnitList } from '../model/cellKinds.js';
import { namesItemText } from '../model/headerRoles.js';
import type { WarningLog } from '../model/diagnostics.js';

export interface ListItem {
  seq: string | null;
  path: string[];
  task: string;
  content: string | null;
  /** The responsibility clause as written, without enclosing brackets; labels kept (`牵头单位：A 责任单位：B`). */
  responsibility: string;
  /** A rule the document states (`首位单位为牵头单位，下同`) makes the clause's first unit its lead. */
  firstUnitLeads: boolean;
  line: number;
  /** The text ends inside the clause (a page kept as its beginning): its last unit may be cut off. */
  cutOff?: CutOff;
}

interface Node {
  num: Numbering | null;
  /** Folded paragraph text, responsibility clause removed. */
  full: string;
  line: number;
  parent: Node | null;
  children: number;
  /** The stretch (between two clauses or breaks) the paragraph belongs to. */
  stretch: number;
  /** Plain paragraphs after a numbered one, up to the next numbered paragraph, clause or break. */
  body: string[];
  /** `县发改局牵头` when the heading names the lead of the items under it (`一、县发改局牵头工作（8项）`). */
  headingClause: string | null;
  /** The line of the first of `body`. */
  bodyLine: number | null;
}

const SENTENCE_END = /[。！？!?]/u;
const MID_SENTENCE_END = /[，、；：,;:]$/u;
/** Level reported after a break or at the end: it closes every heading. */
const CLOSES_ALL = -1;

/** A numbered paragraph that became no task: no responsibility clause names its units. */
export interface SkippedItem {
  seq: string;
  text: string;
  line: number;
}

/** What the detector tells besides its items: failures, and (for `--explain`) the items it skipped. */
export interface ListDiagnostics {
  warnings?: WarningLog;
  skipped?: SkippedItem[];
}

export function detectTaskLists(blocks: readonly Block[], diagnostics: ListDiagnostics = {}): ListItem[] {
  try {
    const items = readItems(listEvents(blocks), diagnostics.skipped);
    const records = sectionRecords(blocks);
    if (!records.length) return items;
    // Inside a record its headings are fields: the record's own items stand for whatever was read there.
    // (Items and records both run in line order: one walk.)
    let r = 0;
    const outside = [...items].sort((a, b) => a.line - b.line).filter((it) => {
      while (r < records.length && records[r]!.to < it.line) r++;
      return !(r < records.length && it.line >= records[r]!.from);
    });
    return [...outside, ...records.flatMap((rec) => rec.items)].sort((a, b) => a.line - b.line);
  } catch (e) {
    // A detector must never take the document down with it, nor lose tasks in silence.
    const why = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').slice(0, 120);
    diagnostics.warnings?.add('DETECTOR_FAILED', `the task-list detector failed (${why}); list tasks of this document are missing — please report it with the file`);
    return [];
  }
}

function readItems(events: readonly ListEvent[], skipped?: SkippedItem[]): ListItem[] {
  const nextLevel = levelsAhead(events);
  const items: ListItem[] = [];
  let stack: Node[] = [];
  let stretch: Node[] = [];
  let stretchId = 0;
  // For the skipped items: every numbered paragraph, and those an item took (itself and its body).
  const numbered: Node[] = [];
  const taken = new Set<Node>();
  // The numbered paragraph plain paragraphs are the body of, until a clause or break ends it.
  let bodyOf: Node | null = null;
  const endStretch = () => {
    stretch = [];
    stretchId++;
    bodyOf = null;
  };
  let ruleInForce = false;
  // The item the previous clause closed, while nothing but its next stretch came after it.
  let closedItem: ListItem | null = null;
  // The heading that clause closed on its own line, while its intro paragraphs come before its sub-items.
  let intro: { item: ListItem; level: number } | null = null;
  events.forEach((ev, k) => {
    if (ev.kind === 'clause') {
      const rule = statedRule(ev.text);
      const item = itemOf(stretch, rule.clause, nextLevel[k + 1]!, ruleInForce || rule.here) ?? lostNumberItem(stretch, closedItem, rule.clause, ruleInForce || rule.here);
      closedItem = item;
      intro = null;
      if (item && ev.cutOff) item.cutOff = ev.cutOff;
      if (item) {
        items.push(item);
        const at = stretch.findIndex((n) => n.num && (n.line === item.line || n.bodyLine === item.line));
        for (const n of stretch.slice(Math.max(at, 0))) taken.add(n);
        // A heading whose clause closes its own line, with its sub-items still to come
        // (`一、强化科技创新（区科技局牵头）` / its intro / `（一）…`): the intro is its content.
        const node = at >= 0 ? stretch[at]! : null;
        if (node?.num && node.num.level < nextLevel[k + 1]! && !item.content && stretch.length === at + 1) intro = { item, level: node.num.level };
      }
      if (rule.below) ruleInForce = true;
      endStretch();
      return;
    }
    if (ev.kind === 'paragraph' && FIRST_UNIT_LEADS.test(simplified(ev.full))) ruleInForce = true;
    if (ev.kind === 'paragraph' && !ev.num && intro && intro.level < nextLevel[k]!) {
      intro.item.content = intro.item.content ? intro.item.content + ev.full : ev.full;
      return;
    }
    // A labelled paragraph of the item's own text right after its clause (`任务目标：2024年计划…`,
    // `整改措施：…`) is its content; a plain paragraph there is not.
    if (ev.kind === 'paragraph' && !ev.num && closedItem && stretch.length === 0 && isContentLabelLine(ev.full)) {
      closedItem.content = closedItem.content ? closedItem.content + ev.full : ev.full;
      return;
    }
    intro = null;
    if (ev.kind === 'break') {
      if (ev.outline) stack = [];
      closedItem = null;
      endStretch();
      return;
    }
    // An unnumbered heading right above a numbered item (`——推进教育高质量发展`, `加强基础设施建设`)
    // heads the items below it, one level above theirs.
    const next = events[k + 1];
    const num = ev.num ?? (next?.kind === 'paragraph' && next.num && isSubHeading(ev.full) ? { level: next.num.level - 0.5, seq: '', rest: ev.full } : null);
    const node: Node = { num, full: ev.full, line: ev.line, parent: null, children: 0, stretch: stretchId, body: [], headingClause: null, bodyLine: null };
    if (!num && bodyOf) {
      bodyOf.bodyLine ??= ev.line;
      bodyOf.body.push(ev.full);
    }
    if (num) {
      bodyOf = node;
      node.headingClause = headingLeadClause(num.rest);
      const level = num.level;
      while (stack.length && stack[stack.length - 1]!.num!.level >= level) stack.pop();
      node.parent = stack[stack.length - 1] ?? null;
      if (node.parent) node.parent.children++;
      stack.push(node);
      numbered.push(node);
    }
    stretch.push(node);
  });
  const ledByHeading = headingLedItems(numbered, taken);
  if (ledByHeading.length) {
    items.push(...ledByHeading);
    items.sort((a, b) => a.line - b.line);
  }
  // A heading with numbered children is an outline level, not a skipped task.
  if (skipped) {
    for (const n of numbered) {
      // Bullets are no numbered items: one that names no unit (an info bar's `● 文号：…`) is not reported.
      if (!taken.has(n) && n.children === 0 && n.num!.seq) skipped.push({ seq: n.num!.seq, text: n.num!.rest.trim(), line: n.line });
    }
  }
  return items;
}

// `一、县示范区管委会牵头工作（8项）`, `（二）由区发改局牵头负责的重点任务`: the units and their role word, then what they lead.
const HEADING_LEAD = new RegExp(
  `^(?:由)?(.{2,60}?)(${alternation(LEAD_WORDS)})(?:的|负责的|落实的)?(?:重点|主要|具体)?(?:工作|任务|事项)(?:任务|清单|事项)?$`,
  'u',
);
const HEADING_COUNT = /[（(]\s*(?:共\s*)?\d{1,3}\s*(?:项|条|个)\s*[）)]$/u;

/**
 * A heading that names who leads the items under it (`一、县示范区管委会牵头工作
 * （8项）`): the clause its units and role word make (`县示范区管委会牵头`), or
 * null. Only names of units count: `一、朱伟县长牵头重点工作` names a person.
 */
function headingLeadClause(rest: string): string | null {
  const text = simplified(rest).trim().replace(/[。：:]$/u, '').replace(HEADING_COUNT, '').trim();
  const m = HEADING_LEAD.exec(text);
  if (!m || !isUnitList(m[1]!)) return null;
  return `${m[1]}${m[2]}`;
}

/**
 * Items no clause of their own named, under a heading that names their lead:
 * each leaf (a numbered paragraph with no numbered children) is a task of
 * those units, its plain paragraphs its body.
 */
function headingLedItems(numbered: readonly Node[], taken: ReadonlySet<Node>): ListItem[] {
  const out: ListItem[] = [];
  for (const n of numbered) {
    if (taken.has(n) || n.children > 0) continue;
    if (n.headingClause) {
      const item = bodyItem(n, n.headingClause, false);
      if (item) out.push(item);
      continue;
    }
    let heading: Node | null = null;
    for (let a = n.parent; a && !heading; a = a.parent) if (a.headingClause) heading = a;
    if (!heading) continue;
    const { task, content } = splitTask(n.num!.rest, n.body);
    if (!task) continue;
    out.push({ seq: n.num!.seq, path: ancestors(n).map((a) => pathText(a.full)), task, content, responsibility: heading.headingClause!, firstUnitLeads: false, line: n.line });
  }
  return out;
}

// A sub-heading is short and no sentence: no stop, comma, colon or bracket.
const MAX_SUB_HEADING = 30;
// (A plan's own title, with its year or its 《》 name, is no heading of the items: it is never in a path.)
const NOT_SUB_HEADING = /[。；;，,：:！？!?（）()〔〕【】\[\]|《》<>]|(?:19|20)\d{2}/u;

function isSubHeading(text: string): boolean {
  const t = text.trim();
  const bare = t.replace(/^[—－-]{1,2}/u, '');
  return bare.length >= 4 && t.length <= MAX_SUB_HEADING && !NOT_SUB_HEADING.test(t) && /^[—－-]{0,2}\p{Script=Han}/u.test(t) && !isPlanTitle(toSimplified(bare));
}

/** For each position, the level of the next numbered paragraph or break at or after it. */
function levelsAhead(events: readonly ListEvent[]): number[] {
  const out = new Array<number>(events.length + 1);
  out[events.length] = CLOSES_ALL;
  for (let k = events.length - 1; k >= 0; k--) {
    const ev = events[k]!;
    if (ev.kind === 'break') out[k] = CLOSES_ALL;
    else if (ev.kind === 'paragraph' && ev.num) out[k] = ev.num.level;
    else out[k] = out[k + 1]!;
  }
  return out;
}

function itemOf(stretch: readonly Node[], clause: string, levelAfter: number, firstUnitLeads: boolean): ListItem | null {
  if (!clause || !isResponsibilityClause(clause)) return null;
  let last: Node | null = null;
  for (let k = stretch.length - 1; k >= 0 && !last; k--) if (stretch[k]!.num) last = stretch[k]!;
  if (!last) return null;
  // A heading that names the lead of the items under it is their outline level, never one item with them.
  let item = last;
  for (let a = last.parent; a && a.stretch === last.stretch && !a.headingClause; a = a.parent) {
    if (a.children >= 2 && levelAfter <= a.num!.level) item = a;
  }
  const body = stretch.slice(stretch.indexOf(item) + 1).map((n) => n.full);
  const lead = leadHeadingOf(item);
  const responsibility = lead && !NAMES_LEAD.test(simplified(clause)) ? `${lead.headingClause}；${clause}` : clause;
  // Under a lead heading with no numbered items (`（二）省审计厅牵头的工作` / `全面加强审计工作。` / `协同单位：…`), its text is the task.
  if (item.headingClause) return bodyItem(item, responsibility, firstUnitLeads);
  const { task, content } = splitTask(item.num!.rest, body);
  if (!task) return null;
  return {
    // A bullet's item has no number.
    seq: item.num!.seq || null,
    path: ancestors(item).map((n) => pathText(n.full)),
    task,
    content,
    responsibility,
    firstUnitLeads,
    line: item.line,
  };
}

const CONTENT_LABEL = /^\s*(\p{Script=Han}{2,8})\s*[:：]\s*\S/u;

/** `任务目标：…`, `整改措施：…`: a line that opens with the label of a task's text or its measures. */
function isContentLabelLine(text: string): boolean {
  const m = CONTENT_LABEL.exec(text);
  return m !== null && namesItemText(m[1]!);
}

// A clause that names its lead itself (a lead label or role word) needs none from the heading above.
const NAMES_LEAD = new RegExp(`${alternation(LEAD_LABELS)}|${alternation(LEAD_WORDS)}`, 'u');

/** The node, or the nearest heading above it, that names the lead of the items under it. */
function leadHeadingOf(node: Node): Node | null {
  for (let a: Node | null = node; a; a = a.parent) if (a.headingClause) return a;
  return null;
}

/** The task a lead heading's own text makes, when no numbered item stands under it: its number, its ancestors' path. */
function bodyItem(heading: Node, responsibility: string, firstUnitLeads: boolean): ListItem | null {
  if (!heading.body.length || heading.bodyLine === null) return null;
  const { task, content } = splitTask(heading.body[0]!, heading.body.slice(1));
  if (!task) return null;
  return { seq: heading.num!.seq || null, path: ancestors(heading).map((n) => pathText(n.full)), task, content, responsibility, firstUnitLeads, line: heading.bodyLine };
}

// `?。ǘ┩推进…`: a number a scraper decoded with the wrong charset, before the text.
const LOST_NUMBER = /^[?？\ufffd]{1,4}[。．.]?/u;

/**
 * A paragraph with no number of its own, right after an item its clause
 * closed and closed by a clause of its own, is the next item of the same
 * list whose number was lost (a GBK page decoded as another charset turns
 * `（二）` into `?。ǘ┩`): its own task, at the level of the one before.
 */
function lostNumberItem(stretch: readonly Node[], before: ListItem | null, clause: string, firstUnitLeads: boolean): ListItem | null {
  if (!before || stretch.length !== 1 || stretch[0]!.num || !clause || !isResponsibilityClause(clause)) return null;
  const node = stretch[0]!;
  const { task, content } = splitTask(node.full.replace(LOST_NUMBER, ''), []);
  if (!task) return null;
  return { seq: null, path: before.path, task, content, responsibility: clause, firstUnitLeads, line: node.line };
}

/**
 * A rule written into the clause (`县发改局（首位单位为牵头单位，下同）、县财政局`):
 * the clause without its annotation, whether it applies here, and whether
 * it goes on to the clauses below.
 */
function statedRule(clause: string): { clause: string; here: boolean; below: boolean } {
  const s = simplified(clause);
  const m = FIRST_UNIT_LEADS.exec(s);
  if (!m) return { clause, here: false, below: false };
  const below = SAME_BELOW.test(s.slice(m.index));
  // Cut the bracket that holds the rule, or the rule's own sentence.
  let from = m.index;
  let to = m.index + m[0].length;
  let enclosed = false;
  for (let i = m.index - 1; i >= 0; i--) {
    if ('（(〔['.includes(s[i]!)) {
      const close = matchingClose(s, i);
      if (close >= to) { from = i; to = close + 1; enclosed = true; }
      break;
    }
  }
  if (!enclosed) {
    // The rule's own sentence, `，下同` and all: from the sentence end before it to the next.
    const before = Math.max(s.lastIndexOf('。', m.index), s.lastIndexOf('；', m.index), s.lastIndexOf(';', m.index));
    if (before >= 0) from = before;
    const after = s.slice(to).search(/[。；;]/u);
    to = after < 0 ? s.length : to + after;
  }
  return { clause: (clause.slice(0, from) + clause.slice(to)).trim(), here: true, below };
}

function ancestors(node: Node): Node[] {
  const out: Node[] = [];
  for (let p = node.parent; p; p = p.parent) out.unshift(p);
  return out;
}

/**
 * The task is the item's first sentence; a first line with no sentence end is
 * a heading and is the task as a whole, unless it stops mid-sentence
 * (`…，`), when the sentence runs on into the next lines.
 */
function splitTask(first: string, body: readonly string[]): { task: string; content: string | null } {
  let head = first.trim();
  const rest = [...body];
  if (!SENTENCE_END.test(head) && MID_SENTENCE_END.test(head)) {
    // Each appended line is tested, not the growing head: re-reading it is quadratic.
    let taken = 0;
    let ended = false;
    while (taken < rest.length && !ended && !parseNumbering(rest[taken]!)) {
      const line = rest[taken++]!;
      head += line;
      ended = SENTENCE_END.test(line);
    }
    rest.splice(0, taken);
  }
  const m = SENTENCE_END.exec(head);
  const task = m ? head.slice(0, m.index + 1) : head;
  const content = (m ? head.slice(m.index + 1) : '') + rest.join('');
  return { task: task.trim(), content: content.trim() || null };
}
