/**
 * Document metadata: the plan's title, its 文号 and issue date, and the year
 * that phrases without one (`年底前`, `6月底前`) take.
 *
 * Web pages carry these in an info bar or a metadata table
 * (`文号： | 杭政辦函〔2022〕20號 | 成文日期： | 2022-04-07`), notices on their
 * own lines (the 文号 under the masthead, the signature date at the end).
 * The page's own publishing date (`发布时间`) is the site's, not the plan's.
 */
import type { Block } from '../model/document.js';
import { foldSpaces, isSpaceCode } from '../model/text.js';
import { toSimplified } from '../model/traditional.js';
import { headerRole, isColumnName } from '../model/headerRoles.js';
import { isUnitName } from '../model/cellKinds.js';
import { alternation, CN_DATE_DIGITS, cnDigit, NUMBERING, PINYIN, PLAN_HEADING_WORDS, PLAN_NAME_WORDS, withoutPinyinNoise } from '../model/vocabulary.js';

export interface DocumentMeta {
  title: string | null;
  docNumber: string | null;
  issued: string | null;
  /** The document's own year: the plan year of the title, else the issue year. */
  year: number | null;
}

const HEAD_LINES = 60;
// Pinyin a broken converter inserted (`州政發(fā)〔2020〕5號`) is part of the 文号 as written.
const LEADING_PINYIN = new RegExp(`^${PINYIN}\\s*`, 'u');
const DOC_NUMBER = new RegExp(`(?:\\p{Script=Han}|${PINYIN}){1,16}\\s*[〔［\\[【（(]\\s*(\\d{4})\\s*[〕］\\]】）)]\\s*(\\d{1,5})\\s*号(?:${PINYIN})?`, 'u');
const DOC_NUMBER_ALL = new RegExp(DOC_NUMBER.source, 'gu');
/** Labels of a 文号 in an info bar; what comes before them is not part of it. */
// (Boxed too: `•【字号】渝府办发〔2022〕122号`.)
const DOC_LABEL = /(?:文\s*号|发文字号|发文序号|文件编号|文件号|发文文号|发文编号|文件字号|字\s*号)\s*[】\]]?\s*[:：]?\s*[|｜]?\s*$/u;
const DOC_LABEL_INSIDE = /(?:文\s*号|发文字号|发文序号|文件编号|文件号|发文文号|发文编号|文件字号|字号)[:：]?/gu;
/** Labels of the plan's own date; `发布日期`/`发布时间`/`公开日期` are the site's. */
const ISSUED_LABEL = /(?:成文日期|发文日期|印发日期|制发日期|签发日期|生成日期|成文时间|发文时间)\s*[:：]?\s*[|｜]?\s*/gu;
const TITLE_LABEL_ALONE = /^\s*(?:[-•·*]\s*)?(?:信息名称|文件名称|文件标题|公文名称|标\s*题)\s*[:：]\s*$/u;
/** The value line after a label alone: up to a pipe, as a label's value on its own line is. */
const VALUE_LINE = /^\s*([^|｜]{4,80}?)\s*(?:[|｜].*)?$/u;
const TITLE_LABEL = /^\s*(?:[-•·*]\s*)?(?:信息名称|文件名称|文件标题|公文名称|标\s*题|名\s*称)\s*[:：]?\s*[|｜]?\s*([^|｜]{4,80}?)\s*(?:[|｜].*)?$/u;
// The next label of an info bar: one of its known labels (spaces between Han characters are folded away, so a
// generic run of Han characters would eat the end of the value: `…分解表文号:`), else any short one.
const INFO_BAR_WORDS = '(?:文号|发文字号|发布机构|发文机关|主题分类|组配分类|信息分类|体裁分类|发文日期|制发日期|文件号|成文日期|发布日期|生成日期|信息来源|索引号|有效性|关键词|浏览次数|内容概述|公开方式|公开范围|生效日期|废止日期)';
const INFO_BAR_LABEL = new RegExp(`${INFO_BAR_WORDS}\\s*[:：]`, 'u');
// An info bar whose labels stand apart from their values by spaces alone (`信息名称  X  成文日期  2023-08-08`).
const INFO_BAR_WORD = new RegExp(INFO_BAR_WORDS, 'u');
const ANY_LABEL = /\p{Script=Han}{2,6}\s*[:：]/u;
const nextLabel = (value: string) => INFO_BAR_LABEL.exec(value) ?? ANY_LABEL.exec(value);
const ISO_DATE = /(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})/u;
const CN_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
const CN_NUMERAL_DATE = new RegExp(`([${CN_DATE_DIGITS}]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日`, 'u');
/** `2024327`: a signature date whose 年/月/日 a scraper lost. */
const SCRAPED_DATE = /^(\d{4})(\d{1,2})(\d{1,2})$/u;
const PARTLY_LOST_DATE = /^\d{4}年?\d{1,2}月?\d{1,2}日?$/u;
const PLAN_WORD = new RegExp(`(?:${alternation(PLAN_HEADING_WORDS)})$`, 'u');
/** A progress report's heading (`…推进情况（1-8月）`): the name where no plan heading is printed. */
const REPORT_WORD = /情况$/u;
/** A notice's own heading: the plan's name only where the document prints no heading of the plan itself. */
const NOTICE_WORD = /(?:通知|通报|通告|公告|公示)$/u;
/** Lines that are never the plan's name. */
const NOT_A_TITLE = /^(?:政府工作报告|工作任务|重点任务|主要任务|具体任务|附\s*件\s*\d*|目\s*录)$|[:：]$|^(?:各|市直|县直|区直)[^，,。]{0,40}[:：]|[>›»]|(?:当前|现在|所在)的?位置|首页\s*[-—－]\s*\S/u;
/**
 * A table's header scraped one cell a line (`序号` / `目标任务` / `牵头单位` / …):
 * a column name with another beside it names no plan, whatever word it ends with.
 */
