/**
 * An input's failure as it crosses from a worker to the main thread (a plain
 * object: classes do not survive the copy), and the mapping of what was
 * thrown to it. Shared by the main thread (which reads the bytes) and the
 * worker (which extracts them).
 */
import { isInputFailure } from '../model/errors.js';
import type { InputErrorCode } from '../model/diagnostics.js';

export interface Failure {
  code: InputErrorCode;
  message: string;
  hint: string;
  /** A bug of ours rather than a problem with the input. */
  internal: boolean;
  stack?: string;
}

export function failureOf(e: unknown, source: string): Failure {
  if (isInputFailure(e)) {
    if (e.code === 'ENOENT' && source.includes('\uFFFD')) {
      // The name reached us through a lossy UTF-8 decoding of argv, so the
      // file cannot be found by it: say what is really wrong.
      return { code: 'NAME_NOT_UTF8', message: 'the file name is not valid UTF-8', hint: 'rename the file to a UTF-8 name (e.g. `convmv -f gbk -t utf8 --notest FILE`)', internal: false };
    }
    return { code: e.code, message: e.message, hint: e.hint, internal: false };
  }
  const error = e instanceof Error ? e : new Error(String(e));
  if (isExhaustion(error)) {
    return { code: 'TOO_COMPLEX', message: `the document is too complex to extract (${error.message})`, hint: 'check that it is really a plan; split it into smaller files if it is', internal: false };
  }
  return { code: 'INTERNAL', message: error.message, hint: '', internal: true, stack: error.stack };
}

/** The engine ran out of stack or of string/array room: the input's fault, not a bug. */
function isExhaustion(e: Error): boolean {
  return e instanceof RangeError && /call stack|string length|array length|allocation failed/i.test(e.message);
}
