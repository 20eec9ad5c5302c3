import type { DocumentRecord, InputError } from '../model/records.js';

/**
 * A format writer turns the run into text one document at a time, so the
 * output of a run over hundreds of files never has to sit in memory whole.
 */
export interface FormatWriter {
  /** Text before the first document. */
  begin(): string;
  /**
   * Text for one document (`first` tells whether any document came before).
   * Always `document(doc, false) === separator + document(doc, true)`, so a
   * document can be written before its place in the output is known.
   */
  document(doc: DocumentRecord, first: boolean): string;
  /** Text between two documents' texts. */
  readonly separator: string;
  /** Text after the last document, given the inputs that failed. */
  end(errors: InputError[], anyDocument: boolean): string;
}

export interface WriterOptions {
  /** CSV for spreadsheets: a UTF-8 BOM and formula-like cells neutralised. */
  excel?: boolean;
}
