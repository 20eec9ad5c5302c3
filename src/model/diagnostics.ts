/**
 * Every diagnostic the tool can give, as values with a code from one closed
 * union: input errors (an input that could not be extracted), warnings (a
 * document extracted, but something a reader should know) and option errors
 * (a call or command line that asks for something impossible). Scripts match
 * on the codes; the README lists each one.
 */

/** Why an input could not be extracted (`errors[].code`, `InputFailure.code`). */
export const INPUT_ERROR_CODES = [
  'ENOENT', 'EISDIR', 'EACCES', 'EPERM', 'EIO', 'NOT_A_FILE', 'EMPTY', 'TOO_LARGE',
  'UNSUPPORTED_PDF', 'UNSUPPORTED_IMAGE', 'UNSUPPORTED_RTF', 'UNSUPPORTED_ZIP', 'BINARY', 'NUL_BYTE',
  'CORRUPT_DOCX', 'ZIP_BOMB', 'CORRUPT_DOC', 'UNSUPPORTED_DOC', 'ENCRYPTED', 'CORRUPT_HTML',
  // The formats of issue 9: damaged files, a scan with no text layer, and the reader bounds.
  'CORRUPT_ODT', 'CORRUPT_PDF', 'CORRUPT_XLS', 'CORRUPT_XLSX', 'SCANNED_PDF', 'TOO_DEEP', 'TOO_MANY_CELLS', 'TOO_MANY_PAGES', 'UNSUPPORTED_ODS', 'UNSUPPORTED_OFD',
  /** The document ran its worker out of memory or stack, or would multiply its input in its output. */
  'TOO_COMPLEX',
  /** The document overran its time budget (`--timeout`). */
  'TIMEOUT',
  /** The file name is not valid UTF-8, so it cannot be opened by it. */
  'NAME_NOT_UTF8',
  'INTERNAL',
] as const;
export type InputErrorCode = (typeof INPUT_ERROR_CODES)[number];

/** What a document's `warnings[].code` can say. */
export const WARNING_CODES = [
  /** Bytes that did not decode and were replaced by U+FFFD. */
  'DECODE_REPLACED',
  /** A docx `word/numbering.xml` that could not be read: automatic numbers are missing. */
  'NUMBERING_DAMAGED',
  /** A vertically merged docx cell with nothing above it to merge into. */
  'ORPHAN_MERGE',
  /** A .doc/.wps table whose merged cells were lost by the binary format's text stream. */
  'MERGE_LOST',
  /** A stage (list detector, deadline resolver) failed on this document: some tasks or deadlines may be missing. */
  'DETECTOR_FAILED',
  /** The document yielded no task at all. */
  'NO_TASKS',
  /** Text held by the covered cells of a merge was gathered up to a bound; the rest was dropped. */
  'MERGED_TEXT_CAPPED',
  /** A part of a zipped document declares an encoding that is not supported: read as UTF-8. */
  'PART_ENCODING',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** Option errors: thrown by `normalizeOptions` (library) and reported as usage errors (CLI). */
export const OPTION_ERROR_CODES = [
  'OPTION_UNKNOWN', 'OPTION_MAX_SIZE', 'OPTION_ONLY', 'OPTION_REFERENCE_YEAR', 'OPTION_ID_PREFIX', 'OPTION_POOL', 'OPTION_UNITS',
] as const;
export type OptionErrorCode = (typeof OPTION_ERROR_CODES)[number];

export type DiagnosticCode = InputErrorCode | WarningCode | OptionErrorCode;

export interface Warning {
  code: WarningCode;
  message: string;
  /** Where it applies (the document's `lineBase`), when it is one place. */
  line?: number;
}

/**
 * The warnings of one document, collected from every stage and
 * de-duplicated (the same code, message and line once), in the order first
 * seen — the `{ value, messages }` shape of mammoth's results.
 */
export class WarningLog {
  readonly #seen = new Set<string>();
  readonly #list: Warning[] = [];

  add(code: WarningCode, message: string, line?: number): void {
    this.push(line === undefined ? { code, message } : { code, message, line });
  }

  push(...warnings: Warning[]): void {
    for (const w of warnings) {
      const key = `${w.code}\u0000${w.message}\u0000${w.line ?? ''}`;
      if (this.#seen.has(key)) continue;
      this.#seen.add(key);
      this.#list.push(w);
    }
  }

  get size(): number {
    return this.#list.length;
  }

  toArray(): Warning[] {
    return this.#list.map((w) => ({ ...w }));
  }
}
