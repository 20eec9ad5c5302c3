/** NDJSON: one task a line, each carrying the `source` it came from. */
import type { FormatWriter } from './types.js';

export function ndjsonWriter(): FormatWriter {
  return {
    begin: () => '',
    document: (doc) => doc.tasks.map((t) => `${JSON.stringify({ source: doc.source, ...t })}\n`).join(''),
    end: () => '',
    separator: '',
  };
}
