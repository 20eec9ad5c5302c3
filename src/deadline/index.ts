/**
 * Deadline phrases of Chinese plan documents → deadline records
 * (`../shared/spec/tasks.md`, "The deadline record").
 */
import type { Deadline } from '../model/records.js';
import { type DeadlineContext, DeadlineResolver } from './resolver.js';

export { type DeadlineContext, DeadlineResolver };

/** One resolver per document year, so that one-off calls share the cache too. */
const shared = new Map<number | null, DeadlineResolver>();

function resolverFor(ctx?: DeadlineContext): DeadlineResolver {
  const year = ctx?.year ?? null;
  let resolver = shared.get(year);
  if (!resolver) {
    resolver = new DeadlineResolver({ year });
    shared.set(year, resolver);
  }
  return resolver;
}

/** A table's deadline cell → its record; never throws. */
export function resolveDeadline(text: string, ctx?: DeadlineContext): Deadline {
  return resolverFor(ctx).resolve(text);
}

/** A list item's text → its first explicit due phrase (`到2018年底`, `2022年6月底前`), or null. */
export function findDeadline(text: string, ctx?: DeadlineContext): Deadline | null {
  return resolverFor(ctx).find(text);
}
