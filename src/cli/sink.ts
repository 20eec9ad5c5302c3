/**
 * Where output goes. A file is written to a temporary name in its own folder
 * and renamed into place only when complete, so an interrupted run leaves the
 * old file intact and a reader never sees half a file.
 */
import { createWriteStream, rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface Sink {
  write(text: string): Promise<void>;
  /** Make the output final (rename into place); call once, after the last write. */
  commit(): Promise<void>;
  /** Throw the partial output away. */
  abort(): Promise<void>;
}

export function stdoutSink(): Sink {
  return {
    write: (text) => writeTo(process.stdout, text),
    commit: async () => {},
    abort: async () => {},
  };
}

export function fileSink(path: string): Sink {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  const stream = createWriteStream(temp, { flags: 'wx' });
  let failed: Error | null = null;
  stream.on('error', (e) => { failed = e; });
  const closed = () => new Promise<void>((resolve, reject) => {
    if (failed) { reject(failed); return; }
    stream.end(() => (failed ? reject(failed) : resolve()));
  });
  const cleanup = () => { rm(temp, { force: true }).catch(() => {}); };
  // Ctrl-C must not leave the partial file behind.
  const onSignal = (signal: NodeJS.Signals) => {
    rmSync(temp, { force: true });
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const detach = () => { process.off('SIGINT', onSignal); process.off('SIGTERM', onSignal); };
  return {
    write: (text) => (failed ? Promise.reject(failed) : writeTo(stream, text)),
    commit: async () => {
      detach();
      await closed();
      await rename(temp, path);
    },
    abort: async () => {
      detach();
      stream.destroy();
      cleanup();
    },
  };
}

function writeTo(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!text) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const ok = stream.write(text, (err) => (err ? reject(err) : undefined));
    if (ok) resolve();
    else stream.once('drain', resolve);
  });
}
