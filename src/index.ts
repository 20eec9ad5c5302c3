/**
 * Library entry: the same pipeline the CLI runs, for one document at a time,
 * with the same limits (`maxSize`) and the same diagnostics.
 *
 *   import { extractFile } from 'plan-extract';
 *   const doc = await extractFile('plan.docx', { maxSize: '20MB' });
 */
import { explainDocument, type Explanation } from './extract.js';
import { readDocument } from './read/index.js';
import { formatSize, readInput } from './read/input.js';
import { InputFailure } from './model/errors.js';
import { normalizeOptions, type ExtractOptions } from './options.js';
import type { ResolverPool } from './deadline/pool.js';
import type { DocumentRecord } from './model/records.js';

export type {
  Deadline, DeadlineKind, DocumentRecord, Every, InputError, Precision, RunOutput, TableRecord, Task, TaskOrigin,
} from './model/records.js';
export type { DocumentModel, Block, TableBlock, ParagraphBlock, Cell, Row, LineBase, InputFormat } from './model/document.js';
export type { DiagnosticCode, InputErrorCode, OptionErrorCode, Warning, WarningCode } from './model/diagnostics.js';
export { INPUT_ERROR_CODES, OPTION_ERROR_CODES, WARNING_CODES } from './model/diagnostics.js';
export { InputFailure, OptionError } from './model/errors.js';
export type { ExtractOptions, NormalizedOptions, OnlyOrigin } from './options.js';
export { DEFAULT_MAX_SIZE, normalizeOptions } from './options.js';
export type { Explanation, ExplainedColumn, ExplainedRole, ExplainedTable } from './extract.js';
export type { SkippedItem } from './detect/lists.js';
export { explainDocument, extractDocument, ResolverPool } from './extract.js';
export { readDocument } from './read/index.js';
export type { DeadlineContext } from './deadline/index.js';
export { resolveDeadline, findDeadline, DeadlineResolver } from './deadline/index.js';
export { splitUnits, type Units, type UnitOptions } from './tasks/units.js';
export { UnitNamer, SHIPPED_ALIASES, type UnitName, type AliasTable, type AliasEntry } from './units/canonical.js';
export { summarize, type RunSummary, type PlanSummary } from './summary/summarize.js';

/**
 * Read and extract one document from bytes (`source` names it in the record).
 * Throws `InputFailure` for unsupported or unreadable input (and bytes over
 * `maxSize`), `OptionError` for a bad option.
 */
export async function extractBytes(bytes: Uint8Array, source: string, options?: ExtractOptions | ResolverPool): Promise<DocumentRecord> {
  return (await explainBytes(bytes, source, options)).record;
}

/**
 * Read and extract one document from a path, refusing it before reading when
 * it is over `maxSize` (default 50 MB). Throws `InputFailure` for a missing,
 * unreadable or unsupported file (`code` says which), `OptionError` for a
 * bad option.
 */
export async function extractFile(path: string, options?: ExtractOptions | ResolverPool): Promise<DocumentRecord> {
  return (await explainFile(path, options)).record;
}

/** `extractBytes` with the explanation of what was seen, taken and skipped (what `--explain` prints). */
export async function explainBytes(bytes: Uint8Array, source: string, options?: ExtractOptions | ResolverPool): Promise<{ record: DocumentRecord; explanation: Explanation }> {
  const o = normalizeOptions(options);
  if (bytes.byteLength > o.maxSize) {
    throw new InputFailure('TOO_LARGE', `is ${formatSize(bytes.byteLength)}, over the ${formatSize(o.maxSize)} limit`, 'raise maxSize if the file is really a plan');
  }
  return explainDocument(await readDocument(bytes, source), o);
}

/** `extractFile` with the explanation. */
export async function explainFile(path: string, options?: ExtractOptions | ResolverPool): Promise<{ record: DocumentRecord; explanation: Explanation }> {
  const o = normalizeOptions(options);
  return explainDocument(await readDocument(await readInput(path, o.maxSize), path), o);
}