const MAX_HEADER_WORD = 12;
const isHeaderWord = (line: string | undefined) => line !== undefined && line.length <= MAX_HEADER_WORD && headerRole(line.trim()) !== null;
/**
 * A table's header whose cells a scraper glued into one line
 * (`实事内容工作任务责任单位进展情况`): the line reads wholly as three column names
 * or more, two of them the vocabulary's own. A plan's name holds words of its
 * own (`2020年民生实事项目进展情况`).
 */
function isGluedHeader(line: string): boolean {
  const s = line.replace(/[\s\u3000]+/gu, '');
  if (s.length < 8 || s.length > 60 || !/^\p{Script=Han}+$/u.test(s)) return false;
  // best[i]: the most exact names in a split of s[0, i) into column names (-1: no split), with the segment count.
  const best: { exact: number; count: number }[] = [{ exact: 0, count: 0 }];
  for (let i = 1; i <= s.length; i++) {
    let here: { exact: number; count: number } | null = null;
    for (let len = 2; len <= MAX_HEADER_WORD && len <= i; len++) {
      const from = best[i - len];
      if (!from || from.count < 0) continue;
      const word = s.slice(i - len, i);
      if (headerRole(word) === null) continue;
      const exact = from.exact + (isColumnName(word) ? 1 : 0);
      if (!here || exact > here.exact) here = { exact, count: from.count + 1 };
    }
    best.push(here ?? { exact: 0, count: -1 });
  }
  const end = best[s.length]!;
  return end.count >= 3 && end.exact >= 2;
}
// A cell of its own words (`下一步工作安排`) is one between two column names.
const inScrapedHeader = (lines: readonly string[], k: number) => {
  const before = isHeaderWord(lines[k - 1]);
  const after = isHeaderWord(lines[k + 1]);
  return isHeaderWord(lines[k]) ? before || after : before && after && lines[k]!.length <= MAX_HEADER_WORD;
};
const INFO_LABEL = /\p{Script=Han}(?:\s*\p{Script=Han}){1,5}\s*[:：]/gu;
// `-欧洲杯网络平台`, `_某某市人民政府网`: a web page title's site after its name.
const SITE_SUFFIX = /\s*[-_—|｜]\s*[^-_—|｜。，,；;：:《》]{2,16}$/u;

/** A place or its government alone on a line (`马鞍山市`, `某县人民政府`), as a heading wrapped after it leaves it. */
const ISSUER_LINE = /^\p{Script=Han}{2,10}(?:省|市|县|区|州|旗|人民政府|政府)$/u;
// A plan that names nothing but its year (`2021年工作计划`, `2023年度工作要点`) is its unit's: the unit's line above completes it.
const YEAR_ONLY_PLAN = /^(?:19|20)\d{2}\s*年度?(?:重点)?(?:工作)?(?:计划|要点|安排|思路|任务)$/u;
const BANNER = /^【[^】]{1,30}】\s*/u;
const PAGE_MARK = /^[-—–－]\s?\d{1,3}\s?[-—–－]\s*/u;
const NOISE = /^[?？\ufffd•·●\s]+/u;
// Markup a scraper left in a page's text (`…三年行动<br/>任务分工清单…`): no part of a title or 文号.
const LEAKED_TAG = /<\/?(?:br|p|span|font|strong|b|em|div)\b[^<>]{0,80}>/giu;

const TITLE_YEAR = /((?:19|20)\d{2})\s*年/u;
// A headline may open with its year and no 年 (`2020全国消费促进月时间表`).
const LEADING_YEAR = /^((?:19|20)\d{2})(?=\p{Script=Han})/u;

export function readMeta(blocks: readonly Block[]): DocumentMeta {
  // Matching runs on the Simplified form (`發文日期`, `關於印發`); the
  // characters map one for one, so what is returned is cut from the original.
  const lines = headLines(blocks);
  const folded = lines.map(toSimplified);
  const docNumber = findDocNumber(folded, lines);
  const issued = findIssued(folded) ?? findSignatureDate(allParagraphs(blocks).filter(mayBeDateLine).map(toSimplified), pageDate(folded));
  // (A candidate that cleaning leaves empty, `【责任单位】` alone, is no title.)
  const title = findTitle(folded, lines) || null;
  const titleYear = title ? (TITLE_YEAR.exec(title) ?? LEADING_YEAR.exec(title))?.[1] : undefined;
  const year = titleYear ? Number(titleYear) : issued ? Number(issued.slice(0, 4)) : docNumber ? yearOfDocNumber(docNumber) : null;
  return { title, docNumber, issued, year };
}

/** The first lines of the document: paragraphs, and the rows of tables (an info bar or metadata table) as `a | b`. */
function headLines(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (out.length >= HEAD_LINES) break;
    if (b.kind === 'paragraph') for (const piece of flattenedPieces(b.text)) out.push(foldSpaces(piece.replace(LEAKED_TAG, '')).replace(PAGE_MARK, '').replace(NOISE, ''));
    else for (const row of b.rows.slice(0, 8)) out.push(row.cells.filter((c) => !c.covered).map((c) => c.text).join(' | '));
  }
  return out;
}

