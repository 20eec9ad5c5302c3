/**
 * The shipped JSON Schema (schema/plan-extract.schema.json), compiled once
 * with ajv (draft 2020-12, formats checked), and a validator for each output
 * format: JSON and YAML (the run), NDJSON (one task a line), CSV (one row a
 * task), and the --report file. `runCli` validates every output through it.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { ROOT_URL } from './paths.js';

export const SCHEMA = JSON.parse(readFileSync(new URL('schema/plan-extract.schema.json', ROOT_URL), 'utf8'));

const ajv = new Ajv2020({ allErrors: true, strict: true });
// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv2020) => void;
addFormats(ajv);
ajv.addSchema(SCHEMA);
const ref = (name: string) => ajv.getSchema(`${SCHEMA.$id}#/$defs/${name}`)!;
const validators: Record<string, ValidateFunction> = {
  run: ajv.getSchema(SCHEMA.$id)!,
  ndjsonTask: ref('ndjsonTask'),
  csvRow: ref('csvRow'),
  report: ref('report'),
};

function check(name: keyof typeof validators, value: unknown, what: string): void {
  const validate = validators[name]!;
  if (!validate(value)) {
    const errors = (validate.errors ?? []).slice(0, 5).map((e: ErrorObject) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
    throw new Error(`${what} does not match the schema (${name}):\n  ${errors.join('\n  ')}`);
  }
}

export type Format = 'json' | 'yaml' | 'ndjson' | 'csv';

/** Parses one run's output in `format`, checks it against the schema, and returns the parsed value. */
export function validateOutput(text: string, format: Format, what = 'output'): unknown {
  switch (format) {
    case 'json': { const v = JSON.parse(text); check('run', v, what); return v; }
    case 'yaml': { const v = parseYaml(text); check('run', v, what); return v; }
    case 'ndjson': {
      const lines = text.split('\n').filter(Boolean).map((l) => JSON.parse(l));
      lines.forEach((l, k) => check('ndjsonTask', l, `${what} line ${k + 1}`));
      return lines;
    }
    case 'csv': {
      const rows = parseCsv(text.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
      rows.forEach((r, k) => check('csvRow', r, `${what} row ${k + 1}`));
      return rows;
    }
  }
}

export function validateReport(value: unknown, what = 'report'): void {
  check('report', value, what);
}
