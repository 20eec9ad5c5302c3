/**
 * Automatic list numbering of a .docx: Word keeps the `一、` / `（一）` / `1.`
 * of a numbered paragraph out of its text (`w:numPr` on the paragraph, or on
 * its paragraph style), so the reader renders the numbers itself from
 * `word/numbering.xml` and `word/styles.xml`.
 *
 * What is modelled:
 *  - `w:num` → `w:abstractNumId`, with `w:lvlOverride` (`w:startOverride`,
 *    and a whole `w:lvl` replacing the abstract one);
 *  - `w:abstractNum` levels: `w:start`, `w:numFmt` (the decimal, Chinese,
 *    ideograph, enclosed, letter and Roman formats; `bullet` gives no number;
 *    `none` an empty one), `w:lvlText` with `%1`…`%9`, `w:lvlRestart`,
 *    `w:isLgl`, `w:suff`, a hidden number (`w:rPr/w:vanish`);
 *  - `w:numStyleLink` → numbering style → its `w:num` (a list style);
 *  - paragraph styles carrying `w:numPr`, followed along `w:basedOn`, and a
 *    level tied to a style by its `w:pStyle` when the style names no level.
 *
 * Counters are kept per abstract numbering, as Word does: every `w:num` over
 * the same definition counts on the same sequence, and a `w:num` carrying
 * `w:startOverride`s restarts those levels where it is first used (Word's
 * "restart numbering"; the lists after it count on from there). A level
 * restarts when a shallower level is used (or the one `w:lvlRestart`
 * names); a level not used yet shows as its start minus one (Word's `0.1`).
 */
import type { Warning } from '../../model/diagnostics.js';
import { SaxesParser, type SaxesTagPlain } from 'saxes';

const MAIN_NS = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

const MAX_LEVELS = 9;

export type Suffix = 'tab' | 'space' | 'nothing';

export interface Level {
  start: number;
  /** `w:numFmt` value; `custom:<format>` for a custom format. */
  fmt: string;
  /** `w:lvlText`, '' when absent. */
  text: string;
  /** `w:lvlRestart` (1-based level; 0 = never), null when absent. */
  restart: number | null;
  legal: boolean;
  suff: Suffix;
  /** Paragraph style tied to this level (`w:pStyle`). */
  pStyle: string | null;
  /** The number is hidden (`w:rPr/w:vanish`). */
  hidden: boolean;
}

export interface AbstractNum {
  levels: Map<number, Level>;
  /** `w:numStyleLink`: the definition lives in the list named by this numbering style. */
  numStyleLink: string | null;
}

export interface NumInstance {
  abstractId: string;
  /** `w:lvlOverride/w:startOverride` by level. */
  starts: Map<number, number>;
  /** `w:lvlOverride/w:lvl` by level. */
  levels: Map<number, Level>;
}

export interface NumberingDefinitions {
  abstracts: Map<string, AbstractNum>;
  nums: Map<string, NumInstance>;
}

export interface StyleDef {
  type: string;
  basedOn: string | null;
  numId: string | null;
  ilvl: number | null;
}

export interface StyleSheet {
  styles: Map<string, StyleDef>;
  /** The default paragraph style (`w:default="1"`), applied when a paragraph names none. */
  defaultParagraph: string | null;
}

/** A paragraph's own numbering properties, as read from its `w:pPr`. */
export interface ParagraphNumbering {
  pStyle: string | null;
  numId: string | null;
  ilvl: number | null;
}

/** A rendered number and what follows it. */
export interface RenderedNumber {
  text: string;
  suff: Suffix;
}

// ---- number formats -------------------------------------------------------

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

type Attr = (name: string) => string | undefined;

/**
 * Walks a small WordprocessingML part: `open`/`close` get the local name of
 * each main-namespace element and the local names of its open ancestors
 * (other namespaces are transparent). Throws on malformed XML.
 */
