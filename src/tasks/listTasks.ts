/**
 * List items → task records. The responsibility clause may hold several
 * labelled parts (`牵头单位：A 责任单位：B`, `牵头单位：A；配合单位：B`,
 * `责任单位：A；完成时限：2021年底`); each is split into units on its own,
 * and a time-limit part, when present, is where the deadline is looked for first.
 */
import type { BuiltTask, Deadline } from '../model/records.js';
import type { ListItem } from '../detect/lists.js';
import { simplified } from '../detect/lists/responsibility.js';
import { colonAfterLabels, labelRole, PERSON_LABEL, PLACING_WORD, SUPPLIER_LABEL, TIME_LABEL, UNIT_LABEL } from '../model/vocabulary.js';
import { splitUnits, type Units } from './units.js';

/** What the deadline resolver offers list items (`DeadlineResolver.find`). */
export interface DeadlineFinder {
  find(text: string): Deadline | null;
  /** A deadline cell → its record (`DeadlineResolver.resolve`); a time label's text is read as one. */
  resolve?(text: string): Deadline;
}

import { endsLikeUnit } from '../model/cellKinds.js';
import { isColumnName, namesItemText } from '../model/headerRoles.js';

export type Role = 'lead' | 'partner' | 'responsible' | 'person' | 'time' | 'supplier';

export interface ClausePart {
  role: Role;
  text: string;
}

// Person labels (`责任领导：张三`) are cut off too, and their names dropped; so are a target's data suppliers.
const LABEL = new RegExp(`(${UNIT_LABEL}|${TIME_LABEL}|${PERSON_LABEL}|${SUPPLIER_LABEL})\\s{0,3}[:：]`, 'gu');

const ROLE_WORD_PLACES = new RegExp(PLACING_WORD, 'u');

export function buildListTasks(items: readonly ListItem[], finder: DeadlineFinder): BuiltTask[] {
  return items.flatMap((listed) => {
    let item = listed;
    const parts = labelledParts(item.responsibility);
    const units = unitsOf(parts);
    // A stated first-unit rule governs only units no label or role word already placed (`A、B分别牵头` leads both).
    const placed = parts.some((p) => p.role === 'lead' || p.role === 'partner') || ROLE_WORD_PLACES.test(simplified(item.responsibility));
    const { leads, partners } = item.firstUnitLeads && !placed ? firstLeads(units) : units;
    // A list task names its units: a label with nothing after it (`部门分工：` where the page ends) names none.
    if (!leads.length && !partners.length) return [];
    // Cut off inside its leads (`（责任单位：县发改局、县农业农`): who leads is not all known, and the item
    // is no task. Cut inside the partners, it keeps its leads and the partners as written. (A line ending
    // on a whole name, `责任单位：市委宣传部`, may be the document's last: only a cut name tells.)
    if (item.cutOff && !partners.length && cutInLeads(item.responsibility)
      && (item.cutOff === 'bracket' || !endsLikeUnit(simplified(leads[leads.length - 1]!)))) return [];
    // The item's own text glued on after its units (`责任单位：莲塘镇任务目标：2024年计划…`) is its content.
    const glued = contentInClause(item.responsibility);
    if (glued) item = { ...item, content: item.content ? item.content + glued : glued };
    const time = parts.find((p) => p.role === 'time');
    // The item's own text first; a due date written into the clause
    // (`（责任单位：县应急局，2022年底前完成）`) counts when the text has none.
    // A time limit the item states (`完成时限：…`, `整改时限：已完成整改`) is its deadline, as a table's
    // cell is, whatever dates its text names (`…到2020年底…` in the problem it fixes); one that names
    // no date is still its deadline, `unspecified`. Without one, the item's first due phrase is.
    // (Unlabelled after the units, `…负责，持续推进` / `…，每季度开展一次`, a bare frequency or ongoing verb is none: spec.)
    const deadline = time
      ? timeCell(finder, time.text) ?? safeFind(finder, time.text) ?? statedTime(finder, time.text)
      : safeFind(finder, item.task + (item.content ?? '')) ?? safeFind(finder, beforeOtherLabel(item.responsibility));
    return [{
      origin: 'list' as const,
      table: null,
      seq: item.seq,
      path: [...item.path],
      task: item.task,
      content: item.content,
      leads,
      partners,
      deadline,
      line: item.line,
    }];
  });
}

/**
 * The clause's end lies in its leads: its last label leads (`牵头单位：`, or
 * `责任单位：` with no 牵头 label before it), or it has no label at all.
 * After a partner label (`…；责任单位：`, `配合单位：`) the leads are whole.
 */
