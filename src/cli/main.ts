/**
 * The command line: parse and check options (any contradiction is a usage
 * error before anything is read), expand the inputs, then read → extract →
 * write, each document in a worker of the pool (pool.ts), the output written
 * in input order as documents finish. Data goes to stdout (or the output
 * file), diagnostics to stderr.
 */
import { readFileSync, statSync } from 'node:fs';
import { access, constants, mkdir, rm, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { readInput, parseSize } from '../read/input.js';
import type { Explanation } from '../extract.js';
import { OptionError } from '../model/errors.js';
import type { DocumentRecord, InputError } from '../model/records.js';
import type { Warning } from '../model/diagnostics.js';
import { normalizeOptions, type NormalizedOptions } from '../options.js';
import { createWriter, EXTENSION, FORMATS, formatOfPath, type OutputFormat } from '../write/index.js';
import { fileSink, stdoutClosedAtStart, stdoutSink, type Sink } from './sink.js';
import { defaultBudgetMs, defaultJobs, DocumentPool, inOrder, type Outcome as WorkerOutcome } from './pool.js';
import { displayName } from './names.js';
import { failureOf } from './failure.js';
import { install as installSignalHandlers } from './signals.js';
// opencc-js and the unit tables are loaded only when --simplified or --units asks for them.
let simplifiedDocument: ((doc: DocumentRecord) => DocumentRecord) | null = null;
import { expandInputs, type Input } from './expand.js';
import { chalkFor, createReporter, type Reporter } from './report.js';
import { renderExplanation } from './explain.js';
import { VERSION } from '../version.js';

/** Exit codes (README, "Errors, exit codes and limits"). */
export const EXIT = {
  OK: 0,
  /** Some input failed (or, with --strict, yielded no task); the others are written in full. */
  INPUT_FAILED: 1,
  USAGE: 2,
  /** The output location cannot be used (missing folder, a file where a folder is wanted, no permission); nothing was read. */
  OUTPUT_UNUSABLE: 3,
  /** Writing the output failed part way (disk full, I/O error); an old output file is kept. */
  OUTPUT_FAILED: 4,
} as const;

interface CliOptions {
  format?: OutputFormat;
  output?: string;
  outDir?: string;
  report?: string;
  excel?: boolean;
  maxSize: string;
  only?: 'tables' | 'lists';
  referenceYear?: string;
  recursive?: string[];
  filesFrom?: string[];
  strict?: boolean;
  explain?: boolean;
  schema?: boolean;
  debug?: boolean;
  quiet?: boolean;
  color: boolean;
  jobs?: number;
  timeout?: number;
  units?: string;
  simplified?: boolean;
}

interface Run {
  format: OutputFormat;
  excel: boolean;
  output: string | null;
  outDir: string | null;
  report: string | null;
  strict: boolean;
  explain: boolean;
  debug: boolean;
  extract: NormalizedOptions;
  noColor: boolean;
  /** `--jobs`: workers at once (default: the cores, at most one per file). */
  jobs: number | null;
  /** `--timeout` in ms; null: the default budget, which grows with the file's size. */
  timeoutMs: number | null;
  /** `--units FILE`, read by each worker for its namer. */
  units: string | null;
  simplified: boolean;
}

const EXAMPLES = `
Examples:
  $ plan-extract seeds/*.txt                          JSON of every task to stdout
  $ plan-extract 'plans/**/*.docx' -o tasks.csv       globs expanded by the tool; CSV from the extension
  $ plan-extract plan.html --format yaml
  $ plan-extract docs/* --excel -o tasks.csv          CSV for Excel (BOM, formulas neutralised)
  $ plan-extract -r docs/ --out-dir out/ --report run.json   one output per input, and a report of the run
  $ plan-extract new-plan.docx --explain              what was found, and why each table was taken or not
  $ plan-extract docs/*.txt --strict -o tasks.json    exit 1 if any input fails or yields no task (CI)
  $ curl -s URL | plan-extract - --format ndjson      read standard input
  $ plan-extract summary plans/*                      compare plans (plan-extract summary --help)
  $ plan-extract report plans/* -o report.html        one HTML page to look at (plan-extract report --help)

Exit status: 0 all inputs extracted, 1 some input failed (the others are still
written; with --strict also an input with no task), 2 usage error, 3 the output
location cannot be used, 4 writing the output failed.`;

class UsageError extends Error {}

/** `early`: a one-worker pool the bin started before loading this module (closed here if the run needs another). */
export async function main(argv: string[], early: DocumentPool | null = null): Promise<void> {
  if (argv[0] === 'summary' || argv[0] === 'report') {
    const { runSubcommand } = await import('./subcommands.js');
    return runSubcommand(argv[0], argv.slice(1));
  }
  // No default value: commander would print `(default: [])` in the help.
  const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];
  const program = new Command()
    .name('plan-extract')
    .description('Extract the tasks of Chinese government plan documents (task tables and responsibility-annotated task lists), with lead units and resolved deadlines.')
    .version(VERSION, '-V, --version')
    .argument('[files...]', 'input files (.txt, .docx, .doc, .wps, .html) or quoted globs; - reads standard input')
    .addOption(new Option('-f, --format <format>', `output format: ${FORMATS.join(', ')} (default: from the -o extension, else json)`).argParser(parseFormat))
    .option('-o, --output <file>', 'write to FILE (replaced only when complete) instead of stdout')
    .option('--out-dir <dir>', 'write one output per input into DIR, named after the input')
    .option('--report <file>', 'write a JSON report of the run: per input its status, tasks, warnings and errors')
    .option('--excel', 'CSV for spreadsheets (implies --format csv): UTF-8 BOM, cells starting with = + - @ neutralised')
    .addOption(new Option('--max-size <size>', 'skip inputs larger than this (e.g. 50MB, 500KB)').default('50MB').argParser(parseSizeOption))
    .addOption(new Option('--only <what>', 'extract only task tables or only task lists').choices(['tables', 'lists']))
    .option('--reference-year <year>', 'year for year-less deadlines (6月底前) in documents that state no year')
    .option('-r, --recursive <dir>', 'read every supported file in DIR and its subfolders (repeatable)', collect)
    .option('--files-from <file>', 'read input paths from FILE, one a line (- for standard input)', collect)
    .option('-j, --jobs <n>', 'documents extracted at once, each in its own worker (default: the cores, at most one per file)', parseJobsOption)
    .option('--timeout <seconds>', 'time budget of one document (default: 10 s + 0.5 s per MB of input)', parseSecondsOption)
    .option('--units <file>', 'extend the unit alias table with FILE (JSON, see README "Unit names")')
    .option('--simplified', 'fold output text to Simplified Chinese (opencc-js); off: text as written')
    .option('--strict', 'exit 1 when any input fails or yields no task')
    .option('--explain', 'print what was found in each document and why (to stdout, or beside -o/--out-dir output)')
    .option('--schema', 'print the JSON Schema of the output and exit')
    .option('--no-color', 'no colour, even on a terminal')
    .option('--debug', 'show stack traces of internal errors')
    .option('-q, --quiet', 'no progress or summary on stderr')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run plan-extract --help for usage)')
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      writeOut: (s) => process.stdout.write(s),
      // Every usage error is one line that says whose error it is.
      outputError: (s, write) => write(`plan-extract: ${s.replace(/^error: /, '')}`),
    });

  try {
    program.parse(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
      return;
    }
    throw e;
  }
  const opts = program.opts<CliOptions>();
  const folders = opts.recursive ?? [];
  const lists = opts.filesFrom ?? [];
  if (opts.schema) {
    process.stdout.write(readFileSync(new URL('../../schema/plan-extract.schema.json', import.meta.url), 'utf8'));
    process.exitCode = EXIT.OK;
    return;
  }
  let run: Run;
  let inputs: Input[];
  let expandErrors: InputError[];
  try {
    run = checkOptions(opts);
    const stdinUsed = program.args.includes('-');
    if (stdinUsed && lists.includes('-')) throw new UsageError('standard input can be an input (-) or the --files-from list, not both');
    if (!program.args.length && !folders.length && !lists.length) throw new UsageError('no input: give files, -r DIR or --files-from FILE (run plan-extract --help for usage)');
    const expanded = await expandInputs(program.args, folders, lists, readStdinText);
    inputs = excludeOutputs(expanded.inputs, run);
    expandErrors = expanded.errors;
  } catch (e) {
    if (e instanceof UsageError || e instanceof OptionError) {
      process.stderr.write(`plan-extract: ${e.message}\n`);
      process.exitCode = EXIT.USAGE;
      return;
    }
    throw e;
  }
  const unusable = await checkOutputLocations(run);
  if (unusable) {
    process.stderr.write(`plan-extract: ${unusable}\n`);
    process.exitCode = EXIT.OUTPUT_UNUSABLE;
    return;
  }
  if (run.units) {
    const { unitNamerFor, UnitsFileError } = await import('./unitOptions.js');
    try {
      // Checked here, once, for one clear line; each worker reads the same file for its own namer.
      await unitNamerFor(run.units);
    } catch (e) {
      if (!(e instanceof UnitsFileError)) throw e;
      process.stderr.write(`plan-extract: ${e.message}\n`);
      process.exitCode = EXIT.USAGE;
      return;
    }
  }
  if (run.simplified) simplifiedDocument = (await import('../simplified.js')).simplifiedDocument;
  if (!run.outDir && !run.output && !run.explain && stdoutClosedAtStart()) {
    process.stderr.write('plan-extract: standard output is closed — redirect it (> tasks.json) or write to a file with -o FILE\n');
    process.exitCode = EXIT.INPUT_FAILED;
    return;
  }
  installSignalHandlers();

  // Data or the --explain report on stdout: progress must not share its terminal.
  const dataOnStdout = run.explain || (!run.output && !run.outDir);
  const reporter = createReporter({ quiet: Boolean(opts.quiet), noColor: run.noColor, dataOnStdout });
  for (const e of expandErrors) reporter.fail(e.source, e.message, 'check the path or pattern');
  const jobs = jobsFor(run, inputs.length);
  const pool = early?.jobs === jobs ? early : new DocumentPool({ jobs });
  // Not waited for: the run's own workers start meanwhile.
  if (early && pool !== early) early.close().catch(() => {});
  let outcome: Outcome;
  try {
    outcome = run.outDir
      ? await runPerInput(inputs, run, reporter, pool)
      : await runCombined(inputs, run, reporter, expandErrors, pool);
  } finally {
    await pool.close();
  }
  reporter.done();
  outcome.entries.unshift(...expandErrors.map((error) => ({ source: error.source, status: 'failed' as const, tasks: 0, warnings: [], error })));
  let code: number = outcome.writeFailed ? EXIT.OUTPUT_FAILED : EXIT.OK;
  if (run.report) {
    const failed = await writeReport(run.report, outcome.entries);
    if (failed) { reporter.fail(run.report, `cannot write the report (${failed})`, 'check the folder and the disk space'); code = EXIT.OUTPUT_FAILED; }
  }
  if (code === EXIT.OK) {
    const inputFailed = outcome.entries.some((e) => e.status === 'failed');
    const noTasks = outcome.entries.some((e) => e.status === 'no-tasks');
    code = inputFailed || (run.strict && noTasks) ? EXIT.INPUT_FAILED : EXIT.OK;
  }
  process.exitCode = code;
}

