/**
 * The options every command shares for unit names and text: `--units FILE`
 * (a user alias table, same shape as src/units/aliases.json) and
 * `--simplified`.
 */
import { readFile } from 'node:fs/promises';
import { SHIPPED_ALIASES, UnitNamer, type AliasTable } from '../units/canonical.js';
import { defaultUnitNamer } from '../units/annotate.js';

export class UnitsFileError extends Error {}

/** The namer for a run: the shipped table, extended by the user's file when given. */
export async function unitNamerFor(file: string | undefined): Promise<UnitNamer> {
  if (!file) return defaultUnitNamer();
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new UnitsFileError(`${file}: cannot read the unit table (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}) — check the --units path`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (e) {
    throw new UnitsFileError(`${file}: the unit table is not valid JSON (${(e as Error).message}) — see "Unit names" in the README for its shape`);
  }
  return new UnitNamer([SHIPPED_ALIASES, checkTable(data, file)]);
}

function checkTable(data: unknown, file: string): AliasTable {
  const bad = (what: string) => new UnitsFileError(`${file}: ${what} — a unit table is {"units": [{"canonical": "…", "aliases": ["…"]}]}`);
  if (!data || typeof data !== 'object' || !Array.isArray((data as AliasTable).units)) throw bad('no "units" list');
  (data as AliasTable).units.forEach((entry, i) => {
    if (!entry || typeof entry !== 'object') throw bad(`units[${i}] is not an object`);
    if (typeof entry.canonical !== 'string' || !entry.canonical.trim()) throw bad(`units[${i}].canonical must be a non-empty name`);
    if (!Array.isArray(entry.aliases) || entry.aliases.some((a) => typeof a !== 'string' || !a.trim())) throw bad(`units[${i}].aliases must be a list of names`);
  });
  return data as AliasTable;
}
