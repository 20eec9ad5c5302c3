import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { validateOutput, type Format } from './schema.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/plan-extract.js', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const NOT_DATA = new Set(['-h', '--help', '-V', '--version', '--schema', '--explain']);

/** The format of the data a run writes to stdout, or null when stdout carries no data. */
function stdoutFormat(args: string[]): Format | null {
  // The subcommands write tables and HTML, not the run's records.
  if (args[0] === 'summary' || args[0] === 'report' || args.some((a) => NOT_DATA.has(a))) return null;
  let format: string | null = null;
  for (let k = 0; k < args.length; k++) {
    const a = args[k]!;
    if (a === '-f' || a === '--format') format = args[k + 1] ?? null;
    else if (a.startsWith('--format=')) format = a.slice(9);
    else if (a === '--excel') format ??= 'csv';
  }
  return (format?.toLowerCase() as Format | undefined) ?? 'json';
}

/**
 * Runs the built CLI (`npm test` builds dist/ first). Data it writes to
 * stdout is checked against the shipped JSON Schema, so every output of the
 * suite is validated (`validate: false` for runs that test broken output).
 */
export function runCli(args: string[], options: SpawnSyncOptions & { env?: NodeJS.ProcessEnv; validate?: boolean } = {}): CliResult {
  const { validate = true, ...spawnOptions } = options;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...spawnOptions,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
  });
  const result = { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
  const format = stdoutFormat(args);
  if (validate && format && (result.code === 0 || result.code === 1) && result.stdout) {
    validateOutput(result.stdout, format, `plan-extract ${args.join(' ')}`);
  }
  return result;
}

/** The CLI's JSON for `docs`, run once on first use (several tests score the same run). */
export function onceJson(docs: readonly string[]): () => string {
  let output: string | null = null;
  return () => {
    if (output === null) {
      const r = runCli([...docs, '--format', 'json', '--quiet']);
      if (r.code !== 0) throw new Error(`plan-extract exited ${r.code}: ${r.stderr}`);
      output = r.stdout;
    }
    return output;
  };
}
