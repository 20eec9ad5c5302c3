/** `plan-extract report` through the CLI (the browser checks are in test/report). */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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

  it('folds the records and the source view with --simplified', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-extract-report-cli-'));
    const plan = join(dir, 'plan.txt');
    writeFileSync(plan, '序號\t任務\t牽頭單位\t完成時限\n1\t開展隱患排查\t區安監局\t2020年底前\n');
    const plain = runCli(['report', plan]).stdout;
    expect(plain).toContain('開展隱患排查');
    const folded = runCli(['report', plan, '--simplified']).stdout;
    expect(folded).toContain('<li id="P1-L2" value="2">1 │ 开展隐患排查 │ 区安监局 │ 2020年底前</li>');
    expect(folded).not.toContain('開展');
  });

  it('refuses unknown options as a usage error', () => {
    const run = runCli(['report', 'seeds/000_2439c07fcf6e2db5.txt', '--format', 'csv']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });
});
