/**
 * One document, read and extracted inside a worker thread of the pool
 * (pool.ts): a file that blows up the heap or never finishes costs that
 * worker, not the run. The worker reads the file itself (the main thread only
 * sends a path), so bytes cross threads only for standard input.
 */
import { readInput } from './inputs.js';
import { readDocument } from '../read/index.js';
import { extractDocument, ResolverPool } from '../extract.js';
import { isInputFailure } from '../model/errors.js';
import type { DocumentRecord } from '../model/records.js';

export interface Job {
  source: string;
  /** Start of every task id (the CLI numbers namesakes). */
  idPrefix: string;
  maxSize: number;
  /** The bytes of standard input, read by the main thread; absent for a path. */
  bytes?: Uint8Array;
  /** Shared with the main thread: the worker writes the time it starts (ms since the epoch) for the time budget. */
  clock?: SharedArrayBuffer;
}

export interface Failure {
  code: string;
  message: string;
  hint: string;
  /** A bug of ours rather than a problem with the input. */
  internal: boolean;
  stack?: string;
}

export type Outcome = { ok: true; doc: DocumentRecord } | { ok: false; failure: Failure };

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
    const doc = extractDocument(model, resolvers, job.idPrefix);
    const chars = textSize(doc);
    if (chars > Math.max(OUTPUT_CHARS_FLOOR, OUTPUT_CHARS_PER_BYTE * bytes.length)) {
      // The record is copied to the main thread and written out there, where
      // no heap limit guards the run: a record that multiplies its input
      // (a merged cell repeated down thousands of rows) stops here.
      return { ok: false, failure: { code: 'TOO_COMPLEX', message: `its tasks would hold ${Math.round(chars / 1e6)} million characters for ${Math.round(bytes.length / 1024)} KB of input`, hint: 'check that it is really a plan', internal: false } };
    }
    return { ok: true, doc };
  } catch (e) {
    if (isInputFailure(e)) {
      if (e.code === 'ENOENT' && job.source.includes('\uFFFD')) {
        // The name reached us through a lossy UTF-8 decoding of argv, so the
        // file cannot be found by it: say what is really wrong.
        return { ok: false, failure: { code: 'NAME_NOT_UTF8', message: 'the file name is not valid UTF-8', hint: 'rename the file to a UTF-8 name (e.g. `convmv -f gbk -t utf8 --notest FILE`)', internal: false } };
      }
      return { ok: false, failure: { code: e.code, message: e.message, hint: e.hint, internal: false } };
    }
    const error = e instanceof Error ? e : new Error(String(e));
    if (isExhaustion(error)) {
      return { ok: false, failure: { code: 'TOO_COMPLEX', message: `the document is too complex to extract (${error.message})`, hint: 'check that it is really a plan; split it into smaller files if it is', internal: false } };
    }
    return { ok: false, failure: { code: 'INTERNAL', message: error.message, hint: '', internal: true, stack: error.stack } };
  }
}

/** The engine ran out of stack or of string/array room: the input's fault, not a bug. */
function isExhaustion(e: Error): boolean {
  return e instanceof RangeError && /call stack|string length|array length|allocation failed/i.test(e.message);
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
