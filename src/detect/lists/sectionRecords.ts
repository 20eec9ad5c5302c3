/**
 * One task record written section by section, each section a numbered
 * heading that is only a label (`一、整改问题` / `（一）…` / `二、整改实施主体` /
 * `宿马园区党工委、管委会` / `三、重点措施` / … / `五、完成时限` / `2024年12月底`):
 * a rectification notice (整改销号公示) and its like. The headings are the
 * record's fields, not tasks: the items of its problem (or task) section are
 * the tasks, each with the units, measures and time limit of the sections
 * after it.
 */
import type { Block } from '../../model/document.js';
import { headerRole, isRecordProblem } from '../../model/headerRoles.js';
import { isUnitList } from '../../model/cellKinds.js';
import { toSimplified } from '../../model/traditional.js';
import type { ListItem } from '../lists.js';
import { logicalParagraphs, type Paragraph } from './events.js';
import { parseNumbering } from './numbering.js';
import { chineseToInt } from '../../model/vocabulary.js';
import { hasUnitLabel } from './responsibility.js';

/** The level `parseNumbering` gives `一、`. */
const TOP_LEVEL = 1;
const MAX_LABEL = 12;
const LABEL = new RegExp(`^\\p{Script=Han}{2,${MAX_LABEL}}[:：]?$`, 'u');
// A record has few fields; a run of more labelled headings is an outline of something else.
const MAX_SECTIONS = 10;
const MIN_SECTIONS = 3;

type Field = 'task' | 'units' | 'content' | 'deadline' | 'other';

interface Section {
  heading: string;
  field: Field;
  body: Paragraph[];
  line: number;
}

/** A record found: its items, and the lines it spans (the other list items there are its fields, not tasks). */
export interface SectionRecord {
  items: ListItem[];
  from: number;
  to: number;
}

function fieldOf(label: string): Field {
  const plain = toSimplified(label).replace(/[:：]$/u, '');
  if (isRecordProblem(plain)) return 'task';
  switch (headerRole(plain)) {
    case 'task': return 'task';
    case 'lead': case 'partners': return 'units';
    case 'content': return 'content';
    case 'deadline': return 'deadline';
    default: return 'other';
  }
}

/** `一、整改问题`: a top-level number and a label alone. */
function sectionHeading(text: string): { seq: number; label: string } | null {
  if (text.length > MAX_LABEL + 4) return null;
  const num = parseNumbering(text);
  if (!num || num.level !== TOP_LEVEL || !LABEL.test(num.rest.trim())) return null;
  const seq = chineseToInt(num.seq);
  return seq !== null && seq > 0 ? { seq, label: num.rest.trim() } : null;
}

/** Cheap first look: short paragraphs that are a record's first section (its problem or task) and its units section. */
function mayHoldRecord(blocks: readonly Block[]): boolean {
  let first = false;
  for (const b of blocks) {
    if (b.kind !== 'paragraph' || b.text.length > MAX_LABEL + 8) continue;
    const heading = sectionHeading(b.text.trim());
    if (!heading) continue;
    const field = fieldOf(heading.label);
    if (heading.seq === 1 && field === 'task') first = true;
    else if (first && field === 'units') return true;
  }
  return false;
}

export function sectionRecords(blocks: readonly Block[]): SectionRecord[] {
  if (!mayHoldRecord(blocks)) return [];
  const paragraphs = logicalParagraphs(blocks);
  const records: SectionRecord[] = [];
  let run: Section[] = [];
  let lastSeq = 0;
  const close = () => {
    const record = recordOf(run);
    if (record) records.push(record);
    run = [];
    lastSeq = 0;
  };
  for (const p of paragraphs) {
    if (!p) { close(); continue; }
    const heading = sectionHeading(p.text);
    if (heading) {
      // The sections of one record count on from one (`一、` `二、` `三、`…).
      if (heading.seq !== lastSeq + 1) close();
      if (heading.seq === 1 || run.length) {
        run.push({ heading: p.text, field: fieldOf(heading.label), body: [], line: p.line });
        lastSeq = heading.seq;
        if (run.length > MAX_SECTIONS) { run = []; lastSeq = 0; }
      }
      continue;
    }
    // A numbered heading that is more than a label ends the record.
    const num = parseNumbering(p.text);
    if (num?.level === TOP_LEVEL) { close(); continue; }
    run[run.length - 1]?.body.push(p);
  }
  close();
  return records;
}

function recordOf(sections: readonly Section[]): SectionRecord | null {
  if (sections.length < MIN_SECTIONS) return null;
  const task = sections.find((s) => s.field === 'task');
  const units = sections.find((s) => s.field === 'units');
  // The units come after what they answer for, and name units.
  if (!task || !units || units.line < task.line || !task.body.length) return null;
  const unitText = units.body.map((p) => p.text.trim().replace(/[。；;，,]+$/u, '')).filter(Boolean);
  if (!unitText.length || !unitText.every((t) => hasUnitLabel(t) || isUnitList(t))) return null;
  const content = sections.find((s) => s.field === 'content' && s.line > task.line);
  const deadline = sections.find((s) => s.field === 'deadline');
  const time = deadline?.body.map((p) => p.text.trim()).join('') ?? '';
  // The record's time limit travels with its units as the clause's time label (`完成时限：…`).
  const responsibility = unitText.join('；') + (time ? `；完成时限：${time}` : '');
  const measures = content?.body.map((p) => p.text.trim()).join('') || null;
  const path = [task.heading.trim()];
  const numbered = task.body.map((p) => ({ p, num: parseNumbering(p.text) }));
  const items: ListItem[] = numbered.every((x) => x.num && x.num.level > TOP_LEVEL)
    ? numbered.map(({ p, num }) => ({ seq: num!.seq || null, path, task: num!.rest.trim(), content: measures, responsibility, firstUnitLeads: false, line: p.line }))
    : [{ seq: null, path, task: task.body.map((p) => p.text.trim()).join(''), content: measures, responsibility, firstUnitLeads: false, line: task.body[0]!.line }];
  const last = sections[sections.length - 1]!;
  return { items, from: sections[0]!.line, to: last.body.length ? last.body[last.body.length - 1]!.line : last.line };
}
