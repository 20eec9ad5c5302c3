import { simplifiedChar } from '../model/traditional.js';

/**
 * Folding for matching: Traditional → Simplified (the shared map) and
 * full-width digits → ASCII, one character for one, so that positions in the
 * folded text are positions in the caller's text.
 */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // Full-width digits (０-９) are common in Word exports.
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 0x30);
  return simplifiedChar(ch);
}