/**
 * A date line's text is at most SIGNATURE_LENGTH once its brackets, `印发` and
 * the spaces they leave are cut (at most 8 characters): longer lines need not be
 * folded to Simplified and read. (Folding maps characters one for one.)
 */
const SIGNATURE_LENGTH = 16;
const mayBeDateLine = (p: string) => p.length <= SIGNATURE_LENGTH + 8;

function allParagraphs(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  // Folding keeps every character but spaces: a paragraph with more than a date line's is none.
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    for (const piece of flattenedPieces(b.text)) if (atMostVisible(piece, SIGNATURE_LENGTH + 8)) out.push(foldSpaces(piece).replace(NOISE, ''));
  }
  return out;
}

/**
 * A page flattened into one line (its paragraphs joined by spaces, as some CMS
 * exports and reposts are): the paragraphs it was made of, one a space run, so
 * that its heading, 文号 and signature date stand on lines of their own. A
 * paragraph of ordinary length is one piece.
 */
const FLATTENED_LENGTH = 400;
// Where a flattened page's paragraphs met: a space after a sentence's, a heading's or a
// 文号's end (`…的通知 各乡镇…`, `…实施方案 为认真…`, `…〔2019〕10号 各区…`), or around a
// date alone. (Not every run of spaces: a label is spaced out too, `文    号`.)
let flattenedBreak: RegExp | null = null;
function flattenedPieces(text: string): string[] {
  if (text.length < FLATTENED_LENGTH || !isFlattened(text)) return [text];
  flattenedBreak ??= new RegExp(
    `(?<=[。：:！？）)」”]|${alternation([...PLAN_HEADING_WORDS, '通知', '通报', '意见'])}|[〔［\\[]\\d{4}[〕］\\]]\\d{1,4}[号號]) +| +(?=[（(]此件|\\d{4}年\\d{1,2}月\\d{1,2}日)|(?<=\\d{4}年\\d{1,2}月\\d{1,2}日) +`,
    'u',
  );
  return text.split(flattenedBreak).filter((x) => x.trim());
}

/** Paragraphs joined by spaces leave sentence ends before a space (`…执行。 某县…`); a paragraph as written has none. */
const JOINED_AFTER_SENTENCE = /[。：:；;！？!?）)」”号號] +(?=[\p{Script=Han}《（(“\d])/gu;
function isFlattened(text: string): boolean {
  let n = 0;
  JOINED_AFTER_SENTENCE.lastIndex = 0;
  while (JOINED_AFTER_SENTENCE.exec(text)) if (++n >= 3) return true;
  return false;
}

/** `text` holds at most `max` characters other than white space (counted up to max + 1 only). */
function atMostVisible(text: string, max: number): boolean {
  if (text.length <= max) return true;
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i)) && ++n > max) return false;
  return true;
}

/** The year in a 文号 (`鄂政發〔2018〕26號` → 2018), matched on its Simplified form. */
function yearOfDocNumber(docNumber: string): number | null {
  const m = DOC_NUMBER.exec(toSimplified(docNumber));
  return m ? Number(m[1]) : null;
}

/**
 * A 文号 stands alone on its line, follows a `文号` label (in an info bar
 * among other labels), or is bracketed after the title
 * (`…的通知（粤府〔2021〕22号）`); never inside a sentence that cites another
 * file. A label or issuer glued before it (`发布机构区人民政府办公室文号蔡政办〔2023〕1号`)
 * is not part of it.
 */
