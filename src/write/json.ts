/**
 * JSON: `{ "schemaVersion": 1, "documents": [...], "errors": [...] }`, pretty
 * printed with two spaces, written document by document.
 */
import type { FormatWriter } from './types.js';

const indent = (text: string, pad: string) => text.replace(/\n/g, `\n${pad}`);

export function jsonWriter(): FormatWriter {
  return {
    begin: () => '{\n  "schemaVersion": 1,\n  "documents": [',
    document: (doc, first) => `${first ? '' : ','}\n    ${indent(JSON.stringify(doc, null, 2), '    ')}`,
    separator: ',',
    end: (errors, anyDocument) =>
      `${anyDocument ? '\n  ' : ''}],\n  "errors": ${indent(JSON.stringify(errors, null, 2), '  ')}\n}\n`,
  };
}
