/**
 * Traditional → Simplified through opencc-js (OpenCC's own dictionaries,
 * phrase-level), used to match unit names and, with `--simplified`, to fold
 * output text. The converter is built on first use: its dictionaries take
 * ~50 ms to load, which a run that never needs them should not pay.
 */
import { Converter, type ConverterFunction } from 'opencc-js/t2cn';
import { OPENCC_CHANGED } from './openccChanged.js';

let converter: ConverterFunction | null = null;
let changed: Set<string> | null = null;

/** OpenCC `t2s`: generic Traditional Chinese to Simplified (Mainland) Chinese. */
export function openccSimplified(text: string): string {
  // ASCII never changes: skip the converter (and its loading) for it.
  if (!/[^\u0000-\u007f]/u.test(text)) return text;
  // Nor does a text without a character the dictionaries change (a Simplified
  // plan's unit names and the shipped aliases): no converter is built for them.
  if (!mayChange(text)) return text;
  converter ??= Converter({ from: 't', to: 'cn' });
  return converter(text);
}

function mayChange(text: string): boolean {
  changed ??= new Set(OPENCC_CHANGED);
  for (const c of text) if (changed.has(c)) return true;
  return false;
}