function findDocNumber(folded: string[], original: string[]): string | null {
  for (const [k, p] of folded.entries()) {
    // Every 文号 ends with 号: a line without one need not be scanned.
    if (!p.includes('号')) continue;
    for (const m of p.matchAll(DOC_NUMBER_ALL)) {
      let at = m.index;
      let text = m[0];
      // Cut at a label inside the match (`…发文字号武政办〔2020〕1号`).
      let labelCut = 0;
      for (const l of text.matchAll(DOC_LABEL_INSIDE)) labelCut = l.index + l[0].length;
      // …or at the end of the notice heading it follows on a flattened line (`…的通知豫政〔2023〕5号`).
      let cut = labelCut;
      for (const l of text.matchAll(HEADING_END_INSIDE)) cut = Math.max(cut, l.index + l[0].length);
      // …or at the letterhead it follows (`某市人民政府办公室文件 某政办发〔2018〕32号`: spaces between Han are folded away).
      for (const l of text.matchAll(LETTERHEAD_INSIDE)) cut = Math.max(cut, l.index + l[0].length);
      // …or at the end of the plan's heading on a page flattened into one line (`…政策清单 内政发〔2023〕3 号 为全面…`).
      let planCut = 0;
      if (!cut) for (const l of text.matchAll(PLAN_HEADING_END_INSIDE)) planCut = l.index + l[0].length;
      if (planCut > 0 && text.length - planCut >= 4) cut = planCut;
      else planCut = 0;
      if (cut > 0) { at += cut; text = text.slice(cut); }
      const before = p.slice(0, at);
      const after = p.slice(at + text.length);
      const alone = before.replace(/[\s•·●]/gu, '').length + after.replace(/[\s•·●]/gu, '').length <= 2;
      const labelled = labelCut > 0 || DOC_LABEL.test(before);
      // Bracketed after a title: the bracket closes the line, and the line is no sentence.
      // …or after the notice's heading on a page flattened into one line (`…关于印发《X》的通知 （某政办发〔2010〕10号） 各区人民政府：…`).
      const bracketed = /[（(]\s*$/u.test(before) && !/[，,。；;]/u.test(before)
        && (/^\s*[）)]\s*$/u.test(after) || (/^\s*[）)]/u.test(after) && BRACKETED_AFTER_HEADING.test(before)));
      // Beside the notice heading on one line: before it (`津政办规[2023]4号 天津市…关于…的通知`) or right after it on a flattened page.
      // (Spaces between Han characters are folded away by now.)
      const besideHeading = (/^[\s•·●]*$/u.test(before) && ((NOTICE_HEADING_START.test(after) && !/[。；;]/u.test(after)) || isHeadingAfterNumber(after))) || NOTICE_HEADING_END.test(before);
      const underLetterhead = LETTERHEAD_END.test(before);
      // Right after the plan's heading, where the page's first line runs on into the body.
      const afterPlanHeading = planCut > 0 && k === firstTextLine(folded) && before.length <= 80 && !/[。，,；;：:]/u.test(before);
      // The 红头 line of a 文号 and its 签发人 (`某政督字〔2019〕7 号    签发人：某某`).
      const besideSigner = /^[\s•·●]*$/u.test(before) && /^\s*签发人\s*[:：]/u.test(after);
      if (!alone && !labelled && !bracketed && !besideHeading && !underLetterhead && !besideSigner && !afterPlanHeading) continue;
      if (!/\p{Script=Han}/u.test(text[0]!)) continue;
      return original[k]!.slice(at, at + text.length).replace(/\s+/gu, '');
    }
  }
  // A 文号 alone on its line that lost characters (`西政发〔20233`: its 〕 and 号 gone), kept as written.
  for (const [k, p] of folded.entries()) {
    if (k >= MAX_LOST_DOC_NUMBER_LINE) break;
    if (LOST_DOC_NUMBER.test(p.trim())) return original[k]!.trim();
  }
  // The number of a 公告 or 令 on the line under its heading (`某省人民代表大会公告` / `第16号`).
  for (let k = 0; k + 1 < folded.length && k < MAX_LOST_DOC_NUMBER_LINE; k++) {
    if (ORDER_HEADING.test(folded[k]!.trim()) && ORDER_NUMBER.test(folded[k + 1]!.trim())) return original[k + 1]!.trim().replace(/^[（(]|[）)]$/gu, '');
  }
  // An info bar's 文号 written without a year bracket (`文号 | 督察通报第十七期`).
  for (const [k, p] of folded.entries()) {
    const m = PLAIN_DOC_NUMBER.exec(p);
    if (m) {
      const at = m.index + m[0].length - m[1]!.length;
      return original[k]!.slice(at, at + m[1]!.length);
    }
  }
  return null;
}

/**
 * The rest of a line a 文号 opens, when it is the document's heading (`阳政办〔2019〕1号—…关于印发…的通知`,
 * `永营办发〔2021〕3号 永城市…责任分工方案`): one line, no sentence, ending in a notice's or a plan's word.
 * (The 《》 a heading quotes may stand in it; a line opening with 《 cites another paper.)
 */
function isHeadingAfterNumber(after: string): boolean {
  const rest = after.replace(/^[\s—–\-－:：]+/u, '').trim();
  if (rest.length < 6 || rest.length > 100 || rest.startsWith('《') || /[。；;，,：:]/u.test(rest)) return false;
  return NOTICE_HEADING_WHOLE.test(rest) || PLAN_WORD.test(rest.replace(/[（(][^（()）]{1,20}[）)]$/u, ''));
}

// The word ending a plan's heading, inside what the 文号 pattern took before the bracket.
const PLAN_HEADING_END_INSIDE = new RegExp(alternation(PLAN_NAME_WORDS), 'gu');

/** The index of the first line that is not a file name banner (`17.某某方案.docx`). */
function firstTextLine(folded: readonly string[]): number {
  return folded.length > 1 && FILE_NAME.test(folded[0]!.trim()) ? 1 : 0;
}

// An issuer's short name and the year's bracket, then what is left of the year and the number.
const LOST_DOC_NUMBER = /^\p{Script=Han}{2,10}[〔［\[]\s*(?:19|20)\d{2,6}\s*[〕］\]]?\s*\d{0,5}\s*号?$/u;
const MAX_LOST_DOC_NUMBER_LINE = 15;
const ORDER_HEADING = /^\p{Script=Han}{2,40}(?:公告|令)$/u;
const ORDER_NUMBER = /^[（(]?第\s*[\d一二三四五六七八九十百零〇]{1,6}\s*号[）)]?$/u;

// A 红头 letterhead (`某市人民政府办公室文件`): no 文号's issuer holds 文件.
const LETTERHEAD_INSIDE = /文件/gu;
const LETTERHEAD_END = /\p{Script=Han}{2,20}文件\s*$/u;
// A notice's own heading (`…关于…的通知`), as a line holds it beside its 文号.
const HEADING_END_INSIDE = /的(?:通知|意见|决定|批复|通报)/gu;
// The kinds of paper a notice's heading ends with (`关于…的通知`), written once for the patterns below.
const NOTICE_KINDS = ['通知', '意见', '决定', '批复', '函', '通报'];
const NOTICE_KIND = `(?:${NOTICE_KINDS.join('|')})`;
// The issuer, 关于 and the matter, up to the 的 before the kind: no sentence marks, no 《》.
const NOTICE_HEADING_HEAD = '[^。，,；;《》]{0,30}?关于[^。，,；;《》]{2,100}?的';
const NOTICE_HEADING_START = new RegExp(`^\\s*${NOTICE_HEADING_HEAD}(?:${[...NOTICE_KINDS, '方案', '办法', '规定'].join('|')})`, 'u');
const BRACKETED_AFTER_HEADING = new RegExp(`^[^。，,；;]{0,30}?关于[^。，,；;]{2,120}?的${NOTICE_KIND}\\s*[（(]\\s*$`, 'u');
const NOTICE_HEADING_END = new RegExp(`^${NOTICE_HEADING_HEAD}${NOTICE_KIND}\\s*$`, 'u');
// (The 《》 a heading quotes may stand in it, after the 文号 that opens its line.)
const NOTICE_HEADING_WHOLE = new RegExp(`^[^《》]{0,30}?关于.{2,100}的${NOTICE_KIND}$`, 'u');

