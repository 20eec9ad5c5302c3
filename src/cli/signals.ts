/**
 * Ctrl-C and SIGTERM. Documents are extracted in worker threads, so the main
 * thread is free to take the signal at once, even in the middle of a large
 * document: it runs the registered clean-ups (a partial output file is
 * removed, the old `-o` file stays as it was) and exits 130 or 143; the
 * workers die with the process.
 */
const cleanups = new Set<() => void>();
let installed = false;

/** Runs `cleanup` (synchronously) if the run is interrupted; returns the function that unregisters it. */
export function onInterrupt(cleanup: () => void): () => void {
  install();
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

export function install(): void {
  if (installed) return;
  installed = true;
  const stop = (signal: NodeJS.Signals) => {
    for (const cleanup of cleanups) {
      try {
        cleanup();
      } catch {
        // Best effort: the exit must happen whatever a clean-up does.
      }
    }
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
