/**
 * The zip layer of the .docx reader: find the main document part from the
 * central directory, refuse zip bombs before inflating anything, and hand
 * back the part as a stream of inflated bytes, with the small parts it
 * relates to (numbering, styles) read whole.
 */
import { posix } from 'node:path';
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
  /** Largest side part (numbering.xml, styles.xml) read whole; larger ones are skipped. */
  maxSidePart: 4 * 1024 * 1024,
};

const HINT = 'open and re-save it in Word or LibreOffice, or export it as .txt';

export function corrupt(detail: string): InputFailure {
  return new InputFailure('CORRUPT_DOCX', `the .docx is damaged or incomplete (${detail})`, HINT);
}

function bomb(detail: string): InputFailure {
  return new InputFailure('ZIP_BOMB', `the .docx looks like a zip bomb (${detail})`, 'the file was not read; check where it came from');
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** A part related to the main one: its bytes, or why they could not be read (both null: absent). */
export interface SidePart {
  data: Buffer | null;
  error: string | null;
}

export interface DocumentPart {
  stream: Readable;
  /** Declared uncompressed size of the part. */
  size: number;
  zip: yauzl.ZipFile;
  /** The related parts asked for, by relationship type (`numbering`, `styles`). */
  side: Map<string, SidePart>;
}

/**
 * Opens the zip and returns a stream of `word/document.xml` (or the main part
 * named in `_rels/.rels`). `related` names relationship types of the main
 * part (`numbering`, `styles`) to read whole first; failing to read one never
 * fails the open, it is reported in `side`.
 */
export async function openDocumentPart(bytes: Uint8Array, related: readonly string[] = []): Promise<DocumentPart> {
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
    const side = related.length ? await readSideParts(zip, byName, main.fileName.replace(/\\/g, '/'), related) : new Map<string, SidePart>();
    const stream = await new Promise<Readable>((resolve, reject) => {
      zip.openReadStream(main, (err, s) => (err || !s ? reject(corrupt(err ? describe(err) : 'unreadable entry')) : resolve(s)));
    });
    return { stream, size: main.uncompressedSize, zip, side };
  } catch (e) {
    zip.close();
    throw e;
  }
}

/**
 * Reads the parts related to the main part, found through its relationships
 * (`word/_rels/document.xml.rels`), else at their usual name next to it
 * (`word/numbering.xml`). Parts over `maxSidePart` are not inflated.
 */
async function readSideParts(zip: yauzl.ZipFile, byName: Map<string, yauzl.Entry>, mainName: string, kinds: readonly string[]): Promise<Map<string, SidePart>> {
  const out = new Map<string, SidePart>();
  const dir = posix.dirname(mainName);
  const targets = new Map<string, string>();
  const relsEntry = byName.get(posix.join(dir, '_rels', `${posix.basename(mainName)}.rels`).toLowerCase());
  if (relsEntry && relsEntry.uncompressedSize < 1024 * 1024) {
    try {
      const xml = (await readAll(zip, relsEntry)).toString('utf8');
      for (const tag of xml.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
        const type = /\bType\s*=\s*["']([^"']*)["']/.exec(tag)?.[1] ?? '';
        const target = /\bTarget\s*=\s*["']([^"']*)["']/.exec(tag)?.[1];
        if (!target || /\bTargetMode\s*=\s*["']External/i.test(tag)) continue;
        const kind = type.slice(type.lastIndexOf('/') + 1);
        if (kinds.includes(kind) && !targets.has(kind)) {
          const path = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(dir, target));
          targets.set(kind, path);
        }
      }
    } catch {
      // No usable relationships: fall back to the usual names.
    }
  }
  for (const kind of kinds) {
    const name = targets.get(kind) ?? posix.join(dir, `${kind}.xml`);
    const entry = byName.get(name.toLowerCase()) ?? byName.get(posix.join(dir, `${kind}.xml`).toLowerCase());
    if (!entry) {
      out.set(kind, { data: null, error: null });
      continue;
    }
    if (entry.uncompressedSize > ZIP_LIMITS.maxSidePart) {
      out.set(kind, { data: null, error: `${entry.fileName} is ${mb(entry.uncompressedSize)}, over the ${mb(ZIP_LIMITS.maxSidePart)} limit` });
      continue;
    }
    try {
      out.set(kind, { data: await readAll(zip, entry), error: null });
    } catch (e) {
      out.set(kind, { data: null, error: e instanceof InputFailure ? e.message : describe(e) });
    }
  }
  return out;
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
