/**
 * The README as a newcomer meets it: its links work outside this repository
 * (nothing points into ../shared), and its first command writes only where
 * .gitignore covers it, so a fresh clone stays clean.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';
import { HAS_SHARED, SHARED } from '../support/paths.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const git = (args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });

describe('README', () => {
  it('links only to files of the repository, never to ../shared', () => {
    const links = [...README.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link, link).not.toMatch(/\.\.\//);
      if (/^(?:https?:|#)/.test(link)) continue;
      expect(existsSync(join(ROOT, link.split('#')[0]!)), link).toBe(true);
    }
  });

  it.skipIf(!HAS_SHARED)('docs/spec.md is the shared data contract, word for word', () => {
    const copy = readFileSync(join(ROOT, 'docs', 'spec.md'), 'utf8').replace(/^<!--[^]*?-->\n\n/, '');
    expect(copy).toBe(readFileSync(join(SHARED, 'spec', 'tasks.md'), 'utf8'));
  });

  it('its first command writes only git-ignored files', () => {
    const first = README.split('\n').find((l) => l.includes('npx plan-extract'))!;
    const command = /npx plan-extract (.*?)\s+#/.exec(first)![1]!.trim();
    expect(command).toBe('seeds/*.txt --out-dir out/');
    const outDir = join(ROOT, 'out');
    const existed = existsSync(outDir);
    const before = git(['status', '--porcelain', '--untracked-files=all']);
    // The shell expands seeds/*.txt in the README; the tool expands it the same way here.
    const r = runCli(command.split(' '));
    expect(r.code).toBe(0);
    expect(existsSync(join(outDir, '000_2439c07fcf6e2db5.json'))).toBe(true);
    expect(git(['status', '--porcelain', '--untracked-files=all'])).toBe(before);
    expect(git(['check-ignore', 'out/000_2439c07fcf6e2db5.json']).trim()).toBe('out/000_2439c07fcf6e2db5.json');
    if (!existed) rmSync(outDir, { recursive: true, force: true });
  });
});
