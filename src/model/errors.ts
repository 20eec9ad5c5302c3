/**
 * A problem with one input that stops its extraction but not the run: the CLI
 * prints `plan-extract: <file>: <message> — <hint>` and records it in `errors`.
 * Codes are stable so scripts can match on them (see `diagnostics.ts`).
 */
import type { InputErrorCode, OptionErrorCode } from './diagnostics.js';

export class InputFailure extends Error {
  constructor(
    readonly code: InputErrorCode,
    message: string,
    /** What the user can do about it. */
    readonly hint: string,
  ) {
    super(message);
    this.name = 'InputFailure';
  }
}

export function isInputFailure(e: unknown): e is InputFailure {
  return e instanceof InputFailure;
}

/** An option the library or the command line cannot honour (`normalizeOptions`). */
export class OptionError extends Error {
  constructor(readonly code: OptionErrorCode, message: string) {
    super(message);
    this.name = 'OptionError';
  }
}
