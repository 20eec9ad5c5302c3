/**
 * Pieces every reader shares: cell factories and captions.
 *
 * The structured readers (.docx and .html) number blocks the same way
 * (`lineBase: 'block'`): every paragraph block takes the next order index,
 * and so does every table row, so the rows of a table get distinct lines and
 * a table's `line` is its first row's. A paragraph inside a cell takes no
 * index of its own. The text reader numbers by line (`lineBase: 'line'`).
 */
import type { Block, Cell } from '../model/document.js';
import { collapseRepeats, joinLines } from '../model/text.js';
import { CELL_NUMBERING } from '../model/vocabulary.js';

const BLANK = /^[\s\u3000\u00a0]*$/u;

/** A cell with content: `text` = joinLines of its non-blank lines. */
export function makeCell(lines: readonly string[], line: number, colSpan = 1, rowSpan = 1): Cell {
  // A line may hold several (a cell a text reader read over lines, joined by `\n`).
  const kept = (lines.some((l) => l.includes('\n')) ? lines.flatMap((l) => l.split('\n')) : lines).filter((l) => !BLANK.test(l));
  return { text: collapseRepeats(joinLines(kept)), lines: kept, line, colSpan, rowSpan, covered: false };
}

export const coveredCell = (line: number, from: 'above' | 'left'): Cell => ({ text: '', lines: [], line, colSpan: 1, rowSpan: 1, covered: true, coveredFrom: from });
export const emptyCell = (line: number): Cell => ({ text: '', lines: [], line, colSpan: 1, rowSpan: 1, covered: false });

const NUMBERED = CELL_NUMBERING;
const ATTACHMENT = /^附\s*件\s*[\d一二三四五六七八九十]*\s*[:：]?\s*/u;
// A signature or issue date (`2023年2月15日`) is never part of a caption.
const DATE_LINE = /^(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年.{1,8}日$/u;
const TITLE_END = /(?:表|清单|方案|一览|分工|计划|目录)$/;

/**
 * A table's caption is the short paragraph just above it, joined with the one
 * above that when a title was split over two paragraphs (`…重要论述` /
 * `专题重点项目清单`). "Just above" is within three lines or blocks.
 */
export function attachCaptions(blocks: Block[]): void {
  for (let b = 0; b < blocks.length; b++) {
    const table = blocks[b]!;
    // A table with a caption of its own (HTML `<caption>`) keeps it.
    if (table.kind !== 'table' || table.caption) continue;
    const parts: string[] = [];
    for (let k = b - 1; k >= 0 && parts.length < 2; k--) {
      const prev = blocks[k]!;
      if (prev.kind !== 'paragraph') break;
      let t = joinLines([prev.text]);
      const below = parts.length ? blocks[k + 1]! : table;
      if (below.line - prev.line > 3) break;
      // `附件：X清单` / `附件2：X` names the table after its label; a bare `附件2` ends the search.
      const attachment = ATTACHMENT.exec(t);
      if (attachment) {
        t = t.slice(attachment[0].length);
        if (t && t.length <= 60) parts.unshift(t);
        break;
      }
      if (!t || t.length > 60 || /[。；：:]$/.test(t) || DATE_LINE.test(t)) break;
      // The upper half of a split title is not a heading, does not end like
      // a title itself, and is no label line (`责任单位：…`).
      if (parts.length && (NUMBERED.test(t) || TITLE_END.test(t) || /[：:]/.test(t))) break;
      parts.unshift(t);
    }
    table.caption = parts.join('');
  }
}
