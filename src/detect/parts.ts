/**
 * detect: the attachments or sub-plans a document bundles (seed 004 holds
 * fifteen 专项实施方案 after `附件2` … `附件15`). Each task is given the title of
 * the part it sits in, so an analyst can filter a bundle by plan.
 *
 * A part starts at a numbered attachment marker (`附件3`, `附件3：X方案`) that
 * continues the sequence of the markers before it; a marker out of sequence
 * (`附件1` inside 附件6) is an attachment of the attachment and stays in its
 * part. The part's title is the text after the marker, or the short lines
 * right below it (`落实企业安全生产主体责任三年行动` / `专题实施方案`). With fewer
 * than two parts the document bundles nothing, and every task's part is null.
 */
import type { Block } from '../model/document.js';
import { foldSpaces } from '../model/text.js';
import { toSimplified } from '../model/traditional.js';
import { chineseToInt, NUMBERING } from '../model/vocabulary.js';

export interface Part {
  /** Where the part starts (the marker's line). */
  line: number;
  title: string;
}

const MARKER = /^附\s{0,3}件\s{0,3}(\d{1,2}|[一二三四五六七八九十]{1,3})\s{0,3}(?:[:：]\s{0,3}(.*))?$/u;
const TITLE_LINE_MAX = 40;
const TITLE_LINES = 3;

export function detectParts(blocks: readonly Block[]): Part[] {
  const parts: Part[] = [];
  let last: number | null = null;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.kind !== 'paragraph') continue;
    const m = MARKER.exec(toSimplified(foldSpaces(block.text)));
    if (!m) continue;
    const n = chineseToInt(m[1]!);
    if (n === null || (last !== null && n !== last + 1)) continue;
    last = n;
    const inline = m[2]?.trim();
    parts.push({ line: block.line, title: inline || titleBelow(blocks, b) || `附件${n}` });
  }
  return parts.length >= 2 ? parts : [];
}

/** The short lines below a marker that make its title; none if the body starts at once. */
function titleBelow(blocks: readonly Block[], at: number): string {
  let title = '';
  for (let k = at + 1, taken = 0; k < blocks.length && taken < TITLE_LINES; k++, taken++) {
    const b = blocks[k]!;
    if (b.kind !== 'paragraph') break;
    const t = foldSpaces(b.text);
    if (!t) continue;
    if (t.length > TITLE_LINE_MAX || /[。；;，,：:]/u.test(t) || NUMBERING.some(([re]) => re.test(t)) || MARKER.test(t)) break;
    title += t;
  }
  return title;
}

/** The part a line belongs to: the last part starting at or before it. */
export function partAt(parts: readonly Part[], line: number): string | null {
  let lo = 0;
  let hi = parts.length - 1;
  let found: string | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (parts[mid]!.line <= line) { found = parts[mid]!.title; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}
