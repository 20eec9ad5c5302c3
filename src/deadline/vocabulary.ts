import type { Every } from '../model/records.js';

/**
 * Frequencies. `季度开展` (no 每) is how one table writes "quarterly";
 * `每度末` (a typo) matches nothing and stays unspecified rather than guessed.
 */
const FREQUENCY = /每个?(?:半年|年|季度?|月|周|星期|天|日)|按季度?|季度(?:开展|进行|调度|报送|通报)/;

/** Work without an end date: `长期坚持`, `持续推进`, `常态化`, `工作中落实`, `并滚动更新`. */
export const ONGOING_WORDS = /长期|持续|常态|日常|工作中|适时|滚动|长效|经常|随时|坚持|动态/;

export interface Frequency {
  every: Every;
  index: number;
}

export function frequencyOf(text: string): Frequency | null {
  const m = FREQUENCY.exec(text);
  if (!m) return null;
  const word = m[0];
  let every: Every;
  if (word.includes('半年')) every = 'half';
  else if (word.includes('季')) every = 'quarter';
  else if (word.includes('月')) every = 'month';
  else if (word.includes('周') || word.includes('星期')) every = 'week';
  else if (word.includes('天') || word.includes('日')) every = 'day';
  else every = 'year';
  return { every, index: m.index };
}

/**
 * A date anchored on an event (`2024年春节前`, `2023年汛前`) is due at the
 * event, whose day the text does not give: it is unspecified, never the
 * year's end.
 */
export const EVENT_AFTER = /^(?:的)?(?:春节|元旦|国庆|中秋|端午|清明|五一|劳动节|汛期|汛前|主汛期|入汛|开学|秋季学期|春季学期|两会|年会)/;

export function anchoredOnEvent(folded: string, result: { index: number; text: string }): boolean {
  return EVENT_AFTER.test(folded.slice(result.index + result.text.length, result.index + result.text.length + 6));
}
