/**
 * One name per unit: `区安监局`, `安监局` and `高淳区安全生产监督管理局` are
 * the same office, and after the 2018 reform it is `应急管理局`.
 *
 * A name is matched in a folded form (Simplified through opencc-js, NFKC,
 * pinyin glosses and spaces removed), its place prefix taken apart (`区`,
 * `县`, `高淳区`, `南京市高淳区`, `区直`), bracketed annotations dropped
 * (`区环境与国土资源局（环保）` is the bureau), then looked up in the alias
 * table (`aliases.json`, extended with `--units FILE`). The name as written is
 * never changed; the canonical name sits beside it.
 */
import SHIPPED from './aliases.json' with { type: 'json' };
import { openccSimplified } from './opencc.js';

/** A responsible unit: the name as written, and the name it is counted under. */
export interface UnitName {
  /** As written in the document (the string in `leads`/`partners`). */
  name: string;
  /** The unit without its place, abbreviations and old names folded (`应急管理局`). */
  canonical: string;
  /** The place prefix taken off (`区`, `县`, `高淳区`, `区直`), Simplified; null when none. */
  prefix: string | null;
}

export interface AliasEntry {
  canonical: string;
  aliases: string[];
  note?: string;
}

export interface AliasTable {
  version?: number;
  units: AliasEntry[];
}

export const SHIPPED_ALIASES: AliasTable = SHIPPED as AliasTable;

// Administrative levels a prefix can end with. Towns (乡, 镇) and villages
// are not taken apart when named: within one plan `张坂镇政府` and
// `洛阳镇政府` are different units, while its `区财政局` and `财政局` are one.
const NAMED_LEVEL = '(?:省|自治区|自治州|自治县|地区|市|州|盟|县|新区|区|旗)';
// A named place is a few Han characters that are no unit themselves.
const NAMED_PLACE = new RegExp(`^([\\p{Script=Han}]{2,7}?${NAMED_LEVEL})`, 'u');
const UNIT_CHARS = /[局委办部厅院所队站会司处科股团社校馆园港]|中心/u;
// A named place ending like these is a zone or a common word, and the zone
// is part of the unit (`医药高新区管委会`, `王家河工业园区管委会`).
const NOT_A_PLACE_END = /(?:高新|经开|开发|工业|产业|保税|自贸|试验|示范|物流|旅游|风景|城|都|超|门|集|夜|股|楼|园|景|港|社|小|校|矿|林|街|片|辖|灾|库|厂|营|牧|山|居|湾)$/u;
const LEVEL_ONLY = /^(省|市|州|县|区|乡|镇)(直|级|属)?/u;
// Level characters that begin a word rather than a prefix: 市场, 市政, 区域, 乡镇…
const WORD_AFTER_LEVEL: Record<string, string> = {
  省: '市会内外',
  市: '场政容民区县州辖内外',
  州: '县市',
  县: '域区市乡城内',
  区: '域划县镇乡内外块',
  乡: '镇村土',
  镇: '街村办区',
};
// Bodies of a level as a whole: their level is part of what they are
// (`区政府` and `镇政府` are not one unit), so it stays in the canonical name.
const LEVEL_BODIES = new Set(['政府', '党委', '人大', '人大常委会', '政协', '纪委', '纪委监委', '监委', '党工委', '管委会', '党委和政府', '党委政府']);
const PINYIN_GLOSS = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń]{1,12}\)/giu;
const ROLE_TAIL = /等(?:有关|相关|其他)?(?:部门|单位)?(?:参加|参与|配合|协助)?$|(?:参加|参与)$/u;

export class UnitNamer {
  private readonly alias = new Map<string, string>();
  private readonly cache = new Map<string, UnitName>();

  /** Tables later in the list win where two name the same alias. */
  constructor(tables: readonly AliasTable[] = [SHIPPED_ALIASES]) {
    for (const table of tables) {
      for (const entry of table.units) {
        const target = fold(entry.canonical);
        this.alias.set(target, entry.canonical);
        for (const a of entry.aliases) this.alias.set(stripAnnotations(fold(a)), entry.canonical);
      }
    }
  }

