/**
 * What kind of file the bytes are, by content first and the extension second
 * (a `.txt` that is really HTML, a `.docx` renamed `.doc`): the kind of the
 * first reader-registry entry that detects it.
 */
import { entryFor, type Sniffed } from './registry.js';

export type { Sniffed };

export function sniff(bytes: Uint8Array, name: string): Sniffed {
  return entryFor(bytes, name).kind;
}