const PLAIN_DOC_NUMBER = /(?:^|[|｜]\s*)(?:文\s*号|发文字号)\s*[:：]?\s*[|｜]?\s*(\p{Script=Han}[\p{Script=Han}\d]{2,14}[号期])(?=\s*(?:[|｜]|$))/u;

function findIssued(head: string[]): string | null {
  for (const p of head) {
    for (const m of p.matchAll(ISSUED_LABEL)) {
      // The value ends at the next label (`成文日期： 发布日期：2020-06-04` leaves 成文日期 empty).
      let value = p.slice(m.index + m[0].length, m.index + m[0].length + 24);
      const next = nextLabel(value);
      if (next) value = value.slice(0, next.index);
      const d = parseDate(value);
      if (d) return d;
    }
  }
  return null;
}

/** The signature date: a line that is only a date (`2017年3月1日`, `二〇一七年三月一日`, a scraped `2024327`), optionally `印发`. */
function findSignatureDate(paragraphs: string[], published: string | null): string | null {
  for (const p of paragraphs) {
    const t = p.replace(/^[（(]|[）)]$/gu, '').replace(/印发$/u, '').trim();
    if (t.length > SIGNATURE_LENGTH) continue;
    // Some of 年/月/日 lost, some kept (`2022121日` for 2022年1月21日): read as if all were lost.
    const whole = CN_DATE.exec(t)?.[0] === t;
    const digits = !whole && PARTLY_LOST_DATE.test(t) ? t.replace(/[年月日]/gu, '') : t;
    const scraped = SCRAPED_DATE.exec(digits);
    if (scraped) {
      const d = scrapedDate(digits, published);
      if (d) return d;
      continue;
    }
    const d = parseDate(t);
    if (d && (CN_DATE.exec(t)?.[0] === t || CN_NUMERAL_DATE.exec(t)?.[0] === t)) return d;
  }
  return null;
}

/**
 * The date the site published the page (`发布日期：2019-01-14`, `发布于:2019-01-14 04:42`):
 * never the issue date, but no letter is signed after it was published.
 */
const PUBLISHED = /(?:发布|发表|公开)(?:日期|时间|于)[\s:：]{0,8}(\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2})/u;

function pageDate(head: readonly string[]): string | null {
  for (const p of head) {
    const m = PUBLISHED.exec(p);
    if (m) return parseDate(m[1]!);
  }
  return null;
}

/**
 * `2024327` → 2024-03-27 where only one split of month and day is a date;
 * of two (`2019114`: 1月14日 or 11月4日), the one not after the page's
 * publication date, when only one is.
 */
function scrapedDate(t: string, published: string | null = null): string | null {
  const year = Number(t.slice(0, 4));
  const rest = t.slice(4);
  const found: string[] = [];
  for (let cut = 1; cut <= 2 && cut < rest.length; cut++) {
    const m = rest.slice(0, cut);
    const d = rest.slice(cut);
    if (d.length > 2 || d.startsWith('0') || (m.startsWith('0') && cut === 1)) continue;
    const date = iso(year, Number(m), Number(d));
    if (date) found.push(date);
  }
  if (found.length === 2 && published) {
    const before = found.filter((d) => d <= published);
    if (before.length === 1) return before[0]!;
  }
  return found.length === 1 ? found[0]! : null;
}

function parseDate(s: string): string | null {
  const m = CN_DATE.exec(s) ?? ISO_DATE.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  const n = CN_NUMERAL_DATE.exec(s);
  if (n) return iso(Number([...n[1]!].map((c) => String(cnDigit(c))).join('')), cnNumber(n[2]!), cnNumber(n[3]!));
  return null;
}

function iso(y: number, m: number, d: number): string | null {
  // Days of the month from the calendar itself (UTC: no time zone can shift it).
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth || y < 1900 || y > 2100) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function cnNumber(s: string): number {
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + cnDigit(s[1]!);
  if (s.endsWith('十')) return cnDigit(s[0]!) * 10;
  if (s.length === 3) return cnDigit(s[0]!) * 10 + cnDigit(s[2]!);
  return cnDigit(s);
}

/**
 * The plan's name: what a notice prints (`关于印发《X》的通知` → X, the first
 * of `《X》和《Y》`), else the plan's own heading. Never a section heading
 * (`一、总体要求`), an addressee line, a 文号, a banner, a table's header word,
 * or `政府工作报告` alone.
 */
// A page that opens with its file's name (`17.某某行动方案.docx`), as document-sharing sites print it.
const FILE_NAME = /^(?:\d{1,3}\s*[.、．]\s*)?([^\\/:：|]{4,80}?)\.(?:docx?|wps|pdf|odt|xlsx?)$/iu;

