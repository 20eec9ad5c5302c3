/**
 * The finisher every document model goes through after its reader: table
 * captions, the U+FFFD warning, and the checks the rest of the pipeline
 * relies on (a table is a full grid). Readers only build blocks.
 */
import type { Block, DocumentModel } from '../model/document.js';
import { attachCaptions } from './blocks.js';

export function finishModel(model: DocumentModel): DocumentModel {
  checkGrids(model.blocks);
  attachCaptions(model.blocks);
  if (!model.warnings.some((w) => w.code === 'DECODE_REPLACED') && holdsReplacement(model.blocks)) {
    model.warnings.unshift({
      code: 'DECODE_REPLACED',
      message:
        model.lineBase === 'line' || model.format === 'html'
          ? `some bytes did not decode as ${model.encoding} and were replaced by U+FFFD`
          : 'some characters could not be read and were replaced by U+FFFD',
    });
  }
  return model;
}

function holdsReplacement(blocks: readonly Block[]): boolean {
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      if (b.text.includes('\uFFFD')) return true;
      continue;
    }
    for (const r of b.rows) for (const c of r.cells) if (c.text.includes('\uFFFD')) return true;
  }
  return false;
}

/** A table is a full grid: at least one row, every row exactly `width` cells. A reader bug otherwise. */
function checkGrids(blocks: readonly Block[]): void {
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    if (!b.rows.length || b.width < 1) throw new Error(`reader produced an empty table at ${b.line}`);
    for (const r of b.rows) if (r.cells.length !== b.width) throw new Error(`reader produced a ragged table row at ${r.line}`);
  }
}
