/**
 * Diagnostics on stderr: one line per failed input
 * (`plan-extract: <file>: <what is wrong> — <what to do>`), warnings, and
 * progress and a summary only on a terminal. Colour only on a TTY and never
 * with NO_COLOR.
 */
import { Chalk } from 'chalk';
import type { DocumentRecord } from '../model/records.js';
import { displayName } from './names.js';

export interface Reporter {
  progress(index: number, total: number, source: string): void;
  extracted(doc: DocumentRecord): void;
  warn(source: string, message: string): void;
  fail(source: string, message: string, hint: string): void;
  done(): void;
}

export function createReporter(quiet: boolean): Reporter {
  const tty = Boolean(process.stderr.isTTY);
  const colour = tty && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
  const c = new Chalk({ level: colour ? 1 : 0 });
  let progressShown = false;
  let docs = 0;
  let tasks = 0;
  let failures = 0;
  const clear = () => {
    if (progressShown) { process.stderr.write('\r\x1b[K'); progressShown = false; }
  };
  return {
    progress(index, total, source) {
      if (!tty || quiet || total < 2) return;
      clear();
      process.stderr.write(c.dim(`[${index + 1}/${total}] ${displayName(source)}`.slice(0, (process.stderr.columns || 80) - 1)));
      progressShown = true;
    },
    extracted(doc) {
      docs++;
      tasks += doc.tasks.length;
    },
    warn(source, message) {
      clear();
      process.stderr.write(`${c.yellow('plan-extract: warning:')} ${displayName(source)}: ${displayName(message)}\n`);
    },
    fail(source, message, hint) {
      failures++;
      clear();
      // A hint may quote the name too (`e.g. DIR/*.txt`): every part is escaped, so the message stays one line.
      process.stderr.write(`${c.red('plan-extract:')} ${displayName(source)}: ${displayName(message)}${hint ? ` — ${displayName(hint)}` : ''}\n`);
    },
    done() {
      clear();
      if (!tty || quiet) return;
      const failedText = failures ? c.red(`, ${failures} failed`) : '';
      process.stderr.write(c.dim(`${tasks} tasks from ${docs} document${docs === 1 ? '' : 's'}`) + failedText + '\n');
    },
  };
}
