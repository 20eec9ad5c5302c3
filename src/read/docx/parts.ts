/**
 * The parts of a .docx on the shared zip layer: the main document part
 * (`word/document.xml`, or the one `_rels/.rels` names) as a stream, and the
 * small parts it relates to (numbering, styles) read whole.
 */
import { posix } from 'node:path';
import type { Readable } from 'node:stream';
import { InputFailure } from '../../model/errors.js';
import { corrupt as zipCorrupt, openZip, PartTooLarge, ZIP_LIMITS, type ZipArchive, type ZipKind } from '../zip.js';
import { describe } from '../xml.js';

export const DOCX: ZipKind = {
  label: '.docx',
  code: 'CORRUPT_DOCX',
  hint: 'open and re-save it in Word or LibreOffice, or export it as .txt',
};

export const corrupt = (detail: string): InputFailure => zipCorrupt(DOCX, detail);

/** A part related to the main one: its bytes, or why they could not be read (both null: absent). */
export interface SidePart {
  data: Buffer | null;
  error: string | null;
}

export interface DocumentPart {
  stream: Readable;
  /** Name of the main part inside the zip. */
  name: string;
  archive: ZipArchive;
  /** The related parts asked for, by relationship type (`numbering`, `styles`). */
  side: Map<string, SidePart>;
}

/**
 * Opens the zip and returns a stream of `word/document.xml` (or the main part
 * named in `_rels/.rels`). `related` names relationship types of the main
 * part to read whole first; failing to read one never fails the open, it is
 * reported in `side`.
 */
export async function openDocumentPart(bytes: Uint8Array, related: readonly string[] = []): Promise<DocumentPart> {
  const archive = await openZip(bytes, ZIP_LIMITS, DOCX);
  try {
    let main = archive.entry('word/document.xml')?.fileName;
    if (!main) {
      const rels = archive.entry('_rels/.rels');
      if (rels && rels.uncompressedSize < 1024 * 1024) {
        const xml = (await archive.readPart(rels.fileName)).toString('utf8');
        const target = /<Relationship\b[^>]*\bType="[^"]*\/officeDocument"[^>]*>/i.exec(xml)?.[0].match(/\bTarget="([^"]+)"/i)?.[1];
        if (target) main = archive.entry(target.replace(/^\//, ''))?.fileName;
      }
    }
    if (!main) throw corrupt('no word/document.xml inside');
    const side = related.length ? await readSideParts(archive, main.replace(/\\/g, '/'), related) : new Map<string, SidePart>();
    const stream = await archive.streamPart(main);
    return { stream, name: main, archive, side };
  } catch (e) {
    archive.close();
    throw e;
  }
}

/**
 * Reads the parts related to the main part, found through its relationships
 * (`word/_rels/document.xml.rels`), else at their usual name next to it
 * (`word/numbering.xml`). Parts over the side-part limit are not inflated.
 */
async function readSideParts(archive: ZipArchive, mainName: string, kinds: readonly string[]): Promise<Map<string, SidePart>> {
  const out = new Map<string, SidePart>();
  const dir = posix.dirname(mainName);
  const targets = new Map<string, string>();
  const relsEntry = archive.entry(posix.join(dir, '_rels', `${posix.basename(mainName)}.rels`));
  if (relsEntry && relsEntry.uncompressedSize < 1024 * 1024) {
    try {
      const xml = (await archive.readPart(relsEntry.fileName)).toString('utf8');
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
    const entry = archive.entry(name) ?? archive.entry(posix.join(dir, `${kind}.xml`));
    if (!entry) {
      out.set(kind, { data: null, error: null });
      continue;
    }
    try {
      out.set(kind, { data: await archive.readPart(entry.fileName), error: null });
    } catch (e) {
      out.set(kind, { data: null, error: e instanceof InputFailure || e instanceof PartTooLarge ? e.message : describe(e) });
    }
  }
  return out;
}
