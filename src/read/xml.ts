/**
 * XML machinery shared by the zip-based readers (.docx, .xlsx, .odt):
 * decoding a part by its BOM or declared encoding, walking a small part
 * whole, and pumping a large part through a streaming parser (saxes).
 * saxes keeps its own element stack, so depth costs nothing but that stack;
 * the handlers built on it must keep their work per element constant.
 */
import type { Warning } from '../model/diagnostics.js';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import iconv from 'iconv-lite';
import type { Readable } from 'node:stream';
import { InputFailure } from '../model/errors.js';

export type Attr = (name: string) => string | undefined;

/** The encoding an XML declaration names (`<?xml … encoding="GBK"?>`), lower-cased, or null. */
export function declaredXmlEncoding(head: Uint8Array): string | null {
  const s = Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, 200)).toString('latin1');
  const m = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(s);
  return m ? m[1]!.toLowerCase() : null;
}

const UTF8 = /^utf-?8$/;

/** A decoder for a part's bytes: its BOM, else its declared encoding when iconv-lite knows it, else UTF-8. */
export function partDecoder(head: Uint8Array, part: string, warnings: Warning[] | null): { write(b: Uint8Array): string; end(): string; encoding: string } {
  let encoding = 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) encoding = 'utf-16le';
  else if (head[0] === 0xfe && head[1] === 0xff) encoding = 'utf-16be';
  else if (!(head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)) {
    const declared = declaredXmlEncoding(head);
    if (declared && !UTF8.test(declared)) {
      // GB labels all decode as GB18030, their superset (as for HTML pages).
      const label = /^(?:gb2312|gbk|gb18030|cp936|x-gbk|euc-cn)$/.test(declared) ? 'gb18030' : declared;
      if (iconv.encodingExists(label)) encoding = label;
      else warnings?.push({ code: 'PART_ENCODING', message: `${part} declares the encoding ${declared}, which is not supported; it was read as UTF-8` });
    }
  }
  if (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') {
    const d = new TextDecoder(encoding);
    return { write: (b) => d.decode(b, { stream: true }), end: () => d.decode(), encoding };
  }
  const d = iconv.getDecoder(encoding);
  return { write: (b) => d.write(Buffer.from(b.buffer, b.byteOffset, b.byteLength)), end: () => d.end() ?? '', encoding };
}

/** Decodes a whole small part (see partDecoder). */
export function decodeXmlPart(data: Uint8Array, part = 'the part', warnings: Warning[] | null = null): string {
  const d = partDecoder(data.subarray(0, 200), part, warnings);
  return d.write(data) + d.end();
}

/**
 * Walks a small part: `open`/`close` get the local name of each element of
 * the namespaces in `ns` and the local names of its open ancestors (other
 * namespaces are transparent). The prefix is the one the root binds to a
 * namespace of `ns`, else `defaultPrefix`. Throws on malformed XML.
 */
export function walkXml(
  xml: string,
  ns: ReadonlySet<string>,
  defaultPrefix: string,
  open: (name: string, attr: Attr, stack: readonly string[]) => void,
  close?: (name: string, stack: readonly string[]) => void,
): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let prefix: string | null = null;
  const stack: string[] = [];
  const local = (q: string): string => {
    if (prefix === null) return '';
    if (prefix === '') return q.includes(':') ? '' : q;
    return q.startsWith(prefix) ? q.slice(prefix.length) : '';
  };
  let error: unknown = null;
  parser.on('error', (e) => { error ??= e; });
  parser.on('opentag', (t: SaxesTagPlain) => {
    if (prefix === null) {
      prefix = prefixFor(t, ns) ?? defaultPrefix;
    }
    const name = local(t.name);
    const attr: Attr = (a) => {
      const v = t.attributes[`${prefix}${a}`] ?? t.attributes[a];
      return typeof v === 'string' ? v : undefined;
    };
    if (name) open(name, attr, stack);
    stack.push(name);
  });
  parser.on('closetag', () => {
    const name = stack.pop() ?? '';
    if (name) close?.(name, stack);
  });
  parser.write(xml);
  if (error) throw error;
  parser.close();
  if (error) throw error;
  if (prefix === null) throw new Error('no root element');
}

/** The prefix (`w:`, or '' for a default namespace) a tag's attributes bind to one of `ns`, or null. */
export function prefixFor(t: SaxesTagPlain, ns: ReadonlySet<string>): string | null {
  for (const [k, v] of Object.entries(t.attributes)) {
    if (typeof v === 'string' && ns.has(v) && (k === 'xmlns' || k.startsWith('xmlns:'))) return k === 'xmlns' ? '' : `${k.slice(6)}:`;
  }
  return null;
}

/**
 * Feeds an inflated part to `write` chunk by chunk, decoded by its BOM or
 * declared encoding; `close` runs at the end. Any failure that is not
 * already an InputFailure becomes `corrupt(detail)`.
 */
export function pumpXml(
  stream: Readable,
  part: string,
  warnings: Warning[],
  write: (s: string) => void,
  close: () => void,
  corrupt: (detail: string) => InputFailure,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let decoder: ReturnType<typeof partDecoder> | null = null;
    let failed = false;
    const fail = (e: unknown) => {
      if (failed) return;
      failed = true;
      stream.destroy();
      reject(e instanceof InputFailure ? e : corrupt(describe(e)));
    };
    stream.on('data', (chunk: Buffer) => {
      if (failed) return;
      try {
        decoder ??= partDecoder(chunk, part, warnings);
        write(decoder.write(chunk));
      } catch (e) {
        fail(e);
      }
    });
    stream.on('end', () => {
      if (failed) return;
      try {
        if (decoder) write(decoder.end());
        close();
        resolve();
      } catch (e) {
        fail(e);
      }
    });
    stream.on('error', fail);
  });
}

export function describe(err: unknown): string {
  const m = err instanceof Error ? err.message : String(err);
  return m.replace(/\s+/g, ' ').slice(0, 120);
}
