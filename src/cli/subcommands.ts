/**
 * `plan-extract summary FILES…` and `plan-extract report FILES… -o report.html`:
 * the run's documents compared — counts, deadlines by year and quarter, the
 * units that carry the load (by canonical name) — as tables or data, and as
 * one static HTML page.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { supportsColor } from 'chalk';
import type { ReportInput } from '../report/html.js';
import { SummaryBuilder } from '../summary/summarize.js';
import { limitUnits, SUMMARY_FORMATS, summaryCsv, summaryJson, summaryText, type SummaryFormat } from '../summary/format.js';
import { collect, type CollectOptions } from './collect.js';
import { parseSize } from '../read/input.js';
import { createReporter } from './report.js';
import { fileSink, stdoutSink, type Sink } from './sink.js';
import { unitNamerFor, UnitsFileError } from './unitOptions.js';

export type Subcommand = 'summary' | 'report';

interface SharedOptions {
  output?: string;
  units?: string;
  simplified: boolean;
  top: number;
  maxSize: number;
  debug: boolean;
  quiet: boolean;
}

export async function runSubcommand(name: Subcommand, argv: string[]): Promise<void> {
  const command = name === 'summary' ? summaryCommand() : reportCommand();
  command
    .option('--units <file>', 'extend the unit alias table with FILE (JSON, see README "Unit names")')
    .option('--simplified', 'fold text to Simplified Chinese (opencc-js) before counting and output', false)
    .option('--max-size <size>', 'skip inputs larger than this (e.g. 50MB, 500KB)', sizeOption, 50 * 1024 * 1024)
    .option('--debug', 'show stack traces of internal errors', false)
    .option('-q, --quiet', 'no progress or summary on stderr', false)
    .showHelpAfterError(`(run plan-extract ${name} --help for usage)`)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });
  try {
    command.parse(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? 0 : 2;
      return;
    }
    throw e;
  }
  const options = command.opts<SharedOptions & { format?: SummaryFormat; excel?: boolean }>();
  const files = command.args;
  let collectOptions: CollectOptions;
  try {
    collectOptions = { maxSize: options.maxSize, debug: options.debug, simplified: options.simplified, namer: await unitNamerFor(options.units) };
  } catch (e) {
    if (!(e instanceof UnitsFileError)) throw e;
    process.stderr.write(`plan-extract: ${e.message}\n`);
    process.exitCode = 2;
    return;
  }
  if (name === 'report' && !options.output && process.stdout.isTTY) {
    process.stderr.write('plan-extract: report writes one HTML file: give -o report.html (or redirect standard output)\n');
    process.exitCode = 2;
    return;
  }
  const reporter = createReporter({ quiet: options.quiet, noColor: false, dataOnStdout: !options.output });
  let text: string;
  let failed: boolean;
  if (name === 'summary') {
    const builder = new SummaryBuilder();
    const errors = await collect(files, collectOptions, reporter, (doc) => { builder.add(doc); });
    const summary = limitUnits(builder.result(errors), options.top);
    const format = options.format ?? 'text';
    text = format === 'json' ? summaryJson(summary)
      : format === 'csv' ? summaryCsv(summary, options.excel)
      : summaryText(summary, { colour: colourFor(options.output) });
    failed = errors.length > 0;
  } else {
    const { renderReport } = await import('../report/html.js');
    const { sourceLines } = await import('../report/data.js');
    // Only the lines of each model are kept: the report needs the text, not the tables.
    const docs: ReportInput[] = [];
    const { openccSimplified } = await import('../units/opencc.js');
    const errors = await collect(files, collectOptions, reporter, (doc, model) => {
      const lines = sourceLines(model);
      // With --simplified the source view is folded like the records, so a search finds both.
      docs.push({ doc, lines: options.simplified ? lines.map((l) => ({ line: l.line, text: openccSimplified(l.text) })) : lines });
    });
    text = await renderReport(docs, errors, { top: options.top });
    failed = errors.length > 0;
  }
  reporter.done();
  if (!(await writeAll(text, options.output))) failed = true;
  process.exitCode = failed ? 1 : 0;
}

function summaryCommand(): Command {
  return new Command('plan-extract summary')
    .description('Compare plans: tasks, tables and lists; tasks due per year and quarter; the share ongoing, recurring or unspecified; the units with the most tasks (by canonical name), per document and for all together.')
    .argument('<files...>', 'input files (.txt, .docx, .doc, .html); - reads standard input')
    .addOption(new Option('-f, --format <format>', 'text tables, or data').choices([...SUMMARY_FORMATS]).default('text'))
    .option('-o, --output <file>', 'write to FILE (replaced only when complete) instead of stdout')
    .option('--top <n>', 'lead and partner units listed per document (0: all)', countOption, 10)
    .option('--excel', 'CSV for spreadsheets: UTF-8 BOM, cells starting with = + - @ neutralised', false)
    .addHelpText('after', `
Examples:
  $ plan-extract summary seeds/*.txt                     tables on the terminal
  $ plan-extract summary plans/* --format csv -o summary.csv
  $ plan-extract summary plans/* --format json --top 0   every unit's count as JSON`);
}

function reportCommand(): Command {
  return new Command('plan-extract report')
    .description('One static HTML file to look at: a deadline timeline per plan, a units × plans matrix, and a searchable task table linked to each task\'s source line. No network access; everything is inlined.')
    .argument('<files...>', 'input files (.txt, .docx, .doc, .html); - reads standard input')
    .option('-o, --output <file>', 'the HTML file to write (replaced only when complete)')
    .option('--top <n>', 'units shown in the units × plans matrix (0: all)', countOption, 60)
    .addHelpText('after', `
Example:
  $ plan-extract report seeds/*.txt -o report.html`);
}

/** Headings in colour only on a terminal, never with NO_COLOR (chalk's own detection honours FORCE_COLOR). */
function colourFor(output: string | undefined): 0 | 1 | 2 | 3 {
  if (output && output !== '-') return 0;
  if ('NO_COLOR' in process.env && process.env.NO_COLOR !== '') return 0;
  return supportsColor ? supportsColor.level : 0;
}

async function writeAll(text: string, output: string | undefined): Promise<boolean> {
  let sink: Sink;
  try {
    sink = output && output !== '-' ? fileSink(output) : stdoutSink();
  } catch (e) {
    process.stderr.write(`plan-extract: ${output}: cannot write (${(e as Error).message})\n`);
    return false;
  }
  try {
    await sink.write(text);
    await sink.commit();
    return true;
  } catch (e) {
    await sink.abort();
    process.stderr.write(`plan-extract: ${output ?? 'stdout'}: cannot write output (${(e as Error).message})\n`);
    return false;
  }
}

function sizeOption(value: string): number {
  const n = parseSize(value);
  if (n === null || n <= 0) throw new InvalidArgumentError('not a size: use e.g. 50MB, 500KB.');
  return n;
}

function countOption(value: string): number {
  if (!/^\d+$/u.test(value)) throw new InvalidArgumentError('a whole number (0 for all)');
  return Number(value);
}
