/**
 * Traditional → Simplified through opencc-js (OpenCC's own dictionaries,
 * phrase-level), used to match unit names and, with `--simplified`, to fold
 * output text. The converter is built on first use: its dictionaries take
 * ~50 ms to load, which a run that never needs them should not pay.
 */
import { Converter, type ConverterFunction } from 'opencc-js/t2cn';

let converter: ConverterFunction | null = null;

/** OpenCC `t2s`: generic Traditional Chinese to Simplified (Mainland) Chinese. */
export function openccSimplified(text: string): string {
  // ASCII never changes: skip the converter (and its loading) for it.
  if (!/[^\u0000-\u007f]/u.test(text)) return text;
  converter ??= Converter({ from: 't', to: 'cn' });
  return converter(text);
}
