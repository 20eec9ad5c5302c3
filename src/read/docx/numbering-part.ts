/** `word/numbering.xml`: abstract numberings, their levels and the `w:num` instances over them. */
import { walkWml } from './ooxml.js';

export const MAX_LEVELS = 9;

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

export function int(v: string | undefined): number | null {
  if (v === undefined) return null;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : null;
}

export function level(v: string | undefined): number | null {
  const n = int(v);
  return n !== null && n >= 0 && n < MAX_LEVELS ? n : null;
}

export const on = (v: string | undefined) => v === undefined || !/^(?:0|false|off)$/i.test(v);

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

  walkWml(xml, (name, attr, stack) => {
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

