/**
 * A problem with one input that stops its extraction but not the run: the CLI
 * prints `plan-extract: <file>: <message> — <hint>` and records it in `errors`.
 * Codes are stable so scripts can match on them.
 */
export class InputFailure extends Error {
  constructor(
    readonly code: string,
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
