/**
 * One document, read and extracted inside a worker thread of the pool
 * (pool.ts): a file that blows up the heap or never finishes costs that
 * worker, not the run. The CLI reads the bytes on the main thread (while the
 * workers extract the documents before) and hands them over without a copy;
 * given only a path, the worker reads the file itself.
 */
import { readInput } from '../read/input.js';
import { readDocument } from '../read/index.js';
import { explainDocument, type Explanation } from '../extract.js';
import { ResolverPool } from '../deadline/pool.js';
import { normalizeOptions, type OnlyOrigin } from '../options.js';
import { failureOf, type Failure } from './failure.js';
import type { DocumentRecord } from '../model/records.js';
import type { UnitNamer } from '../units/canonical.js';
import { unitNamerFor } from './unitOptions.js';
import type { Warning } from '../model/diagnostics.js';
import { createWriter, type FormatWriter, type OutputFormat } from '../write/index.js';

export type { Failure } from './failure.js';

export interface Job {
  source: string;
  /** Start of every task id (the CLI numbers namesakes). */
  idPrefix: string;
  maxSize: number;
  /** The input's bytes, read by the main thread; absent: the worker reads `source`. */
  bytes?: Uint8Array;
  /** Shared with the main thread: the worker writes the time it starts (ms since the epoch) for the time budget. */
  clock?: SharedArrayBuffer;
  /** `--units FILE`: the user's alias table, read once per worker (checked by the main thread first). */
  unitsFile?: string;
  /** `--only`, `--reference-year` (normalised by the main thread). */
  only?: OnlyOrigin | null;
  referenceYear?: number | null;
  /** `--explain`: hand back what was seen, too. */
  explain?: boolean;
  /**
   * Write the document's output text here, in the worker, and hand back the
   * text instead of the record: copying a large record to the main thread
   * and serialising it there cost more than the text it becomes, and the
   * main thread is one for all the workers.
   */
  write?: { format: OutputFormat; excel: boolean };
}

/** A document written by the worker: its output text (as `FormatWriter.document(doc, true)` gives it) and what the CLI reports of it. */
export interface Written {
  text: string;
  tasks: number;
  warnings: Warning[];
}

export type Outcome =
  | { ok: true; doc: DocumentRecord; explanation?: Explanation }
  | { ok: true; written: Written }
  | { ok: false; failure: Failure };

/** The text a document's tasks may hold: this many characters, or this many per input byte if more. */
export const OUTPUT_CHARS_FLOOR = 64_000_000;
export const OUTPUT_CHARS_PER_BYTE = 16;

/** Lives as long as the worker, so each distinct deadline phrase is resolved once per worker. */
const resolvers = new ResolverPool();

export default async function extractJob(job: Job): Promise<Outcome> {
  if (job.clock) new Float64Array(job.clock)[0] = Date.now();
  try {
    const bytes = job.bytes ?? (await readInput(job.source, job.maxSize));
    const model = await readDocument(bytes, job.source);
    const options = normalizeOptions({ pool: resolvers, idPrefix: job.idPrefix, units: await namerFor(job.unitsFile), only: job.only ?? null, referenceYear: job.referenceYear ?? null });
    const { record: doc, explanation } = explainDocument(model, options);
    const chars = textSize(doc);
    if (chars > Math.max(OUTPUT_CHARS_FLOOR, OUTPUT_CHARS_PER_BYTE * bytes.length)) {
      // The record is copied to the main thread and written out there, where
      // no heap limit guards the run: a record that multiplies its input
      // (a merged cell repeated down thousands of rows) stops here.
      return { ok: false, failure: { code: 'TOO_COMPLEX', message: `its tasks would hold ${Math.round(chars / 1e6)} million characters for ${Math.round(bytes.length / 1024)} KB of input`, hint: 'check that it is really a plan', internal: false } };
    }
    if (job.write && !job.explain) {
      const writer = await writerFor(job.write.format, job.write.excel);
      return { ok: true, written: { text: writer.document(doc, true), tasks: doc.tasks.length, warnings: doc.warnings } };
    }
    return job.explain ? { ok: true, doc, explanation } : { ok: true, doc };
  } catch (e) {
    return { ok: false, failure: failureOf(e, job.source) };
  }
}

const namers = new Map<string, Promise<UnitNamer>>();

/** The unit namer of a `--units` file, built once per worker. */
function namerFor(file: string | undefined): Promise<UnitNamer> {
  const key = file ?? '';
  let namer = namers.get(key);
  if (!namer) namers.set(key, (namer = unitNamerFor(file)));
  return namer;
}

const writers = new Map<string, Promise<FormatWriter>>();

/** One writer per format for the worker's life (the CSV and YAML ones load their packages once). */
function writerFor(format: OutputFormat, excel: boolean): Promise<FormatWriter> {
  const key = `${format}:${excel}`;
  let writer = writers.get(key);
  if (!writer) writers.set(key, (writer = createWriter(format, { excel })));
  return writer;
}

/** Characters of text in the record's tasks (what its output is made of). */
function textSize(doc: DocumentRecord): number {
  let n = 0;
  for (const t of doc.tasks) {
    n += t.task.length + (t.content?.length ?? 0) + (t.deadline?.text.length ?? 0);
    for (const p of t.path) n += p.length;
    for (const u of t.leads) n += u.length;
    for (const u of t.partners) n += u.length;
  }
  return n;
}
