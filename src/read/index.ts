/**
 * read: bytes → the document model. Every input format converges here, so
 * detection and task building are written once. Heavy parsers (the docx XML
 * reader with saxes and yauzl, cheerio, word-extractor) are imported only when
 * a file needs them.
 */
import type { Warning } from '../model/diagnostics.js';
import type { DocumentModel } from '../model/document.js';
import { InputFailure } from '../model/errors.js';
import { decodeBytes } from './decode.js';
import { sniff } from './sniff.js';
import { parseText } from './text.js';

export async function readDocument(bytes: Uint8Array, source: string): Promise<DocumentModel> {
  const kind = sniff(bytes, source);
  switch (kind) {
    case 'empty':
      throw new InputFailure('EMPTY', 'the file is empty', 'check that the download or export finished');
    case 'pdf':
      throw new InputFailure('UNSUPPORTED_PDF', 'PDF is not supported', 'PDF keeps no table cells: use the plan\'s .docx or web-page version, or convert the PDF to .docx first');
    case 'image':
      throw new InputFailure('UNSUPPORTED_IMAGE', 'this is an image, not a text document', 'run OCR on it first, or find the .docx/.html version of the plan');
    case 'rtf':
      throw new InputFailure('UNSUPPORTED_RTF', 'RTF is not supported', 'convert it with `libreoffice --headless --convert-to docx FILE`');
    case 'zip':
      throw new InputFailure('UNSUPPORTED_ZIP', 'a zip archive that is not a Word document', 'unpack it and pass the documents inside');
    case 'binary':
      throw new InputFailure('BINARY', 'binary data, not a text document', 'pass a .txt, .docx, .doc or .html file');
    case 'txt':
      return readText(bytes, source);
    case 'html': {
      const { readHtml } = await import('./html.js');
      return readHtml(bytes, source);
    }
    case 'docx': {
      const { readDocx } = await import('./docx.js');
      return readDocx(bytes, source);
    }
    case 'doc': {
      const { readDoc } = await import('./doc.js');
      return readDoc(bytes, source);
    }
  }
}

export function readText(bytes: Uint8Array, source: string): DocumentModel {
  const { text, encoding } = decodeBytes(bytes);
  if (text.includes('\u0000')) {
    throw new InputFailure('NUL_BYTE', 'the text contains NUL bytes (a binary or damaged file)', 'open it in an editor and save it again as UTF-8 text');
  }
  const warnings: Warning[] = [];
  if (text.includes('\uFFFD')) warnings.push({ code: 'DECODE_REPLACED', message: `some bytes did not decode as ${encoding} and were replaced by U+FFFD` });
  return { source, format: 'txt', encoding, lineBase: 'line', blocks: parseText(text), warnings };
}
