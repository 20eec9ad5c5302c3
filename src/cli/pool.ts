/**
 * The worker pool that runs documents (worker.ts), on tinypool. Each document
 * gets a memory budget (the worker's heap limit) and a time budget; a worker
 * that runs out of either is terminated and replaced, and that document — not
 * the run — fails with TOO_COMPLEX or TIMEOUT. The same pool gives `--jobs`.
 */
import { availableParallelism } from 'node:os';
import { Tinypool } from 'tinypool';
import type { Job, Outcome } from './worker.js';
import type { Failure } from './failure.js';

export type { Job, Outcome } from './worker.js';
export type { Failure } from './failure.js';

/**
 * Heap of one worker (MB). A 50 MB text plan needs under 256 MB of heap;
 * `PLAN_EXTRACT_WORKER_MB` changes it (e.g. for many workers on little memory).
 */
export const WORKER_HEAP_MB = 512;

function heapFromEnv(): number | undefined {
  const n = Number(process.env.PLAN_EXTRACT_WORKER_MB);
  return Number.isInteger(n) && n >= 16 ? n : undefined;
}

/** The default time budget: a fixed part for any document, and a part that grows with its size. */
export const BUDGET_BASE_SECONDS = 10;
export const BUDGET_SECONDS_PER_MB = 0.5;

export function defaultBudgetMs(bytes: number): number {
  return Math.round((BUDGET_BASE_SECONDS + (BUDGET_SECONDS_PER_MB * bytes) / (1024 * 1024)) * 1000);
}

/** `--jobs` by default: the cores, but never more workers than files. */
export function defaultJobs(files: number): number {
  return Math.max(1, Math.min(availableParallelism(), files));
}

export interface PoolOptions {
  jobs: number;
  heapMb?: number;
}

export class DocumentPool {
  private readonly pool: Tinypool;
  private readonly heapMb: number;

  constructor(options: PoolOptions) {
    this.jobs = options.jobs;
    this.heapMb = options.heapMb ?? heapFromEnv() ?? WORKER_HEAP_MB;
    this.pool = new Tinypool({
      filename: new URL('./worker.js', import.meta.url).href,
      minThreads: options.jobs,
      maxThreads: options.jobs,
      // Workers live for the run: their module cache and deadline cache are reused.
      idleTimeout: 60_000,
      isolateWorkers: false,
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb },
      // The workers must not see the CLI's arguments.
      argv: [],
    });
  }

  /**
   * Runs one job within `budget` ms. Never rejects: a worker that dies or
   * overruns becomes the document's failure, and the pool replaces it.
   */
  async run(job: Job, budget: number): Promise<Outcome> {
    // setTimeout fires at once past 2^31 - 1 ms: a budget of weeks is no budget.
    const budgetMs = Math.min(budget, 2 ** 31 - 1);
    // The budget counts from the moment the worker starts the job (it writes
    // the time here), not from the queue or the start of a replaced worker.
    const clock = new SharedArrayBuffer(8);
    const startedAt = new Float64Array(clock);
    const timer = new AbortController();
    let alarm: NodeJS.Timeout;
    const check = () => {
      const spent = startedAt[0] ? Date.now() - startedAt[0] : 0;
      if (startedAt[0] && spent >= budgetMs) timer.abort();
      else alarm = setTimeout(check, Math.max(10, budgetMs - spent));
    };
    alarm = setTimeout(check, budgetMs);
    try {
      const bytes = job.bytes && ownBuffer(job.bytes);
      const transferList = bytes ? [bytes.buffer as ArrayBuffer] : [];
      return (await this.pool.run({ ...job, bytes, clock }, { signal: timer.signal, transferList })) as Outcome;
    } catch (e) {
      return { ok: false, failure: this.failureOf(e, timer.signal.aborted, budgetMs) };
    } finally {
      clearTimeout(alarm);
    }
  }

  private failureOf(e: unknown, timedOut: boolean, budgetMs: number): Failure {
    if (timedOut) {
      return {
        code: 'TIMEOUT',
        message: `extraction took longer than its ${formatSeconds(budgetMs)} budget and was stopped`,
        hint: 'check that it is really a plan; raise the budget with --timeout if it is',
        internal: false,
      };
    }
    const code = (e as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
      return {
        code: 'TOO_COMPLEX',
        message: `extraction needed more than the ${this.heapMb} MB memory budget and was stopped`,
        hint: 'check that it is really a plan; split it into smaller files if it is',
        internal: false,
      };
    }
    const message = e instanceof Error ? e.message : String(e);
    return { code: 'TOO_COMPLEX', message: `the worker extracting it stopped (${message})`, hint: 'check that it is really a plan', internal: false };
  }

  /** The number of workers at once. */
  readonly jobs: number;
  private closing: Promise<void> | null = null;

  /** Idempotent: the pool started early may be closed by the run and by the bin. */
  close(): Promise<void> {
    return (this.closing ??= this.pool.destroy());
  }
}

/**
 * The pool of a run of one input, started by the bin before it loads the
 * command line (option parser, colours), so the worker's start-up (Node's
 * and the pipeline's modules, ~150 ms) overlaps the main thread's. A run
 * that needs more workers closes it and starts its own.
 */
export function startEarly(): DocumentPool {
  return new DocumentPool({ jobs: 1 });
}

/**
 * Bytes that own their whole ArrayBuffer, so it can be moved to the worker
 * without a copy. A small Buffer is a slice of Node's shared pool: moving
 * that would detach every other Buffer in it, so it is copied.
 */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) return bytes;
  return new Uint8Array(bytes);
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/**
 * Runs `run` over `items` with at most `jobs` at a time and yields the
 * results in the order of `items`, whatever order they finish in. At most
 * `ahead` results are started beyond the one being waited for, so memory
 * follows the largest documents, not the number of files.
 */
export async function* inOrder<T, R>(items: readonly T[], jobs: number, run: (item: T, index: number) => Promise<R>, ahead = jobs * 4): AsyncGenerator<R> {
  const gate = new Gate(jobs);
  const started: (Promise<R> | undefined)[] = [];
  const start = (i: number) => {
    started[i] = gate.through(() => run(items[i]!, i));
  };
  const window = Math.max(ahead, jobs);
  for (let i = 0; i < Math.min(items.length, window); i++) start(i);
  for (let i = 0; i < items.length; i++) {
    const result = await started[i]!;
    started[i] = undefined;
    if (i + window < items.length) start(i + window);
    yield result;
  }
}

/** A first-come, first-served limit on how many tasks run at once. */
class Gate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly limit: number) {}

  async through<R>(task: () => Promise<R>): Promise<R> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