// The short name a letter gives the plan between its name and the verb (`《X》（以下简称《方案》）印发给你们`).
const SHORT_NAME = '(?:\\s*[（(]以下简称[^（）()]{1,20}[）)])?';
// The letter's sentence: `《X》和《Y》已经…同意，现印发给你们`.
const LETTER_TAIL = `${SHORT_NAME}[，,]?\\s*(?:(?:已经|业经|经)[^，,。]{0,30}[，,]\\s*)?(?:现)?(?:印发|转发)`;
const LETTER_SENTENCE = new RegExp(`《([^》]{2,80})》(?:(?:和|及|、)?《[^》]{2,80}》)*${LETTER_TAIL}`, 'u');
// The same with its opening 《 lost in scraping.
const LETTER_SENTENCE_CUT_OPEN = new RegExp(`^([^《》，,。]{2,80})》(?:(?:和|及|、)《[^》]{2,80}》)*${LETTER_TAIL}`, 'u');

function findTitle(folded: string[], head: string[]): string | null {
  // The file's name in the page's first line is read as the heading it names.
  const file = folded.length ? FILE_NAME.exec(folded[0]!.trim()) : null;
  if (file) {
    const at = head[0]!.indexOf(file[1]!.slice(0, 4));
    if (at >= 0) {
      folded = [file[1]!, ...folded.slice(1)];
      head = [head[0]!.slice(at, at + file[1]!.length), ...head.slice(1)];
    }
  }
  // The letter's own sentence names the plan best (`《X》和《Y》已经…同意，现印发给你们`, `业经…同意`);
  // then the notice's title (`关于印发X的通知`, where X may quote a name: `2021年省《政府工作报告》…方案`).
  const forms = [
    // The letter's sentence with its opening 《 lost in scraping.
    LETTER_SENTENCE_CUT_OPEN,
    // (The names may follow one another with no word between: `《A》《B》和《C》已经…`.)
    LETTER_SENTENCE,
    // 下达 and 公布 send a plan as 印发 does (`关于下达2022年第二批…改造计划的通知`).
    /^.{0,30}?关于(?:印发|转发|下达|公布)(.{2,80}?)的通知$/u,
    // Not in a table row or after a label: `第一季度：印发《X》` is a milestone, not this page's notice.
    // (`…印发的《X》`: X issued by someone else, cited.)
    /^[^|:：]*?(?:印发|转发)[^《|的]{0,20}《([^》]{2,80})》/u,
    // A news headline that announces the plan (`某市发布《X》——8大行动…`): short, no sentence in it.
    /^[^|:：。，,；;《]{2,20}?(?:发布|出台|印发)《([^》]{2,80})》(?:\s*[—–\-－]{1,2}[^。，,；;]*)?$/u,
    // A page that explains a plan (`《X》政策解读`) is about X.
    /^《([^》]{2,80})》(?:的)?(?:政策)?解读$/u,
  ];
  // Each line without the 文号 bracketed at its end, once for all the forms.
  const bare = folded.map((p) => (p.includes('号') ? p.replace(/\s*[（(][^（）()]{4,20}号[）)]$/u, '') : p));
  for (const form of forms) {
    for (const [k, p] of bare.entries()) {
      const m = form.exec(p);
      if (!m) continue;
      const at = m.index + m[0].indexOf(m[1]!);
      const name = cleanTitle(head[k]!.slice(at, at + m[1]!.length));
      // `落实国务院《政府工作报告》` names the report a plan carries out, not the plan.
      if (/^(?:政府工作报告|工作任务|重点任务|主要任务|具体任务)$/u.test(toSimplified(name))) continue;
      return name;
    }
  }
  // Converter pinyin between the words of the letter's sentence (`已經(jīng)…現(xiàn)印發(fā)`):
  // the forms with a 《 are matched on the text without it, and the name is cut
  // from the line as written, from the same 《 to its 》.
  for (const form of forms) {
    if (!form.source.includes('《')) continue;
    for (const [k, p] of bare.entries()) {
      const plain = withoutPinyinNoise(p);
      if (plain === p) continue;
      const m = form.exec(plain);
      if (!m) continue;
      const nth = countOf(plain.slice(0, m.index + m[0].indexOf(m[1]!)), '《');
      const name = nthBracketed(head[k]!, nth);
      if (name) return cleanTitle(name);
    }
  }
  // After the notice's own forms, a metadata table or info bar that names the file (`文件名称 | X`, `标题：X`).
  for (const [k0, p0] of folded.entries()) {
    // The label alone on its line (`标 题:`), its value on the next.
    const alone = TITLE_LABEL_ALONE.test(p0) && k0 + 1 < folded.length;
    const k = alone ? k0 + 1 : k0;
    const p = alone ? folded[k]! : p0;
    const m = alone ? VALUE_LINE.exec(p) : TITLE_LABEL.exec(p);
    if (!m) continue;
    let value = m[1]!;
    const next = nextLabel(value) ?? (/[:：]/u.test(m[0].slice(0, m[0].indexOf(m[1]!))) ? null : INFO_BAR_WORD.exec(value));
    if (next) value = value.slice(0, next.index).replace(/[\s\-–—－]+$/u, '');
    const at = m.index + m[0].indexOf(m[1]!);
    const t = cleanTitle(head[k]!.slice(at, at + value.length));
    if (t.length >= 4 && !NOT_A_TITLE.test(t)) return t;
  }
  // The plan's own heading (an attachment's name too: `附件：1. X分解表`) before
  // the heading of the notice that sends it (`…关于分解落实…的通知`).
  // A trailing bracketed period (`…行动方案（2022—2024年）`, `…推进情况（1-8月）`)
  // is part of the title; pinyin a converter inserted (`計(jì)劃`) is not read.
  for (const ending of [PLAN_WORD, REPORT_WORD, NOTICE_WORD]) {
    for (const [k, p] of folded.entries()) {
      const t = cleanTitle(p);
      // Converter pinyin (`進(jìn)一步`) makes no title longer.
      const bareLength = withoutPinyinNoise(t).length;
      if (bareLength < 4 || bareLength > 70 || /[。；]/u.test(t) || NOT_A_TITLE.test(t) || isNumbered(t)) continue;
      // A sentence with a comma (`各牵头单位要…,认真研究制定…工作计划`), or a line the page's end cut in a bracket, names no plan.
      if (/[，,]/u.test(t.replace(/《[^》]*》|“[^”]*”/gu, '')) || openBrackets(t) > 0) continue;
      if (inScrapedHeader(folded, k)) continue;
      // An info bar's line of labels (`索引号: … 信息分类: …情况`) names no plan.
      if ((t.match(INFO_LABEL) ?? []).length >= 2) continue;
      // A table's row of several cells (`序号 | 具体工作任务 | … | 落实情况`) is no heading.
      if ((t.match(/ \| /gu) ?? []).length >= 2 || /^序\s*号\s*[|｜]/u.test(t)) continue;
      if (DOC_NUMBER.exec(t)?.[0] === t) continue;
      // A page title's site name after a dash (`…的通知-某某网`) is no part of the plan's name.
      const site = SITE_SUFFIX.exec(t);
      if (site && ending.test(withoutPinyinNoise(t.slice(0, site.index)))) return cleanTitle(head[k]!.slice(0, site.index));
      if (!ending.test(withoutPinyinNoise(t).replace(/[（(][^（()）]{1,20}[）)]$/u, ''))) continue;
      if (isGluedHeader(t)) continue;
      // A heading wrapped before its connective (`《政府工作报告》2022年重点工作` / `及民生实事项目任务分解方案`).
      const before = k > 0 ? cleanTitle(folded[k - 1]!) : '';
      if (/^[及和与暨]/u.test(t) && before.length >= 2 && before.length <= 40 && !/[。；，,：:|]/u.test(before) && !isNumbered(before)) return cleanTitle(head[k - 1]! + head[k]!);
      // …or after its 的 (`关于对…检查情况的` / `整改通知`).
      if (/^关于.{2,60}的$/u.test(before) && !/[。；，,：:|]/u.test(before)) return cleanTitle(head[k - 1]! + head[k]!);
      // …or inside its 关于 phrase (`关于落实国务院《政府工作报告》` / `重点工作的任务分工`).
      if (/^关于.{2,60}$/u.test(before) && !ending.test(before) && !/[。；，,：:|]/u.test(before) && t.length <= 30) return cleanTitle(head[k - 1]! + head[k]!);
      // …or after its issuer and 关于 (`省人民政府关于` / `进一步优化营商环境的若干意见`).
      if (/^.{2,30}关于$/u.test(before) && namesIssuer(before.slice(0, -2)) && !/[。；，,：:|]/u.test(before)) return cleanTitle(head[k - 1]! + head[k]!);
      // …or inside its 关于 phrase after its issuer (`辽宁省人民政府办公厅关于落实` / `东北振兴…任务分工的通知`).
      const issuerThenAbout = /^(.{2,30}?)关于.{1,40}$/u.exec(before);
      if (issuerThenAbout && namesIssuer(issuerThenAbout[1]!) && !ending.test(before) && !/[。；，,：:|]/u.test(before) && t.length <= 40) return cleanTitle(head[k - 1]! + head[k]!);
      // …or after its issuer (`马鞍山市` / `关于进一步…的实施细则`).
      if (/^关于/u.test(t) && namesIssuer(before)) return cleanTitle(head[k - 1]! + head[k]!);
      // …or a plan named by its year alone (`2021年工作计划`) under the unit whose plan it is (`某省某某厅`).
      if (YEAR_ONLY_PLAN.test(t) && namesIssuer(before)) return cleanTitle(head[k - 1]! + head[k]!);
      return fullerHeadingBelow(folded, head, k, t) ?? cleanTitle(head[k]!);
    }
  }
  // A page flattened into one line that opens with the notice's heading and its 文号
  // (`某省人民政府 关于…的通知 某政〔2023〕5号 现将…`): the heading.
  for (const [k, p] of folded.entries()) {
    const m = FLATTENED_HEADING.exec(p);
    if (m) return cleanTitle(head[k]!.slice(0, m[1]!.length));
  }
  // Last, a document-sharing site's banner naming the file (`《X方案.docx》由会员分享，可在线阅读…`), where
  // the page printed no heading of its own on a line: the name the file has, when it names a plan.
  for (const [k, p] of folded.slice(0, SHARED_FILE_LINES).entries()) {
    const m = SHARED_FILE.exec(p);
    if (!m || !PLAN_WORD.test(withoutPinyinNoise(m[1]!))) continue;
    const at = m.index + m[0].indexOf(m[1]!);
    return cleanTitle(head[k]!.slice(at, at + m[1]!.length));
  }
  return null;
}
const SHARED_FILE = /《([^《》]{4,80}?)\.(?:docx?|wps|pdf|odt)(?:[（(][^（）()]{0,12}[）)])?》/iu;
const SHARED_FILE_LINES = 3;
const FLATTENED_HEADING = new RegExp(`^(\\s*${NOTICE_HEADING_HEAD}${NOTICE_KIND})\\s*${DOC_NUMBER.source}`, 'u');

