/**
 * The writers' text for one document, as the workers write it
 * (`document(doc, true)`) and the main thread joins it (`separator` before
 * every document but the first): the same bytes as writing each document in
 * its place, in every format; and JSON written at its depth by JSON.stringify
 * itself is the document's own JSON re-indented.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBytes, ResolverPool } from '../../src/index.js';
import { createWriter, FORMATS } from '../../src/write/index.js';
import type { DocumentRecord } from '../../src/model/records.js';
import { ROOT } from '../support/cli.js';

async function seedRecords(): Promise<DocumentRecord[]> {
  const pool = new ResolverPool();
  const names = ['000_2439c07fcf6e2db5.txt', '002_6c0f68f7b803a564.txt', '003_8b3926643d49486d.txt'];
  return Promise.all(names.map((n) => extractBytes(readFileSync(join(ROOT, 'seeds', n)), `seeds/${n}`, { pool })));
}

describe('writers', () => {
  it('document(doc, false) is the separator and document(doc, true), in every format', async () => {
    const docs = await seedRecords();
    for (const format of FORMATS) {
      for (const excel of format === 'csv' ? [false, true] : [false]) {
        const writer = await createWriter(format, { excel });
        const inPlace = docs.map((d, i) => writer.document(d, i === 0)).join('');
        const joined = docs.map((d) => writer.document(d, true)).join(writer.separator);
        expect(joined, `${format}${excel ? ' --excel' : ''}`).toBe(inPlace);
        expect(docs.every((d) => writer.document(d, false) === writer.separator + writer.document(d, true))).toBe(true);
      }
    }
  });

  it('JSON: each document is its own JSON indented to its depth, and the whole output parses back to the records', async () => {
    const docs = await seedRecords();
    const writer = await createWriter('json');
    for (const d of docs) {
      expect(writer.document(d, true)).toBe(`\n    ${JSON.stringify(d, null, 2).replace(/\n/g, '\n    ')}`);
    }
    const text = writer.begin() + docs.map((d, i) => writer.document(d, i === 0)).join('') + writer.end([], true);
    expect(JSON.parse(text)).toEqual({ schemaVersion: 1, documents: JSON.parse(JSON.stringify(docs)), errors: [] });
  });
});
