/** `plan-extract report` through the CLI (the browser checks are in test/report). */
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

describe('plan-extract report', () => {
  it('writes one HTML file, the same bytes in any time zone and locale, and nothing else in the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-extract-report-cli-'));
    const out = join(dir, 'report.html');
    const first = runCli(['report', 'seeds/000_2439c07fcf6e2db5.txt', 'seeds/003_8b3926643d49486d.txt', '-o', out]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    const bytes = readFileSync(out, 'utf8');
    expect(bytes).toMatch(/^<!doctype html>/u);
    expect(readdirSync(dir)).toEqual(['report.html']);
    const again = runCli(['report', 'seeds/000_2439c07fcf6e2db5.txt', 'seeds/003_8b3926643d49486d.txt'], { env: { TZ: 'Pacific/Kiritimati', LANG: 'zh_CN.UTF-8', LC_ALL: 'C' } });
    expect(again.stdout).toBe(bytes);
  });

  it('reports the inputs it could not read, in the page and on stderr, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-extract-report-cli-'));
    const out = join(dir, 'report.html');
    const run = runCli(['report', 'seeds/000_2439c07fcf6e2db5.txt', 'missing.docx', '-o', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^plan-extract: missing\.docx: /mu);
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out, 'utf8')).toContain('Not read: missing.docx (ENOENT');
  });

  it('refuses unknown options as a usage error', () => {
    const run = runCli(['report', 'seeds/000_2439c07fcf6e2db5.txt', '--format', 'csv']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });
});
