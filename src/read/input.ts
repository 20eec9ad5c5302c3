/**
 * Getting one input's bytes (library and command line alike): a path or `-` (standard input), with the size
 * limit checked before anything is read.
 */
import { open, stat } from 'node:fs/promises';
import { InputFailure } from '../model/errors.js';

export async function readInput(source: string, maxSize: number): Promise<Uint8Array> {
  if (source === '-') return readStdin(maxSize);
  let info;
  try {
    info = await stat(source);
  } catch (e) {
    throw failureFromFs(e);
  }
  if (info.isDirectory()) {
    throw new InputFailure('EISDIR', 'is a directory', `pass the files inside it, e.g. ${source.replace(/[\\/]+$/, '')}/*.txt`);
  }
  if (!info.isFile()) throw new InputFailure('NOT_A_FILE', 'is not a regular file', 'pass a .txt, .docx, .doc or .html file');
  if (info.size > maxSize) {
    throw new InputFailure('TOO_LARGE', `is ${formatSize(info.size)}, over the ${formatSize(maxSize)} limit`, 'raise the limit with --max-size if the file is really a plan');
  }
  let handle;
  try {
    handle = await open(source, 'r');
    return await handle.readFile();
  } catch (e) {
    throw failureFromFs(e);
  } finally {
    await handle?.close();
  }
}

async function readStdin(maxSize: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxSize) {
      throw new InputFailure('TOO_LARGE', `standard input is over the ${formatSize(maxSize)} limit`, 'raise the limit with --max-size');
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function failureFromFs(e: unknown): InputFailure {
  const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
  switch (code) {
    case 'ENOENT': return new InputFailure('ENOENT', 'no such file', 'check the path (quote names with spaces)');
    case 'EACCES':
    case 'EPERM': return new InputFailure(code, 'permission denied', 'check the file permissions');
    case 'EISDIR': return new InputFailure('EISDIR', 'is a directory', 'pass the files inside it');
    default: return new InputFailure('EIO', `cannot be read (${code})`, 'check that the file is readable');
  }
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) ? 1 : 0)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** `50MB`, `200k`, `1g`, `1048576` → bytes; null when the text is no size. */
export function parseSize(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$/i.exec(text);
  if (!m) return null;
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.floor(Number(m[1]) * unit);
}
