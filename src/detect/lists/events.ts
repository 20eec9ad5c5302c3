/**
 * Body blocks → a flat stream of what matters to list detection: numbered or
 * plain paragraphs, responsibility clauses, and breaks (a table, a new
 * attachment or plan). A clause written inside a paragraph becomes the
 * paragraph followed by the clause.
 */
import type { Block } from '../../model/document.js';
import { foldSpaces } from '../../model/text.js';
import { isAnnexMarker, isPlanTitle } from './boundaries.js';
import { isInlineEnumeration, parseNumbering, type Numbering } from './numbering.js';
import {
  clauseContinues,
  dropUnmatchedClose,
  findInlineClause,
  isLabelLine,
  isResponsibilityLine,
  normaliseBoxedLabels,
  splitTrailingHeading,
  unwrapClause,
} from './responsibility.js';

export type ListEvent =
  | { kind: 'paragraph'; num: Numbering | null; full: string; line: number }
  | { kind: 'clause'; text: string }
  /** `outline`: the headings above end too (a new attachment or plan), not only the stretch. */
  | { kind: 'break'; outline: boolean };

const MAX_CLAUSE_LINES = 6;

export function listEvents(blocks: readonly Block[]): ListEvent[] {
  const out: ListEvent[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    // Text on either side of a table does not form one item.
    if (block.kind !== 'paragraph') {
      out.push({ kind: 'break', outline: false });
      continue;
    }
    const text = normaliseBoxedLabels(foldSpaces(block.text));
    if (!text) continue;
    if (!isResponsibilityLine(text)) {
      paragraph(text, block.line, out);
      continue;
    }
    let clause = unwrapClause(text);
    // Later label lines (`配合单位：…`, `完成时限：…`) and a list cut at a
    // separator belong to the same clause.
    let j = i + 1;
    for (let taken = 1; j < blocks.length && taken < MAX_CLAUSE_LINES; j++, taken++) {
      const next = blocks[j]!;
      if (next.kind !== 'paragraph') break;
      const t = normaliseBoxedLabels(foldSpaces(next.text));
      if (!t) continue;
      if (isLabelLine(t)) clause += ` ${unwrapClause(t)}`;
      else if (clauseContinues(clause) && !parseNumbering(t)) clause += t;
      else break;
    }
    i = j - 1;
    pushClause(clause, block.line, out);
  }
  return out;
}

function paragraph(text: string, line: number, out: ListEvent[]): void {
  if (isAnnexMarker(text)) {
    out.push({ kind: 'break', outline: true });
    return;
  }
  const inline = findInlineClause(text);
  const full = inline ? inline.rest : text;
  let num = parseNumbering(full);
  if (num && isInlineEnumeration(num)) num = null;
  if (!num && !inline && isPlanTitle(text)) {
    out.push({ kind: 'break', outline: true });
    return;
  }
  out.push({ kind: 'paragraph', num, full, line });
  if (inline) pushClause(inline.clause, line, out);
}

/** A section heading glued to the end of a clause is read as the next paragraph. */
function pushClause(clause: string, line: number, out: ListEvent[]): void {
  const { clause: units, heading } = splitTrailingHeading(dropUnmatchedClose(clause));
  out.push({ kind: 'clause', text: units.trim() });
  if (heading) paragraph(heading, line, out);
}