function parseFormat(value: string): OutputFormat {
  const v = value.trim().toLowerCase();
  if (!(FORMATS as readonly string[]).includes(v)) throw new InvalidArgumentError(`use one of ${FORMATS.join(', ')}.`);
  return v as OutputFormat;
}

/** `--jobs`, or the cores; never more workers than files. */
function jobsFor(run: Run, files: number): number {
  return Math.min(run.jobs ?? defaultJobs(files), Math.max(1, files));
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

function parseSizeOption(value: string): string {
  if (parseSize(value) === null || parseSize(value)! <= 0) throw new InvalidArgumentError(`not a size: use e.g. 50MB, 500KB.`);
  return value;
}

/** Options that contradict each other are refused before anything is read. */
function checkOptions(o: CliOptions): Run {
  if (o.output && o.outDir) throw new UsageError('give either --output or --out-dir, not both');
  const output = o.output && o.output !== '-' ? o.output : null;
  const fromExtension = output ? formatOfPath(output) : null;
  if (o.excel && o.format && o.format !== 'csv') throw new UsageError(`--excel writes CSV, but --format is ${o.format}`);
  if (o.excel && fromExtension && fromExtension !== 'csv') throw new UsageError(`--excel writes CSV, but the output ${output} is named ${extname(output!)}: name it .csv`);
  if (o.format && fromExtension && o.format !== fromExtension) {
    throw new UsageError(`--format ${o.format} contradicts the output name ${output} (${fromExtension}): drop --format, or name the file ${output!.slice(0, -extname(output!).length)}${EXTENSION[o.format]}`);
  }
  const format: OutputFormat = o.format ?? (o.excel ? 'csv' : fromExtension ?? 'json');
  const extract = normalizeOptions({ maxSize: o.maxSize, only: o.only ?? null, referenceYear: yearOption(o.referenceYear) as number | null });
  return {
    format,
    excel: Boolean(o.excel),
    output,
    outDir: o.outDir ?? null,
    report: o.report ?? null,
    strict: Boolean(o.strict),
    explain: Boolean(o.explain),
    debug: Boolean(o.debug),
    extract,
    noColor: o.color === false,
    jobs: o.jobs ?? null,
    timeoutMs: o.timeout !== undefined ? o.timeout * 1000 : null,
    units: o.units ?? null,
    simplified: Boolean(o.simplified),
  };
}

/** `--reference-year 2023` → 2023; anything else is handed on as written, for normalizeOptions to refuse by name. */
function yearOption(value: string | undefined): number | string | null {
  if (value === undefined) return null;
  return /^\s*\d+\s*$/.test(value) ? Number(value) : value;
}

/** Device and inode when the path exists, else its resolved path: two names of one file compare equal. */
function identity(path: string): string {
  try {
    const s = statSync(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return resolve(path);
  }
}

/**
 * An output file that is also an input would be overwritten (`plan.txt -o
 * plan.txt`) or read back on a rerun (`*.txt -o out.txt`). Named by the user,
 * it is refused; found by a glob or `-r`, it is left out with a warning.
 */
function excludeOutputs(inputs: Input[], run: Run): Input[] {
  const outputs = new Map<string, string>();
  if (run.output) outputs.set(identity(run.output), '-o');
  if (run.report) {
    if (outputs.has(identity(run.report))) throw new UsageError(`--report ${run.report} is also the -o output: give the report a name of its own`);
    outputs.set(identity(run.report), '--report');
  }
  if (!outputs.size) return inputs;
  const kept: Input[] = [];
  for (const input of inputs) {
    const flag = input.source === '-' ? undefined : outputs.get(identity(input.source));
    if (!flag) { kept.push(input); continue; }
    if (input.named) {
      throw new UsageError(`${input.source} is both an input and the output (${flag}); it would be overwritten — write the output elsewhere`);
    }
    process.stderr.write(`plan-extract: warning: ${input.source}: left out, it is the output (${flag}) of this run — the pattern matched it\n`);
  }
  return kept;
}

/** Checked before anything is read, so a typo in the output path costs no work. Returns the message, or null. */
async function checkOutputLocations(run: Run): Promise<string | null> {
  for (const [flag, file] of [['-o', run.output], ['--report', run.report]] as const) {
    if (!file) continue;
    const info = await stat(file).catch(() => null);
    if (info?.isDirectory()) return `${file}: is a folder (${flag} takes a file name; use --out-dir for a folder)`;
    const dir = dirname(resolve(file));
    const problem = await folderProblem(dir);
    if (problem) return `${file}: cannot write here: ${problem}`;
  }
  if (run.outDir) {
    const info = await stat(run.outDir).catch(() => null);
    if (info && !info.isDirectory()) return `${run.outDir}: is a file, not a folder (--out-dir takes a folder; use -o for one output file)`;
    if (!info) {
      try {
        await mkdir(run.outDir, { recursive: true });
      } catch (e) {
        return `${run.outDir}: cannot create the folder (${errnoText(e)})`;
      }
    }
    const problem = await folderProblem(resolve(run.outDir));
    if (problem) return `${run.outDir}: cannot write here: ${problem}`;
  }
  return null;
}

async function folderProblem(dir: string): Promise<string | null> {
  const info = await stat(dir).catch(() => null);
  if (!info) return `the folder ${dir} does not exist (create it first)`;
  if (!info.isDirectory()) return `${dir} is not a folder`;
  try {
    await access(dir, constants.W_OK);
  } catch {
    return `no permission to write in ${dir}`;
  }
  return null;
}

function errnoText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EEXIST' || code === 'ENOTDIR') return 'a file is in the way';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOSPC' || code === 'EDQUOT') return `the disk is full (${code})`;
  if (code === 'EFBIG') return 'the file is over the size limit (EFBIG)';
  return code ?? (e as Error).message;
}

