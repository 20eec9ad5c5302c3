/**
 * `npm test` without the shared folder: the gold-based tests are skipped,
 * and the run says so plainly rather than passing for a scored run.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';

describe('without ../shared', () => {
  it('says which gold-based tests were skipped, and the rest still pass', () => {
    const vitest = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
    const r = spawnSync(process.execPath, [vitest, 'run', 'test/e2e/gold.test.ts', 'test/deadline/gold.test.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, PLAN_EXTRACT_SHARED: join(ROOT, 'no-such-shared-folder'), NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const out = r.stdout;
    expect(out).toContain(`!! SKIPPED gold-based tests: ${join(ROOT, 'no-such-shared-folder')} not found.`);
    expect(out).toContain('the seeds scored against the gold (test/e2e/gold.test.ts)');
    // Once before the tests and once after the summary, where a reader looks.
    // (Each vitest project, fast and slow, runs the global setup: at least twice.)
    expect(out.split('!! SKIPPED gold-based tests').length - 1).toBeGreaterThanOrEqual(2);
    expect(out.lastIndexOf('!! SKIPPED')).toBeGreaterThan(out.lastIndexOf('Tests'));
    expect(out).toMatch(/skipped/);
  });
});
