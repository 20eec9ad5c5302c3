/**
 * What the bytes of an input look like, for the reader registry: content
 * first, the extension second (a `.txt` that is really HTML, a `.docx`
 * renamed `.doc`, an `.xlsx` saved as `.et`). Each fact is worked out when a
 * registry entry first asks for it.
 */
import { sniffBomlessUtf16 } from './decode.js';

export type ZipKind = 'docx' | 'xlsx' | 'odt' | 'ods' | 'ofd' | 'zip';
export type OleKind = 'doc' | 'wps' | 'xls';

export interface Probe {
  bytes: Uint8Array;
  name: string;
  readonly isPdf: boolean;
  /** For a zip archive, what it holds; null for anything else. */
  readonly zip: ZipKind | null;
  /** For an OLE compound file (old Office), what it holds; null for anything else. */
  readonly ole: OleKind | null;
  readonly isImage: boolean;
  readonly isRtf: boolean;
  readonly looksHtml: boolean;
  readonly looksBinary: boolean;
}

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

export function probe(bytes: Uint8Array, name: string): Probe {
  let head: string | undefined;
  const textHeadOnce = () => (head ??= textHead(bytes, 4096));
  return {
    bytes,
    name,
    get isPdf() { return startsWith(bytes, [0x25, 0x50, 0x44, 0x46]); },
    get zip() { return zipKind(bytes, name); },
    get ole() { return oleKind(bytes, name); },
    get isImage() { return isImage(bytes, name); },
    get isRtf() { return startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66]); },
    get looksHtml() { return looksHtml(textHeadOnce(), name); },
    get looksBinary() { return looksBinary(bytes); },
  };
}

function zipKind(bytes: Uint8Array, name: string): ZipKind | null {
  if (!(startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))) return null;
  if (hasWordPart(bytes)) return 'docx';
  if (hasPart(bytes, 'xl/workbook.xml')) return 'xlsx';
  // An OpenDocument package starts with its stored `mimetype` entry.
  const head = latin1Head(bytes, 200);
  if (head.includes('application/vnd.oasis.opendocument.text')) return 'odt';
  if (head.includes('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
  if (hasPart(bytes, 'OFD.xml')) return 'ofd';
  // A truncated file (no central directory) keeps its kind by its name, so its reader says it is damaged.
  if (/\.(?:docx|docm|dotx|doc|wps)$/i.test(name)) return 'docx';
  if (/\.(?:xlsx|xlsm|et)$/i.test(name)) return 'xlsx';
  if (/\.odt$/i.test(name)) return 'odt';
  if (/\.ofd$/i.test(name)) return 'ofd';
  return 'zip';
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (s: string) => Buffer.from(s, 'utf16le');

/**
 * An OLE compound file names its streams in its directory (UTF-16):
 * `WordDocument` for Word and WPS text, `Workbook`/`Book` for Excel and WPS
 * spreadsheets. A password-protected .docx/.xlsx is an OLE file too
 * (`EncryptedPackage`): the .doc reader refuses it as encrypted.
 */
function oleKind(bytes: Uint8Array, name: string): OleKind | null {
  if (!startsWith(bytes, OLE)) return null;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.includes(utf16('EncryptedPackage'))) return 'doc';
  if (buf.includes(utf16('WordDocument'))) return /\.wps$/i.test(name) ? 'wps' : 'doc';
  if (buf.includes(utf16('Workbook')) || buf.includes(utf16('Book\u0000'))) return 'xls';
  if (/\.(?:xls|et)$/i.test(name)) return 'xls';
  if (/\.wps$/i.test(name)) return 'wps';
  return 'doc';
}

function isImage(bytes: Uint8Array, name: string): boolean {
  return (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) ||
    (startsWith(bytes, [0x42, 0x4d]) && /\.bmp$/i.test(name)) ||
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]) ||
    (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && bytes[8] === 0x57 && bytes[9] === 0x45)
  );
}

