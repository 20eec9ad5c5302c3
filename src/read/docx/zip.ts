/**
 * The zip layer of the .docx reader: find the main document part from the
 * central directory, refuse zip bombs before inflating anything, and hand
 * back the part as a stream of inflated bytes.
 */
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { InputFailure } from '../../model/errors.js';

/** Limits checked on the central directory, before anything is inflated. */
export const ZIP_LIMITS = {
  /** Sum of the declared uncompressed sizes of all entries. */
  maxTotalUncompressed: 200 * 1024 * 1024,
  /** Uncompressed/compressed size of the main document part… */
  maxDocumentRatio: 100,
  /** …checked once the part is larger than this (tiny parts can't hurt). */
  ratioFloor: 1024 * 1024,
  maxEntries: 10_000,
};

const HINT = 'open and re-save it in Word or LibreOffice, or export it as .txt';

export function corrupt(detail: string): InputFailure {
  return new InputFailure('CORRUPT_DOCX', `the .docx is damaged or incomplete (${detail})`, HINT);
}

function bomb(detail: string): InputFailure {
  return new InputFailure('ZIP_BOMB', `the .docx looks like a zip bomb (${detail})`, 'the file was not read; check where it came from');
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export interface DocumentPart {
  stream: Readable;
  /** Declared uncompressed size of the part. */
  size: number;
  zip: yauzl.ZipFile;
}

/** Opens the zip and returns a stream of `word/document.xml` (or the main part named in `_rels/.rels`). */
export async function openDocumentPart(bytes: Uint8Array): Promise<DocumentPart> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false, decodeStrings: true }, (err, z) => {
      if (err || !z) reject(corrupt(err ? describe(err) : 'no zip directory'));
      else resolve(z);
    });
  });
  try {
    if (zip.entryCount > ZIP_LIMITS.maxEntries) throw bomb(`${zip.entryCount} entries`);
    const entries = await listEntries(zip);
    let total = 0;
    for (const e of entries) total += e.uncompressedSize;
    if (total > ZIP_LIMITS.maxTotalUncompressed) throw bomb(`${mb(total)} uncompressed`);

    const byName = new Map(entries.map((e) => [e.fileName.replace(/\\/g, '/').toLowerCase(), e]));
    let main = byName.get('word/document.xml');
    if (!main) {
      const rels = byName.get('_rels/.rels');
      if (rels && rels.uncompressedSize < 1024 * 1024) {
        const xml = (await readAll(zip, rels)).toString('utf8');
        const target = /<Relationship\b[^>]*\bType="[^"]*\/officeDocument"[^>]*>/i.exec(xml)?.[0].match(/\bTarget="([^"]+)"/i)?.[1];
        if (target) main = byName.get(target.replace(/^\//, '').toLowerCase());
      }
    }
    if (!main) throw corrupt('no word/document.xml inside');
    const ratio = main.uncompressedSize / Math.max(1, main.compressedSize);
    if (main.uncompressedSize > ZIP_LIMITS.ratioFloor && ratio > ZIP_LIMITS.maxDocumentRatio) {
      throw bomb(`word/document.xml inflates ${Math.round(ratio)}×, to ${mb(main.uncompressedSize)}`);
    }
    const stream = await new Promise<Readable>((resolve, reject) => {
      zip.openReadStream(main, (err, s) => (err || !s ? reject(corrupt(err ? describe(err) : 'unreadable entry')) : resolve(s)));
    });
    return { stream, size: main.uncompressedSize, zip };
  } catch (e) {
    zip.close();
    throw e;
  }
}

function listEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const out: yauzl.Entry[] = [];
    zip.on('entry', (e: yauzl.Entry) => {
      out.push(e);
      zip.readEntry();
    });
    zip.once('end', () => resolve(out));
    zip.once('error', (err: Error) => reject(corrupt(describe(err))));
    zip.readEntry();
  });
}

function readAll(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, s) => {
      if (err || !s) return reject(corrupt(err ? describe(err) : 'unreadable entry'));
      const parts: Buffer[] = [];
      s.on('data', (c: Buffer) => parts.push(c));
      s.on('end', () => resolve(Buffer.concat(parts)));
      s.on('error', (e: Error) => reject(corrupt(describe(e))));
    });
  });
}

export function describe(err: unknown): string {
  const m = err instanceof Error ? err.message : String(err);
  return m.replace(/\s+/g, ' ').slice(0, 120);
}