function readStdinText(): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

/** One line of `--report`: what became of one input. */
interface ReportEntry {
  source: string;
  status: 'ok' | 'no-tasks' | 'failed';
  tasks: number;
  warnings: Warning[];
  error?: InputError;
  /** `--out-dir`: the file written for it. */
  output?: string;
}

interface Outcome {
  entries: ReportEntry[];
  writeFailed: boolean;
}

/**
 * One input's result, in input order. `text` is its output as the worker
 * wrote it (FormatWriter.document(doc, true)); without it (--explain,
 * --simplified) the main thread writes `doc`.
 */
type Extracted =
  | { ok: true; tasks: number; warnings: Warning[]; text: string; doc?: undefined; explanation?: undefined }
  | { ok: true; tasks: number; warnings: Warning[]; text?: undefined; doc: DocumentRecord; explanation?: Explanation }
  | { ok: false; error: InputError };

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
async function extractOne(source: string, idPrefix: string, run: Run, pool: DocumentPool): Promise<WorkerOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await readInput(source, run.extract.maxSize);
  } catch (e) {
    return { ok: false, failure: failureOf(e, source) };
  }
  const budgetMs = run.timeoutMs ?? defaultBudgetMs(bytes.length);
  return pool.run(
    {
      source, idPrefix, maxSize: run.extract.maxSize, bytes, unitsFile: run.units ?? undefined,
      only: run.extract.only, referenceYear: run.extract.referenceYear, explain: run.explain,
      // The record itself is wanted here only to explain it or to fold it to Simplified.
      write: run.explain || simplifiedDocument ? undefined : { format: run.format, excel: run.excel },
    },
    budgetMs,
  );
}

