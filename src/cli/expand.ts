/**
 * The inputs of a run: paths as given, quoted globs expanded by the tool
 * itself (so `'docs/**\/*.docx'` works in shells that do not expand, such as
 * Windows cmd), `-r DIR` folders and `--files-from` lists — in a stable order.
 */
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import type { InputError } from '../model/records.js';

/** The extensions `-r` picks up: the formats the readers take. */
export const SUPPORTED_EXTENSIONS = ['txt', 'docx', 'doc', 'wps', 'html', 'htm'] as const;

export interface Input {
  source: string;
  /** Named by the user (a path, `-`, a `--files-from` line) rather than found by a glob or `-r`. */
  named: boolean;
}

export interface Expanded {
  inputs: Input[];
  /** Patterns that matched nothing, folders that cannot be read: one error each, the run goes on. */
  errors: InputError[];
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// tinyglobby (with picomatch) takes ~15 ms to load, before the first worker
// can start: it is loaded only for `-r` or an argument with a character that
// can make a pattern (picomatch's scan finds a glob only at one of these).
const MAYBE_PATTERN = /[*?[\]{}()!+@\\]/;
let tinyglobby: Promise<typeof import('tinyglobby')> | null = null;
const globber = () => (tinyglobby ??= import('tinyglobby'));

export async function expandInputs(args: string[], folders: string[], listFiles: string[], readStdin: () => Promise<string>): Promise<Expanded> {
  const inputs: Input[] = [];
  const errors: InputError[] = [];
  for (const arg of args) {
    if (arg !== '-' && MAYBE_PATTERN.test(arg) && (await globber()).isDynamicPattern(arg) && !(await exists(arg))) {
      const found = (await (await globber()).glob(arg, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(arg) })).sort(byCodeUnit);
      if (!found.length) errors.push({ source: arg, code: 'ENOENT', message: 'no file matches this pattern' });
      for (const f of found) inputs.push({ source: f, named: false });
    } else {
      inputs.push({ source: arg, named: true });
    }
  }
  for (const dir of folders) {
    const info = await stat(dir).catch(() => null);
    if (!info) { errors.push({ source: dir, code: 'ENOENT', message: 'no such folder (-r)' }); continue; }
    if (!info.isDirectory()) { errors.push({ source: dir, code: 'NOT_A_FILE', message: 'is not a folder (-r takes a folder)' }); continue; }
    const pattern = `**/*.{${SUPPORTED_EXTENSIONS.join(',')}}`;
    const found = (await (await globber()).glob(pattern, { cwd: dir, onlyFiles: true, caseSensitiveMatch: false })).sort(byCodeUnit);
    if (!found.length) errors.push({ source: dir, code: 'ENOENT', message: `no supported file (${SUPPORTED_EXTENSIONS.map((e) => `.${e}`).join(' ')}) in this folder or below` });
    for (const f of found) inputs.push({ source: join(dir, f), named: false });
  }
  for (const list of listFiles) {
    let text: string;
    try {
      text = list === '-' ? await readStdin() : await readFile(list, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'ENOENT' : 'EIO';
      errors.push({ source: list, code, message: `the --files-from list cannot be read (${(e as Error).message})` });
      continue;
    }
    for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
      const path = line.trim();
      if (path) inputs.push({ source: path, named: true });
    }
  }
  return { inputs, errors };
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}
