#!/usr/bin/env node
import module from 'node:module';

// Node 22.1+ keeps the compiled code of our modules between runs; Node 20 has no such cache.
module.enableCompileCache?.();

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // The one answer that needs nothing else: no option parser, no pipeline.
  const { VERSION } = await import('../dist/version.js');
  process.stdout.write(`${VERSION}\n`);
} else {
  process.stdout.on('error', (e) => {
    // A closed pipe (`plan-extract … | head`) is the reader's choice, not an
    // error: the output sink drops the rest and the run finishes its inputs.
    if (e.code !== 'EPIPE') throw e;
  });
  // A run's first worker starts now, while this thread loads the command
  // line: the two start-ups overlap (see startEarly). Not for what runs no
  // document: help, the schema, the subcommands, no argument at all.
  const runsDocuments = args.length > 0 && args[0] !== 'summary' && args[0] !== 'report'
    && !args.some((a) => a === '-h' || a === '--help' || a === '--schema' || a === '-V' || a === '--version');
  const early = runsDocuments ? (await import('../dist/cli/pool.js')).startEarly() : null;
  const { main } = await import('../dist/cli/main.js');
  await main(args, early).catch((e) => {
    process.stderr.write(`plan-extract: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    if (args.includes('--debug') && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    process.exitCode = 2;
  });
  // Unused (a usage error) or already closed by the run: not waited for — a
  // worker stopped in the middle of its start-up takes ~100 ms to go, and an
  // exiting process ends it anyway.
  early?.close().catch(() => {});
}
