/** Test helpers for the readers: fixture loading, a tiny zip writer, grid views. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateRawSync, crc32 } from 'node:zlib';
import type { Block, DocumentModel, ParagraphBlock, TableBlock } from '../../src/model/document.js';
import { isInputFailure } from '../../src/model/errors.js';

export const fixture = (rel: string): Uint8Array => readFileSync(fileURLToPath(new URL(`../../fixtures/${rel}`, import.meta.url)));

export const tables = (m: DocumentModel): TableBlock[] => m.blocks.filter((b): b is TableBlock => b.kind === 'table');
export const paragraphs = (m: DocumentModel): ParagraphBlock[] => m.blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph');

/** The grid as texts, covered positions shown as `^`. */
export const texts = (t: TableBlock): string[][] => t.rows.map((r) => r.cells.map((c) => (c.covered ? '^' : c.text)));

/** Every row of every table has exactly `width` cells. */
export function gridIsFull(blocks: Block[]): boolean {
  return blocks.every((b) => b.kind !== 'table' || b.rows.every((r) => r.cells.length === b.width));
}

export interface ZipEntrySpec {
  name: string;
  data: Uint8Array | string;
  /** Store instead of deflate. */
  store?: boolean;
  /** Lie about the uncompressed size in the central directory. */
  declaredSize?: number;
  /** Set the "encrypted" flag (general purpose bit 0), as a password-protected zip does. */
  encrypted?: boolean;
}

/** Writes a zip archive (local headers, data, central directory, end record). */
export function makeZip(entries: ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data);
    const body = e.store ? raw : deflateRawSync(raw);
    const name = Buffer.from(e.name, 'utf8');
    const crc = crc32(raw);
    const size = e.declaredSize ?? raw.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800 | (e.encrypted ? 1 : 0), 6);
    local.writeUInt16LE(e.store ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800 | (e.encrypted ? 1 : 0), 8);
    central.writeUInt16LE(e.store ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A minimal .docx around a `w:body` fragment. */
export function docxFromBody(body: string, extra: ZipEntrySpec[] = []): Buffer {
  return makeZip([
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>' },
    { name: '_rels/.rels', data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
    { name: 'word/document.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>` },
    ...extra,
  ]);
}

/** `w:p` with one run of text. */
export const wp = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
/** `w:tc` with paragraphs, optional tcPr content. */
export const wtc = (t: string | string[], pr = '') => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${(Array.isArray(t) ? t : [t]).map(wp).join('')}</w:tc>`;

/** What reading gave: `ok`, or the InputFailure's code (anything else is a bug, shown as such). */
export async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return isInputFailure(e) ? e.code : `uncoded: ${String(e)}`;
  }
}
