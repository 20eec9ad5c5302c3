import { DeadlineResolver } from './resolver.js';

/** Resolvers by document year, so each distinct phrase is resolved once per run. */
export class ResolverPool {
  private readonly byYear = new Map<number | null, DeadlineResolver>();
  get(year: number | null): DeadlineResolver {
    let r = this.byYear.get(year);
    if (!r) this.byYear.set(year, (r = new DeadlineResolver({ year })));
    return r;
  }
}