/** Diagnostics (and the --explain report) of one input, in input order whatever order the workers finish in. */
function report(source: string, outcome: WorkerOutcome, run: Run, reporter: Reporter): Extracted {
  if (outcome.ok && 'written' in outcome) {
    const { text, tasks, warnings } = outcome.written;
    for (const w of warnings) reporter.warn(source, w);
    return { ok: true, tasks, warnings, text };
  }
  if (outcome.ok) {
    for (const w of outcome.doc.warnings) reporter.warn(source, w);
    if (run.explain && outcome.explanation) process.stdout.write(renderExplanation(outcome.doc, outcome.explanation, chalkFor(1, run.noColor)));
    const doc = simplifiedDocument ? simplifiedDocument(outcome.doc) : outcome.doc;
    return { ok: true, tasks: doc.tasks.length, warnings: doc.warnings, doc, explanation: outcome.explanation };
  }
  const { code, message, hint, internal, stack } = outcome.failure;
  if (!internal) {
    reporter.fail(source, message, hint);
    return { ok: false, error: { source, code, message } };
  }
  reporter.fail(source, `internal error: ${message}`, run.debug ? '' : 'please report it with the file; --debug shows details');
  if (run.debug && stack) process.stderr.write(`${stack}\n`);
  return { ok: false, error: { source, code: 'INTERNAL', message } };
}

