/**
 * Library entry: the same pipeline the CLI runs, for one document at a time.
 *
 *   import { extractFile } from 'plan-extract';
 *   const doc = await extractFile('plan.docx');
 */
import { readFile } from 'node:fs/promises';
import { extractDocument, ResolverPool } from './extract.js';
import { readDocument } from './read/index.js';
import type { DocumentRecord } from './model/records.js';

export type { Deadline, DeadlineKind, DocumentRecord, InputError, RunOutput, TableRecord, Task } from './model/records.js';
export type { DocumentModel, Block, TableBlock, ParagraphBlock, Cell, Row } from './model/document.js';
export { InputFailure } from './model/errors.js';
export { extractDocument, ResolverPool } from './extract.js';
export { readDocument } from './read/index.js';
export { resolveDeadline, findDeadline, DeadlineResolver } from './deadline/index.js';
export { splitUnits } from './build/units.js';
export { UnitNamer, SHIPPED_ALIASES, type UnitName, type AliasTable, type AliasEntry } from './units/canonical.js';
export { summarize, type RunSummary, type PlanSummary } from './summary/summarize.js';

/** Read and extract one document from bytes (`source` names it in the record). */
export async function extractBytes(bytes: Uint8Array, source: string, pool?: ResolverPool): Promise<DocumentRecord> {
  return extractDocument(await readDocument(bytes, source), pool);
}

/** Read and extract one document from a path. Throws `InputFailure` for unreadable or unsupported input. */
export async function extractFile(path: string, pool?: ResolverPool): Promise<DocumentRecord> {
  return extractBytes(await readFile(path), path, pool);
}
