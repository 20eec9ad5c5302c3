/** Chinese numerals as they occur in dates: 〇/零…九 digits and 十 compounds (十二, 二十一). */

const DIGIT: Readonly<Record<string, number>> = {
  '〇': 0, '零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4,
  '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};

/** `十二` → 12, `二十一` → 21, `6` → 6; NaN when the text is not a number. */
export function toInt(text: string): number {
  if (/^\d+$/.test(text)) return Number.parseInt(text, 10);
  let total = 0;
  let current = 0;
  for (const ch of text) {
    if (ch === '十') {
      total += (current === 0 ? 1 : current) * 10;
      current = 0;
    } else if (ch in DIGIT) {
      current = DIGIT[ch]!;
    } else {
      return Number.NaN;
    }
  }
  return total + current;
}

/** A year written digit by digit (`2020`, `二〇二〇`). */
export function toYear(text: string): number {
  if (/^\d{4}$/.test(text)) return Number.parseInt(text, 10);
  let digits = '';
  for (const ch of text) {
    const d = DIGIT[ch];
    if (d === undefined) return Number.NaN;
    digits += String(d);
  }
  return digits.length === 4 ? Number.parseInt(digits, 10) : Number.NaN;
}
