#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

process.stdout.on('error', (e) => {
  // A closed pipe (`plan-extract … | head`) is the reader's choice, not an
  // error: the output sink drops the rest and the run finishes its inputs.
  if (e.code !== 'EPIPE') throw e;
});

main(process.argv.slice(2)).catch((e) => {
  process.stderr.write(`plan-extract: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  if (process.argv.includes('--debug') && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  process.exitCode = 2;
});