function entryOf(result: Extracted, source: string, output?: string): ReportEntry {
  if (!result.ok) return { source, status: 'failed', tasks: 0, warnings: [], error: result.error };
  return { source, status: result.tasks ? 'ok' : 'no-tasks', tasks: result.tasks, warnings: result.warnings, ...(output ? { output } : {}) };
}

async function runCombined(inputs: Input[], run: Run, reporter: Reporter, earlierErrors: InputError[], pool: DocumentPool): Promise<Outcome> {
  const entries: ReportEntry[] = [];
  // --explain without -o prints the report instead of the data.
  const writeData = !(run.explain && !run.output);
  const writer = await createWriter(run.format, { excel: run.excel });
  const sink: Sink = !writeData ? nullSink() : run.output ? fileSink(run.output) : stdoutSink();
  const ids = new IdPrefixes();
  const idPrefixes = inputs.map((input) => ids.next(input.source));
  const jobs = jobsFor(run, inputs.length);
  const errors: InputError[] = [...earlierErrors];
  let count = 0;
  try {
    await sink.write(writer.begin());
    let i = 0;
    if (inputs.length) reporter.progress(0, inputs.length, inputs[0]!.source);
    // One input more than workers: the next file is read while the workers extract.
    for await (const outcome of inOrder(inputs, jobs + 1, (input, k) => extractOne(input.source, idPrefixes[k]!, run, pool))) {
      const source = inputs[i]!.source;
      const result = report(source, outcome, run, reporter);
      i++;
      if (i < inputs.length) reporter.progress(i, inputs.length, inputs[i]!.source);
      entries.push(entryOf(result, source));
      if (!result.ok) { errors.push(result.error); continue; }
      reporter.extracted(result.tasks);
      // A reader that left (`| head`) gets no more output; the inputs still decide the exit status.
      if (!sink.closed) {
        if (result.text === undefined) await sink.write(writer.document(result.doc, count === 0));
        else await sink.write(count === 0 ? result.text : writer.separator + result.text);
      }
      count++;
    }
    await sink.write(writer.end(errors, count > 0));
    await sink.commit();
  } catch (e) {
    await sink.abort();
    process.stderr.write(`plan-extract: ${displayName(run.output ?? 'stdout')}: cannot write the output (${errnoText(e)})${run.output ? '; the previous file, if any, is kept' : ''}\n`);
    return { entries, writeFailed: true };
  }
  return { entries, writeFailed: false };
}

