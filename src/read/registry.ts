/**
 * The reader registry: every kind of input the tool recognises, in the order
 * it is tested, with how it is detected and either how it is read or why it
 * is refused. Sniffing (sniff.ts) and the `InputFormat` type come from this
 * list, so a new format is one entry here and one reader file.
 *
 * Readers are imported only when a file of their kind is read: pdfjs-dist,
 * cheerio, saxes/yauzl and word-extractor never load for a text-only run.
 */
import type { InputErrorCode } from '../model/diagnostics.js';
import type { DocumentModel } from '../model/document.js';
import { InputFailure } from '../model/errors.js';
import { probe, type Probe } from './probe.js';

interface ReaderEntry<K extends string> {
  kind: K;
  detect(p: Probe): boolean;
  read(bytes: Uint8Array, source: string): Promise<DocumentModel>;
}

interface RefusalEntry<K extends string> {
  kind: K;
  detect(p: Probe): boolean;
  refuse: { code: InputErrorCode; message: string; hint: string };
}

const reader = <K extends string>(e: ReaderEntry<K>) => e;
const refusal = <K extends string>(e: RefusalEntry<K>) => e;

/** In order: the first entry whose `detect` holds decides. */
export const REGISTRY = [
  refusal({
    kind: 'empty',
    detect: (p) => p.bytes.length === 0,
    refuse: { code: 'EMPTY', message: 'the file is empty', hint: 'check that the download or export finished' },
  }),
  reader({
    kind: 'pdf',
    detect: (p) => p.isPdf,
    read: async (b, s) => (await import('./pdf.js')).readPdf(b, s),
  }),
  reader({
    kind: 'docx',
    detect: (p) => p.zip === 'docx',
    read: async (b, s) => (await import('./docx.js')).readDocx(b, s),
  }),
  reader({
    kind: 'xlsx',
    detect: (p) => p.zip === 'xlsx',
    read: async (b, s) => (await import('./xlsx.js')).readXlsx(b, s),
  }),
  reader({
    kind: 'odt',
    detect: (p) => p.zip === 'odt',
    read: async (b, s) => (await import('./odt.js')).readOdt(b, s),
  }),
  refusal({
    kind: 'ofd',
    detect: (p) => p.zip === 'ofd',
    refuse: {
      code: 'UNSUPPORTED_OFD',
      message: 'OFD (the national fixed-layout format) is not supported',
      hint: 'open it in an OFD reader (数科阅读器, 福昕OFD) and export it as PDF or .docx, or use the plan\'s web-page version',
    },
  }),
  refusal({
    kind: 'ods',
    detect: (p) => p.zip === 'ods',
    refuse: { code: 'UNSUPPORTED_ODS', message: 'OpenDocument spreadsheets (.ods) are not supported', hint: 'convert it with `libreoffice --headless --convert-to xlsx FILE.ods`' },
  }),
  refusal({
    kind: 'zip',
    detect: (p) => p.zip === 'zip',
    refuse: { code: 'UNSUPPORTED_ZIP', message: 'a zip archive that is not a Word, spreadsheet or OpenDocument file', hint: 'unpack it and pass the documents inside' },
  }),
  reader({
    kind: 'xls',
    detect: (p) => p.ole === 'xls',
    read: async (b, s) => (await import('./xls.js')).readXls(b, s),
  }),
  reader({
    kind: 'wps',
    detect: (p) => p.ole === 'wps',
    read: async (b, s) => (await import('./doc.js')).readDoc(b, s, 'wps'),
  }),
  reader({
    kind: 'doc',
    detect: (p) => p.ole === 'doc',
    read: async (b, s) => (await import('./doc.js')).readDoc(b, s),
  }),
  refusal({
    kind: 'image',
    detect: (p) => p.isImage,
    refuse: { code: 'UNSUPPORTED_IMAGE', message: 'this is an image, not a text document', hint: 'run OCR on it first, or find the .docx/.html version of the plan' },
  }),
  refusal({
    kind: 'rtf',
    detect: (p) => p.isRtf,
    refuse: { code: 'UNSUPPORTED_RTF', message: 'RTF is not supported', hint: 'convert it with `libreoffice --headless --convert-to docx FILE`' },
  }),
  reader({
    kind: 'html',
    detect: (p) => p.looksHtml,
    read: async (b, s) => (await import('./html.js')).readHtml(b, s),
  }),
  refusal({
    kind: 'binary',
    detect: (p) => p.looksBinary,
    refuse: { code: 'BINARY', message: 'binary data, not a text document', hint: 'pass a .txt, .docx, .doc or .html file' },
  }),
  reader({
    kind: 'txt',
    detect: () => true,
    read: async (b, s) => (await import('./text.js')).readText(b, s),
  }),
] as const;

type Entry = (typeof REGISTRY)[number];
/** Every kind the sniffer can say. */
export type Sniffed = Entry['kind'];
/** The kinds that are read into a document model (the `format` of a document record). */
export type InputFormat = Extract<Entry, { read: unknown }>['kind'];

export function entryFor(bytes: Uint8Array, name: string): Entry {
  const p = probe(bytes, name);
  for (const e of REGISTRY) if (e.detect(p)) return e;
  /* c8 ignore next: txt detects everything */
  throw new Error('unreachable');
}

/** Reads the bytes with the reader for their kind, or refuses them with their kind's error. */
export async function readWithRegistry(bytes: Uint8Array, source: string): Promise<DocumentModel> {
  const e = entryFor(bytes, source);
  if ('refuse' in e) throw new InputFailure(e.refuse.code, e.refuse.message, e.refuse.hint);
  return e.read(bytes, source);
}