  /** The unit record of one name as written. */
  name(name: string): UnitName {
    let unit = this.cache.get(name);
    if (!unit) this.cache.set(name, (unit = this.compute(name)));
    return unit;
  }

  names(names: readonly string[]): UnitName[] {
    return names.map((n) => this.name(n));
  }

  private compute(name: string): UnitName {
    let core = stripAnnotations(fold(name));
    const stripped = core.replace(ROLE_TAIL, '');
    if (stripped) core = stripped;
    if (!core) return { name, canonical: name.trim(), prefix: null };
    // A whole name found in the table is never taken apart (`市场监督管理局`).
    const whole = this.alias.get(core);
    if (whole) return { name, canonical: whole, prefix: null };

    const { prefix, rest, level } = splitPrefix(core);
    core = rest.replace(/^各/u, '').replace(/^有关/u, '相关').replace(/人民政府/gu, '政府');
    // `区委宣传部`: after the place, 委 is the place's party committee.
    if (prefix && core.startsWith('委')) core = `党${core}`;
    if (!core) core = rest;
    let canonical = this.alias.get(core) ?? core;
    if (level && LEVEL_BODIES.has(canonical)) canonical = canonical === '党委' ? `${level}委` : `${level}${canonical}`;
    return { name, canonical, prefix };
  }
}

/** Simplified, NFKC (full-width brackets and letters to ASCII), no pinyin glosses, no spaces. */
export function fold(text: string): string {
  return openccSimplified(text).normalize('NFKC').replace(PINYIN_GLOSS, '').replace(/\s+/gu, '');
}

/** Drop bracketed annotations (`（住建、交通）`), an unclosed one to the end, stray closers, a leading 各. */
function stripAnnotations(s: string): string {
  let out = s.replace(/[【\[〔]/gu, '(').replace(/[】\]〕]/gu, ')');
  for (let prev = ''; prev !== out;) {
    prev = out;
    out = out.replace(/\([^()]*\)/gu, '');
  }
  out = out.replace(/\([^)]*$/u, '').replace(/[()]/gu, '');
  return out.replace(/^各/u, '');
}

/** Take the place prefix off: named places (`南京市高淳区`), then a bare level (`区`, `区直`). */
function splitPrefix(s: string): { prefix: string | null; rest: string; level: string | null } {
  let prefix = '';
  let rest = s;
  let level: string | null = null;
  for (;;) {
    const m = NAMED_PLACE.exec(rest);
    if (!m) break;
    const place = m[1]!;
    const after = rest.slice(place.length);
    const body = place.replace(new RegExp(`${NAMED_LEVEL}$`, 'u'), '');
    const levelChar = place.slice(body.length);
    if (!after || UNIT_CHARS.test(body) || NOT_A_PLACE_END.test(body) || NOT_A_PLACE_END.test(place.slice(0, -1)) || continuesWord(levelChar.slice(-1), after)) break;
    prefix += place;
    level = levelChar.slice(-1);
    rest = after;
  }
  const m = LEVEL_ONLY.exec(rest);
  if (m) {
    const after = rest.slice(m[0].length);
    if (after && !(m[2] === undefined && continuesWord(m[1]!, after))) {
      prefix += m[0];
      level = m[2] ? null : m[1]!;
      rest = after;
    }
  }
  return { prefix: prefix || null, rest, level };
}

/**
 * Whether the level character starts a word with what follows: `市场`, `乡镇`,
 * and lists of levels (`县区`, `区县市`) — but `县市场…` is 县 + 市场, the next
 * level character starting a word of its own.
 */
function continuesWord(levelChar: string, after: string): boolean {
  const next = after[0];
  if (!next || !(WORD_AFTER_LEVEL[levelChar] ?? '').includes(next)) return false;
  const then = after[1];
  const ownWord = next in WORD_AFTER_LEVEL && then !== undefined && !(then in WORD_AFTER_LEVEL) && WORD_AFTER_LEVEL[next]!.includes(then);
  return !ownWord;
}
