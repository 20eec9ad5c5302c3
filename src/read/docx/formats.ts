/**
 * Word's number formats (`w:numFmt`): decimal, Chinese counting and legal
 * numerals, ideograph digits, enclosed numbers, letters, Roman numerals, the
 * heavenly stems and earthly branches.
 */

const CN_DIGITS = '〇一二三四五六七八九';
const CN_LEGAL = '零壹贰叁肆伍陆柒捌玖';
const TW_LEGAL = '零壹貳參肆伍陸柒捌玖';
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** Chinese counting below 10,000: 十一, 二十, 一百零一, 一千零一十. */
function counting(n: number, digits: string, units: readonly string[], zero: string, bareTen: boolean, bareHigh: boolean): string {
  const d = [Math.floor(n / 1000) % 10, Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let out = '';
  let gap = false;
  for (let i = 0; i < 4; i++) {
    const v = d[i]!;
    if (v === 0) {
      if (out) gap = true;
      continue;
    }
    if (gap) { out += zero; gap = false; }
    const bare = v === 1 && !out && ((i === 2 && bareTen) || (i < 2 && bareHigh));
    out += (bare ? '' : digits[v]!) + units[i]!;
  }
  return out;
}

function chinese(n: number, style: 'zh' | 'ja' | 'legal' | 'legalTw'): string {
  if (n < 0 || n >= 100_000_000) return String(n);
  const digits = style === 'legal' ? CN_LEGAL : style === 'legalTw' ? TW_LEGAL : CN_DIGITS;
  const units = style === 'legal' || style === 'legalTw' ? ['仟', '佰', '拾', ''] : ['千', '百', '十', ''];
  const zero = '零';
  const bareTen = style === 'zh' || style === 'ja';
  const bareHigh = style === 'ja';
  if (n === 0) return style === 'zh' || style === 'ja' ? '〇' : '零';
  if (n < 10_000) return counting(n, digits, units, zero, bareTen, bareHigh);
  const high = Math.floor(n / 10_000);
  const low = n % 10_000;
  const wan = style === 'legalTw' ? '萬' : '万';
  let out = counting(high, digits, units, zero, bareTen, bareHigh) + wan;
  if (low) out += (low < 1000 ? zero : '') + counting(low, digits, units, zero, false, false);
  return out;
}

function ideographDigits(n: number): string {
  return String(n).replace(/\d/g, (c) => CN_DIGITS[Number(c)]!);
}

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

/** Word's letters: A…Z, then AA, BB…, then AAA. */
function letters(n: number): string {
  if (n < 1) return String(n);
  const c = String.fromCharCode(65 + ((n - 1) % 26));
  return c.repeat(Math.min(Math.ceil(n / 26), 50));
}

function circled(n: number): string {
  if (n === 0) return '⓪';
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return String(n);
}

function inRange(n: number, max: number, base: number): string {
  return n >= 1 && n <= max ? String.fromCodePoint(base + n - 1) : String(n);
}

function ordinal(n: number): string {
  const t = n % 100;
  const s = t >= 11 && t <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${s}`;
}

/** `n` in the `w:numFmt` format `fmt`; unknown formats fall back to decimal. */
export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'none':
    case 'bullet':
      return '';
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (c) => String.fromCharCode(0xff10 + Number(c)));
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chinese(n, 'zh');
    case 'japaneseCounting':
      return chinese(n, 'ja');
    case 'chineseLegalSimplified':
      return chinese(n, 'legal');
    case 'ideographLegalTraditional':
    case 'japaneseLegal':
      return chinese(n, 'legalTw');
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return ideographDigits(n);
    case 'ideographTraditional':
      return n >= 1 ? STEMS[(n - 1) % 10]! : String(n);
    case 'ideographZodiac':
    case 'ideographZodiacTraditional':
      return n >= 1 ? BRANCHES[(n - 1) % 12]! : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return circled(n);
    case 'decimalEnclosedFullstop':
      return inRange(n, 20, 0x2488);
    case 'decimalEnclosedParen':
      return inRange(n, 20, 0x2474);
    case 'ideographEnclosedCircle':
      return inRange(n, 10, 0x3280);
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'ordinal':
      return ordinal(n);
    case 'hex':
      return n.toString(16).toUpperCase();
  }
  if (fmt.startsWith('custom:')) {
    // Word 2010's custom formats: only the zero-padded decimals (`001, 002, …`) are common.
    const pad = /^0+1\b/.exec(fmt.slice(7))?.[0].length ?? 1;
    return String(n).padStart(pad, '0');
  }
  return String(n);
}

// ---- XML parts --------------------------------------------------------------