/**
 * A page's or a file's title that shortens the plan's name (`贯彻落实《…》的任务分解方案`,
 * `潍坊政务公开工作要点实施方案.docx`) above the plan's own heading, which says it
 * whole (`石景山区贯彻落实《…》的任务分解方案`, perhaps wrapped inside its 《》;
 * `潍坊市2017年政务公开工作要点实施方案`): the heading holds every character of the
 * title in order, ends as it does, and adds a few (the issuer, the year).
 */
function fullerHeadingBelow(folded: readonly string[], head: readonly string[], k: number, title: string): string | null {
  const tail = title.slice(-TITLE_TAIL);
  for (let j = k + 1; j < folded.length; j++) {
    // Most lines hold not even the title's last words.
    if (!folded[j]!.includes(tail) && !(j + 1 < folded.length && folded[j + 1]!.includes(tail))) continue;
    const line = cleanTitle(folded[j]!);
    // Wrapped inside its 《》: the next line closes it.
    const wrapped = countOf(line, '《') > countOf(line, '》') && j + 1 < folded.length;
    const joined = wrapped ? cleanTitle(folded[j]! + folded[j + 1]!) : line;
    const extra = joined.length - title.length;
    if (extra < 2 || extra > MAX_ADDED || !joined.endsWith(tail) || isNumbered(joined) || /[。；，,：:|]/u.test(joined) || !inOrder(title, joined)) continue;
    return cleanTitle(wrapped ? head[j]! + head[j + 1]! : head[j]!);
  }
  return null;
}
const TITLE_TAIL = 4;
const MAX_ADDED = 16;

