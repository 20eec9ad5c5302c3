/** write: the output formats, each a small file. */
import { jsonWriter } from './json.js';
import { ndjsonWriter } from './ndjson.js';
import type { FormatWriter, WriterOptions } from './types.js';
import { yamlWriter } from './yaml.js';

export const FORMATS = ['json', 'csv', 'yaml', 'ndjson'] as const;
export type OutputFormat = (typeof FORMATS)[number];
export type { FormatWriter, WriterOptions } from './types.js';

export async function createWriter(format: OutputFormat, options: WriterOptions = {}): Promise<FormatWriter> {
  switch (format) {
    case 'json': return jsonWriter();
    case 'csv': return (await import('./csv.js')).csvWriter(options); // csv-stringify only when asked for
    case 'yaml': return yamlWriter();
    case 'ndjson': return ndjsonWriter();
  }
}

/** File extension for `--out-dir` outputs. */
export const EXTENSION: Record<OutputFormat, string> = { json: '.json', csv: '.csv', yaml: '.yaml', ndjson: '.ndjson' };

const BY_EXTENSION: Record<string, OutputFormat> = { '.json': 'json', '.csv': 'csv', '.yaml': 'yaml', '.yml': 'yaml', '.ndjson': 'ndjson', '.jsonl': 'ndjson' };

/** The format an output file's name asks for (`tasks.csv` → csv), or null for other names (`/dev/null`, `out.txt`). */
export function formatOfPath(path: string): OutputFormat | null {
  const m = /\.[^./\\]+$/.exec(path);
  return m ? BY_EXTENSION[m[0].toLowerCase()] ?? null : null;
}
