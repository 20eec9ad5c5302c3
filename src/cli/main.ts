/**
 * The command line: parse options, then read → extract → write, each
 * document in a worker of the pool (pool.ts), the output written in input
 * order as documents finish. Data goes to stdout (or the output file),
 * diagnostics to stderr.
 */
import { basename, extname, join, resolve, sep } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { DocumentRecord, InputError } from '../model/records.js';
import { createWriter, EXTENSION, FORMATS, type OutputFormat } from '../write/index.js';
import { fileSink, stdoutClosedAtStart, stdoutSink, type Sink } from './sink.js';
import { parseSize, readInput } from './inputs.js';
import { defaultBudgetMs, defaultJobs, DocumentPool, inOrder, type Outcome } from './pool.js';
import { displayName } from './names.js';
import { failureOf } from './failure.js';
import { install as installSignalHandlers } from './signals.js';
import { createReporter, type Reporter } from './report.js';
import { VERSION } from '../version.js';
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
  jobs?: number;
  /** Seconds per document; absent: the default budget, which grows with the file's size. */
  timeout?: number;
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
    .option('-j, --jobs <n>', 'documents extracted at once, each in its own worker (default: the cores, at most one per file)', parseJobsOption)
    .option('--timeout <seconds>', 'time budget of one document (default: 10 s + 0.5 s per MB of input)', parseSecondsOption)
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
    // Checked here, once, for one clear line; each worker reads the same file for its own namer.
    await unitNamerFor(options.units);
  } catch (e) {
    if (!(e instanceof UnitsFileError)) throw e;
    process.stderr.write(`plan-extract: ${e.message}\n`);
    process.exitCode = 2;
    return;
  }
  if (!options.outDir && (!options.output || options.output === '-') && stdoutClosedAtStart()) {
    process.stderr.write('plan-extract: standard output is closed — redirect it (> tasks.json) or write to a file with -o FILE\n');
    process.exitCode = 1;
    return;
  }
  installSignalHandlers();
  const reporter = createReporter(options.quiet);
  const pool = new DocumentPool({ jobs: jobsFor(options, files) });
  try {
    const failed = options.outDir
      ? await runPerInput(files, options, reporter, pool)
      : await runCombined(files, options, reporter, pool);
    reporter.done();
    process.exitCode = failed ? 1 : 0;
  } finally {
    await pool.close();
  }
}

/** `--jobs`, or the cores; never more workers than files. */
function jobsFor(options: Options, files: string[]): number {
  return Math.min(options.jobs ?? defaultJobs(files.length), Math.max(1, files.length));
}

function parseJobsOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('give a whole number of workers from 1 to 256');
  return n;
}

function parseSecondsOption(value: string): number {
  const n = Number(value.replace(/s$/i, ''));
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('give a number of seconds, e.g. 30');
  return n;
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

/** Reads one input (here, while the workers are busy with the ones before) and extracts it on the pool; never rejects. */
async function extractOne(source: string, idPrefix: string, options: Options, pool: DocumentPool): Promise<Outcome> {
  let bytes: Uint8Array;
  try {
    bytes = await readInput(source, options.maxSize);
  } catch (e) {
    return { ok: false, failure: failureOf(e, source) };
  }
  const budgetMs = options.timeout !== undefined ? options.timeout * 1000 : defaultBudgetMs(bytes.length);
  return pool.run({ source, idPrefix, maxSize: options.maxSize, bytes, unitsFile: options.units }, budgetMs);
}

/** Diagnostics of one input, in input order whatever order the workers finish in. */
function report(source: string, outcome: Outcome, options: Options, reporter: Reporter): Extracted {
  if (outcome.ok) {
    for (const w of outcome.doc.warnings) reporter.warn(source, w);
    return options.simplified ? { ok: true, doc: simplifiedDocument(outcome.doc) } : outcome;
  }
  const { code, message, hint, internal, stack } = outcome.failure;
  if (!internal) {
    reporter.fail(source, message, hint);
    return { ok: false, error: { source, code, message } };
  }
  reporter.fail(source, `internal error: ${message}`, options.debug ? '' : 'please report it with the file; --debug shows details');
  if (options.debug && stack) process.stderr.write(`${stack}\n`);
  return { ok: false, error: { source, code: 'INTERNAL', message } };
}

async function runCombined(files: string[], options: Options, reporter: Reporter, pool: DocumentPool): Promise<boolean> {
  const writer = await createWriter(options.format, { excel: options.excel });
  let sink: Sink;
  try {
    sink = options.output && options.output !== '-' ? fileSink(options.output) : stdoutSink();
  } catch (e) {
    process.stderr.write(`plan-extract: ${displayName(options.output!)}: cannot write (${(e as Error).message})\n`);
    return true;
  }
  const ids = new IdPrefixes();
  const idPrefixes = files.map((f) => ids.next(f));
  const jobs = jobsFor(options, files);
  const errors: InputError[] = [];
  let count = 0;
  try {
    await sink.write(writer.begin());
    let i = 0;
    reporter.progress(0, files.length, files[0]!);
    // One input more than workers: the next file is read while the workers extract.
    for await (const outcome of inOrder(files, jobs + 1, (source, k) => extractOne(source, idPrefixes[k]!, options, pool))) {
      const result = report(files[i]!, outcome, options, reporter);
      i++;
      if (i < files.length) reporter.progress(i, files.length, files[i]!);
      if (!result.ok) { errors.push(result.error); continue; }
      reporter.extracted(result.doc);
      // A reader that left (`| head`) gets no more output; the inputs still decide the exit status.
      if (!sink.closed) await sink.write(writer.document(result.doc, count === 0));
      count++;
    }
    await sink.write(writer.end(errors, count > 0));
    await sink.commit();
  } catch (e) {
    await sink.abort();
    process.stderr.write(`plan-extract: ${displayName(options.output ?? 'stdout')}: cannot write output (${(e as Error).message})\n`);
    return true;
  }
  return errors.length > 0;
}

async function runPerInput(files: string[], options: Options, reporter: Reporter, pool: DocumentPool): Promise<boolean> {
  const dir = resolve(options.outDir!);
  await mkdir(dir, { recursive: true });
  const ids = new IdPrefixes();
  const idPrefixes = files.map((f) => ids.next(f));
  const jobs = jobsFor(options, files);
  const taken = new Set<string>();
  let failed = false;
  let i = 0;
  reporter.progress(0, files.length, files[0]!);
  for await (const outcome of inOrder(files, jobs + 1, (source, k) => extractOne(source, idPrefixes[k]!, options, pool))) {
    const source = files[i]!;
    const result = report(source, outcome, options, reporter);
    i++;
    if (i < files.length) reporter.progress(i, files.length, files[i]!);
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
