/**
 * JSON: `{ "schemaVersion": 1, "documents": [...], "errors": [...] }`, pretty
 * printed with two spaces, written document by document.
 */
import type { DocumentRecord } from '../model/records.js';
import type { FormatWriter } from './types.js';

const indent = (text: string, pad: string) => text.replace(/\n/g, `\n${pad}`);

/**
 * A document's JSON at its depth in the output (inside `documents`): written
 * by JSON.stringify inside a wrapper of that depth, so the lines come out
 * indented. The same text as re-indenting its own JSON — a string value never
 * holds a raw line break — at half the cost on a large document.
 */
const WRAP_OPEN = '{\n  "d": [\n    ';
const WRAP_CLOSE = '\n  ]\n}';
function atDocumentDepth(doc: DocumentRecord): string {
  const wrapped = JSON.stringify({ d: [doc] }, null, 2);
  return wrapped.slice(WRAP_OPEN.length, wrapped.length - WRAP_CLOSE.length);
}

export function jsonWriter(): FormatWriter {
  return {
    begin: () => '{\n  "schemaVersion": 1,\n  "documents": [',
    document: (doc, first) => `${first ? '' : ','}\n    ${atDocumentDepth(doc)}`,
    separator: ',',
    end: (errors, anyDocument) =>
      `${anyDocument ? '\n  ' : ''}],\n  "errors": ${indent(JSON.stringify(errors, null, 2), '  ')}\n}\n`,
  };
}
