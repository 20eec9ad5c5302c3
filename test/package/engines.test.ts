/**
 * `npm ci` on Node 20 prints no EBADENGINE: every package of the lock file
 * (dev ones included) accepts the running Node (and, when that is not 20, a
 * current Node 20) — as npm itself checks, with semver.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';

const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; engines?: { node?: string } | string[] }> };
const own = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };

describe('engines', () => {
  it('every locked package accepts the Node versions of "engines"', () => {
    const refused = Object.entries(lock.packages)
      .filter(([path]) => path !== '')
      .flatMap(([path, p]) => {
        const range = Array.isArray(p.engines) ? undefined : p.engines?.node;
        if (!range) return [];
        const bad = [process.version, semver.major(process.version) === 20 ? null : '20.19.0'].filter((v): v is string => v !== null && !semver.satisfies(v, range));
        return bad.length ? [`${path}@${p.version} wants node ${range} (not ${bad.join(', ')})`] : [];
      });
    expect(refused).toEqual([]);
    expect(own.engines.node).toBe('>=20');
  });

  it('docx (a dev dependency) gets a nanoid that runs on Node 20', () => {
    const nanoid = lock.packages['node_modules/nanoid'] ?? lock.packages['node_modules/docx/node_modules/nanoid'];
    const nested = lock.packages['node_modules/docx/node_modules/nanoid'] ?? nanoid;
    expect(semver.satisfies('20.19.0', (nested!.engines as { node: string }).node)).toBe(true);
  });
});
