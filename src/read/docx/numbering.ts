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
import { formatNumber } from './formats.js';
import { parseNumberingXml, type AbstractNum, type Level, type NumberingDefinitions, type NumInstance, type ParagraphNumbering, type RenderedNumber, type StyleSheet } from './numbering-part.js';
import { parseStylesXml } from './styles.js';
import { decodeXmlPart } from '../xml.js';
import { MAX_LEVELS } from './numbering-part.js';

export { formatNumber, parseNumberingXml, parseStylesXml };
export type { RenderedNumber, ParagraphNumbering };

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
    defs = parseNumberingXml(decodeXmlPart(numbering.data, 'word/numbering.xml', warnings));
  } catch (e) {
    const why = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').slice(0, 120);
    warnings.push({ code: 'NUMBERING_DAMAGED', message: `word/numbering.xml is damaged (${why}); automatic list numbers (一、 （一） 1.) were not recovered` });
    return null;
  }
  if (!defs.nums.size) return null;
  let sheet: StyleSheet | null = null;
  if (styles?.data) {
    try {
      sheet = parseStylesXml(decodeXmlPart(styles.data, 'word/styles.xml', warnings));
    } catch {
      sheet = null;
    }
  }
  return new ListNumberer(defs, sheet);
}