async function runPerInput(inputs: Input[], run: Run, reporter: Reporter, pool: DocumentPool): Promise<Outcome> {
  const dir = resolve(run.outDir!);
  const ids = new IdPrefixes();
  const idPrefixes = inputs.map((input) => ids.next(input.source));
  const jobs = jobsFor(run, inputs.length);
  const taken = new Set<string>();
  // Named before extraction, so a failed input's file of an earlier run can be removed.
  const targets = inputs.map((input) => outputPath(dir, input.source, EXTENSION[run.format], taken));
  const entries: ReportEntry[] = [];
  let writeFailed = false;
  let i = 0;
  if (inputs.length) reporter.progress(0, inputs.length, inputs[0]!.source);
  for await (const outcome of inOrder(inputs, jobs + 1, (input, k) => extractOne(input.source, idPrefixes[k]!, run, pool))) {
    const source = inputs[i]!.source;
    const target = targets[i]!;
    const result = report(source, outcome, run, reporter);
    i++;
    if (i < inputs.length) reporter.progress(i, inputs.length, inputs[i]!.source);
    if (!result.ok) {
      // A stale output of an earlier run would pass for this input's result.
      const removed = await rm(target).then(() => true, () => false);
      if (removed) process.stderr.write(`plan-extract: ${target}: removed, the output of an earlier run (${source} failed this time)\n`);
      entries.push(entryOf(result, source));
      continue;
    }
    reporter.extracted(result.tasks);
    const writer = await createWriter(run.format, { excel: run.excel });
    const sink = fileSink(target);
    try {
      await sink.write(writer.begin());
      await sink.write(result.text ?? writer.document(result.doc, true));
      await sink.write(writer.end([], true));
      await sink.commit();
      entries.push(entryOf(result, source, target));
    } catch (e) {
      await sink.abort();
      reporter.fail(target, `cannot write the output (${errnoText(e)})`, 'check the output folder and the disk space');
      entries.push(entryOf(result, source));
      writeFailed = true;
    }
  }
  return { entries, writeFailed };
}

/** `--report FILE`: the run's outcome per input, in every mode and format. Returns an error text, or null. */
async function writeReport(path: string, entries: ReportEntry[]): Promise<string | null> {
  const count = (s: ReportEntry['status']) => entries.filter((e) => e.status === s).length;
  const report = {
    schemaVersion: 1,
    summary: { inputs: entries.length, ok: count('ok'), noTasks: count('no-tasks'), failed: count('failed'), tasks: entries.reduce((n, e) => n + e.tasks, 0) },
    inputs: entries,
  };
  const sink = fileSink(path);
  try {
    await sink.write(`${JSON.stringify(report, null, 2)}\n`);
    await sink.commit();
    return null;
  } catch (e) {
    await sink.abort();
    return errnoText(e);
  }
}

function nullSink(): Sink {
  return { closed: false, write: async () => {}, commit: async () => {}, abort: async () => {} };
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