function walk(xml: string, open: (name: string, attr: Attr, stack: readonly string[]) => void, close?: (name: string, stack: readonly string[]) => void): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let prefix: string | null = null;
  const stack: string[] = [];
  const local = (q: string): string => {
    if (prefix === null) return '';
    if (prefix === '') return q.includes(':') ? '' : q;
    return q.startsWith(prefix) ? q.slice(prefix.length) : '';
  };
  let error: unknown = null;
  parser.on('error', (e) => { error ??= e; });
  parser.on('opentag', (t: SaxesTagPlain) => {
    if (prefix === null) {
      for (const [k, v] of Object.entries(t.attributes)) {
        if (typeof v === 'string' && MAIN_NS.has(v) && (k === 'xmlns' || k.startsWith('xmlns:'))) prefix = k === 'xmlns' ? '' : `${k.slice(6)}:`;
      }
      prefix ??= 'w:';
    }
    const name = local(t.name);
    const attr: Attr = (a) => {
      const v = t.attributes[`${prefix}${a}`] ?? t.attributes[a];
      return typeof v === 'string' ? v : undefined;
    };
    if (name) open(name, attr, stack);
    stack.push(name);
  });
  parser.on('closetag', () => {
    const name = stack.pop() ?? '';
    if (name) close?.(name, stack);
  });
  parser.write(xml);
  if (error) throw error;
  parser.close();
  if (error) throw error;
  if (prefix === null) throw new Error('no root element');
}

function int(v: string | undefined): number | null {
  if (v === undefined) return null;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : null;
}

function level(v: string | undefined): number | null {
  const n = int(v);
  return n !== null && n >= 0 && n < MAX_LEVELS ? n : null;
}

const on = (v: string | undefined) => v === undefined || !/^(?:0|false|off)$/i.test(v);

function newLevel(): Level {
  return { start: 1, fmt: 'decimal', text: '', restart: null, legal: false, suff: 'tab', pStyle: null, hidden: false };
}

/** `word/numbering.xml` → definitions. Throws on malformed XML. */
export function parseNumberingXml(xml: string): NumberingDefinitions {
  const abstracts = new Map<string, AbstractNum>();
  const nums = new Map<string, NumInstance>();
  let abs: AbstractNum | null = null;
  let num: NumInstance | null = null;
  let overrideLevel: number | null = null;
  let lvl: { ilvl: number; def: Level; plainFmt: boolean } | null = null;

  walk(xml, (name, attr, stack) => {
    const parent = stack[stack.length - 1];
    switch (name) {
      case 'abstractNum': {
        const id = attr('abstractNumId');
        abs = { levels: new Map(), numStyleLink: null };
        if (id !== undefined && !abstracts.has(id)) abstracts.set(id, abs);
        break;
      }
      case 'num': {
        const id = attr('numId');
        num = { abstractId: '', starts: new Map(), levels: new Map() };
        if (id !== undefined && !nums.has(id)) nums.set(id, num);
        break;
      }
      case 'numStyleLink':
        if (abs && parent === 'abstractNum') abs.numStyleLink = attr('val') ?? null;
        break;
      case 'abstractNumId':
        if (num && parent === 'num') num.abstractId = attr('val') ?? '';
        break;
      case 'lvlOverride':
        overrideLevel = level(attr('ilvl'));
        break;
      case 'startOverride': {
        const v = int(attr('val'));
        if (num && overrideLevel !== null && v !== null) num.starts.set(overrideLevel, v);
        break;
      }
      case 'lvl': {
        const ilvl = level(attr('ilvl'));
        lvl = ilvl === null ? null : { ilvl, def: newLevel(), plainFmt: false };
        if (lvl && parent === 'lvlOverride' && overrideLevel !== null) lvl.ilvl = overrideLevel;
        break;
      }
    }
    if (!lvl) return;
    const def = lvl.def;
    switch (name) {
      case 'start': {
        const v = int(attr('val'));
        if (v !== null && v >= 0) def.start = v;
        break;
      }
      case 'numFmt': {
        const v = attr('val') ?? 'decimal';
        // `mc:Choice` carries `custom` with w:format, `mc:Fallback` the plain format:
        // a plain format always wins over a custom one.
        if (v === 'custom') {
          if (!lvl.plainFmt) def.fmt = `custom:${attr('format') ?? ''}`;
        } else {
          def.fmt = v;
          lvl.plainFmt = true;
        }
        break;
      }
      case 'lvlText':
        def.text = attr('val') ?? '';
        break;
      case 'lvlRestart':
        def.restart = int(attr('val'));
        break;
      case 'isLgl':
        def.legal = on(attr('val'));
        break;
      case 'suff': {
        const v = attr('val');
        def.suff = v === 'space' || v === 'nothing' ? v : 'tab';
        break;
      }
      case 'pStyle':
        if (parent === 'lvl') def.pStyle = attr('val') ?? null;
        break;
      case 'vanish':
        if (stack.includes('rPr')) def.hidden = on(attr('val'));
        break;
    }
  }, (name, stack) => {
    const parent = stack[stack.length - 1];
    switch (name) {
      case 'lvl':
        if (lvl) {
          if (parent === 'abstractNum' && abs && !abs.levels.has(lvl.ilvl)) abs.levels.set(lvl.ilvl, lvl.def);
          else if (parent === 'lvlOverride' && num) num.levels.set(lvl.ilvl, lvl.def);
        }
        lvl = null;
        break;
      case 'lvlOverride':
        overrideLevel = null;
        break;
      case 'abstractNum':
        abs = null;
        break;
      case 'num':
        num = null;
        break;
    }
  });
  return { abstracts, nums };
}