/**
 * A Word document names `word/document.xml` in its central directory (near the
 * end) and usually in a local header near the start; looking at both keeps a
 * truncated .docx (no central directory) a .docx, so its reader can say it is
 * damaged rather than "not a Word document".
 */
function hasWordPart(bytes: Uint8Array): boolean {
  return hasPart(bytes, 'word/document.xml', /^PK\x03\x04[\s\S]{26}word\//) || latin1Head(bytes, 65536).includes('word/_rels/');
}

function hasPart(bytes: Uint8Array, name: string, local: RegExp | null = null): boolean {
  const tail = latin1Head(bytes.subarray(Math.max(0, bytes.length - 65536)), 65536);
  if (tail.includes(name)) return true;
  const head = latin1Head(bytes, 65536);
  return head.includes(name) || (local !== null && local.test(head));
}

/**
 * The first bytes as text, for markup checks: UTF-16 (with or without BOM)
 * is decoded, everything else read as Latin-1 (tags are ASCII in UTF-8 and
 * GB-family encodings alike). BOM, XML declaration, doctype-free comments and
 * leading white space are stripped.
 */
function textHead(bytes: Uint8Array, n: number): string {
  const slice = bytes.subarray(0, Math.min(n, bytes.length));
  let s: string;
  const le = (slice[0] === 0xff && slice[1] === 0xfe) || (slice.length > 3 && slice[0] !== 0 && slice[1] === 0 && slice[2] !== 0 && slice[3] === 0);
  const be = (slice[0] === 0xfe && slice[1] === 0xff) || (slice.length > 3 && slice[0] === 0 && slice[1] !== 0 && slice[2] === 0 && slice[3] !== 0);
  if (le) s = Buffer.from(slice.buffer, slice.byteOffset, slice.byteLength & ~1).toString('utf16le');
  else if (be) s = Buffer.from(Uint8Array.from(slice.subarray(0, slice.byteLength & ~1), (_, i) => slice[i ^ 1]!)).toString('utf16le');
  else s = latin1Head(slice, n);
  s = s.replace(/^(?:\uFEFF|\u00ef\u00bb\u00bf)/, '').trimStart();
  // Leading comments (`<!-- saved from url=… -->`) hide the markup behind them.
  for (let k = 0; k < 8 && s.startsWith('<!--'); k++) {
    const end = s.indexOf('-->');
    if (end < 0) break;
    s = s.slice(end + 3).trimStart();
  }
  return s.toLowerCase();
}

const HTML_TAG = /^<(?:html|head|body|meta|title|table|div|p|span|center|font|h[1-6]|style|script|link|base|br|form|section|article)[\s>/]/;

function looksHtml(head: string, name: string): boolean {
  if (/^<!doctype html/.test(head)) return true;
  if (/^<\?xml/.test(head)) return /<html[\s>]/.test(head) || (/<!doctype html/.test(head) && !/<w:document|<pkg:package/.test(head));
  if (HTML_TAG.test(head)) return true;
  if (/\.x?html?$/i.test(name) && head.startsWith('<')) return true;
  // A `.txt` whose body is a page saved from a browser or a CMS.
  return head.startsWith('<') && /<(?:html|body)[\s>]/.test(head) && /<\/(?:p|div|td|table|body)>/.test(head);
}

function latin1Head(bytes: Uint8Array, n: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(n, bytes.length)).toString('latin1');
}

/**
 * Control bytes other than TAB/CR/LF/FF/ESC in the first 8 KB mean binary —
 * unless the file is UTF-16, whose ASCII shows as NULs in alternate bytes.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  let control = 0;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    }
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  // BOM-less UTF-16: NULs all on one side (ASCII), or text-like code units (Chinese).
  if ((evenNul === 0 && oddNul > n / 8) || (oddNul === 0 && evenNul > n / 8)) return false;
  if (evenNul + oddNul > 0 && sniffBomlessUtf16(bytes)) return false;
  return control > 0;
}
