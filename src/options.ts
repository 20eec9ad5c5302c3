/**
 * The options of one extraction, for the library and the command line alike,
 * checked and filled in once (as csv-stringify normalises its options): a bad
 * value is an `OptionError` with a code, never a silent default.
 */
// Types only: the command line checks its options without loading the
// deadline engine or the unit tables (`--help` stays light); extraction fills
// in the defaults (extract.ts).
import type { ResolverPool } from './deadline/pool.js';
import { isYear } from './deadline/calendar.js';
import { OptionError } from './model/errors.js';
import { parseSize } from './read/input.js';
import type { UnitNamer } from './units/canonical.js';

export type OnlyOrigin = 'tables' | 'lists';

export interface ExtractOptions {
  /** Inputs larger than this are refused before they are read: bytes, or a size such as `'50MB'` (default 50 MB). */
  maxSize?: number | string;
  /** Extract only the task tables or only the task lists (default: both). */
  only?: OnlyOrigin | null;
  /** The year of year-less phrases (`6月底前`) in a document that states no year of its own (default: none, so they are `unspecified`). */
  referenceYear?: number | null;
  /** Share resolved deadline phrases between documents (one pool per run). */
  pool?: ResolverPool;
  /** Start of every task id (default: the file name without its extension). */
  idPrefix?: string | null;
  /** Names every lead and partner (`leadUnits`/`partnerUnits`; default: the shipped alias table). */
  units?: UnitNamer;
}

export interface NormalizedOptions {
  maxSize: number;
  only: OnlyOrigin | null;
  referenceYear: number | null;
  /** null: a pool of the extraction's own. */
  pool: ResolverPool | null;
  idPrefix: string | null;
  /** null: the shipped alias table. */
  units: UnitNamer | null;
}

export const DEFAULT_MAX_SIZE = 50 * 1024 * 1024;

const KNOWN = new Set<string>(['maxSize', 'only', 'referenceYear', 'pool', 'idPrefix', 'units']);

/** `options` may also be a `ResolverPool`, the second argument of earlier versions. */
export function normalizeOptions(options?: ExtractOptions | ResolverPool | null): NormalizedOptions {
  if (isResolverPool(options)) options = { pool: options };
  const o = (options ?? {}) as Record<string, unknown>;
  if (typeof o !== 'object') throw new OptionError('OPTION_UNKNOWN', `options must be an object, got ${typeof o}`);
  for (const key of Object.keys(o)) {
    if (!KNOWN.has(key)) throw new OptionError('OPTION_UNKNOWN', `unknown option "${key}" (known: ${[...KNOWN].join(', ')})`);
  }
  return {
    maxSize: maxSizeOf(o.maxSize),
    only: onlyOf(o.only),
    referenceYear: referenceYearOf(o.referenceYear),
    pool: poolOf(o.pool),
    idPrefix: idPrefixOf(o.idPrefix),
    units: unitsOf(o.units),
  };
}

function maxSizeOf(value: unknown): number {
  if (value === undefined || value === null) return DEFAULT_MAX_SIZE;
  const n = typeof value === 'string' ? parseSize(value) : typeof value === 'number' ? value : null;
  if (n === null || !Number.isFinite(n) || n <= 0) {
    throw new OptionError('OPTION_MAX_SIZE', `maxSize must be a positive size such as 50MB or 500KB, got ${JSON.stringify(value)}`);
  }
  return Math.floor(n);
}

function onlyOf(value: unknown): OnlyOrigin | null {
  if (value === undefined || value === null || value === 'all') return null;
  if (typeof value === 'string' && (value.toLowerCase() === 'tables' || value.toLowerCase() === 'lists')) return value.toLowerCase() as OnlyOrigin;
  throw new OptionError('OPTION_ONLY', `only must be "tables" or "lists", got ${JSON.stringify(value)}`);
}

function referenceYearOf(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !isYear(value)) throw new OptionError('OPTION_REFERENCE_YEAR', `referenceYear must be a four-digit year, got ${JSON.stringify(value)}`);
  return value;
}

function isResolverPool(value: unknown): value is ResolverPool {
  return typeof value === 'object' && value !== null && value.constructor?.name === 'ResolverPool' && typeof (value as ResolverPool).get === 'function';
}

function unitsOf(value: unknown): UnitNamer | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'object' && value.constructor?.name === 'UnitNamer' && typeof (value as UnitNamer).names === 'function') return value as UnitNamer;
  throw new OptionError('OPTION_UNITS', 'units must be a UnitNamer (new UnitNamer([SHIPPED_ALIASES, yourTable]))');
}

function poolOf(value: unknown): ResolverPool | null {
  if (value === undefined || value === null) return null;
  if (isResolverPool(value)) return value;
  throw new OptionError('OPTION_POOL', 'pool must be a ResolverPool');
}

function idPrefixOf(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && value.length > 0 && !/[\s:]/.test(value)) return value;
  throw new OptionError('OPTION_ID_PREFIX', `idPrefix must be a non-empty string without spaces or ':', got ${JSON.stringify(value)}`);
}
