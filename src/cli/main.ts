/**
 * The command line: parse options, then read → extract → write one document
 * at a time. Data goes to stdout (or the output file), diagnostics to stderr.
 */
import { basename, extname, join, resolve, sep } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { readDocument } from '../read/index.js';
import { extractDocument, ResolverPool } from '../extract.js';
import { isInputFailure } from '../model/errors.js';
import type { DocumentRecord, InputError } from '../model/records.js';
import { createWriter, EXTENSION, FORMATS, type OutputFormat } from '../write/index.js';
import { fileSink, stdoutSink, type Sink } from './sink.js';
import { parseSize, readInput } from './inputs.js';
import { createReporter, type Reporter } from './report.js';
import { VERSION } from '../version.js';
import type { UnitNamer } from '../units/canonical.js';
import { simplifiedDocument } from '../simplified.js';
import { unitNamerFor, UnitsFileError } from './unitOptions.js';

interface Options {
  format: OutputFormat;
  output?: string;
  outDir?: string;
  excel: boolean;
  maxSize: number;
  debug: boolean;
  quiet: boolean;
  units?: string;
  simplified: boolean;
  /** Set from `--units` once the options are read. */
  namer?: UnitNamer;
}

const EXAMPLES = `
Examples:
  $ plan-extract seeds/*.txt                          JSON of every task to stdout
  $ plan-extract plans/*.docx --format csv -o tasks.csv
  $ plan-extract plan.html --format yaml
  $ plan-extract docs/* --format csv --excel -o tasks.csv   CSV for Excel (BOM, formulas neutralised)
  $ plan-extract docs/* --out-dir out/                one output file per input
  $ curl -s URL | plan-extract - --format ndjson      read standard input
  $ plan-extract summary plans/*                      compare plans (plan-extract summary --help)
  $ plan-extract report plans/* -o report.html        one HTML page to look at (plan-extract report --help)

Exit status: 0 all inputs extracted, 1 some input failed (the others are still
written), 2 usage error.`;

export async function main(argv: string[]): Promise<void> {
  if (argv[0] === 'summary' || argv[0] === 'report') {
    const { runSubcommand } = await import('./subcommands.js');
    return runSubcommand(argv[0], argv.slice(1));
  }
  const program = new Command()
    .name('plan-extract')
    .description('Extract the tasks of Chinese government plan documents (task tables and responsibility-annotated task lists), with lead units and resolved deadlines.')
    .version(VERSION, '-V, --version')
    .argument('<files...>', 'input files (.txt, .docx, .doc, .html); - reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]).default('json'))
    .option('-o, --output <file>', 'write to FILE (replaced only when complete) instead of stdout')
    .option('--out-dir <dir>', 'write one output per input into DIR, named after the input')
    .option('--excel', 'CSV for spreadsheets: UTF-8 BOM, cells starting with = + - @ neutralised', false)
    .option('--max-size <size>', 'skip inputs larger than this (e.g. 50MB, 500KB)', parseSizeOption, 50 * 1024 * 1024)
    .option('--debug', 'show stack traces of internal errors', false)
    .option('-q, --quiet', 'no progress or summary on stderr', false)
    .option('--units <file>', 'extend the unit alias table with FILE (JSON, see README "Unit names")')
    .option('--simplified', 'fold output text to Simplified Chinese (opencc-js); off: text as written', false)
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run plan-extract --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });

  try {
    program.parse(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? 0 : 2;
      return;
    }
    throw e;
  }
  const options = program.opts<Options>();
  const files = program.args;
  if (options.output && options.outDir) {
    process.stderr.write('plan-extract: give either --output or --out-dir, not both\n');
    process.exitCode = 2;
    return;
  }
  try {
    options.namer = await unitNamerFor(options.units);
  } catch (e) {
    if (!(e instanceof UnitsFileError)) throw e;
    process.stderr.write(`plan-extract: ${e.message}\n`);
    process.exitCode = 2;
    return;
  }
  const reporter = createReporter(options.quiet);
  const failed = options.outDir
    ? await runPerInput(files, options, reporter)
    : await runCombined(files, options, reporter);
  reporter.done();
  process.exitCode = failed ? 1 : 0;
}

function parseSizeOption(value: string): number {
  try {
    return parseSize(value);
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message);
  }
}

type Extracted = { ok: true; doc: DocumentRecord } | { ok: false; error: InputError };