function cutInLeads(clause: string): boolean {
  const s = simplified(clause);
  const roles = [...s.matchAll(LABEL)].map((m) => roleOf(m[1]!));
  const last = roles[roles.length - 1];
  // Unlabelled, a cut bracket after whole ones (`（区卫健委负责）…[区发改委（粮食局）`) adds to leads already named.
  if (last === undefined) return !s.includes('；');
  if (last === 'lead') return true;
  if (last === 'responsible') return !roles.includes('lead');
  return false;
}

/** The document's rule: the first unit named leads, the others are partners. */
function firstLeads(units: { leads: string[]; partners: string[] }): { leads: string[]; partners: string[] } {
  const all = [...units.leads, ...units.partners];
  return { leads: all.slice(0, 1), partners: all.slice(1) };
}

/**
 * With a 牵头 label its units lead and every other labelled unit is a
 * partner; otherwise the 责任 parts decide by their own markers
 * (`A牵头，B配合`) and 配合 parts are partners.
 */
function unitsOf(parts: readonly ClausePart[]): { leads: string[]; partners: string[] } {
  const leads: string[] = [];
  const partners: string[] = [];
  // Every unit once, in leads or partners (a set: `includes` is quadratic on long clauses).
  const seen = new Set<string>();
  const add = (into: string[], units: readonly string[]) => {
    for (const u of units) if (!seen.has(u)) { seen.add(u); into.push(u); }
  };
  const labelledLead = parts.some((p) => p.role === 'lead');
  // Each part's own full stop goes: joined, it would read as the note after the units.
  const responsible = parts.filter((p) => p.role === 'responsible').map((p) => p.text.replace(/[。．]+$/u, '')).join('；');
  if (labelledLead) {
    for (const p of parts.filter((x) => x.role === 'lead')) {
      const u = unitsAsWritten(p.text);
      add(leads, u.leads);
      add(partners, u.partners);
    }
    const rest = unitsAsWritten(responsible);
    add(partners, [...rest.leads, ...rest.partners]);
  } else {
    const u = unitsAsWritten(responsible);
    add(leads, u.leads);
    add(partners, u.partners);
  }
  for (const p of parts.filter((x) => x.role === 'partner')) {
    const u = unitsAsWritten(p.text);
    add(partners, [...u.leads, ...u.partners]);
  }
  return { leads, partners };
}

/**
 * `splitUnits` knows its markers (牵头, 按职责分工负责) in Simplified only. A
 * Traditional clause is split in a Simplified copy of the same length and
 * each unit is taken back from the text as written.
 */
function unitsAsWritten(text: string): Units {
  const s = simplified(text);
  if (s === text) return splitUnits(text);
  const units = splitUnits(s);
  // Units come in the order of the text: each is looked for after the one
  // before it (then from the start), not from the start every time, which
  // is quadratic on a clause of thousands of units.
  const back = (list: readonly string[]) => {
    let from = 0;
    return list.map((unit) => {
      let at = s.indexOf(unit, from);
      if (at >= 0) from = at + unit.length;
      else at = s.indexOf(unit);
      return at < 0 ? pieced(unit, s, text) : text.slice(at, at + unit.length);
    });
  };
  return { leads: back(units.leads), partners: back(units.partners) };
}

/**
 * A name put together from pieces of the clause (`各县人民政府` from
 * `各市、縣人民政府`), taken back piece by piece: each longest run found in
 * the Simplified copy is cut from the text as written.
 */
function pieced(unit: string, s: string, text: string): string {
  let out = '';
  for (let i = 0; i < unit.length; ) {
    let j = unit.length;
    let at = -1;
    for (; j > i; j--) if ((at = s.indexOf(unit.slice(i, j))) >= 0) break;
    if (at < 0) { out += unit[i]; i++; continue; }
    out += text.slice(at, at + (j - i));
    i = j;
  }
  return out;
}

/** Cuts a clause at its labels (outside brackets is not needed: labels never sit in brackets). */
export function labelledParts(clause: string): ClausePart[] {
  const s = colonAfterLabels(simplified(clause));
  const marks: { at: number; end: number; role: Role }[] = [];
  for (const m of s.matchAll(LABEL)) marks.push({ at: m.index, end: m.index + m[0].length, role: roleOf(m[1]!) });
  if (!marks.length) return [{ role: 'responsible', text: clause.trim() }];
  const parts: ClausePart[] = [];
  const lead = clause.slice(0, marks[0]!.at).trim();
  // A qualifier glued to the first label (`问题整改责任单位：`) is no unit.
  const qualifier = lead.length === marks[0]!.at && !/[、，,；;\s]/u.test(lead) && !endsLikeUnit(lead);
  if (lead && !qualifier) parts.push({ role: 'responsible', text: lead });
  for (const [k, mark] of marks.entries()) {
    const end = k + 1 < marks.length ? marks[k + 1]!.at : clause.length;
    // A label the vocabulary does not know (`实际完成情况：`, `备注：`) ends the units: what follows is no unit.
    const cut = otherLabelAt(s.slice(mark.end, end));
    const text = trimSeparators(clause.slice(mark.end, cut < 0 ? end : mark.end + cut));
    if (text) parts.push({ role: mark.role, text });
    if (cut >= 0) break;
  }
  return parts;
}

