/**
 * Colour and progress on a real terminal: the CLI runs under `script`, which
 * gives it a pseudo-terminal. Progress must not go to the terminal that shows
 * the data, and TERM=dumb means no colour (chalk's own detection).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../support/cli.js';

const HAS_SCRIPT = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
if (!HAS_SCRIPT) process.stderr.write('report.test: `script` (util-linux) not found — SKIPPED: the terminal tests of colour and progress\n');

const work = mkdtempSync(join(tmpdir(), 'plan-extract-tty-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs the CLI with a pseudo-terminal as stdin, stdout and stderr; returns what the terminal showed. */
function onTerminal(args: string[], env: NodeJS.ProcessEnv, redirect = ''): string {
  const env2: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete env2.NO_COLOR;
  delete env2.FORCE_COLOR;
  // A user's terminal, not CI's: chalk turns colour off wherever CI is set.
  delete env2.CI;
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env2[k]; else env2[k] = v;
  const command = `${quote(process.execPath)} ${quote(BIN)} ${args.map(quote).join(' ')} ${redirect}`;
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: env2, input: '' });
  return String(r.stdout);
}

const seeds = ['seeds/000_2439c07fcf6e2db5.txt', 'seeds/003_8b3926643d49486d.txt'];

describe.skipIf(!HAS_SCRIPT)('on a terminal', () => {
  it('shows no progress when stdout is the same terminal (it would corrupt the JSON on screen)', () => {
    const shown = onTerminal(seeds, { TERM: 'xterm' });
    expect(shown).toContain('"schemaVersion": 1');
    expect(shown).not.toMatch(/\[1\/2\]/);
    // The --explain report on that terminal is not interleaved with progress either.
    expect(onTerminal([...seeds, '--explain', '-o', join(work, 'x.json')], { TERM: 'xterm' })).not.toMatch(/\[1\/2\]/);
  });

  it('shows progress on stderr when stdout goes elsewhere', () => {
    const out = join(work, 'out.json');
    const shown = onTerminal(seeds, { TERM: 'xterm' }, `> ${quote(out)}`);
    expect(shown).toMatch(/\[1\/2\] seeds\/000/);
    expect(JSON.parse(readFileSync(out, 'utf8')).documents).toHaveLength(2);
    expect(onTerminal([...seeds, '-q'], { TERM: 'xterm' }, `> ${quote(out)}`)).not.toMatch(/\[1\/2\]/);
  });

  it('colours warnings on a terminal, and not with TERM=dumb, NO_COLOR or --no-color', () => {
    const file = join(work, 'prose.txt');
    writeFileSync(file, '一、总体要求\n坚持安全发展。\n');
    expect(onTerminal([file], { TERM: 'xterm-256color' })).toMatch(/\x1b\[33mplan-extract: warning:/);
    expect(onTerminal([file], { TERM: 'dumb' })).not.toMatch(/\x1b\[/);
    expect(onTerminal([file], { TERM: 'xterm-256color', NO_COLOR: '1' })).not.toMatch(/\x1b\[(?!\?)/);
    expect(onTerminal([file, '--no-color'], { TERM: 'xterm-256color' })).not.toMatch(/\x1b\[/);
  });
});
