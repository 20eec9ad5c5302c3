/**
 * CSV: one row per task with the spec's columns ("Flat outputs": the task's
 * id and its plan's source, title, docNumber and issued first, so a row joins
 * back to its task and groups by plan); lists joined with `；`, the
 * path with ` > `. csv-stringify does the quoting, the BOM and (with
 * `excel`) the formula escaping.
 */
import { stringify } from 'csv-stringify/sync';
import type { DocumentRecord } from '../model/records.js';
import type { FormatWriter, WriterOptions } from './types.js';

export const CSV_COLUMNS = [
  'id', 'source', 'title', 'docNumber', 'issued', 'origin', 'table', 'seq', 'path', 'task', 'content', 'leads', 'partners',
  'deadline_text', 'deadline_kind', 'deadline_start', 'deadline_end', 'deadline_precision',
  'deadline_every', 'deadline_ongoing', 'line',
] as const;

function rows(doc: DocumentRecord): (string | number | boolean | null)[][] {
  return doc.tasks.map((t) => [
    t.id, doc.source, doc.title, doc.docNumber, doc.issued, t.origin, t.table, t.seq, t.path.join(' > '), t.task, t.content,
    t.leads.join('；'), t.partners.join('；'),
    t.deadline?.text ?? null, t.deadline?.kind ?? null, t.deadline?.start ?? null, t.deadline?.end ?? null,
    t.deadline?.precision ?? null, t.deadline?.every ?? null, t.deadline ? t.deadline.ongoing : null, t.line,
  ]);
}

export function csvWriter(options: WriterOptions = {}): FormatWriter {
  const excel = Boolean(options.excel);
  const base = { escape_formulas: excel, cast: { boolean: (b: boolean) => (b ? 'true' : 'false') } };
  return {
    begin: () => stringify([], { ...base, header: true, columns: [...CSV_COLUMNS], bom: excel }),
    document: (doc) => stringify(rows(doc), base),
    end: () => '',
    separator: '',
  };
}
