/**
 * `--simplified`: every text of a document record folded to Simplified
 * Chinese with opencc-js (OpenCC `t2s`), for comparing Traditional and
 * Simplified plans side by side. Off by default: text is output as written.
 * `source` (a path) and `id` are never changed, so records still point to
 * their file and ids stay stable; `name` in the unit records is folded like
 * the `leads`/`partners` it mirrors.
 */
import type { DocumentRecord } from './model/records.js';
import { openccSimplified } from './units/opencc.js';

const KEEP = new Set(['source', 'id']);

export function simplifiedDocument(doc: DocumentRecord): DocumentRecord {
  return fold(doc) as DocumentRecord;
}

function fold(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return KEEP.has(key) ? value : openccSimplified(value);
  if (Array.isArray(value)) return value.map((v) => fold(v, key));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = fold(v, k);
    return out;
  }
  return value;
}
