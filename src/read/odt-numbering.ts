/**
 * Automatic list numbers of an .odt: LibreOffice and WPS keep `一、`, `（一）`,
 * `1.` out of the text of a list item, in the list style
 * (`text:list-style` / `text:list-level-style-number` of styles.xml and of
 * content.xml's automatic styles), so they are rendered here: the level's
 * `style:num-format` (decimal, Chinese, letters, Roman, circled) with its
 * `loext:num-list-format` (`（%2%）`) or prefix, suffix and displayed levels,
 * counted per list style; a top-level list continues the counters only
 * with `text:continue-numbering` or `text:continue-list`, and a list item's
 * `text:start-value` sets its number.
 */
import { SaxesParser } from 'saxes';
import { formatNumber } from './docx/formats.js';

export interface ListLevel {
  fmt: string | null;
  prefix: string;
  suffix: string;
  template: string | null;
  display: number;
  start: number;
}

export type ListStyles = Map<string, Map<number, ListLevel>>;

const FORMATS: Record<string, string> = {
  '1': 'decimal',
  'a': 'lowerLetter',
  'A': 'upperLetter',
  'i': 'lowerRoman',
  'I': 'upperRoman',
  '一, 二, 三, ...': 'chineseCounting',
  '壹, 贰, 叁, ...': 'chineseLegalSimplified',
  '①, ②, ③, ...': 'decimalEnclosedCircle',
  '１, ２, ３, ...': 'decimalFullWidth',
  '甲, 乙, 丙, ...': 'ideographTraditional',
};

/** A `text:list-level-style-number` element's attributes → its level. */
export function levelFrom(a: Record<string, string>): ListLevel {
  return {
    fmt: FORMATS[a['style:num-format'] ?? ''] ?? (a['style:num-format'] ? 'decimal' : null),
    prefix: a['style:num-prefix'] ?? '',
    suffix: a['style:num-suffix'] ?? '',
    template: a['loext:num-list-format'] ?? null,
    display: Math.max(1, Number(a['text:display-levels'] ?? 1) || 1),
    start: Number(a['text:start-value'] ?? 1) || 1,
  };
}

/** The list styles defined in an XML part (styles.xml, or content.xml's automatic styles). */
export function readListStyles(xml: string, into: ListStyles = new Map()): ListStyles {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let cur: Map<number, ListLevel> | null = null;
  parser.on('opentag', (t) => {
    const a = t.attributes as Record<string, string>;
    if (t.name === 'text:list-style') {
      cur = new Map();
      into.set(a['style:name'] ?? '', cur);
    } else if (cur && t.name === 'text:list-level-style-number') {
      cur.set(Number(a['text:level'] ?? 1), levelFrom(a));
    }
  });
  parser.on('closetag', (t) => {
    if (t.name === 'text:list-style') cur = null;
  });
  parser.write(xml).close();
  return into;
}

/** Counters of the lists of a document, in document order. */
export class OdtNumberer {
  private readonly counters = new Map<string, number[]>();
  private readonly byId = new Map<string, number[]>();
  /** Open lists: style and counters. */
  private readonly open: { style: string; counts: number[] }[] = [];

  constructor(private readonly styles: ListStyles) {}

  openList(style: string | undefined, id: string | undefined, continueNumbering: boolean, continueList: string | undefined): void {
    const outer = this.open[this.open.length - 1];
    const name = style ?? outer?.style ?? '';
    let counts: number[];
    if (outer) counts = outer.counts;
    else if (continueList && this.byId.has(continueList)) counts = this.byId.get(continueList)!;
    else if (continueNumbering && this.counters.has(name)) counts = this.counters.get(name)!;
    else counts = [];
    if (!outer) this.counters.set(name, counts);
    if (id) this.byId.set(id, counts);
    this.open.push({ style: name, counts });
  }

  closeList(): void {
    this.open.pop();
  }

  /** The number of the next item of the innermost open list ('' for none). */
  item(startValue: number | null, header: boolean): string {
    const list = this.open[this.open.length - 1];
    if (!list || header) return '';
    const level = this.open.length;
    const def = this.styles.get(list.style)?.get(level);
    const counts = list.counts;
    counts.length = Math.max(counts.length, level);
    counts[level - 1] = startValue ?? (counts[level - 1] === undefined ? def?.start ?? 1 : counts[level - 1]! + 1);
    for (let d = level; d < counts.length; d++) counts[d] = undefined as unknown as number;
    counts.length = level;
    if (!def?.fmt) return '';
    const num = (l: number) => {
      const ld = this.styles.get(list.style)?.get(l);
      return formatNumber(counts[l - 1] ?? ld?.start ?? 1, ld?.fmt ?? 'decimal');
    };
    if (def.template) return def.template.replace(/%(\d+)%/g, (_, l: string) => num(Number(l)));
    const parts: string[] = [];
    for (let l = Math.max(1, level - def.display + 1); l <= level; l++) parts.push(num(l));
    return def.prefix + parts.join('.') + def.suffix;
  }
}
