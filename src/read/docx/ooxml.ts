/**
 * WordprocessingML namespaces and the walker over small parts
 * (numbering.xml, styles.xml), on the shared XML walker.
 */
import { walkXml, type Attr } from '../xml.js';

export const WML_NS = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

export type { Attr };

/** Walks a WordprocessingML part (see walkXml); the prefix defaults to `w:`. */
export function walkWml(xml: string, open: (name: string, attr: Attr, stack: readonly string[]) => void, close?: (name: string, stack: readonly string[]) => void): void {
  walkXml(xml, WML_NS, 'w:', open, close);
}
