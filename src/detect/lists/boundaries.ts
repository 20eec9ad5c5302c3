/**
 * Lines that end one plan and start another inside the same file: an
 * attachment marker (`附件3`, `附件：1. …清单`) or a plan title
 * (`…专项实施方案`). Headings never carry over such a line.
 */

// Bounded repetitions only: the line may be hostile.
const ANNEX = /^附\s{0,3}件\s{0,3}[\d一二三四五六七八九十]{0,3}(?:[\s:：].*)?$/u;
const TITLE_WORD = /(?:方案|规划|規劃|计划|計劃|要点|要點|意见|意見|办法|辦法|细则|細則|通知|决定|決定)$/u;
const TITLE_NOTE = /[（(][^（）()]{1,8}[）)]$/u;
const SENTENCE_MARK = /[。，；：,;:！？!?]/u;
const MAX_TITLE = 60;

export function isAnnexMarker(text: string): boolean {
  return ANNEX.test(text);
}

/** A short unnumbered line that names a plan (`城市管理安全整治三年行动专项实施方案`). */
export function isPlanTitle(text: string): boolean {
  if (text.length > MAX_TITLE || SENTENCE_MARK.test(text)) return false;
  return TITLE_WORD.test(text.replace(TITLE_NOTE, ''));
}

/** A heading as it appears in a path: up to and including its first 。, else whole. */
export function pathText(line: string): string {
  const stop = line.indexOf('。');
  return stop < 0 ? line : line.slice(0, stop + 1);
}
