/**
 * Heavy modules are loaded only when a file or a format needs them:
 * `--version` and `--help` touch none, a .txt run none of the other readers'
 * parsers, JSON output neither yaml nor csv-stringify. Module loads are seen
 * through a resolve hook (module.register) that logs every specifier.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../support/cli.js';

const HEAVY = ['cheerio', 'saxes', 'yauzl', 'word-extractor', 'yaml', 'csv-stringify', 'chrono-node', 'pdfjs-dist', 'iconv-lite'];
let work: string;
let register: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'plan-extract-startup-'));
  const hooks = join(work, 'hooks.mjs');
  writeFileSync(hooks, `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  appendFileSync(process.env.MODULE_LOG, specifier + '\\n');
  return next(specifier, context);
}\n`);
  register = join(work, 'register.mjs');
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
});

/** The bare package names the CLI resolved while running `args`. */
function packagesLoaded(args: string[], name: string): Set<string> {
  const log = join(work, `${name}.log`);
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, MODULE_LOG: log } });
  expect(r.status).toBe(0);
  const specifiers = existsSync(log) ? readFileSync(log, 'utf8').split('\n') : [];
  return new Set(specifiers.filter((s) => /^[@a-z]/.test(s) && !s.startsWith('node:')).map((s) => s.split('/').slice(0, s.startsWith('@') ? 2 : 1).join('/')));
}

describe('start-up', () => {
  it('--version and --help load none of the heavy modules', () => {
    for (const args of [['--version'], ['-V'], ['--help']]) {
      const loaded = packagesLoaded(args, args[0]!.replace(/-/g, ''));
      for (const heavy of HEAVY) expect(loaded, `${args[0]} loads ${heavy}`).not.toContain(heavy);
    }
  });

  it('a .txt to JSON run loads chrono-node and iconv-lite but no other reader or writer', () => {
    const loaded = packagesLoaded(['seeds/000_2439c07fcf6e2db5.txt', '-o', join(work, 'out.json')], 'txt');
    expect(loaded).toContain('chrono-node');
    expect(loaded).toContain('iconv-lite');
    for (const heavy of ['cheerio', 'saxes', 'yauzl', 'word-extractor', 'yaml', 'csv-stringify', 'pdfjs-dist']) expect(loaded).not.toContain(heavy);
  });
});