/** Ids stay unique within a run when two inputs share a file name. */
class IdPrefixes {
  private readonly used = new Map<string, number>();
  next(source: string): string {
    const stem = (source === '-' ? 'stdin' : basename(source, extname(source))) || 'input';
    const n = (this.used.get(stem) ?? 0) + 1;
    this.used.set(stem, n);
    return n === 1 ? stem : `${stem}~${n}`;
  }
}

async function extractOne(source: string, options: Options, pool: ResolverPool, ids: IdPrefixes, reporter: Reporter): Promise<Extracted> {
  const idPrefix = ids.next(source);
  try {
    const bytes = await readInput(source, options.maxSize);
    const model = await readDocument(bytes, source);
    let doc = extractDocument(model, pool, idPrefix, options.namer);
    if (options.simplified) doc = simplifiedDocument(doc);
    for (const w of doc.warnings) reporter.warn(source, w);
    return { ok: true, doc };
  } catch (e) {
    if (isInputFailure(e)) {
      reporter.fail(source, e.message, e.hint);
      return { ok: false, error: { source, code: e.code, message: e.message } };
    }
    const message = e instanceof Error ? e.message : String(e);
    reporter.fail(source, `internal error: ${message}`, options.debug ? '' : 'please report it with the file; --debug shows details');
    if (options.debug && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
    return { ok: false, error: { source, code: 'INTERNAL', message } };
  }
}

async function runCombined(files: string[], options: Options, reporter: Reporter): Promise<boolean> {
  const writer = await createWriter(options.format, { excel: options.excel });
  let sink: Sink;
  try {
    sink = options.output && options.output !== '-' ? fileSink(options.output) : stdoutSink();
  } catch (e) {
    process.stderr.write(`plan-extract: ${options.output}: cannot write (${(e as Error).message})\n`);
    return true;
  }
  const pool = new ResolverPool();
  const ids = new IdPrefixes();
  const errors: InputError[] = [];
  let count = 0;
  try {
    await sink.write(writer.begin());
    for (const [i, source] of files.entries()) {
      reporter.progress(i, files.length, source);
      const result = await extractOne(source, options, pool, ids, reporter);
      if (!result.ok) { errors.push(result.error); continue; }
      reporter.extracted(result.doc);
      await sink.write(writer.document(result.doc, count === 0));
      count++;
    }
    await sink.write(writer.end(errors, count > 0));
    await sink.commit();
  } catch (e) {
    await sink.abort();
    process.stderr.write(`plan-extract: ${options.output ?? 'stdout'}: cannot write output (${(e as Error).message})\n`);
    return true;
  }
  return errors.length > 0;
}

async function runPerInput(files: string[], options: Options, reporter: Reporter): Promise<boolean> {
  const dir = resolve(options.outDir!);
  await mkdir(dir, { recursive: true });
  const pool = new ResolverPool();
  const ids = new IdPrefixes();
  const taken = new Set<string>();
  let failed = false;
  for (const [i, source] of files.entries()) {
    reporter.progress(i, files.length, source);
    const result = await extractOne(source, options, pool, ids, reporter);
    if (!result.ok) { failed = true; continue; }
    reporter.extracted(result.doc);
    const target = outputPath(dir, source, EXTENSION[options.format], taken);
    const writer = await createWriter(options.format, { excel: options.excel });
    const sink = fileSink(target);
    try {
      await sink.write(writer.begin());
      await sink.write(writer.document(result.doc, true));
      await sink.write(writer.end([], true));
      await sink.commit();
    } catch (e) {
      await sink.abort();
      reporter.fail(target, `cannot write output (${(e as Error).message})`, 'check the output folder');
      failed = true;
    }
  }
  return failed;
}

/**
 * `--out-dir` names: the input's base name only (no folders, no `..`), with
 * characters unsafe in file names replaced, numbered when two inputs share a
 * name — never a path outside DIR.
 */
export function outputPath(dir: string, source: string, ext: string, taken: Set<string>): string {
  const raw = source === '-' ? 'stdin' : basename(source.replace(/[\\/]+$/, ''));
  let stem = raw.replace(/\.[^.]*$/, '').replace(/[\u0000-\u001f<>:"/\\|?*]/g, '_').replace(/^\.+/, '_') || 'input';
  stem = stem.slice(0, 200);
  let name = `${stem}${ext}`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}${ext}`;
  taken.add(name.toLowerCase());
  const target = join(dir, name);
  if (!target.startsWith(dir + sep)) throw new Error(`refusing to write outside ${dir}`);
  return target;
}
