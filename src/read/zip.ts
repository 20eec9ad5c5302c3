/**
 * The zip layer of every zip-based reader (.docx, .xlsx, .odt): the central
 * directory is read and checked against the zip-bomb limits before anything
 * is inflated; parts are then read whole (small ones) or streamed (the main
 * XML part). Each format brings its own error code and wording (`kind`), so
 * a damaged .xlsx says so and never "damaged .docx".
 */
import type { InputErrorCode } from '../model/diagnostics.js';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { InputFailure } from '../model/errors.js';
import { describe } from './xml.js';

export interface ZipLimits {
  /** Sum of the declared uncompressed sizes of all entries. */
  maxTotalUncompressed: number;
  /** Uncompressed/compressed size of a part that is read… */
  maxPartRatio: number;
  /** …checked once the part is larger than this (tiny parts can't hurt). */
  ratioFloor: number;
  maxEntries: number;
  /** Largest side part (numbering.xml, styles.xml, sharedStrings.xml…) read whole. */
  maxSidePart: number;
}

/** Limits checked on the central directory, before anything is inflated. */
export const ZIP_LIMITS: ZipLimits = {
  maxTotalUncompressed: 200 * 1024 * 1024,
  maxPartRatio: 100,
  ratioFloor: 1024 * 1024,
  maxEntries: 10_000,
  maxSidePart: 4 * 1024 * 1024,
};

/** What a format calls itself in messages, and its code for a damaged file. */
export interface ZipKind {
  /** `.docx`, `.xlsx`, `.odt`. */
  label: string;
  /** `CORRUPT_DOCX`, `CORRUPT_XLSX`, `CORRUPT_ODT`. */
  code: InputErrorCode;
  hint: string;
}

export const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export class ZipArchive {
  /** Entries by lower-cased name with `/` separators. */
  private readonly byName: Map<string, yauzl.Entry>;

  constructor(
    private readonly zip: yauzl.ZipFile,
    readonly entries: readonly yauzl.Entry[],
    readonly kind: ZipKind,
    readonly limits: ZipLimits,
  ) {
    this.byName = new Map(entries.map((e) => [normal(e.fileName), e]));
  }

  corrupt(detail: string): InputFailure {
    return corrupt(this.kind, detail);
  }

  bomb(detail: string): InputFailure {
    return new InputFailure('ZIP_BOMB', `the ${this.kind.label} looks like a zip bomb (${detail})`, 'the file was not read; check where it came from');
  }

  entry(name: string): yauzl.Entry | undefined {
    return this.byName.get(normal(name));
  }

  has(name: string): boolean {
    return this.byName.has(normal(name));
  }

  /** Refuses an encrypted entry, or one that inflates far beyond its compressed size. */
  private checkPart(e: yauzl.Entry): void {
    if (isEncrypted(e)) throw encrypted(this.kind);
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize > this.limits.ratioFloor && ratio > this.limits.maxPartRatio) {
      throw this.bomb(`${e.fileName} inflates ${Math.round(ratio)}×, to ${mb(e.uncompressedSize)}`);
    }
  }

  /** A part read whole; `maxSize` (default: the side-part limit) refuses larger ones. */
  async readPart(name: string, maxSize = this.limits.maxSidePart): Promise<Buffer> {
    const e = this.entry(name);
    if (!e) throw this.corrupt(`no ${name} inside`);
    if (e.uncompressedSize > maxSize) throw new PartTooLarge(`${e.fileName} is ${mb(e.uncompressedSize)}, over the ${mb(maxSize)} limit`);
    this.checkPart(e);
    return readAll(this.zip, e, this.kind);
  }

  /** A part as a stream of inflated bytes (the main part of a document). */
  streamPart(name: string): Promise<Readable> {
    const e = this.entry(name);
    if (!e) return Promise.reject(this.corrupt(`no ${name} inside`));
    this.checkPart(e);
    return new Promise<Readable>((resolve, reject) => {
      this.zip.openReadStream(e, (err, s) => (err || !s ? reject(this.corrupt(err ? describe(err) : 'unreadable entry')) : resolve(s)));
    });
  }

  close(): void {
    try { this.zip.close(); } catch { /* already closed */ }
  }
}

/** A part over its size limit (side parts are skipped with a warning, not fatal). */
export class PartTooLarge extends Error {}

export function corrupt(kind: ZipKind, detail: string): InputFailure {
  return new InputFailure(kind.code, `the ${kind.label} is damaged or incomplete (${detail})`, kind.hint);
}

function encrypted(kind: ZipKind): InputFailure {
  return new InputFailure('ENCRYPTED', `the ${kind.label} is password-protected (its zip entries are encrypted)`, 'save a copy without the password and run again');
}

const isEncrypted = (e: yauzl.Entry) => (e.generalPurposeBitFlag & 1) !== 0;
const normal = (name: string) => name.replace(/\\/g, '/').replace(/^\//, '').toLowerCase();

/**
 * Opens a zip archive and checks its central directory: entry count, total
 * declared size. Nothing is inflated here.
 */
export async function openZip(bytes: Uint8Array, limits: ZipLimits, kind: ZipKind): Promise<ZipArchive> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false, decodeStrings: true }, (err, z) => {
      if (err || !z) reject(corrupt(kind, err ? describe(err) : 'no zip directory'));
      else resolve(z);
    });
  });
  try {
    if (zip.entryCount > limits.maxEntries) throw new ZipArchive(zip, [], kind, limits).bomb(`${zip.entryCount} entries`);
    const entries = await listEntries(zip, kind);
    const archive = new ZipArchive(zip, entries, kind, limits);
    let total = 0;
    for (const e of entries) total += e.uncompressedSize;
    if (total > limits.maxTotalUncompressed) throw archive.bomb(`${mb(total)} uncompressed`);
    return archive;
  } catch (e) {
    zip.close();
    throw e;
  }
}

function listEntries(zip: yauzl.ZipFile, kind: ZipKind): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const out: yauzl.Entry[] = [];
    zip.on('entry', (e: yauzl.Entry) => {
      out.push(e);
      zip.readEntry();
    });
    zip.once('end', () => resolve(out));
    zip.once('error', (err: Error) => reject(corrupt(kind, describe(err))));
    zip.readEntry();
  });
}

function readAll(zip: yauzl.ZipFile, entry: yauzl.Entry, kind: ZipKind): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, s) => {
      if (err || !s) return reject(corrupt(kind, err ? describe(err) : 'unreadable entry'));
      const parts: Buffer[] = [];
      s.on('data', (c: Buffer) => parts.push(c));
      s.on('end', () => resolve(Buffer.concat(parts)));
      s.on('error', (e: Error) => reject(corrupt(kind, describe(e))));
    });
  });
}
