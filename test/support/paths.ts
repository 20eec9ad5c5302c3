import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT_URL = new URL('../../', import.meta.url);
export const ROOT = fileURLToPath(ROOT_URL);

/**
 * The shared material (gold, scorer, real pages): beside the checkout in CI
 * (`../shared`), or wherever PLAN_EXTRACT_SHARED points. A clone without it
 * skips the gold-based tests, and `npm test` says so (test/support/global-setup.ts).
 */
export const SHARED = resolve(process.env.PLAN_EXTRACT_SHARED ?? join(ROOT, '..', 'shared'));
export const SHARED_URL = pathToFileURL(`${SHARED}/`);
export const HAS_SHARED = existsSync(join(SHARED, 'gold', 'tables.gold.json'));
