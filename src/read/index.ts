/**
 * read: bytes → the document model. Every input format converges here, so
 * detection and task building are written once. The reader registry
 * (registry.ts) picks the reader by content; readers are imported only when
 * a file needs them; every model then goes through the one finisher.
 */
import type { DocumentModel } from '../model/document.js';
import { finishModel } from './finish.js';
import { readWithRegistry } from './registry.js';

export async function readDocument(bytes: Uint8Array, source: string): Promise<DocumentModel> {
  return finishModel(await readWithRegistry(bytes, source));
}

export { readText } from './text.js';