/** `word/styles.xml` → the numbering each style carries. Throws on malformed XML. */
export function parseStylesXml(xml: string): StyleSheet {
  const styles = new Map<string, StyleDef>();
  let defaultParagraph: string | null = null;
  let cur: StyleDef | null = null;
  walk(xml, (name, attr, stack) => {
    const parent = stack[stack.length - 1];
    if (name === 'style') {
      const id = attr('styleId');
      const type = attr('type') ?? 'paragraph';
      cur = { type, basedOn: null, numId: null, ilvl: null };
      if (id !== undefined && !styles.has(id)) {
        styles.set(id, cur);
        if (type === 'paragraph' && on(attr('default')) && attr('default') !== undefined && defaultParagraph === null) defaultParagraph = id;
      }
      return;
    }
    if (!cur) return;
    if (name === 'basedOn' && parent === 'style') cur.basedOn = attr('val') ?? null;
    // Only the style's own w:pPr (not a table style's conditional w:tblStylePr).
    const inOwnPPr = stack.length >= 3 && stack[stack.length - 1] === 'numPr' && stack[stack.length - 2] === 'pPr' && stack[stack.length - 3] === 'style';
    if (!inOwnPPr) return;
    if (name === 'numId') cur.numId = attr('val') ?? null;
    if (name === 'ilvl') cur.ilvl = level(attr('val'));
  }, (name) => {
    if (name === 'style') cur = null;
  });
  return { styles, defaultParagraph };
}

// ---- counting -------------------------------------------------------------

interface Resolved {
  /** The abstract numbering whose counters the list uses. */
  key: string;
  num: NumInstance;
  abs: AbstractNum;
}

/** Renders the number of each numbered paragraph, in document order. */
export class ListNumberer {
  private readonly counters = new Map<string, { counts: (number | undefined)[]; pending: (number | undefined)[] }>();
  /** numIds already used (their start overrides are spent). */
  private readonly entered = new Set<string>();
  private readonly styleCache = new Map<string, { numId: string | null; ilvl: number | null; chain: string[] }>();
  private readonly resolved = new Map<string, Resolved | null>();

  constructor(
    private readonly defs: NumberingDefinitions,
    private readonly sheet: StyleSheet | null = null,
  ) {}

  /**
   * The number of the next paragraph with these properties, or null when it
   * has none (no numbering, `numId` 0, a bullet, a hidden number). Every
   * numbered paragraph must be passed, in order: it advances the counters.
   */
  next(p: ParagraphNumbering): RenderedNumber | null {
    const style = this.fromStyle(p.pStyle ?? this.sheet?.defaultParagraph ?? null);
    const numId = p.numId ?? style.numId;
    if (numId === null || numId === '0') return null;
    const r = this.resolve(numId);
    if (!r) return null;
    let ilvl = p.ilvl ?? style.ilvl;
    if (ilvl === null && p.numId === null) {
      // A style that names its list but no level: the level tied to the style.
      for (const [k, def] of r.abs.levels) {
        if (def.pStyle !== null && style.chain.includes(def.pStyle)) { ilvl = k; break; }
      }
    }
    ilvl ??= 0;
    const def = this.level(r, ilvl);
    if (!def) return null;

    let state = this.counters.get(r.key);
    if (!state) this.counters.set(r.key, (state = { counts: [], pending: [] }));
    const { counts, pending } = state;
    if (!this.entered.has(numId)) {
      this.entered.add(numId);
      for (const [l, v] of r.num.starts) {
        counts[l] = undefined;
        pending[l] = v;
      }
    }
    const cur = counts[ilvl];
    counts[ilvl] = cur === undefined ? (pending[ilvl] ?? def.start) : cur + 1;
    pending[ilvl] = undefined;
    for (let d = ilvl + 1; d < MAX_LEVELS; d++) {
      const restart = this.level(r, d)?.restart ?? null;
      // w:lvlRestart is 1-based: restart when that level or a shallower one is used; 0 = never.
      if (restart === 0) continue;
      if (restart === null || restart > d || ilvl < restart) counts[d] = undefined;
    }
    if (def.fmt === 'bullet' || def.hidden) return null;

    const text = def.text.replace(/%([1-9])/g, (_m, k: string) => {
      const l = Number(k) - 1;
      const ldef = this.level(r, l);
      const v = counts[l] ?? Math.max(0, (pending[l] ?? ldef?.start ?? 1) - 1);
      const fmt = ldef?.fmt ?? 'decimal';
      if (fmt === 'bullet') return '';
      return formatNumber(v, def.legal && fmt !== 'none' ? 'decimal' : fmt);
    });
    return { text, suff: def.suff };
  }

