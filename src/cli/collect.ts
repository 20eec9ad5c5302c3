/**
 * The extraction behind `summary` and `report`: the same read → extract
 * pipeline as the main command, one document at a time, each failed input a
 * one-line diagnostic and an entry in `errors` while the others go on.
 */
import { readDocument } from '../read/index.js';
import { extractDocument, ResolverPool } from '../extract.js';
import { isInputFailure } from '../model/errors.js';
import type { DocumentModel } from '../model/document.js';
import type { DocumentRecord, InputError } from '../model/records.js';
import { simplifiedDocument } from '../simplified.js';
import type { UnitNamer } from '../units/canonical.js';
import { readInput } from '../read/input.js';
import type { Reporter } from './report.js';

export interface CollectOptions {
  maxSize: number;
  debug: boolean;
  simplified: boolean;
  namer: UnitNamer;
}

/** Called once per extracted document, in the order given; the model is there for the report's source view. */
export type OnDocument = (doc: DocumentRecord, model: DocumentModel) => void;

export async function collect(files: readonly string[], options: CollectOptions, reporter: Reporter, onDocument: OnDocument): Promise<InputError[]> {
  const pool = new ResolverPool();
  const errors: InputError[] = [];
  const stems = new Map<string, number>();
  for (const [i, source] of files.entries()) {
    reporter.progress(i, files.length, source);
    try {
      const model = await readDocument(await readInput(source, options.maxSize), source);
      let doc = extractDocument(model, { pool, idPrefix: idPrefix(source, stems), units: options.namer });
      if (options.simplified) doc = simplifiedDocument(doc);
      for (const w of doc.warnings) reporter.warn(source, w);
      reporter.extracted(doc.tasks.length);
      onDocument(doc, model);
    } catch (e) {
      if (isInputFailure(e)) {
        reporter.fail(source, e.message, e.hint);
        errors.push({ source, code: e.code, message: e.message });
        continue;
      }
      const message = e instanceof Error ? e.message : String(e);
      reporter.fail(source, `internal error: ${message}`, options.debug ? '' : 'please report it with the file; --debug shows details');
      if (options.debug && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
      errors.push({ source, code: 'INTERNAL', message });
    }
  }
  return errors;
}

/** Ids as the main command makes them: the file stem, numbered `~2` when two inputs share it. */
function idPrefix(source: string, stems: Map<string, number>): string {
  const stem = (source === '-' ? 'stdin' : (source.split(/[\\/]/).pop() ?? '').replace(/\.[^.]*$/, '')) || 'input';
  const n = (stems.get(stem) ?? 0) + 1;
  stems.set(stem, n);
  return n === 1 ? stem : `${stem}~${n}`;
}
