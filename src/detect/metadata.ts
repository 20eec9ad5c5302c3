/**
 * Document metadata: the plan's title, its 文号 and issue date, and the year
 * that phrases without one (`年底前`, `6月底前`) take.
 */
import type { Block } from '../model/document.js';
import { foldSpaces } from '../model/text.js';
import { toSimplified } from '../model/traditional.js';

export interface DocumentMeta {
  title: string | null;
  docNumber: string | null;
  issued: string | null;
  /** The document's own year: the plan year of the title, else the issue year. */
  year: number | null;
}

const HEAD_BLOCKS = 40;
const DOC_NUMBER = /[\p{Script=Han}]{1,16}\s*[〔［\[【（(]\s*(\d{4})\s*[〕］\]】）)]\s*(\d{1,5})\s*号/u;
const LABEL = /^(?:[•·●\-*]\s*)?(?:文\s*号|发文字号|发文日期|成文日期|发布日期|发布时间|印发日期|日\s*期)\s*[:：]\s*/u;
const ISO_DATE = /(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})/u;
const CN_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
const CN_NUMERAL_DATE = /([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/u;
const PLAN_WORD = /(?:规划|方案|意见|计划|要点|办法|细则|决定|清单|一览表|分工|任务|通知|安排|行动|台账|纲要|规定|措施)$/u;

export function readMeta(blocks: readonly Block[]): DocumentMeta {
  // Matching runs on the Simplified form (`發文日期`, `關於印發`); the
  // characters map one for one, so what is returned is cut from the original.
  const paragraphs: string[] = [];
  for (const b of blocks) if (b.kind === 'paragraph') paragraphs.push(foldSpaces(b.text));
  const head = paragraphs.slice(0, HEAD_BLOCKS);
  const folded = head.map(toSimplified);
  const docNumber = findDocNumber(folded, head);
  const issued = findIssued(folded) ?? findSignatureDate(paragraphs.map(toSimplified));
  const title = findTitle(folded, head);
  const titleYear = title ? /((?:19|20)\d{2})\s*年/u.exec(title)?.[1] : undefined;
  const year = titleYear ? Number(titleYear) : issued ? Number(issued.slice(0, 4)) : docNumber ? yearOfDocNumber(docNumber) : null;
  return { title, docNumber, issued, year };
}

/** The year in a 文号 (`鄂政發〔2018〕26號` → 2018), matched on its Simplified form. */
function yearOfDocNumber(docNumber: string): number | null {
  const m = DOC_NUMBER.exec(toSimplified(docNumber));
  return m ? Number(m[1]) : null;
}

/** A 文号 stands alone on its line (or after a `文号:` label), never inside a sentence that cites another file. */
function findDocNumber(folded: string[], original: string[]): string | null {
  for (const [k, p] of folded.entries()) {
    const label = LABEL.exec(p)?.[0].length ?? 0;
    const line = p.slice(label);
    const m = DOC_NUMBER.exec(line);
    if (!m) continue;
    const rest = line.replace(m[0], '').replace(/[\s•·●]/gu, '');
    if (rest.length <= 2) return original[k]!.slice(label + m.index, label + m.index + m[0].length).replace(/\s+/gu, '');
  }
  return null;
}

function findIssued(head: string[]): string | null {
  for (const p of head) {
    if (!LABEL.test(p) || /文\s*号/u.test(p)) continue;
    const d = parseDate(p.replace(LABEL, ''));
    if (d) return d;
  }
  return null;
}

/** The signature date: a line that is only a date (`2017年3月1日`, `二〇一七年三月一日`), optionally `印发`. */
function findSignatureDate(paragraphs: string[]): string | null {
  for (const p of paragraphs) {
    const t = p.replace(/^[（(]|[）)]$/gu, '').replace(/印发$/u, '').trim();
    if (t.length > 16) continue;
    const d = parseDate(t);
    if (d && (CN_DATE.exec(t)?.[0] === t || CN_NUMERAL_DATE.exec(t)?.[0] === t)) return d;
  }
  return null;
}

function parseDate(s: string): string | null {
  const m = CN_DATE.exec(s) ?? ISO_DATE.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  const n = CN_NUMERAL_DATE.exec(s);
  if (n) return iso(Number([...n[1]!].map(digit).join('')), cnNumber(n[2]!), cnNumber(n[3]!));
  return null;
}

function iso(y: number, m: number, d: number): string | null {
  // Days of the month from the calendar itself (UTC: no time zone can shift it).
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth || y < 1900 || y > 2100) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DIGITS = '〇一二三四五六七八九';
function digit(c: string): string {
  if (c === '○' || c === '零') return '0';
  return String(DIGITS.indexOf(c));
}
function cnNumber(s: string): number {
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + DIGITS.indexOf(s[1]!);
  if (s.endsWith('十')) return DIGITS.indexOf(s[0]!) * 10;
  if (s.length === 3) return DIGITS.indexOf(s[0]!) * 10 + DIGITS.indexOf(s[2]!);
  return DIGITS.indexOf(s);
}

/** The plan's name: what a notice prints (`关于印发《X》的通知` → X), else the first title-like line. */
function findTitle(folded: string[], head: string[]): string | null {
  for (const [k, p] of folded.entries()) {
    // `关于印发《X》的通知`, `现将《X》印发给你们`, `关于印发X的通知`.
    const m = /(?:印发|转发)[^《]{0,20}《([^》]{2,80})》/u.exec(p) ?? /《([^》]{2,80})》(?:已经[^，,。]{0,30}[，,]\s*)?(?:现)?(?:印发|转发)/u.exec(p) ?? /^关于(?:印发|转发)(.{2,80}?)的通知$/u.exec(p);
    if (m) {
      const at = m.index + m[0].indexOf(m[1]!);
      return head[k]!.slice(at, at + m[1]!.length);
    }
  }
  // A trailing bracketed period (`…行动方案（2022—2024年）`) is part of the title.
  const titled = head.findIndex((p, k) => p.length >= 4 && p.length <= 70 && PLAN_WORD.test(folded[k]!.replace(/[（(][^（()）]{1,20}[）)]$/u, '')) && !/[。；]/u.test(p));
  if (titled >= 0) return head[titled]!;
  return head.find((p) => p.length >= 4 && p.length <= 60 && !/^附\s*件\s*\d*$/u.test(p)) ?? null;
}
