/**
 * Diagnostics on stderr: one line per failed input
 * (`plan-extract: <file>: <what is wrong> — <what to do>`), warnings, and
 * progress and a summary only on a terminal.
 *
 * Colour is chalk's own detection for the stream (FORCE_COLOR, TERM=dumb,
 * `--no-color`, a TTY or not), plus NO_COLOR, which chalk does not read.
 * Progress needs stderr to be a terminal that is not also where the data
 * goes: a progress line on the terminal that shows the JSON corrupts it.
 */
import { fstatSync } from 'node:fs';
import { Chalk, supportsColor, supportsColorStderr, type ChalkInstance } from 'chalk';
import type { Warning } from '../model/diagnostics.js';
import { displayName } from './names.js';

export interface Reporter {
  progress(index: number, total: number, source: string): void;
  /** A document was extracted, with this many tasks. */
  extracted(tasks: number): void;
  warn(source: string, warning: Warning): void;
  fail(source: string, message: string, hint: string): void;
  done(): void;
}

/** The colour level for stdout (fd 1) or stderr (fd 2). */
export function colourLevel(fd: 1 | 2, noColorFlag: boolean): 0 | 1 | 2 | 3 {
  if (noColorFlag) return 0;
  const env = process.env;
  if (!('FORCE_COLOR' in env) && env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const support = fd === 1 ? supportsColor : supportsColorStderr;
  return support ? support.level : 0;
}

export function chalkFor(fd: 1 | 2, noColorFlag: boolean): ChalkInstance {
  return new Chalk({ level: colourLevel(fd, noColorFlag) });
}

/** True when stdout and stderr are one terminal (the same tty device). */
function sameTerminal(): boolean {
  if (!process.stdout.isTTY || !process.stderr.isTTY) return false;
  try {
    return fstatSync(1).rdev === fstatSync(2).rdev;
  } catch {
    return true;
  }
}

export function createReporter(options: { quiet: boolean; noColor: boolean; dataOnStdout: boolean }): Reporter {
  const tty = Boolean(process.stderr.isTTY);
  const showProgress = tty && !options.quiet && !(options.dataOnStdout && sameTerminal());
  const c = chalkFor(2, options.noColor);
  let progressShown = false;
  let docs = 0;
  let tasks = 0;
  let failures = 0;
  const clear = () => {
    if (progressShown) { process.stderr.write('\r\x1b[K'); progressShown = false; }
  };
  return {
    progress(index, total, source) {
      if (!showProgress || total < 2) return;
      clear();
      process.stderr.write(c.dim(`[${index + 1}/${total}] ${displayName(source)}`.slice(0, (process.stderr.columns || 80) - 1)));
      progressShown = true;
    },
    extracted(count) {
      docs++;
      tasks += count;
    },
    warn(source, warning) {
      clear();
      const at = warning.line !== undefined ? `:${warning.line}` : '';
      process.stderr.write(`${c.yellow('plan-extract: warning:')} ${displayName(source)}${at}: ${displayName(warning.message)} ${c.dim(`[${warning.code}]`)}\n`);
    },
    fail(source, message, hint) {
      failures++;
      clear();
      // A hint may quote the name too (`e.g. DIR/*.txt`): every part is escaped, so the message stays one line.
      process.stderr.write(`${c.red('plan-extract:')} ${displayName(source)}: ${displayName(message)}${hint ? ` — ${displayName(hint)}` : ''}\n`);
    },
    done() {
      clear();
      if (!tty || options.quiet) return;
      const failedText = failures ? c.red(`, ${failures} failed`) : '';
      process.stderr.write(c.dim(`${tasks} tasks from ${docs} document${docs === 1 ? '' : 's'}`) + failedText + '\n');
    },
  };
}
