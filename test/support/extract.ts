/** Extraction of a text written in a test, through the library's own entry. */
import { extractBytes } from '../../src/index.js';
import type { DocumentRecord } from '../../src/model/records.js';

export function extractText(text: string, source = 'test.txt'): Promise<DocumentRecord> {
  return extractBytes(new TextEncoder().encode(text), source);
}