  private level(r: Resolved, ilvl: number): Level | undefined {
    return r.num.levels.get(ilvl) ?? r.abs.levels.get(ilvl);
  }

  /** numId → its definition, following `w:numStyleLink` to the list style's own list. */
  private resolve(numId: string): Resolved | null {
    const hit = this.resolved.get(numId);
    if (hit !== undefined) return hit;
    let out: Resolved | null = null;
    const num = this.defs.nums.get(numId);
    if (num) {
      let absId = num.abstractId;
      let abs = this.defs.abstracts.get(absId);
      for (let hop = 0; abs?.numStyleLink && hop < 5; hop++) {
        const linked = this.sheet?.styles.get(abs.numStyleLink)?.numId;
        const target = linked ? this.defs.nums.get(linked) : undefined;
        const next = target ? this.defs.abstracts.get(target.abstractId) : undefined;
        if (!target || !next || next === abs) break;
        absId = target.abstractId;
        abs = next;
      }
      if (abs) out = { key: absId, num, abs };
    }
    this.resolved.set(numId, out);
    return out;
  }

  /** The numbering a paragraph style gives, along its `w:basedOn` chain. */
  private fromStyle(id: string | null): { numId: string | null; ilvl: number | null; chain: string[] } {
    if (id === null || !this.sheet) return { numId: null, ilvl: null, chain: [] };
    const hit = this.styleCache.get(id);
    if (hit) return hit;
    let numId: string | null = null;
    let ilvl: number | null = null;
    const chain: string[] = [];
    for (let s: string | null = id; s !== null && chain.length < 20 && !chain.includes(s);) {
      chain.push(s);
      const def = this.sheet.styles.get(s);
      if (!def) break;
      numId ??= def.numId;
      ilvl ??= def.ilvl;
      s = def.basedOn;
    }
    const out = { numId, ilvl, chain };
    this.styleCache.set(id, out);
    return out;
  }
}

/**
 * The paragraph text with its number in front. A tab after the number is
 * dropped, unless the number would then run into the text (`第一条为…`,
 * `1.2020年…`): then it is a space, as is `w:suff="space"`.
 */
export function withNumber(n: RenderedNumber, text: string): string {
  const body = text.replace(/^[\s\u3000\u00a0]+/u, '');
  if (!n.text) return body;
  if (n.suff === 'space') return `${n.text} ${body}`;
  if (n.suff === 'tab' && body && (/[\p{L}\p{N}]$/u.test(n.text) || (/[.．]$/u.test(n.text) && /^\d/u.test(body)))) return `${n.text} ${body}`;
  return n.text + body;
}

/** Decodes a small XML part: UTF-8, or UTF-16 with a byte order mark. */
export function decodePart(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data);
  return new TextDecoder('utf-8').decode(data);
}

/** Side parts as read from the zip: data, or why it could not be read. */
export interface PartData {
  data: Uint8Array | null;
  error: string | null;
}

/**
 * The numberer for a document, or null when it has no (usable) numbering.
 * Never throws: a damaged numbering.xml adds a warning, a damaged styles.xml
 * only loses style-inherited numbering.
 */
export function loadNumbering(numbering: PartData | undefined, styles: PartData | undefined, warnings: Warning[]): ListNumberer | null {
  if (!numbering || (!numbering.data && !numbering.error)) return null;
  let defs: NumberingDefinitions;
  try {
    if (!numbering.data) throw new Error(numbering.error ?? 'unreadable');
    defs = parseNumberingXml(decodePart(numbering.data));
  } catch (e) {
    const why = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').slice(0, 120);
    warnings.push({ code: 'NUMBERING_DAMAGED', message: `word/numbering.xml is damaged (${why}); automatic list numbers (一、 （一） 1.) were not recovered` });
    return null;
  }
  if (!defs.nums.size) return null;
  let sheet: StyleSheet | null = null;
  if (styles?.data) {
    try {
      sheet = parseStylesXml(decodePart(styles.data));
    } catch {
      sheet = null;
    }
  }
  return new ListNumberer(defs, sheet);
}
