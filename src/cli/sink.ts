/**
 * Where output goes. A regular file is written to a temporary name in its own
 * folder and renamed into place only when complete, so an interrupted run
 * leaves the old file intact and a reader never sees half a file. Anything
 * else (a device such as /dev/null, a FIFO, a socket) is written directly: it
 * is never replaced by a file. A symlink is followed, so the link stays and
 * its target gets the output.
 */
import { createWriteStream, readFileSync, realpathSync, rmSync, statSync, type Stats } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { onInterrupt } from './signals.js';

export interface Sink {
  write(text: string): Promise<void>;
  /** Make the output final (rename into place); call once, after the last write. */
  commit(): Promise<void>;
  /** Throw the partial output away. */
  abort(): Promise<void>;
  /** The reader went away (EPIPE): the rest of the output is dropped, the run goes on. */
  readonly closed: boolean;
}

/**
 * Standard output. When the reader closes the pipe early (`… | head`) the
 * rest is dropped quietly, and the run still finishes its inputs so the exit
 * status says whether they all extracted.
 */
export function stdoutSink(): Sink {
  let closed = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') closed = true;
  });
  return {
    get closed() { return closed; },
    write: async (text) => {
      if (closed) return;
      try {
        await writeTo(process.stdout, text);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EPIPE') closed = true;
        else throw e;
      }
    },
    commit: async () => {},
    abort: async () => {},
  };
}

/**
 * Node replaces a standard stream that was closed at start (`>&-`) with
 * /dev/null opened read-write; a shell's `> /dev/null` opens it write-only.
 * Only Linux tells the two apart (through /proc); elsewhere this says false.
 */
export function stdoutClosedAtStart(): boolean {
  try {
    const fdinfo = readFileSync('/proc/self/fdinfo/1', 'utf8');
    const flags = /^flags:\s*([0-7]+)/m.exec(fdinfo);
    // O_ACCMODE = 3, O_RDWR = 2.
    return flags !== null && (parseInt(flags[1]!, 8) & 3) === 2 && realpathSync('/proc/self/fd/1') === '/dev/null';
  } catch {
    return false;
  }
}

export function fileSink(path: string): Sink {
  let info: Stats | null = null;
  try {
    info = statSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  if (info?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (info && !info.isFile()) return directSink(path);
  // A symlink keeps pointing where it did: the output replaces its target.
  const target = info ? realpathSync(path) : path;
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.partial`);
  const stream = createWriteStream(temp, { flags: 'wx' });
  let failed: Error | null = null;
  stream.on('error', (e) => { failed = e; });
  const closed = () => new Promise<void>((resolve, reject) => {
    if (failed) { reject(failed); return; }
    stream.end(() => (failed ? reject(failed) : resolve()));
  });
  // Ctrl-C must not leave the partial file behind.
  const detach = onInterrupt(() => rmSync(temp, { force: true }));
  return {
    closed: false,
    write: (text) => (failed ? Promise.reject(failed) : writeTo(stream, text)),
    commit: async () => {
      try {
        await closed();
        await rename(temp, target);
      } finally {
        detach();
      }
    },
    abort: async () => {
      stream.destroy();
      await rm(temp, { force: true }).catch(() => {});
      detach();
    },
  };
}

/** A device or a FIFO: written in place (opening a FIFO waits for its reader, as a shell's `>` does). */
function directSink(path: string): Sink {
  const stream = createWriteStream(path, { flags: 'w' });
  let failed: Error | null = null;
  stream.on('error', (e) => { failed = e; });
  return {
    closed: false,
    write: (text) => (failed ? Promise.reject(failed) : writeTo(stream, text)),
    commit: () => new Promise<void>((resolve, reject) => {
      if (failed) { reject(failed); return; }
      stream.end(() => (failed ? reject(failed) : resolve()));
    }),
    abort: async () => { stream.destroy(); },
  };
}

/** Resolves once the stream took the text, or drained; rejects on an error that comes while waiting. */
function writeTo(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!text) return Promise.resolve();
  return new Promise((resolve, reject) => {
    if (stream.write(text)) { resolve(); return; }
    const onError = (e: Error) => { stream.off('drain', onDrain); reject(e); };
    const onDrain = () => { stream.off('error', onError); resolve(); };
    stream.once('drain', onDrain);
    stream.once('error', onError);
  });
}
