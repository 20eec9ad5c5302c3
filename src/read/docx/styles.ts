/** `word/styles.xml`: which numbering each paragraph style carries, along `w:basedOn`. */
import { walkWml } from './ooxml.js';
import { level, on, type StyleDef, type StyleSheet } from './numbering-part.js';

/** `word/styles.xml` → the numbering each style carries. Throws on malformed XML. */
export function parseStylesXml(xml: string): StyleSheet {
  const styles = new Map<string, StyleDef>();
  let defaultParagraph: string | null = null;
  let cur: StyleDef | null = null;
  walkWml(xml, (name, attr, stack) => {
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