/** Every character of `short` stands in `long`, in order. */
function inOrder(short: string, long: string): boolean {
  let at = 0;
  for (const ch of short) {
    at = long.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}

/** A line that names the issuer alone (`马鞍山市`, `某省人民政府办公厅`), as a heading wrapped after it leaves it. */
function namesIssuer(line: string): boolean {
  const l = withoutPinyinNoise(line);
  return ISSUER_LINE.test(l) || isUnitName(l);
}

function countOf(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/** The text inside the `nth` 《 of a line (counted from 1) up to its 》, or null. */
function nthBracketed(line: string, nth: number): string | null {
  let at = -1;
  for (let k = 0; k < nth; k++) {
    at = line.indexOf('《', at + 1);
    if (at < 0) return null;
  }
  const close = line.indexOf('》', at);
  return close > at + 1 ? line.slice(at + 1, close) : null;
}

function isNumbered(t: string): boolean {
  // A page that spaced out its characters (`一 、 承担的…`) numbers its headings all the same.
  const bare = /\s/u.test(t) ? t.replace(/\s+/gu, '') : t;
  return NUMBERING.some(([re]) => re.test(bare));
}

const REGION_TAG = /^[（(][\p{Script=Han}]{2,8}(?:省|市|自治区|县|区|州)[）)]\s*(?=[\p{Script=Han}\d])/u;

/** `【专题】X` → X, `《X》` → X, `X（池政〔2017〕101号）` → X. */
const LEADING_DOC_NUMBER = new RegExp(`^${DOC_NUMBER.source}[\\s—–\\-－]*`, 'u');

function oneCell(t: string): string {
  return t.length > 2 && t.startsWith('|') && t.endsWith('|') && t.indexOf('|', 1) === t.length - 1 ? t.slice(1, -1).trim() : t;
}

function openBrackets(t: string): number {
  return (t.match(/[（(]/gu)?.length ?? 0) - (t.match(/[）)]/gu)?.length ?? 0);
}

function cleanTitle(t: string): string {
  // `附件：X清单` names the plan after its label.
  // A heading scraped as one cell (`| 2025年度…任务分解 |`) is that heading (tested without a regex:
  // a lazy group before `\s*\|$` backtracks quadratically on a long cell of spaces).
  let s = oneCell(t.trim()).replace(BANNER, '').replace(/^附\s*件\s*[\d一二三四五六七八九十]{0,3}\s*[:：]\s*(?:\d{1,2}\s*[.、．]\s*)?/u, '');
  // A field label before the name (`信息名称：X`, `名称: X`).
  s = s.replace(/^(?:信息|文件|公文)?名\s*[称稱]\s*[:：]\s*/u, '');
  // Converter pinyin the word before the name left (`印發(fā)絳縣…`) is no part of it.
  s = s.replace(LEADING_PINYIN, '');
  // A reposting site's tag of the region (`（湖北省）武汉市…方案`): no plan's name opens with a bracket.
  s = s.replace(REGION_TAG, '');
  if (s.startsWith('《') && s.endsWith('》') && !s.slice(1, -1).includes('《')) s = s.slice(1, -1);
  // The 文号 the heading's line opens with (`永营办发〔2021〕3号 永城市…方案`) is no part of the name.
  const leadingNumber = LEADING_DOC_NUMBER.exec(toSimplified(s));
  if (leadingNumber && s.length - leadingNumber[0].length >= 6) s = s.slice(leadingNumber[0].length);
  const bracketedNumber = new RegExp(`\\s*[（(]\\s*${DOC_NUMBER.source}\\s*[）)]$`, 'u').exec(toSimplified(s));
  if (bracketedNumber) s = s.slice(0, bracketedNumber.index);
  return s.trim();
}
