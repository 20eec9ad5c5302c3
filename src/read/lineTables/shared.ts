/** What the line-table readers share: tokens, line forms, bounds, and the rows every form builds. */
import { headerRole } from '../../model/headerRoles.js';
import type { Cell, Row, TableBlock } from '../../model/document.js';
import { chineseToInt, SECTION_OPENING } from '../../model/vocabulary.js';
import { coveredCell, emptyCell, makeCell } from '../blocks.js';

export interface Token {
  text: string;
  line: number;
  /** An empty cell (a row's end) came before it. */
  breakBefore?: boolean;
}

export interface LineTable {
  table: TableBlock;
  /** Index of the first line after the table. */
  next: number;
}

export const BLANK = /^[\s\u3000\u00a0]*$/u;
export const PIPE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/u;
// A line of nothing but pipes (`|`, `||||||`) separates cells.
export const BARE_PIPE = /^[\s|]*\|[\s|]*$/u;
export const CELL_LINE = /\S\s*\|\s*$/u;
// A seq cell: `12`, `12.`, or a numeral (`一`, `十二`), as a 序号 column writes them.
// A mark after the number (`1*`, `2★`) marks the row, not its number.
export const SEQ_TOKEN = /^(\d{1,3}|[一二三四五六七八九十]{1,3})[.、．]?[*＊★☆]?$/u;

export function seqValue(text: string): number | null {
  const m = SEQ_TOKEN.exec(text);
  return m ? chineseToInt(m[1]!) : null;
}
export const SECTION = SECTION_OPENING;
export const MAX_HEADER = 12;
/** An item's own number (`2.`, `3、`), below the outline's headings (`1.5万` is a quantity). */
export const ITEM_NUMBER = /^\s*\d{1,3}\s*[.．、](?!\d)/u;

/** Labels of a record written label by label that name a task column and a lead or deadline column (at least `min` labels). */
export function namesTaskRecord(labels: readonly string[], min: number): boolean {
  const roles = labels.map(headerRole);
  return labels.length >= min && roles.includes('task') && (roles.includes('lead') || roles.includes('deadline'));
}

// ` |`, or ` | ||` where empty cells close the row too.
const CLOSING_PIPE = /\s*(?:\|\s*)+$/u;
/** A cell line's text without the ` |` that closes it (and any empty cells after it), trimmed (the pattern runs only where a `|` is). */
export function cellText(line: string): string {
  // (A cell written `| 1 |`, opening pipe and all, is the same cell.)
  return (line.includes('|') ? line.replace(CLOSING_PIPE, '').replace(OPENING_PIPE, '') : line).trim();
}
const OPENING_PIPE = /^\s*\|\s*(?=\S)/u;
export const MAX_SECTION = 100;
export const CHROME = /^(?:分享到|打印本页|关闭窗口|【?打印】?|【?关闭】?|返回顶部|上一篇|下一篇|扫一扫)/u;
// A header scraped one cell a line holds both rows of a two-level header (`工作绩效目标` then `一季度` … `四季度`).
export const MAX_HEADER_CELLS = 20;
export const MAX_TOKENS_PER_CELL = 8;
export const MAX_ROW_TOKENS = 60;

export function plainRow(tokens: readonly Token[], width: number, line: number): Row {
  const cells: Cell[] = [];
  for (let c = 0; c < width; c++) {
    const t = c === width - 1 ? tokens.slice(c) : tokens.slice(c, c + 1);
    const text = t.map((x) => x.text).filter(Boolean);
    cells.push(text.length ? makeCell(text, t[0]!.line) : emptyCell(line));
  }
  return { cells, line };
}

export function sectionRow(text: string, width: number, line: number): Row {
  const cells: Cell[] = [makeCell([text], line, width, 1)];
  for (let c = 1; c < width; c++) cells.push(coveredCell(line, 'left'));
  return { cells, line };
}

export function headerRow(header: readonly Token[]): Row {
  return { cells: header.map((h) => makeCell([h.text], h.line)), line: header[0]!.line };
}
