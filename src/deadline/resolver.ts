import type { Deadline } from '../model/records.js';
import { isYear } from './calendar.js';
import { parsePhrases } from './engine.js';
import { locateDuePhrase } from './find.js';
import { interpret } from './interpret.js';
import { originalSlice, prepare } from './normalize.js';
import { recurring, unspecified } from './record.js';

export interface DeadlineContext {
  /** The document's own year (plan year or issue year); null if unknown. */
  year: number | null;
}

/** Texts longer than this are list items or junk: caching them saves nothing. */
const CACHE_LIMIT = 4096;

/**
 * Resolves deadline phrases for one document. Plans repeat the same cell
 * (`2022年底前`) hundreds of times, so each distinct text is parsed once; the
 * cache holds frozen records and callers get copies.
 */
export class DeadlineResolver {
  readonly #year: number | null;
  readonly #resolved = new Map<string, Readonly<Deadline>>();
  readonly #found = new Map<string, Readonly<Deadline> | null>();
  /** Phrases whose parsing threw since the last `takeFailures()` (never cached, so each document hears of its own). */
  #failures: { text: string; error: string }[] = [];

  constructor(ctx?: DeadlineContext) {
    const year = ctx?.year ?? null;
    this.#year = year !== null && isYear(year) ? year : null;
  }

  /** A deadline cell → its record. Never throws: what cannot be read is `unspecified`. */
  resolve(text: string): Deadline {
    const key = String(text ?? '');
    let record = this.#resolved.get(key);
    if (!record) {
      const failuresBefore = this.#failures.length;
      record = Object.freeze(this.#compute(key));
      if (key.length <= CACHE_LIMIT && this.#failures.length === failuresBefore) this.#resolved.set(key, record);
    }
    return { ...record };
  }

  /** A list item → the record of its first explicit due phrase, or null. */
  find(text: string): Deadline | null {
    const key = String(text ?? '');
    let record = this.#found.get(key);
    if (record === undefined) {
      const failuresBefore = this.#failures.length;
      record = this.#locate(key);
      if (key.length <= CACHE_LIMIT && this.#failures.length === failuresBefore) this.#found.set(key, record);
    }
    return record ? { ...record } : null;
  }

  #compute(text: string): Deadline {
    try {
      const p = prepare(text);
      return interpret(p, parsePhrases(p.folded), this.#year);
    } catch (e) {
      // A parser bug must not take the whole document down with it, nor go unheard.
      this.#failures.push({ text, error: describe(e) });
      return unspecified(text);
    }
  }

  #locate(text: string): Readonly<Deadline> | null {
    try {
      const p = prepare(text);
      const at = locateDuePhrase(p, parsePhrases(p.folded), this.#year);
      if (!at) return null;
      const phrase = originalSlice(p, at.start, at.end);
      if ('every' in at) return Object.freeze(recurring(phrase, at.every));
      const record = this.resolve(phrase);
      if ('yearless' in at && at.yearless) return Object.freeze(unspecified(phrase));
      return record.kind === 'unspecified' ? null : Object.freeze(record);
    } catch (e) {
      this.#failures.push({ text, error: describe(e) });
      return null;
    }
  }

  /** The phrases that made the resolver fail since the last call, for the document's warnings. */
  takeFailures(): { text: string; error: string }[] {
    const out = this.#failures;
    this.#failures = [];
    return out;
  }
}

function describe(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').slice(0, 120);
}