/** The clause up to a label the vocabulary does not know: `实际完成情况：已于5月30日…` reports progress, not a due date. */
function beforeOtherLabel(clause: string): string {
  const at = otherLabelAfterUnits(simplified(clause));
  return at < 0 ? clause : clause.slice(0, at);
}

/** The text from a label of the task's text or measures (`任务目标：`, `整改措施：`) after the units, or null. */
function contentInClause(clause: string): string | null {
  const s = simplified(clause);
  const at = otherLabelAfterUnits(s);
  if (at < 0) return null;
  const label = /^(\p{Script=Han}{2,12})\s*[:：]/u.exec(s.slice(at));
  return label && namesItemText(label[1]!) ? clause.slice(at).trim() || null : null;
}

/** Where a label the vocabulary does not know starts after the clause's last known label, or -1. */
function otherLabelAfterUnits(s: string): number {
  let end = 0;
  for (const m of s.matchAll(LABEL)) end = m.index + m[0].length;
  const cut = end > 0 ? otherLabelAt(s.slice(end)) : -1;
  return cut < 0 ? -1 : end + cut;
}

const OTHER_LABEL = /\p{Script=Han}{2,12}[:：]/u;
const MAX_OTHER_LABEL = 8;

/**
 * Where a label the vocabulary does not know starts (`实际完成情况：`), or -1.
 * With the space before it lost (`市财政局实际完成情况：`), the label is the
 * shortest tail of the run that leaves a unit's name before it.
 */
function otherLabelAt(s: string): number {
  // Most clauses hold no further colon: the unanchored label need not be looked for.
  if (!s.includes('：') && !s.includes(':')) return -1;
  const m = OTHER_LABEL.exec(s);
  if (!m) return -1;
  const colon = m.index + m[0].length - 1;
  const before = s.slice(0, m.index);
  if (!before || /[\s、，,；;。]$/u.test(before)) {
    // The run itself may still hold a unit glued before the label.
    for (let len = 2; len <= MAX_OTHER_LABEL && colon - len > m.index; len++) {
      if (endsLikeUnit(s.slice(m.index, colon - len))) return colon - len;
    }
  }
  return knownLabelTail(s, m.index, colon);
}

/**
 * A label glued after a value with no separator (`整改时限：立行立改，长期坚持整改措施：…`):
 * the longest tail of the run before the colon, four characters or more, that is a
 * column's name as the vocabulary writes it (`整改措施`) is the label. (Shorter names,
 * `措施`, end too many words to cut on.) A run with no such tail is the label whole.
 */
function knownLabelTail(s: string, from: number, colon: number): number {
  const run = s.slice(from, colon);
  if (isColumnName(run)) return from;
  for (let len = Math.min(run.length - 1, MAX_OTHER_LABEL); len >= MIN_GLUED_LABEL; len--) {
    if (isColumnName(run.slice(run.length - len))) return colon - len;
  }
  return from;
}
const MIN_GLUED_LABEL = 4;

const EDGE = new Set([' ', '\u3000', ';', '；', ',', '，']);

function trimSeparators(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && EDGE.has(s[a]!)) a++;
  while (b > a && EDGE.has(s[b - 1]!)) b--;
  return s.slice(a, b);
}

function roleOf(label: string): Role {
  return labelRole(label);
}

/** `完成时限：贯穿全年` is a deadline cell: read whole, as a table's would be. */
function timeCell(finder: DeadlineFinder, text: string): Deadline | null {
  if (!finder.resolve) return null;
  try {
    const d = finder.resolve(text);
    return d.kind === 'unspecified' ? null : d;
  } catch {
    return null;
  }
}

function statedTime(finder: DeadlineFinder, text: string): Deadline | null {
  if (!finder.resolve || !text.trim()) return null;
  try {
    return finder.resolve(text);
  } catch {
    return null;
  }
}

function safeFind(finder: DeadlineFinder, text: string): Deadline | null {
  try {
    return finder.find(text) ?? null;
  } catch {
    return null;
  }
}
