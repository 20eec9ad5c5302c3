/**
 * The package as a user gets it: `npm pack` of a copy of the project (with a
 * stale file planted in dist/, which the build must clean), installed into a
 * scratch project, where the README's JavaScript example runs and its
 * TypeScript example compiles against the shipped types. Nothing internal is
 * reachable through the exports map.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';

const work = mkdtempSync(join(tmpdir(), 'plan-extract-pack-'));
const copy = join(work, 'package');
const scratch = join(work, 'consumer');
let tarball: string;
let listing: string[];

/** The fenced code block of `lang` under the README's `## Library` heading. */
function readmeBlock(lang: string): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const library = readme.slice(readme.indexOf('\n## Library'));
  const m = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(library);
  if (!m) throw new Error(`no \`\`\`${lang} block under ## Library in README.md`);
  return m[1]!;
}

const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' } });

beforeAll(() => {
  mkdirSync(copy);
  for (const f of ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'README.md', 'LICENSE']) copyFileSync(join(ROOT, f), join(copy, f));
  for (const d of ['src', 'bin', 'schema']) cpSync(join(ROOT, d), join(copy, d), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  mkdirSync(join(copy, 'dist'));
  writeFileSync(join(copy, 'dist', 'stale-from-an-old-build.js'), 'export {};\n');
  // npm pack runs `prepare` (the build, which cleans dist/ first).
  const name = npm(['pack', '--silent'], copy).trim().split('\n').pop()!;
  tarball = join(copy, name);
  listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);

  mkdirSync(scratch);
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', type: 'module', private: true }));
  npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], scratch);
  copyFileSync(join(ROOT, 'fixtures', 'docx', 'vmerge.docx'), join(scratch, 'plan.docx'));
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

describe('npm pack', () => {
  it('ships the library, its types, the schema, the CLI and the LICENSE; no stale build output, no sources or tests', () => {
    expect(listing).toContain('package/dist/index.js');
    expect(listing).toContain('package/dist/index.d.ts');
    expect(listing).toContain('package/schema/plan-extract.schema.json');
    expect(listing).toContain('package/bin/plan-extract.js');
    expect(listing).toContain('package/LICENSE');
    expect(listing).not.toContain('package/dist/stale-from-an-old-build.js');
    expect(listing.filter((f) => /^package\/(src|test|fixtures)\//.test(f))).toEqual([]);
  });

  it('runs the README\'s JavaScript example in a scratch project', () => {
    writeFileSync(join(scratch, 'example.mjs'), readmeBlock('js'));
    const r = spawnSync(process.execPath, ['example.mjs'], { cwd: scratch, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(readmeBlock('text'));
  });

  it('compiles the README\'s TypeScript example against the shipped types (strict, NodeNext), and catches a wrong one', { timeout: 120_000 }, () => {
    writeFileSync(join(scratch, 'example.ts'), readmeBlock('ts'));
    // A type error in consumer code must be caught, so the check is real (one tsc run for both files).
    writeFileSync(join(scratch, 'wrong.ts'), `import type { ExtractOptions } from 'plan-extract';\nexport const wrong: ExtractOptions = { only: 'cells' };\n`);
    writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false,
        types: ['node'], typeRoots: [join(ROOT, 'node_modules', '@types')],
      },
      files: ['example.ts', 'wrong.ts'],
    }));
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: scratch, encoding: 'utf8' });
    const errors = r.stdout.split('\n').filter((l) => /error TS/.test(l));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^wrong\.ts\(2,\d+\): error TS2322: Type '"cells"' is not assignable/);
  });

  it('exports the library, the schema and package.json, and nothing internal', () => {
    const script = `
      const lib = await import('plan-extract');
      const { default: schema } = await import('plan-extract/schema.json', { with: { type: 'json' } });
      const blocked = [];
      for (const p of ['plan-extract/dist/cli/main.js', 'plan-extract/dist/read/docx.js', 'plan-extract/src/index.ts']) {
        try { await import(p); } catch (e) { blocked.push(e.code); }
      }
      console.log(JSON.stringify({ names: Object.keys(lib).sort(), schema: schema.$schema, blocked }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: scratch, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.names).toEqual(expect.arrayContaining(['extractFile', 'extractBytes', 'explainFile', 'InputFailure', 'OptionError', 'normalizeOptions', 'resolveDeadline', 'WARNING_CODES']));
    expect(out.schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(out.blocked).toEqual(['ERR_PACKAGE_PATH_NOT_EXPORTED', 'ERR_PACKAGE_PATH_NOT_EXPORTED', 'ERR_PACKAGE_PATH_NOT_EXPORTED']);
  });

  it('installs the CLI as a bin', () => {
    const bin = join(scratch, 'node_modules', '.bin', 'plan-extract');
    const r = spawnSync(bin, ['plan.docx', '-f', 'csv'], { cwd: scratch, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^id,source,title,/);
    expect(readdirSync(join(scratch, 'node_modules', 'plan-extract'))).toContain('LICENSE');
  });
});
